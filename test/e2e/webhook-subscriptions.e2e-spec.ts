import type { ServerResponse } from 'node:http';
import { Database } from '../../src/database/database.service';
import { SubscriptionsRepository } from '../../src/modules/webhook-subscriptions/subscriptions.repository';
import { WebhookDeliveryEntity, WebhookEventEntity } from '../../src/modules/webhook-subscriptions/webhook-subscription.entities';
import { buildEvent, pendingDelivery, WorkflowEventOutbox, type WorkflowEvent } from '../../src/modules/webhook-subscriptions/workflow-event-outbox';
import { DeliveriesRepository } from '../../src/modules/webhook-subscriptions/deliveries.repository';
import { wipeSubscriptionTables } from '../support/subscription-tables';
import { authJson, startTestApp, TEST_API_KEY, type TestApp, type TestResponse } from '../support/test-app';
import { bodySignature } from '../../src/modules/webhook-subscriptions/webhook-signing';
import { always, failTimes, ok, Receiver, verify } from './webhook-subscriptions-receiver';
import { until } from '../support/until';

const BASE = '/v1/webhook-subscriptions';
jest.setTimeout(30_000);
const SCHEDULE = [60, 120, 180];
/** The dev setup tests need: http to the loopback receiver, compressed retries, fast polling. */
const DEV_ENV = {
  SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true',
  SUBSCRIPTION_RETRY_SCHEDULE_MS: SCHEDULE.join(','),
  SUBSCRIPTION_POLL_INTERVAL_MS: '10',
  SUBSCRIPTION_DISABLE_AFTER_MS: '600000',
  SUBSCRIPTION_DELIVERY_TIMEOUT_MS: '3000',
};

let counter = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${(counter += 1)}`;

const wipe = wipeSubscriptionTables;

function api(t: TestApp) {
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.http(path, { method, headers: authJson(headers), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return {
    send,
    /** Creates a subscription (org `default` unless given) and registers its secret with the receiver. */
    async subscribe(receiver: Receiver, path: string, fields: Record<string, unknown> = {}, org?: string) {
      const url = receiver.ensure(path);
      const res = await send('POST', BASE, { name: unique('Sub'), url, events: ['workflow.completed', 'workflow.failed'], ...fields },
        org ? { 'X-Organization-Id': org } : {});
      expect(res.status).toBe(201);
      const body = await res.json();
      receiver.setSecret(path, (fields.secret as string | undefined) ?? body.secret);
      return body as { id: string; secret?: string; active: boolean };
    },
    async emit(event: WorkflowEvent) {
      const outbox = t.app.get(WorkflowEventOutbox);
      return t.app.get(Database).write((m) => outbox.enqueue(m, event));
    },
    async logs(id: string, query = '', org?: string) {
      const res = await send('GET', `${BASE}/${id}/logs${query}`, undefined, org ? { 'X-Organization-Id': org } : {});
      expect(res.status).toBe(200);
      return (await res.json()) as { items: any[]; total: number; hasMore: boolean };
    },
  };
}

describe('Webhook subscriptions (dev setup: loopback receiver admitted)', () => {
  let t: TestApp;
  let receiver: Receiver;
  let a: ReturnType<typeof api>;

  beforeAll(async () => {
    receiver = await Receiver.start();
    t = await startTestApp(DEV_ENV);
    a = api(t);
  });
  afterAll(async () => {
    await wipe(t);
    await t.close();
    await receiver.close();
  });
  afterEach(() => {
    // EVERY request the receiver got must verify with standardwebhooks and with our X-Webhook-Signature.
    for (const r of receiver.received) {
      if (!r.verified) throw new Error(`unverified delivery to ${r.path}: ${r.problem}`);
    }
  });

  describe('CRUD', () => {
    it('creates with a generated whsec_ secret shown once, then never returns it', async () => {
      const url = receiver.endpoint('/crud-1');
      const res = await a.send('POST', BASE, {
        name: unique('Ledger'),
        url,
        events: ['workflow.completed'],
        headers: { 'X-Team': 'payments', Authorization: 'Bearer tok_abcdefgh1234' },
      });
      expect(res.status).toBe(201);
      const created = await res.json();
      receiver.setSecret('/crud-1', created.secret);
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(created.secret.slice(6), 'base64')).toHaveLength(32);
      expect(created).toMatchObject({ url, events: ['workflow.completed'], active: true, organizationId: 'default' });
      expect(created.headers).toEqual({ 'X-Team': 'payments', Authorization: '****1234' });

      const got = await a.send('GET', `${BASE}/${created.id}`);
      expect(got.status).toBe(200);
      const text = await got.text();
      expect(text).not.toContain(created.secret);
      expect(text).not.toContain(created.secret.slice(6, 20));
      expect(text).not.toContain('tok_abcdefgh');
      expect(JSON.parse(text).secret).toBeUndefined();

      // At rest: encrypted, not in clear.
      const raw = await t.app.get(Database).read((m) => m.query(`SELECT secret, headers FROM webhook_subscriptions WHERE id = '${created.id}'`));
      expect(raw[0].secret).toMatch(/^v1:/);
      expect(raw[0].secret).not.toContain(created.secret.slice(6));
      expect(raw[0].headers).not.toContain('tok_abcdefgh');
    });

    it('masks a secret query parameter of the url in every response, stores it encrypted, delivers to it, and keeps it through a masked PATCH', async () => {
      // Was returned in clear by every response and stored in clear.
      const token = 'urltoken-SECRET-0123456789';
      const path = `/crud-query?team=ops&token=${token}`;
      const shown = `${receiver.url}/crud-query?team=ops&token=****6789`;
      const sub = await a.subscribe(receiver, path);
      const responses = [
        await a.send('GET', `${BASE}/${sub.id}`),
        await a.send('GET', BASE),
        await a.send('PATCH', `${BASE}/${sub.id}`, { name: unique('Renamed') }),
      ];
      for (const res of responses) {
        expect(res.status).toBe(200);
        const body = await res.json();
        const item = 'items' in body ? body.items.find((i: { id: string }) => i.id === sub.id) : body;
        expect(item.url).toBe(shown);
        expect(JSON.stringify(body)).not.toContain(token);
      }
      const stored = async () =>
        (await t.app.get(Database).read((m) => m.query(`SELECT url FROM webhook_subscriptions WHERE id = '${sub.id}'`)))[0].url as string;
      expect(await stored()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/crud-query\?team=ops&token=v1:\S+$/);

      // The URL read and sent back keeps the token: deliveries still reach it.
      expect((await a.send('PATCH', `${BASE}/${sub.id}`, { url: shown })).status).toBe(200);
      expect(await stored()).not.toContain(token);
      const queued = await a.emit({ type: 'workflow.completed', data: { ok: true } });
      const got = await until('delivery', () => receiver.at(path).find((r) => r.webhookId === queued.eventId));
      expect(got.verified).toBe(true);
      const audit = JSON.stringify(await (await a.send('GET', `/v1/audit-events?resourceType=webhook_subscription&resourceId=${sub.id}`)).json());
      expect(audit).not.toContain(token);
      expect((await a.send('DELETE', `${BASE}/${sub.id}`)).status).toBe(204);
    });

    it('headers read and sent back in a PATCH keep the credential their mask stands for; a new value replaces it', async () => {
      const sub = await a.subscribe(receiver, '/crud-masked-headers', { headers: { Authorization: 'Bearer receiver-token-9876', 'X-Team': 'ops' } });
      const read = (await (await a.send('GET', `${BASE}/${sub.id}`)).json()).headers;
      expect(read).toEqual({ Authorization: '****9876', 'X-Team': 'ops' });
      const patched = await a.send('PATCH', `${BASE}/${sub.id}`, { headers: { ...read, 'X-Team': 'payments' } });
      expect(patched.status).toBe(200);
      expect((await patched.json()).headers).toEqual({ Authorization: '****9876', 'X-Team': 'payments' });
      await a.send('POST', `${BASE}/${sub.id}/test`);
      expect(receiver.at('/crud-masked-headers')[0].headers).toMatchObject({ authorization: 'Bearer receiver-token-9876', 'x-team': 'payments' });

      await a.send('PATCH', `${BASE}/${sub.id}`, { headers: { Authorization: 'Bearer another-token-1111' } });
      await a.send('POST', `${BASE}/${sub.id}/test`);
      expect(receiver.at('/crud-masked-headers')[1].headers.authorization).toBe('Bearer another-token-1111');
    });

    it('does not echo a client-supplied secret', async () => {
      const res = await a.send('POST', BASE, { name: unique('Own'), url: receiver.endpoint('/crud-own'), events: ['workflow.failed'], secret: 'my-own-secret-value' });
      expect(res.status).toBe(201);
      receiver.setSecret('/crud-own', 'my-own-secret-value');
      expect((await res.json()).secret).toBeUndefined();
    });

    it('lists with offset paging, newest first, default limit 50', async () => {
      const org = `page-${Date.now()}`;
      const ids: string[] = [];
      for (let i = 0; i < 3; i += 1) ids.push((await a.subscribe(receiver, `/page-${i}`, {}, org)).id);
      const all = await a.send('GET', BASE, undefined, { 'X-Organization-Id': org });
      expect(all.status).toBe(200);
      const body = await all.json();
      expect(body).toMatchObject({ total: 3, limit: 50, offset: 0, hasMore: false });
      expect(body.items.map((s: { id: string }) => s.id)).toEqual([...ids].reverse());
      const page = await (await a.send('GET', `${BASE}?limit=2&offset=1`, undefined, { 'X-Organization-Id': org })).json();
      expect(page).toMatchObject({ total: 3, limit: 2, offset: 1, hasMore: false });
      expect(page.items.map((s: { id: string }) => s.id)).toEqual([ids[1], ids[0]]);
      const first = await (await a.send('GET', `${BASE}?limit=1`, undefined, { 'X-Organization-Id': org })).json();
      expect(first.hasMore).toBe(true);
    });

    it('PATCH changes only the fields sent, and re-enabling clears disabledReason', async () => {
      const sub = await a.subscribe(receiver, '/patch-1', { headers: { 'X-A': '1' } });
      const res = await a.send('PATCH', `${BASE}/${sub.id}`, { events: ['workflow.step.failed'] });
      expect(res.status).toBe(200);
      const patched = await res.json();
      expect(patched.events).toEqual(['workflow.step.failed']);
      expect(patched.headers).toEqual({ 'X-A': '1' });
      expect(patched.url).toBe(`${receiver.url}/patch-1`);
      const off = await (await a.send('PATCH', `${BASE}/${sub.id}`, { active: false })).json();
      expect(off).toMatchObject({ active: false, disabledReason: 'disabled_by_user' });
      const on = await (await a.send('PATCH', `${BASE}/${sub.id}`, { active: true, name: 'renamed ' + sub.id })).json();
      expect(on.active).toBe(true);
      expect(on.disabledReason).toBeUndefined();
      expect(on.name).toBe('renamed ' + sub.id);
    });

    it('names are unique per organisation (409 FLK-0704), not across organisations', async () => {
      const name = unique('Dup');
      const first = await a.send('POST', BASE, { name, url: receiver.endpoint('/dup'), events: ['workflow.started'] });
      expect(first.status).toBe(201);
      receiver.setSecret('/dup', (await first.json()).secret);
      const again = await a.send('POST', BASE, { name, url: receiver.ensure('/dup'), events: ['workflow.started'] });
      expect(again.status).toBe(409);
      expect((await again.json()).code).toBe('FLK-0704');
      const other = await a.send('POST', BASE, { name, url: receiver.ensure('/dup'), events: ['workflow.started'] }, { 'X-Organization-Id': 'other-org' });
      expect(other.status).toBe(201);
      const second = await a.subscribe(receiver, '/dup-2');
      const clash = await a.send('PATCH', `${BASE}/${second.id}`, { name });
      expect(clash.status).toBe(409);
      expect((await clash.json()).code).toBe('FLK-0704');
    });

    it('deletes a subscription with its logs (204, then 404 FLK-0700)', async () => {
      const sub = await a.subscribe(receiver, '/delete-1');
      expect((await a.send('POST', `${BASE}/${sub.id}/test`)).status).toBe(200);
      const del = await a.send('DELETE', `${BASE}/${sub.id}`);
      expect(del.status).toBe(204);
      for (const [method, path] of [['GET', ''], ['DELETE', ''], ['PATCH', ''], ['GET', '/logs'], ['POST', '/test']] as const) {
        const res = await a.send(method, `${BASE}/${sub.id}${path}`, method === 'PATCH' ? { name: 'x' } : undefined);
        expect(res.status).toBe(404);
        expect((await res.json()).code).toBe('FLK-0700');
      }
      const logs = await (await a.send('GET', `${BASE}/logs/all?limit=100`)).json();
      expect(logs.items.some((l: { subscriptionId: string }) => l.subscriptionId === sub.id)).toBe(false);
    });

    it('deleting a subscription removes the event bodies only it was sent; those another subscription still has stay', async () => {
      const org = `delete-events-${Date.now()}`;
      const gone = await a.subscribe(receiver, '/delete-events-gone', { events: ['workflow.completed', 'workflow.failed'] }, org);
      const kept = await a.subscribe(receiver, '/delete-events-kept', { events: ['workflow.completed'] }, org);
      const shared = await a.emit({ type: 'workflow.completed', organizationId: org, data: { shared: true } });
      const own = await a.emit({ type: 'workflow.failed', organizationId: org, data: { own: true } });
      const tested = await (await a.send('POST', `${BASE}/${gone.id}/test`, undefined, { 'X-Organization-Id': org })).json();
      await until('delivered', () => receiver.at('/delete-events-gone').length === 3 && receiver.at('/delete-events-kept').length === 1);
      const events = () =>
        t.app.get(Database).read(async (m) =>
          (await m.createQueryBuilder(WebhookEventEntity, 'e').where('e.organization_id = :org', { org }).getMany()).map((e) => e.id).sort());
      expect(await events()).toEqual([shared.eventId, own.eventId, tested.eventId].sort());

      expect((await a.send('DELETE', `${BASE}/${gone.id}`, undefined, { 'X-Organization-Id': org })).status).toBe(204);
      expect(await events()).toEqual([shared.eventId]);
      // The remaining subscription's delivery of the shared event can still be sent again.
      const [delivery] = (await (await a.send('GET', `${BASE}/${kept.id}/deliveries`, undefined, { 'X-Organization-Id': org })).json()).items;
      expect((await a.send('POST', `${BASE}/${kept.id}/deliveries/${delivery.id}/resend`, undefined, { 'X-Organization-Id': org })).status).toBe(202);
      await until('resent', () => receiver.at('/delete-events-kept').length === 2);
      expect(receiver.at('/delete-events-kept')[1].webhookId).toBe(shared.eventId);
    });

    it('audits create, update and delete with the caller as actor, naming the destination by origin and no secret', async () => {
      const secret = 'audit-probe-signing-secret-0123456789';
      const token = 'PATHTOKEN-9f8e7d6c5b4a';
      const sub = await a.subscribe(receiver, `/audit/${token}?key=${token}`, { secret, headers: { 'X-Receiver-Key': 'HEADERVALUE-1234567890' } });
      expect((await a.send('PATCH', `${BASE}/${sub.id}`, { active: false, secret: 'audit-probe-signing-secret-9876543210' })).status).toBe(200);
      expect((await a.send('DELETE', `${BASE}/${sub.id}`)).status).toBe(204);
      // A refused change leaves no event.
      expect((await a.send('DELETE', `${BASE}/${sub.id}`)).status).toBe(404);

      const res = await a.send('GET', `/v1/audit-events?resourceType=webhook_subscription&resourceId=${sub.id}&sortOrder=ASC`);
      expect(res.status).toBe(200);
      const { items } = await res.json();
      expect(items.map((e: any) => [e.eventType, e.action, e.result])).toEqual([
        ['WEBHOOK_SUBSCRIPTION_CREATED', 'CREATE', 'SUCCESS'],
        ['WEBHOOK_SUBSCRIPTION_UPDATED', 'UPDATE', 'SUCCESS'],
        ['WEBHOOK_SUBSCRIPTION_DELETED', 'DELETE', 'SUCCESS'],
      ]);
      for (const event of items) {
        expect(event).toMatchObject({ resourceType: 'webhook_subscription', resourceId: sub.id, actor: { type: 'api_key' } });
        expect(event.metadata['webhook_subscription.organization_id']).toBe('default');
      }
      const origin = new URL(receiver.ensure('/audit')).origin;
      expect(items[0].metadata).toMatchObject({ 'webhook_subscription.destination': origin, 'webhook_subscription.active': true });
      expect(items[1].metadata).toMatchObject({ 'webhook_subscription.active': false, 'webhook_subscription.changed_fields': ['active', 'secret'] });
      const stored = JSON.stringify(items);
      for (const leak of [token, 'audit-probe-signing', 'HEADERVALUE']) expect(stored).not.toContain(leak);
    });
  });

  describe('validation', () => {
    const valid = () => ({ name: unique('V'), url: 'https://hooks.example.com/x', events: ['workflow.completed'] });
    it.each([
      ['missing name', { name: undefined }, 'FLK-0705'],
      ['blank name', { name: '   ' }, 'FLK-0705'],
      ['name over 255', { name: 'n'.repeat(256) }, 'FLK-0705'],
      ['missing url', { url: undefined }, 'FLK-0701'],
      ['url over 2048', { url: `https://hooks.example.com/${'a'.repeat(2030)}` }, 'FLK-0701'],
      ['not a URL', { url: 'hooks.example.com/x' }, 'FLK-0701'],
      ['ftp scheme', { url: 'ftp://hooks.example.com/x' }, 'FLK-0701'],
      ['credentials in URL', { url: 'https://user:pw@hooks.example.com/x' }, 'FLK-0701'],
      ['http to a public host', { url: 'http://hooks.example.com/x' }, 'FLK-0701'],
      ['missing events', { events: undefined }, 'FLK-0706'],
      ['empty events', { events: [] }, 'FLK-0706'],
      ['unknown event', { events: ['workflow.exploded'] }, 'FLK-0706'],
      ['repeated event', { events: ['workflow.failed', 'workflow.failed'] }, 'FLK-0706'],
      ['events not an array', { events: 'workflow.failed' }, 'FLK-0706'],
      ['secret over 255', { secret: 's'.repeat(256) }, 'FLK-0707'],
      ['empty secret', { secret: '' }, 'FLK-0707'],
      ['malformed whsec', { secret: 'whsec_not*base64' }, 'FLK-0707'],
      ['too many headers', { headers: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`X-H${i}`, 'v'])) }, 'FLK-0708'],
      ['reserved header Host', { headers: { Host: 'evil' } }, 'FLK-0708'],
      ['reserved header Content-Length', { headers: { 'content-length': '1' } }, 'FLK-0708'],
      ['reserved webhook-* header', { headers: { 'Webhook-Id': 'x' } }, 'FLK-0708'],
      ['hop-by-hop header', { headers: { Connection: 'close' } }, 'FLK-0708'],
      ['invalid header name', { headers: { 'Bad Name': 'x' } }, 'FLK-0708'],
      ['header value with CRLF', { headers: { 'X-Evil': 'a\r\nHost: b' } }, 'FLK-0708'],
      ['header value too long', { headers: { 'X-Long': 'v'.repeat(1025) } }, 'FLK-0708'],
      ['same header twice', { headers: { 'X-A': '1', 'x-a': '2' } }, 'FLK-0708'],
      ['unknown field', { colour: 'red' }, 'FLK-0300'],
      ['active on create', { active: true }, 'FLK-0300'],
    ])('%s → 400 %s', async (_label, change, code) => {
      const body: Record<string, unknown> = { ...valid(), ...change };
      for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
      const res = await a.send('POST', BASE, body);
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe(code);
    });

    it.each([
      ['spaces', 'has space'],
      ['too long', 'o'.repeat(65)],
      ['punctuation', 'org;drop'],
    ])('X-Organization-Id with %s → 400 FLK-0709', async (_label, org) => {
      for (const [method, path, body] of [['GET', BASE], ['POST', BASE, valid()], ['GET', `${BASE}/logs/all`]] as const) {
        const res = await a.send(method, path, body, { 'X-Organization-Id': org });
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0709');
      }
    });

    it('PATCH validates what it is given', async () => {
      const sub = await a.subscribe(receiver, '/patch-bad');
      for (const [body, code] of [
        [{ url: 'http://hooks.example.com/' }, 'FLK-0701'],
        [{ url: 'https://169.254.169.254/latest' }, 'FLK-0702'],
        [{ events: [] }, 'FLK-0706'],
        [{ name: '' }, 'FLK-0705'],
        [{ headers: { Host: 'x' } }, 'FLK-0708'],
        [{ active: 'yes' }, 'FLK-0001'],
        [{ other: 1 }, 'FLK-0300'],
      ] as const) {
        const res = await a.send('PATCH', `${BASE}/${sub.id}`, body);
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe(code);
      }
    });

    it('bad path ids and query values → 400', async () => {
      expect((await a.send('GET', `${BASE}/not-a-uuid`)).status).toBe(400);
      for (const q of ['?limit=0', '?limit=101', '?offset=-1', '?limit=abc']) {
        const res = await a.send('GET', `${BASE}${q}`);
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0304');
      }
      const badType = await a.send('GET', `${BASE}/logs/all?eventType=workflow.nope`);
      expect(badType.status).toBe(400);
      const sub = await a.subscribe(receiver, '/badq');
      expect((await a.send('GET', `${BASE}/${sub.id}/logs?limit=500`)).status).toBe(400);
      expect((await a.send('POST', `${BASE}/nope/test`)).status).toBe(400);
      expect((await a.send('DELETE', `${BASE}/nope`)).status).toBe(400);
      expect((await a.send('PATCH', `${BASE}/nope`, { name: 'x' })).status).toBe(400);
      expect((await a.send('POST', `${BASE}/${sub.id}/deliveries/nope/resend`)).status).toBe(400);
    });
  });

  describe('delivery', () => {
    it('delivers each event once per matching active subscription, signed, with the stored bytes', async () => {
      const org = `deliv-${Date.now()}`;
      const match = await a.subscribe(receiver, '/deliv-match', { events: ['workflow.step.completed'] }, org);
      await a.subscribe(receiver, '/deliv-other', { events: ['workflow.failed'] }, org);
      const inactive = await a.subscribe(receiver, '/deliv-inactive', { events: ['workflow.step.completed'] }, org);
      await a.send('PATCH', `${BASE}/${inactive.id}`, { active: false }, { 'X-Organization-Id': org });
      const queued = await a.emit({ type: 'workflow.step.completed', organizationId: org, data: { executionId: 'e-1', nodeId: 'n-1', note: 'ünïcödé ✓' } });
      expect(queued.deliveries).toBe(1);
      const got = await until('delivery', () => receiver.at('/deliv-match')[0]);
      expect(got.webhookId).toBe(queued.eventId);
      const body = JSON.parse(got.raw.toString('utf8'));
      expect(body).toMatchObject({ id: queued.eventId, type: 'workflow.step.completed', data: { executionId: 'e-1', note: 'ünïcödé ✓' } });
      expect(Number.isNaN(Date.parse(body.timestamp))).toBe(false);
      const stored = await t.app.get(Database).read((m) => m.query(`SELECT payload FROM webhook_events WHERE id = '${queued.eventId}'`));
      expect(got.raw.equals(Buffer.from(stored[0].payload, 'utf8'))).toBe(true);
      expect(Math.abs(Number(got.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
      expect(got.headers['x-webhook-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(got.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      // Nothing for the other event type, nor for the inactive subscription, nor another organisation.
      const other = await a.emit({ type: 'workflow.step.completed', data: { x: 1 } });
      expect(other.deliveries).toBe(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(receiver.at('/deliv-other')).toHaveLength(0);
      expect(receiver.at('/deliv-inactive')).toHaveLength(0);
      const logs = await a.logs(match.id, '', org);
      expect(logs.items[0]).toMatchObject({ succeeded: true, statusCode: 200, attempt: 1, trigger: 'event', eventId: queued.eventId, responseBody: '{"received":true}' });
    });

    it('sends the custom headers, and signs a user-supplied non-whsec secret with its UTF-8 bytes', async () => {
      await a.subscribe(receiver, '/custom', { secret: 'plain sécret', headers: { 'X-Team': 'payments', Authorization: 'Bearer abc12345' } });
      const queued = await a.emit({ type: 'workflow.completed', data: { ok: true } });
      const got = await until('delivery', () => receiver.at('/custom').find((r) => r.webhookId === queued.eventId));
      expect(got.verified).toBe(true);
      expect(got.headers['x-team']).toBe('payments');
      expect(got.headers.authorization).toBe('Bearer abc12345');
    });

    it('a receiver failing N times then succeeding gets N+1 attempts, spaced by the schedule, same webhook-id', async () => {
      const failures = 3;
      receiver.endpoint('/flaky', failTimes(failures));
      const sub = await a.subscribe(receiver, '/flaky', { events: ['workflow.failed'] });
      const queued = await a.emit({ type: 'workflow.failed', data: { error: 'boom' } });
      await until('success', () => receiver.at('/flaky').length === failures + 1 || undefined);
      const hits = receiver.at('/flaky');
      expect(new Set(hits.map((h) => h.webhookId))).toEqual(new Set([queued.eventId]));
      for (let i = 1; i < hits.length; i += 1) expect(hits[i].at - hits[i - 1].at).toBeGreaterThanOrEqual(SCHEDULE[i - 1] - 5);
      const logs = await until('logged', async () => {
        const l = await a.logs(sub.id);
        return l.total === failures + 1 ? l : undefined;
      });
      const ordered = [...logs.items].sort((x, y) => x.attempt - y.attempt);
      expect(ordered.map((l) => l.attempt)).toEqual([1, 2, 3, 4]);
      expect(ordered.map((l) => l.trigger)).toEqual(['event', 'retry', 'retry', 'retry']);
      expect(ordered.map((l) => l.succeeded)).toEqual([false, false, false, true]);
      for (let i = 0; i < failures; i += 1) {
        expect(ordered[i]).toMatchObject({ statusCode: 503, error: expect.stringContaining('503') });
        expect(ordered[i].responseBody).toBe(`failure ${i + 1}`);
        const gap = Date.parse(ordered[i].nextAttemptAt) - Date.parse(ordered[i].createdAt);
        expect(gap).toBeGreaterThanOrEqual(SCHEDULE[i]);
        expect(Date.parse(ordered[i + 1].createdAt)).toBeGreaterThanOrEqual(Date.parse(ordered[i].nextAttemptAt));
      }
      expect(ordered[failures].nextAttemptAt).toBeUndefined();
    });

    it('exhausts after the schedule, then resend delivers again with the same webhook-id (202)', async () => {
      receiver.endpoint('/exhaust', always(500));
      const sub = await a.subscribe(receiver, '/exhaust', { events: ['workflow.started'] });
      const queued = await a.emit({ type: 'workflow.started', data: { executionId: 'x' } });
      const logs = await until('exhausted', async () => {
        const l = await a.logs(sub.id);
        return l.total === SCHEDULE.length + 1 ? l : undefined;
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(receiver.at('/exhaust')).toHaveLength(SCHEDULE.length + 1);
      const deliveryId = logs.items[0].deliveryId;
      receiver.setBehaviour('/exhaust', ok);
      const res = await a.send('POST', `${BASE}/${sub.id}/deliveries/${deliveryId}/resend`);
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ id: deliveryId, status: 'pending', eventId: queued.eventId, attempts: SCHEDULE.length + 1 });
      const again = await until('resent', () => receiver.at('/exhaust')[SCHEDULE.length + 1]);
      expect(again.webhookId).toBe(queued.eventId);
      const after = await until('logged', async () => {
        const l = await a.logs(sub.id);
        return l.total === SCHEDULE.length + 2 ? l : undefined;
      });
      expect(after.items[0]).toMatchObject({ trigger: 'resend', succeeded: true, attempt: SCHEDULE.length + 2 });
    });

    it('honours Retry-After over a shorter scheduled delay', async () => {
      receiver.endpoint('/retry-after', (n, res) => (n === 1 ? void res.writeHead(429, { 'Retry-After': '1' }).end() : ok(n, res)));
      await a.subscribe(receiver, '/retry-after', { events: ['workflow.completed'] });
      await a.emit({ type: 'workflow.completed', data: {} });
      await until('retry', () => receiver.at('/retry-after')[1], 10_000);
      const [first, second] = receiver.at('/retry-after');
      expect(second.at - first.at).toBeGreaterThanOrEqual(950);
    });

    it('does not follow redirects: a 3xx is a failed attempt', async () => {
      receiver.endpoint('/redirect', (n, res) => (n === 1 ? void res.writeHead(302, { Location: '/elsewhere' }).end() : ok(n, res)));
      const sub = await a.subscribe(receiver, '/redirect', { events: ['workflow.completed'] });
      await a.emit({ type: 'workflow.completed', data: {} });
      await until('retry', () => receiver.at('/redirect')[1]);
      expect(receiver.received.some((r) => r.path === '/elsewhere')).toBe(false);
      const logs = await until('logged', async () => {
        const l = await a.logs(sub.id);
        return l.total >= 2 ? l : undefined;
      });
      expect(logs.items.find((l) => l.attempt === 1)).toMatchObject({ succeeded: false, statusCode: 302, error: expect.stringContaining('redirects are not followed') });
    });

    it('rotating the secret with secretOverlapSeconds signs with both secrets until then; without it, only with the new one', async () => {
      receiver.endpoint('/rotate', ok);
      const sub = await a.subscribe(receiver, '/rotate', { events: ['workflow.completed'] });
      const first = sub.secret!;
      const second = 'second-secret-of-the-rotation';
      const before = Date.now();
      const rotated = await a.send('PATCH', `${BASE}/${sub.id}`, { secret: second, secretOverlapSeconds: 3600 });
      expect(rotated.status).toBe(200);
      const body = await rotated.json();
      expect(Date.parse(body.previousSecretExpiresAt)).toBeGreaterThanOrEqual(before + 3_600_000);
      expect(Date.parse(body.previousSecretExpiresAt)).toBeLessThanOrEqual(Date.now() + 3_600_000);
      expect((await (await a.send('GET', `${BASE}/${sub.id}`)).json()).previousSecretExpiresAt).toBe(body.previousSecretExpiresAt);
      receiver.setSecret('/rotate', second);

      // Test events and resends alike: a receiver still on the first secret verifies, and so does one on the second.
      const tested = await (await a.send('POST', `${BASE}/${sub.id}/test`)).json();
      expect(tested).toMatchObject({ succeeded: true });
      expect(await a.send('POST', `${BASE}/${sub.id}/deliveries/${tested.deliveryId}/resend`)).toMatchObject({ status: 202 });
      await until('resent', () => receiver.at('/rotate')[1]);
      for (const got of receiver.at('/rotate')) {
        expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
        expect(verify(first, { ...got.headers, 'x-webhook-signature': bodySignature(first, got.raw) }, got.raw)).toBeUndefined();
        expect(verify(second, got.headers, got.raw)).toBeUndefined();
      }

      // Without an overlap (after a leak, say) the replaced secret stops signing at once.
      const third = 'third-secret-of-the-rotation';
      const immediate = await (await a.send('PATCH', `${BASE}/${sub.id}`, { secret: third })).json();
      expect(immediate.previousSecretExpiresAt).toBeUndefined();
      receiver.setSecret('/rotate', third);
      await a.send('POST', `${BASE}/${sub.id}/test`);
      const last = receiver.at('/rotate')[2];
      expect(String(last.headers['webhook-signature']).split(' ')).toHaveLength(1);
      expect(verify(second, { ...last.headers, 'x-webhook-signature': bodySignature(second, last.raw) }, last.raw)).toMatch(/^standard webhooks/);

      // An overlap ends by itself.
      const fourth = 'fourth-secret-of-the-rotation';
      const short = await (await a.send('PATCH', `${BASE}/${sub.id}`, { secret: fourth, secretOverlapSeconds: 1 })).json();
      receiver.setSecret('/rotate', fourth);
      await new Promise((r) => setTimeout(r, Date.parse(short.previousSecretExpiresAt) - Date.now() + 50));
      expect((await (await a.send('GET', `${BASE}/${sub.id}`)).json()).previousSecretExpiresAt).toBeUndefined();
      await a.send('POST', `${BASE}/${sub.id}/test`);
      expect(String(receiver.at('/rotate')[3].headers['webhook-signature']).split(' ')).toHaveLength(1);

      for (const wrong of [{ secretOverlapSeconds: 60 }, { secret: 'x-secret', secretOverlapSeconds: 604_801 }, { secret: 'x-secret', secretOverlapSeconds: 1.5 }]) {
        const res = await a.send('PATCH', `${BASE}/${sub.id}`, wrong);
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0707');
      }
    });

    it('records an answer whose body holds NUL bytes (shown as U+FFFD), retries it as usual, and answers a test with it', async () => {
      const nulBody = Buffer.from('bad\u0000body\u0000', 'utf8');
      receiver.endpoint('/nul-body', (n, res) => (n === 1 ? void res.writeHead(500).end(nulBody) : ok(n, res)));
      const sub = await a.subscribe(receiver, '/nul-body', { events: ['workflow.completed'] });
      await a.emit({ type: 'workflow.completed', data: {} });
      const logs = await until('both attempts logged', async () => {
        const l = await a.logs(sub.id);
        return l.total === 2 ? l : undefined;
      });
      expect(logs.items[1]).toMatchObject({ attempt: 1, succeeded: false, statusCode: 500, responseBody: 'bad\uFFFDbody\uFFFD' });
      expect(logs.items[0]).toMatchObject({ attempt: 2, succeeded: true });

      receiver.setBehaviour('/nul-body', (_n, res) => void res.writeHead(200).end(nulBody));
      const tested = await a.send('POST', `${BASE}/${sub.id}/test`);
      expect(tested.status).toBe(200);
      expect(await tested.json()).toMatchObject({ succeeded: true, trigger: 'test', responseBody: 'bad\uFFFDbody\uFFFD' });
    });

    it('the status is the answer: a 2xx whose body is cut short or does not decode is delivered, and not sent again', async () => {
      // 200 with a body that claims gzip but is not, then 200 with a connection closed before the announced length.
      receiver.endpoint('/bad-gzip', (_n, res) => void res.writeHead(200, { 'Content-Encoding': 'gzip' }).end('not gzip at all'));
      receiver.endpoint('/cut-short', (_n, res) => {
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('partial');
        setTimeout(() => res.socket?.destroy(), 20);
      });
      // A failure status stays a failure, whatever happens to its body.
      receiver.endpoint('/cut-short-503', (n, res) => {
        if (n > 1) return ok(n, res);
        res.writeHead(503, { 'Content-Length': '100' });
        res.write('partial');
        setTimeout(() => res.socket?.destroy(), 20);
      });
      for (const path of ['/bad-gzip', '/cut-short']) {
        const sub = await a.subscribe(receiver, path, { events: ['workflow.completed'] });
        await a.emit({ type: 'workflow.completed', data: {} });
        const logs = await until(`${path} logged`, async () => {
          const l = await a.logs(sub.id);
          return l.total === 1 ? l : undefined;
        });
        expect(logs.items[0]).toMatchObject({ attempt: 1, succeeded: true, statusCode: 200, responseTruncated: true });
        expect(logs.items[0].error).toBeUndefined();
        await new Promise((r) => setTimeout(r, SCHEDULE[0] * 3));
        expect(receiver.at(path)).toHaveLength(1);
      }

      const failing = await a.subscribe(receiver, '/cut-short-503', { events: ['workflow.completed'] });
      await a.emit({ type: 'workflow.completed', data: {} });
      const logs = await until('retried after the 503', async () => {
        const l = await a.logs(failing.id);
        return l.total === 2 ? l : undefined;
      });
      expect(logs.items[1]).toMatchObject({ attempt: 1, succeeded: false, statusCode: 503, responseBody: 'partial', responseTruncated: true });
      expect(logs.items[1].error).toMatch(/^endpoint answered 503 Service Unavailable; its body could not be read: /);
      expect(logs.items[0]).toMatchObject({ attempt: 2, succeeded: true });
    });

    it('a URL changed while an attempt is out: the old endpoint\'s 410 neither disables nor ends the delivery, which goes to the new URL', async () => {
      const held: ServerResponse[] = [];
      receiver.endpoint('/moved-old', (_n, res) => void held.push(res));
      receiver.endpoint('/moved-new', ok);
      const sub = await a.subscribe(receiver, '/moved-old', { events: ['workflow.step.completed'], secret: 'moved-endpoint-secret' });
      receiver.setSecret('/moved-new', 'moved-endpoint-secret');
      const queued = await a.emit({ type: 'workflow.step.completed', data: {} });
      await until('in flight', () => held[0]);
      expect((await a.send('PATCH', `${BASE}/${sub.id}`, { url: receiver.ensure('/moved-new') })).status).toBe(200);
      held[0].writeHead(410).end('gone');
      const got = await until('sent to the new URL', () => receiver.at('/moved-new').find((r) => r.webhookId === queued.eventId));
      expect(got.verified).toBe(true);
      const after = await (await a.send('GET', `${BASE}/${sub.id}`)).json();
      expect(after).toMatchObject({ active: true });
      expect(after.disabledReason).toBeUndefined();
      const logs = await until('both attempts logged', async () => {
        const l = await a.logs(sub.id);
        return l.total === 2 ? l : undefined;
      });
      expect(logs.items[1]).toMatchObject({ attempt: 1, statusCode: 410, succeeded: false, nextAttemptAt: expect.any(String) });
      expect(logs.items[0]).toMatchObject({ attempt: 2, succeeded: true });
    });

    it('a new URL starts without the run of failures of the one it replaces', async () => {
      receiver.endpoint('/run-old', always(500));
      const sub = await a.subscribe(receiver, '/run-old', { events: ['workflow.step.started'] });
      await a.emit({ type: 'workflow.step.started', data: {} });
      const repository = t.app.get(SubscriptionsRepository);
      const failingSince = () => t.app.get(Database).read(async (m) => (await repository.findByIds(m, [sub.id]))[0].failingSince);
      await until('failing', async () => (await failingSince()) ?? undefined);
      // The same URL sent back keeps the run; another one ends it. (Disabled first, so no later attempt starts a new run.)
      await a.send('PATCH', `${BASE}/${sub.id}`, { url: receiver.ensure('/run-old'), active: false });
      expect(await failingSince()).not.toBeNull();
      await a.send('PATCH', `${BASE}/${sub.id}`, { url: receiver.ensure('/run-new') });
      expect(await failingSince()).toBeNull();
    });

    it('410 Gone disables the subscription at once, visibly, and nothing more is sent', async () => {
      receiver.endpoint('/gone', always(410));
      const sub = await a.subscribe(receiver, '/gone', { events: ['workflow.completed'] });
      await a.emit({ type: 'workflow.completed', data: {} });
      const disabled = await until('disabled', async () => {
        const s = await (await a.send('GET', `${BASE}/${sub.id}`)).json();
        return s.active === false ? s : undefined;
      });
      expect(disabled).toMatchObject({ active: false, disabledReason: 'endpoint_gone' });
      expect(disabled.disabledAt).toBeDefined();
      await a.emit({ type: 'workflow.completed', data: {} });
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.at('/gone')).toHaveLength(1);
      const logs = await a.logs(sub.id);
      expect(logs.items).toHaveLength(1);
      expect(logs.items[0]).toMatchObject({ statusCode: 410, succeeded: false });
      expect(logs.items[0].nextAttemptAt).toBeUndefined();
      // Resending to an inactive subscription is refused.
      const resend = await a.send('POST', `${BASE}/${sub.id}/deliveries/${logs.items[0].deliveryId}/resend`);
      expect(resend.status).toBe(422);
      expect((await resend.json()).code).toBe('FLK-0710');
    });

    it('resend: 404 FLK-0703 for an unknown delivery, 409 while the delivery is being sent', async () => {
      receiver.endpoint('/slow', receiver.hang);
      const sub = await a.subscribe(receiver, '/slow', { events: ['workflow.step.started'] });
      const missing = await a.send('POST', `${BASE}/${sub.id}/deliveries/00000000-0000-4000-8000-000000000000/resend`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).code).toBe('FLK-0703');
      const queued = await a.emit({ type: 'workflow.step.started', data: {} });
      await until('in flight', () => receiver.at('/slow')[0]);
      const rows = await t.app.get(Database).read((m) => m.query(`SELECT id, status FROM webhook_deliveries WHERE event_id = '${queued.eventId}'`));
      expect(rows[0].status).toBe('delivering');
      const busy = await a.send('POST', `${BASE}/${sub.id}/deliveries/${rows[0].id}/resend`);
      expect(busy.status).toBe(409);
      expect((await busy.json()).code).toBe('FLK-0350');
      receiver.releaseHeld();
    });

    it('test sends a workflow.completed test event at once, logs it and never retries it', async () => {
      receiver.endpoint('/test-ok', ok);
      const sub = await a.subscribe(receiver, '/test-ok', { events: ['workflow.step.failed'] });
      const res = await a.send('POST', `${BASE}/${sub.id}/test`);
      expect(res.status).toBe(200);
      const attempt = await res.json();
      expect(attempt).toMatchObject({ succeeded: true, statusCode: 200, trigger: 'test', eventType: 'workflow.completed', attempt: 1 });
      const got = receiver.at('/test-ok')[0];
      expect(JSON.parse(got.raw.toString()).data.test).toBe(true);
      expect(got.webhookId).toBe(attempt.eventId);

      receiver.endpoint('/test-fail', always(500));
      const failing = await a.subscribe(receiver, '/test-fail');
      const failed = await (await a.send('POST', `${BASE}/${failing.id}/test`)).json();
      expect(failed).toMatchObject({ succeeded: false, statusCode: 500, trigger: 'test' });
      expect(failed.nextAttemptAt).toBeUndefined();
      await new Promise((r) => setTimeout(r, SCHEDULE[0] * 3));
      expect(receiver.at('/test-fail')).toHaveLength(1);
      expect((await a.logs(failing.id)).total).toBe(1);
      expect((await (await a.send('GET', `${BASE}/${failing.id}`)).json()).active).toBe(true);
    });

    it('a resent test event keeps test semantics: one attempt, logged as test, no retry, no effect on health', async () => {
      receiver.endpoint('/test-resend-gone', always(410));
      receiver.endpoint('/test-resend-fail', always(500));
      for (const path of ['/test-resend-gone', '/test-resend-fail']) {
        const sub = await a.subscribe(receiver, path);
        const tested = await (await a.send('POST', `${BASE}/${sub.id}/test`)).json();
        expect(tested).toMatchObject({ succeeded: false, trigger: 'test' });
        const resend = await a.send('POST', `${BASE}/${sub.id}/deliveries/${tested.deliveryId}/resend`);
        expect(resend.status).toBe(202);
        const logs = await until('resent attempt logged', async () => {
          const l = await a.logs(sub.id);
          return l.total === 2 ? l : undefined;
        });
        expect(logs.items[0]).toMatchObject({ attempt: 2, trigger: 'test', succeeded: false, deliveryId: tested.deliveryId });
        expect(logs.items[0].nextAttemptAt).toBeUndefined();
        await new Promise((r) => setTimeout(r, SCHEDULE[SCHEDULE.length - 1] * 3));
        expect(receiver.at(path)).toHaveLength(2);
        expect((await a.logs(sub.id)).total).toBe(2);
        const after = await (await a.send('GET', `${BASE}/${sub.id}`)).json();
        expect(after.active).toBe(true);
        expect(after.disabledReason).toBeUndefined();
      }
    });

    it('disabling cancels deliveries in flight: recorded failed, not sent again after re-enabling', async () => {
      // Each attempt is recorded as it ends, so both must still be out when the PATCHes come.
      const slowFailure = (_n: number, res: ServerResponse) => void setTimeout(() => res.writeHead(500).end('late failure'), 600);
      receiver.endpoint('/inflight-slow', slowFailure);
      receiver.endpoint('/inflight-fast', slowFailure);
      const org = `inflight-${Date.now()}`;
      const h = { 'X-Organization-Id': org };
      const slow = await a.subscribe(receiver, '/inflight-slow', { events: ['workflow.completed'] }, org);
      const fast = await a.subscribe(receiver, '/inflight-fast', { events: ['workflow.completed'] }, org);
      const queued = await a.emit({ type: 'workflow.completed', organizationId: org, data: {} });
      await until('both in flight', () => (receiver.at('/inflight-slow')[0] && receiver.at('/inflight-fast')[0]) || undefined);
      for (const sub of [slow, fast]) {
        const off = await a.send('PATCH', `${BASE}/${sub.id}`, { active: false }, h);
        expect(off.status).toBe(200);
      }
      const rows = await until('attempts recorded', async () => {
        const r = await t.app.get(Database).read((m) =>
          m.query(`SELECT status, last_error FROM webhook_deliveries WHERE event_id = '${queued.eventId}'`),
        );
        return r.every((row: { status: string }) => row.status !== 'delivering') ? r : undefined;
      });
      expect(rows).toEqual([
        { status: 'failed', last_error: 'subscription disabled by a client' },
        { status: 'failed', last_error: 'subscription disabled by a client' },
      ]);
      for (const sub of [slow, fast]) {
        const logs = await a.logs(sub.id, '', org);
        expect(logs.items).toHaveLength(1);
        expect(logs.items[0]).toMatchObject({ attempt: 1, succeeded: false, statusCode: 500 });
        expect(logs.items[0].nextAttemptAt).toBeUndefined();
        expect((await a.send('PATCH', `${BASE}/${sub.id}`, { active: true }, h)).status).toBe(200);
      }
      await new Promise((r) => setTimeout(r, SCHEDULE[SCHEDULE.length - 1] * 3));
      expect(receiver.at('/inflight-slow')).toHaveLength(1);
      expect(receiver.at('/inflight-fast')).toHaveLength(1);
    });

    it('re-enabling cancels deliveries that became pending while the subscription was inactive instead of sending them', async () => {
      receiver.endpoint('/straggler', ok);
      const sub = await a.subscribe(receiver, '/straggler', { events: ['workflow.completed'] });
      expect((await a.send('PATCH', `${BASE}/${sub.id}`, { active: false })).status).toBe(200);
      // As an event committing while the PATCH disabled it leaves (or an attempt handed back at a shutdown).
      const event = buildEvent('default', 'workflow.completed', { straggler: true }, new Date().toISOString());
      await t.app.get(Database).write((m) =>
        t.app.get(DeliveriesRepository).insertEvent(m, event, [pendingDelivery(event, sub.id, new Date().toISOString())]),
      );
      expect((await a.send('PATCH', `${BASE}/${sub.id}`, { active: true })).status).toBe(200);
      const [delivery] = (await (await a.send('GET', `${BASE}/${sub.id}/deliveries`)).json()).items;
      expect(delivery).toMatchObject({ eventId: event.id, status: 'failed', attempts: 0, lastError: 'subscription disabled by a client' });
      await new Promise((r) => setTimeout(r, SCHEDULE[0] * 3));
      expect(receiver.at('/straggler')).toHaveLength(0);
    });

    it('lists deliveries by status, those cancelled before any attempt included, so they can be found and resent', async () => {
      receiver.endpoint('/listed', ok);
      const sub = await a.subscribe(receiver, '/listed', { events: ['workflow.step.failed'] });
      const delivered = await a.emit({ type: 'workflow.step.failed', data: { n: 1 } });
      await until('delivered', () => receiver.at('/listed')[0]);
      // A second event waits (not due yet) when the subscription is disabled: it is cancelled without an attempt.
      const waiting = await t.app.get(Database).write(async (m) => {
        const queued = await t.app.get(WorkflowEventOutbox).enqueue(m, { type: 'workflow.step.failed', data: { n: 2 } });
        await m.createQueryBuilder().update(WebhookDeliveryEntity).set({ nextAttemptAt: '2999-01-01T00:00:00.000Z' })
          .where('event_id = :id', { id: queued.eventId }).execute();
        return queued;
      });
      expect((await a.send('PATCH', `${BASE}/${sub.id}`, { active: false })).status).toBe(200);
      expect((await a.logs(sub.id)).total).toBe(1);

      const list = async (query = '') => {
        const res = await a.send('GET', `${BASE}/${sub.id}/deliveries${query}`);
        expect(res.status).toBe(200);
        return res.json();
      };
      const all = await list();
      expect(all).toMatchObject({ total: 2, limit: 50, offset: 0, hasMore: false });
      expect(all.items.map((d: { eventId: string }) => d.eventId)).toEqual([waiting.eventId, delivered.eventId]);
      const failed = await list('?status=failed');
      expect(failed.items).toEqual([
        expect.objectContaining({ eventId: waiting.eventId, status: 'failed', attempts: 0, lastError: 'subscription disabled by a client' }),
      ]);
      expect((await list('?status=succeeded')).items).toEqual([
        expect.objectContaining({ eventId: delivered.eventId, status: 'succeeded', attempts: 1, lastStatusCode: 200 }),
      ]);
      expect(await list('?limit=1&offset=1')).toMatchObject({ total: 2, hasMore: false, items: [expect.objectContaining({ eventId: delivered.eventId })] });

      // Found, it can be resent once the subscription is active again.
      expect((await a.send('PATCH', `${BASE}/${sub.id}`, { active: true })).status).toBe(200);
      expect((await a.send('POST', `${BASE}/${sub.id}/deliveries/${failed.items[0].id}/resend`)).status).toBe(202);
      await until('resent', () => receiver.at('/listed').find((r) => r.webhookId === waiting.eventId));

      expect((await a.send('GET', `${BASE}/${sub.id}/deliveries?status=lost`)).status).toBe(400);
      const missing = await a.send('GET', `${BASE}/00000000-0000-4000-8000-000000000000/deliveries`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).code).toBe('FLK-0700');
    });

    it('a log entry is dated when the attempt was made, not when its answer came', async () => {
      receiver.endpoint('/dated-slow', (n, res) => void setTimeout(() => ok(n, res), 400));
      const sub = await a.subscribe(receiver, '/dated-slow', { events: ['workflow.completed'] });
      const queued = await a.emit({ type: 'workflow.completed', data: {} });
      const got = await until('delivered', () => receiver.at('/dated-slow').find((r) => r.webhookId === queued.eventId));
      const entry = await until('logged', async () => (await a.logs(sub.id)).items[0]);
      expect(entry.durationMs).toBeGreaterThanOrEqual(380);
      const madeAt = Date.parse(entry.createdAt);
      // Sent, then received, then answered 400 ms later: the entry starts before the receipt and lasts past it (dated
      // at the answer, it started after the receipt). Orderings only: a busy machine may take any time in between.
      expect(madeAt).toBeLessThanOrEqual(got.at);
      expect(madeAt + entry.durationMs).toBeGreaterThanOrEqual(got.at);
      expect(Math.floor(madeAt / 1000)).toBe(Number(got.headers['webhook-timestamp']));
    });

    it('events written in one transaction share their timestamp; a later transaction has its own', async () => {
      await a.subscribe(receiver, '/same-commit', { events: ['workflow.step.completed', 'workflow.completed'] });
      const outbox = t.app.get(WorkflowEventOutbox);
      const [step, done] = await t.app.get(Database).write(async (m) => {
        const first = await outbox.enqueue(m, { type: 'workflow.step.completed', data: { stepNumber: 1 } });
        await new Promise((r) => setTimeout(r, 5));
        return [first, await outbox.enqueue(m, { type: 'workflow.completed', data: {} })];
      });
      await new Promise((r) => setTimeout(r, 5));
      const later = await a.emit({ type: 'workflow.completed', data: {} });
      const bodies = await until('three deliveries', () => {
        const got = receiver.at('/same-commit');
        return got.length === 3 ? new Map(got.map((r) => [r.webhookId, JSON.parse(r.raw.toString('utf8'))])) : undefined;
      });
      expect(bodies.get(step.eventId!).timestamp).toBe(bodies.get(done.eventId!).timestamp);
      expect(Date.parse(bodies.get(later.eventId!).timestamp)).toBeGreaterThan(Date.parse(bodies.get(done.eventId!).timestamp));
    });

    it('logs: filter by event type, limit/offset, across subscriptions', async () => {
      const org = `logs-${Date.now()}`;
      const s1 = await a.subscribe(receiver, '/logs-1', { events: ['workflow.started', 'workflow.completed'] }, org);
      await a.subscribe(receiver, '/logs-2', { events: ['workflow.completed'] }, org);
      await a.emit({ type: 'workflow.started', organizationId: org, data: {} });
      await a.emit({ type: 'workflow.completed', organizationId: org, data: {} });
      const h = { 'X-Organization-Id': org };
      const all = await until('three attempts', async () => {
        const l = await (await a.send('GET', `${BASE}/logs/all`, undefined, h)).json();
        return l.total === 3 ? l : undefined;
      });
      expect(all).toMatchObject({ limit: 50, offset: 0, hasMore: false });
      const completed = await (await a.send('GET', `${BASE}/logs/all?eventType=workflow.completed`, undefined, h)).json();
      expect(completed.total).toBe(2);
      expect(completed.items.every((l: { eventType: string }) => l.eventType === 'workflow.completed')).toBe(true);
      const paged = await (await a.send('GET', `${BASE}/logs/all?limit=1&offset=1`, undefined, h)).json();
      expect(paged).toMatchObject({ total: 3, limit: 1, offset: 1, hasMore: true });
      expect(paged.items).toHaveLength(1);
      const one = await a.logs(s1.id, '?eventType=workflow.started', org);
      expect(one.total).toBe(1);
      expect(one.items[0]).toMatchObject({ subscriptionId: s1.id, eventType: 'workflow.started', durationMs: expect.any(Number) });
    });
  });

  describe('organisation isolation', () => {
    it('one organisation never sees, changes, tests or receives events of another', async () => {
      const mine = await a.subscribe(receiver, '/iso-a', { events: ['workflow.completed'] }, 'org-a');
      const h = { 'X-Organization-Id': 'org-b' };
      for (const [method, path, body] of [
        ['GET', `${BASE}/${mine.id}`],
        ['PATCH', `${BASE}/${mine.id}`, { name: 'hijack' }],
        ['DELETE', `${BASE}/${mine.id}`],
        ['POST', `${BASE}/${mine.id}/test`],
        ['GET', `${BASE}/${mine.id}/logs`],
      ] as const) {
        const res = await a.send(method, path, body, h);
        expect(res.status).toBe(404);
        expect((await res.json()).code).toBe('FLK-0700');
      }
      // Without the header the organisation is `default`: also not org-a.
      expect((await a.send('GET', `${BASE}/${mine.id}`)).status).toBe(404);
      const list = await (await a.send('GET', BASE, undefined, h)).json();
      expect(list.items.some((s: { id: string }) => s.id === mine.id)).toBe(false);

      const forB = await a.emit({ type: 'workflow.completed', organizationId: 'org-b', data: {} });
      expect(forB.deliveries).toBe(0);
      const forA = await a.emit({ type: 'workflow.completed', organizationId: 'org-a', data: {} });
      expect(forA.deliveries).toBe(1);
      await until('delivered to a', () => receiver.at('/iso-a').find((r) => r.webhookId === forA.eventId));
      expect(receiver.at('/iso-a').some((r) => r.webhookId === forB.eventId)).toBe(false);
      // The receiver can have the delivery a moment before its attempt is in the log: once it is, org-b must still not see it.
      const deliveryId = await until('delivery logged for a', async () => (await a.logs(mine.id, '', 'org-a')).items[0]?.deliveryId);
      const logsB = await (await a.send('GET', `${BASE}/logs/all?limit=100`, undefined, h)).json();
      expect(logsB.items.some((l: { subscriptionId: string }) => l.subscriptionId === mine.id)).toBe(false);
      const resend = await a.send('POST', `${BASE}/${mine.id}/deliveries/${deliveryId}/resend`, undefined, h);
      expect(resend.status).toBe(404);
      expect((await (await a.send('GET', `${BASE}/${mine.id}`, undefined, { 'X-Organization-Id': 'org-a' })).json()).name).not.toBe('hijack');
    });
  });

  describe('documented generic statuses', () => {
    const ID = '00000000-0000-4000-8000-000000000000';
    // Every row has three entries: with fewer, Jest would take the callback's third parameter for `done`.
    const ops: Array<[string, string, unknown]> = [
      ['GET', BASE, undefined],
      ['POST', BASE, { name: 'x', url: 'https://hooks.example.com', events: ['workflow.completed'] }],
      ['GET', `${BASE}/logs/all`, undefined],
      ['GET', `${BASE}/${ID}`, undefined],
      ['PATCH', `${BASE}/${ID}`, { name: 'x' }],
      ['DELETE', `${BASE}/${ID}`, undefined],
      ['GET', `${BASE}/${ID}/logs`, undefined],
      ['GET', `${BASE}/${ID}/deliveries`, undefined],
      ['POST', `${BASE}/${ID}/test`, undefined],
      ['POST', `${BASE}/${ID}/deliveries/${ID}/resend`, undefined],
    ];
    it.each(ops)('%s %s: 401 without key, 500 and 503 by fault injection', async (method, path, body) => {
      const init = (headers: Record<string, string>) => ({ method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
      const noKey = await t.http(path, init({ 'Content-Type': 'application/json' }));
      expect(noKey.status).toBe(401);
      expect((await noKey.json()).code).toBe('FLK-0003');
      const err = await t.http(path, init(authJson({ 'X-Test-Fault-Injection': 'error' })));
      expect(err.status).toBe(500);
      const unavailable: TestResponse = await t.http(path, init(authJson({ 'X-Test-Fault-Injection': 'unavailable' })));
      expect(unavailable.status).toBe(503);
    });

    it.each([['POST', BASE], ['PATCH', `${BASE}/${ID}`]])('%s %s: 413 for an oversized body, 415 for a non-JSON one', async (method, path) => {
      const big = await t.http(path, { method, headers: authJson(), body: JSON.stringify({ name: 'x'.repeat(1_100_000) }) });
      expect(big.status).toBe(413);
      const text = await t.http(path, { method, headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain' }, body: 'name=x' });
      expect(text.status).toBe(415);
    });

    it('GET of an unknown id in the own organisation → 404 FLK-0700', async () => {
      const res = await a.send('GET', `${BASE}/${ID}`);
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe('FLK-0700');
    });

    it('PATCH racing a concurrent change → 409 FLK-0350 for the loser', async () => {
      const sub = await a.subscribe(receiver, '/race');
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => a.send('PATCH', `${BASE}/${sub.id}`, { headers: { 'X-Round': String(i) } })),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses).toContain(200);
      for (const r of results.filter((x) => x.status !== 200)) {
        expect(r.status).toBe(409);
        expect((await r.json()).code).toBe('FLK-0350');
      }
    });

    it('a PATCH does not undo the run of failures the worker recorded after the PATCH read the subscription', async () => {
      const sub = await a.subscribe(receiver, '/failing-run');
      const repository = t.app.get(SubscriptionsRepository);
      const failingSince = new Date(Date.now() - 60_000).toISOString();
      // The worker records a first failure between the PATCH's read and its write (it does not touch updatedAt).
      const original = repository.updateIfUnchanged.bind(repository);
      const spy = jest.spyOn(repository, 'updateIfUnchanged').mockImplementationOnce(async (m, ...rest) => {
        await repository.setFailingSince(m, sub.id, failingSince);
        return original(m, ...rest);
      });
      try {
        const res = await a.send('PATCH', `${BASE}/${sub.id}`, { name: unique('Renamed') });
        expect(res.status).toBe(200);
      } finally {
        spy.mockRestore();
      }
      const row = await t.app.get(Database).read((m) => repository.findByIds(m, [sub.id]));
      expect(row[0].failingSince).toBe(failingSince);
    });
  });
});

describe('Webhook subscriptions (production URL policy: no private destinations, HTTPS only)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ OUTBOUND_ALLOW_PRIVATE: '', SUBSCRIPTION_WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await wipe(t);
    await t.close();
  });

  it.each([
    ['loopback', 'https://127.0.0.1/hook'],
    ['loopback, decimal form', 'http://2130706433/'],
    ['loopback, decimal form over https', 'https://2130706433/'],
    ['loopback, octal form', 'https://0177.0.0.1/'],
    ['loopback, hex form', 'https://0x7f.0.0.1/'],
    ['loopback, short form', 'https://127.1/'],
    ['public address, decimal form', 'https://134744072/'],
    ['localhost', 'https://localhost:8443/hook'],
    ['private 10/8', 'https://10.0.0.5/hook'],
    ['private 192.168/16', 'https://192.168.1.10/hook'],
    ['private 172.16/12', 'https://172.20.0.1/hook'],
    ['link-local', 'https://169.254.10.10/hook'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data'],
    ['metadata host name', 'https://metadata.google.internal/'],
    ['CGNAT', 'https://100.64.1.1/'],
    ['unspecified', 'https://0.0.0.0/'],
    ['IPv6 loopback', 'https://[::1]/hook'],
    ['IPv6 unique-local', 'https://[fd12:3456::1]/hook'],
    ['IPv6 link-local', 'https://[fe80::1]/hook'],
    ['IPv4-mapped IPv6 loopback', 'https://[::ffff:127.0.0.1]/hook'],
    ['IPv4-mapped IPv6 private (hex)', 'https://[::ffff:a00:1]/hook'],
  ])('%s (%s) → 400', async (_label, url) => {
    const res = await t.http(BASE, { method: 'POST', headers: authJson(), body: JSON.stringify({ name: unique('S'), url, events: ['workflow.failed'] }) });
    expect(res.status).toBe(400);
    expect(['FLK-0701', 'FLK-0702']).toContain((await res.json()).code);
  });

  it('refuses plain http even to loopback without the dev flag, and accepts a public https URL', async () => {
    const http = await t.http(BASE, { method: 'POST', headers: authJson(), body: JSON.stringify({ name: unique('S'), url: 'http://127.0.0.1:9/x', events: ['workflow.failed'] }) });
    expect((await http.json()).code).toBe('FLK-0701');
    const decimal = await t.http(BASE, { method: 'POST', headers: authJson(), body: JSON.stringify({ name: unique('S'), url: 'https://2130706433/', events: ['workflow.failed'] }) });
    expect((await decimal.json()).code).toBe('FLK-0702');
    const good = await t.http(BASE, { method: 'POST', headers: authJson(), body: JSON.stringify({ name: unique('S'), url: 'https://hooks.example.com/flowker', events: ['workflow.failed'] }) });
    expect(good.status).toBe(201);
  });
});

describe('Webhook subscriptions (SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK alone, no OUTBOUND_ALLOW_PRIVATE)', () => {
  let t: TestApp;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await Receiver.start();
    t = await startTestApp({ ...DEV_ENV, OUTBOUND_ALLOW_PRIVATE: '' });
  });
  afterAll(async () => {
    await wipe(t);
    await t.close();
    await receiver.close();
  });

  it('accepts http:// loopback URLs and delivers to them; other private destinations stay refused', async () => {
    const a = api(t);
    const sub = await a.subscribe(receiver, '/loopback-only', { events: ['workflow.completed'] });
    const byName = await a.send('POST', BASE, { name: unique('S'), url: receiver.url.replace('127.0.0.1', 'localhost') + '/x', events: ['workflow.failed'] });
    expect(byName.status).toBe(201);
    const queued = await a.emit({ type: 'workflow.completed', data: {} });
    const got = await until('delivered', () => receiver.at('/loopback-only').find((r) => r.webhookId === queued.eventId));
    expect(got.verified).toBe(true);
    const entry = await until('logged', async () => (await a.logs(sub.id)).items[0]);
    expect(entry).toMatchObject({ succeeded: true, statusCode: 200 });
    const privateRange = await a.send('POST', BASE, { name: unique('S'), url: 'https://10.0.0.5/hook', events: ['workflow.failed'] });
    expect(privateRange.status).toBe(400);
    expect((await privateRange.json()).code).toBe('FLK-0702');
  });
});

describe('Webhook subscriptions (continuous failure disables)', () => {
  let t: TestApp;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await Receiver.start();
    t = await startTestApp({ ...DEV_ENV, SUBSCRIPTION_RETRY_SCHEDULE_MS: '40,40,40,40,40,40,40,40,40,40', SUBSCRIPTION_DISABLE_AFTER_MS: '250' });
  });
  afterAll(async () => {
    await wipe(t);
    await t.close();
    await receiver.close();
  });

  it('a subscription failing without success for the configured period is disabled with failing_continuously', async () => {
    receiver.endpoint('/down', always(503));
    const a = api(t);
    const sub = await a.subscribe(receiver, '/down', { events: ['workflow.completed'] });
    await a.emit({ type: 'workflow.completed', data: {} });
    const disabled = await until('disabled', async () => {
      const s = await (await a.send('GET', `${BASE}/${sub.id}`)).json();
      return s.active === false ? s : undefined;
    });
    expect(disabled.disabledReason).toBe('failing_continuously');
    const attempts = receiver.at('/down');
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    // Lower bound only, with slack for attempt durations: the run of failures lasted the configured 250 ms.
    expect(attempts[attempts.length - 1].at - attempts[0].at).toBeGreaterThanOrEqual(200);
    const count = attempts.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.at('/down')).toHaveLength(count);
    for (const r of receiver.received) expect(r.verified).toBe(true);
  });
});

describe('Webhook subscriptions (a slow endpoint holds up only its own deliveries)', () => {
  const CAP = 2;
  let t: TestApp;
  let receiver: Receiver;
  let a: ReturnType<typeof api>;
  // Small batches, so that three of them (the old worker's three lanes) are quickly each holding a hung send.
  beforeAll(async () => {
    receiver = await Receiver.start();
    t = await startTestApp({
      ...DEV_ENV,
      SUBSCRIPTION_BATCH_SIZE: '4',
      SUBSCRIPTION_MAX_IN_FLIGHT_PER_SUBSCRIPTION: String(CAP),
      SUBSCRIPTION_DELIVERY_TIMEOUT_MS: '10000',
    });
    a = api(t);
  });
  afterAll(async () => {
    await wipe(t);
    await t.close();
    await receiver.close();
  });
  afterEach(() => receiver.releaseHeld());

  const statusOf = async (eventId: string | null, subscriptionId: string): Promise<string> => {
    const rows = await t.app.get(Database).read((m) =>
      m.query(`SELECT status FROM webhook_deliveries WHERE event_id = '${eventId}' AND subscription_id = '${subscriptionId}'`),
    );
    return rows[0].status;
  };

  it('a healthy subscriber gets its events within a second while a dead one has deliveries in flight, and the dead one gets at most its share of sends', async () => {
    receiver.endpoint('/hol-dead', receiver.hang);
    const org = `hol-${Date.now()}`;
    const dead = await a.subscribe(receiver, '/hol-dead', { events: ['workflow.started'] }, org);
    await a.subscribe(receiver, '/hol-ok', { events: ['workflow.completed'] }, org);
    // One at a time, so that each claim (each of the old worker's lanes) picks up a hanging one.
    for (let n = 0; n < 6; n += 1) {
      await a.emit({ type: 'workflow.started', organizationId: org, data: { n } });
      await new Promise((r) => setTimeout(r, 100));
    }
    await until('dead endpoint called', () => receiver.at('/hol-dead')[0]);

    const sentAt = Date.now();
    const healthy: string[] = [];
    for (let n = 0; n < 3; n += 1) healthy.push((await a.emit({ type: 'workflow.completed', organizationId: org, data: { n } })).eventId!);
    await until('healthy deliveries', () => healthy.every((id) => receiver.at('/hol-ok').some((r) => r.webhookId === id)) || undefined, 5_000);
    expect(Date.now() - sentAt).toBeLessThan(1_000);

    expect(receiver.at('/hol-dead')).toHaveLength(CAP);
    const inFlight = await t.app.get(Database).read((m) =>
      m.query(`SELECT COUNT(*) AS n FROM webhook_deliveries WHERE subscription_id = '${dead.id}' AND status = 'delivering'`),
    );
    expect(Number(inFlight[0].n)).toBe(CAP);

    // Once its endpoint answers, the rest of the dead subscriber's backlog goes out too.
    receiver.setBehaviour('/hol-dead', ok);
    receiver.releaseHeld();
    await until('backlog delivered', () => new Set(receiver.at('/hol-dead').map((r) => r.webhookId)).size === 6 || undefined, 5_000);
  });

  it('records an attempt as soon as it ends, not when the slowest send claimed with it ends (a crash re-sends only what was in flight)', async () => {
    receiver.endpoint('/rec-dead', receiver.hang);
    const org = `rec-${Date.now()}`;
    const dead = await a.subscribe(receiver, '/rec-dead', { events: ['workflow.failed'] }, org);
    const healthy = await a.subscribe(receiver, '/rec-ok', { events: ['workflow.failed'] }, org);
    // Both deliveries of one event are claimed together.
    const queued = await a.emit({ type: 'workflow.failed', organizationId: org, data: {} });
    await until('both sent', () => (receiver.at('/rec-dead')[0] && receiver.at('/rec-ok')[0]) || undefined);
    await until('healthy attempt recorded', async () => (await statusOf(queued.eventId, healthy.id)) === 'succeeded' || undefined, 1_000);
    expect(await statusOf(queued.eventId, dead.id)).toBe('delivering');
    expect((await a.logs(healthy.id, '', org)).total).toBe(1);
  });
});
