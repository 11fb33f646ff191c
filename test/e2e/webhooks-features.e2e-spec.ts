import { createHmac, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { WebhookArmsRepository } from '../../src/modules/webhooks/webhook-arms.repository';
import { hashWebhookSecret } from '../../src/modules/webhooks/webhook-secret-hash';
import { WebhookRouteEntity } from '../../src/modules/workflows/webhook-route.entity';
import { spec } from '../support/contract';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import { actionNode, edge, execute, executorNode, expectError, httpConfig, send, startMockExecutor, type MockExecutor } from './executions-fixtures';
import { create, post, trigger, unique } from './workflows-fixtures';
import { callHook, randomPath, rawRequest, settled, webhookWorkflow } from './webhooks-fixtures';

const METHODS = ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'] as const;

describe('Webhooks: replay protection, idempotency, rate limits, signatures, limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('a repeated delivery id answers 200 deduplicated with the first execution; other ids and triggers are separate', async () => {
    const wf = await webhookWorkflow(t);
    const first = await callHook(t, wf.path, { body: { n: 1 }, headers: authJson({ 'X-Webhook-Delivery-Id': 'd-1' }) });
    expect(first.status).toBe(201);
    const { executionId } = await first.json();
    const again = await callHook(t, wf.path, { body: { n: 2 }, headers: authJson({ 'X-Webhook-Delivery-Id': 'd-1' }) });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ executionId, deduplicated: true });
    expect(again.headers.get('x-webhook-execution-id')).toBe(executionId);
    const github = await callHook(t, wf.path, { body: {}, headers: authJson({ 'X-GitHub-Delivery': 'd-1' }) });
    expect(github.status).toBe(200); // the same id through GitHub's header is the same delivery
    for (const name of ['webhook-id', 'svix-id']) {
      const same = await callHook(t, wf.path, { body: {}, headers: authJson({ [name]: 'd-1' }) });
      expect({ name, status: same.status, body: await same.json() }).toMatchObject({ name, status: 200, body: { executionId } });
    }
    // The first of the delivery headers counts: here X-Webhook-Delivery-Id, new, over webhook-id, known.
    expect((await callHook(t, wf.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': 'd-3', 'webhook-id': 'd-1' }) })).status).toBe(201);
    expect((await callHook(t, wf.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': 'd-2' }) })).status).toBe(201);
    const other = await webhookWorkflow(t);
    expect((await callHook(t, other.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': 'd-1' }) })).status).toBe(201);
  });

  it('a repeated Idempotency-Key answers 409 FLK-0505 naming the first execution', async () => {
    const wf = await webhookWorkflow(t);
    const first = await (await callHook(t, wf.path, { body: {}, headers: authJson({ 'Idempotency-Key': 'k-1' }) })).json();
    const again = await callHook(t, wf.path, { body: { other: true }, headers: authJson({ 'Idempotency-Key': 'k-1' }) });
    const body = await expectError(again, 409, 'FLK-0505');
    expect(body.executionId).toBe(first.executionId);
    expect(again.headers.get('x-webhook-execution-id')).toBe(first.executionId);
  });

  it('an Idempotency-Key first used by the execute operation or by another trigger also answers 409 naming that execution', async () => {
    // Both used to answer a bare FLK-0505 (no executionId, no headers) saying "another kind of request".
    const [pathA, pathB] = [randomPath('idem-a'), randomPath('idem-b')];
    const hook = (id: string, path: string) => ({ id, type: 'trigger', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path, method: 'POST' } });
    const id = await create(t, {
      name: unique('idem'),
      nodes: [hook('t1', pathA), hook('t2', pathB), actionNode('A'), actionNode('B')],
      edges: [edge('t1', 'A'), edge('t2', 'B')],
    });
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    const taken = async (path: string, key: string, firstExecutionId: string) => {
      const answer = await callHook(t, path, { body: {}, headers: authJson({ 'Idempotency-Key': key }) });
      const body = await expectError(answer, 409, 'FLK-0505');
      expect(body.executionId).toBe(firstExecutionId);
      expect(answer.headers.get('x-webhook-workflow-id')).toBe(id);
      expect(answer.headers.get('x-webhook-execution-id')).toBe(firstExecutionId);
      return body.message as string;
    };

    const executed = await execute(t, id, {}, 'by-execute');
    expect(executed.status).toBe(201);
    const byExecute = (await executed.json()).executionId;
    expect(await taken(pathA, 'by-execute', byExecute)).toContain('execute operation');

    const called = await callHook(t, pathA, { body: {}, headers: authJson({ 'Idempotency-Key': 'by-t1' }) });
    expect(called.status).toBe(201);
    const byT1 = (await called.json()).executionId;
    const message = await taken(pathB, 'by-t1', byT1);
    expect(message).toContain('webhook trigger "t1"');
    expect(message).not.toContain('another kind');
  });

  it('oversized keys are refused: Idempotency-Key > 255 (FLK-0509), delivery id > 200 (FLK-0304)', async () => {
    const wf = await webhookWorkflow(t);
    await expectError(await callHook(t, wf.path, { body: {}, headers: authJson({ 'Idempotency-Key': 'k'.repeat(256) }) }), 400, 'FLK-0509');
    await expectError(await callHook(t, wf.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': 'd'.repeat(201) }) }), 400, 'FLK-0304');
  });

  it('a key header sent on two lines is refused (Node would join them into "a, b", a key nobody sent); nothing starts', async () => {
    const wf = await webhookWorkflow(t);
    const url = `/v1/webhooks/${wf.path}`;
    const twice = (name: string, code: string) =>
      rawRequest(t, 'POST', url, { ...authJson(), [name]: ['key-a', 'key-b'] }, '{}').then((res) => expectError(res, 400, code));
    expect((await twice('Idempotency-Key', 'FLK-0509')).message).toBe('The Idempotency-Key header is sent more than once; send one key.');
    for (const name of ['X-Webhook-Delivery-Id', 'X-GitHub-Delivery', 'webhook-id', 'svix-id']) {
      expect((await twice(name, 'FLK-0304')).message).toBe(`The ${name} header is sent more than once; send one key.`);
    }
    const listed = await t.http(`/v1/executions?workflowId=${wf.id}`, { headers: authJson() });
    expect((await listed.json()).items).toEqual([]);
    // Only the header that decides counts: with one Idempotency-Key, repeated delivery ids are not read.
    const keyed = await rawRequest(t, 'POST', url, { ...authJson({ 'Idempotency-Key': 'one' }), 'X-GitHub-Delivery': ['d-a', 'd-b'] }, '{}');
    expect(keyed.status).toBe(201);
    // Each key sent once still works, and a retry with the same key finds the first execution.
    const again = await rawRequest(t, 'POST', url, authJson({ 'Idempotency-Key': 'one' }), '{}');
    expect((await expectError(again, 409, 'FLK-0505')).executionId).toBe((await keyed.json()).executionId);
  });

  it('keys are measured in characters as sent in UTF-8: 255 two-byte letters pass, 256 do not; a UTF-8 key and its replay are one', async () => {
    // fetch writes each character of a header value as one byte: this is how UTF-8 bytes go on the wire.
    const onWire = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const wf = await webhookWorkflow(t);
    const key = `ключ-${randomUUID()}`.padEnd(255, 'é');
    const first = await callHook(t, wf.path, { body: {}, headers: authJson({ 'Idempotency-Key': onWire(key) }) });
    expect(first.status).toBe(201); // 255 characters, 500 bytes: refused as "longer than 255" before
    const again = await callHook(t, wf.path, { body: { other: true }, headers: authJson({ 'Idempotency-Key': onWire(key) }) });
    expect((await expectError(again, 409, 'FLK-0505')).executionId).toBe((await first.json()).executionId);
    await expectError(await callHook(t, wf.path, { body: {}, headers: authJson({ 'Idempotency-Key': onWire(`${key}é`) }) }), 400, 'FLK-0509');
    const delivery = 'д'.repeat(200);
    expect((await callHook(t, wf.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': onWire(delivery) }) })).status).toBe(201);
    await expectError(await callHook(t, wf.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': onWire(`${delivery}д`) }) }), 400, 'FLK-0304');
    // The executions API reads its key the same way.
    const run = (idempotencyKey: string) =>
      t.http(`/v1/workflows/${wf.id}/executions`, { method: 'POST', headers: authJson({ 'Idempotency-Key': onWire(idempotencyKey) }), body: JSON.stringify({ inputData: {} }) });
    expect((await run('é'.repeat(255))).status).toBe(201);
    await expectError(await run('é'.repeat(256)), 400, 'FLK-0509');
  });

  it('rateLimit on the trigger: 429 FLK-0010 with Retry-After and retryAfter', async () => {
    const wf = await webhookWorkflow(t, { data: { rateLimit: { requests: 2, perSeconds: 60 } } });
    for (let i = 0; i < 2; i++) expect((await callHook(t, wf.path, { body: {} })).status).toBe(201);
    const limited = await callHook(t, wf.path, { body: {} });
    const body = await expectError(limited, 429, 'FLK-0010');
    expect(body.retryAfter).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('retry-after')).toBe(String(body.retryAfter));
  });

  it('bodies over WEBHOOK_BODY_LIMIT_BYTES → 413 FLK-0363 naming the limit, declared or streamed', async () => {
    const wf = await webhookWorkflow(t);
    const declared = await expectError(await callHook(t, wf.path, { body: { pad: 'x'.repeat(3000) } }), 413, 'FLK-0363');
    expect(declared.message).toBe('The webhook body is larger than 2048 bytes.');
    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`{"pad":"${'y'.repeat(3000)}"}`));
        controller.close();
      },
    });
    const streamed = await t.http(`/v1/webhooks/${wf.path}`, { method: 'POST', headers: authJson(), body: chunks, duplex: 'half' } as RequestInit);
    // Refused by Fastify as it reads the stream: its message used to be "larger than this route accepts", no limit.
    expect((await expectError(streamed, 413, 'FLK-0363')).message).toBe('The webhook body is larger than 2048 bytes.');
    expect((await callHook(t, wf.path, { body: { pad: 'z'.repeat(1000) } })).status).toBe(201);
  });

  it('the limit also holds once a Content-Encoding is undone, and for a GET body streamed past it', async () => {
    const wf = await webhookWorkflow(t);
    // About 1 KB on the wire, 1 MiB decoded: refused once decoding passes the limit, not inflated to its end.
    const bomb = gzipSync(Buffer.from(`{"pad":"${' '.repeat(1 << 20)}"}`));
    expect(bomb.length).toBeLessThan(2048);
    const refused = await expectError(await callHook(t, wf.path, { raw: bomb, headers: authJson({ 'Content-Encoding': 'gzip' }) }), 413, 'FLK-0363');
    expect(refused.message).toBe('The webhook body is larger than 2048 bytes once decoded (Content-Encoding: gzip).');
    const get = await webhookWorkflow(t, { method: 'GET' });
    const chunks = Array.from({ length: 3 }, () => Buffer.from(' '.repeat(1000)));
    await expectError(await rawRequest(t, 'GET', `/v1/webhooks/${get.path}`, authJson(), chunks), 413, 'FLK-0363');
  });

  describe('sender signatures over the raw bytes', () => {
    const raw = '{"event":"paid",  "amount": 10}';
    const json = { 'Content-Type': 'application/json', 'X-API-Key': TEST_API_KEY };

    it('github', async () => {
      const wf = await webhookWorkflow(t, { data: { signature: { scheme: 'github', secret: 'gh-s3cret' } } });
      const sig = `sha256=${createHmac('sha256', 'gh-s3cret').update(raw).digest('hex')}`;
      expect((await callHook(t, wf.path, { raw, headers: { ...json, 'X-Hub-Signature-256': sig } })).status).toBe(201);
      await expectError(await callHook(t, wf.path, { raw: raw.replace('10', '99'), headers: { ...json, 'X-Hub-Signature-256': sig } }), 401, 'FLK-0365');
      await expectError(await callHook(t, wf.path, { raw, headers: json }), 401, 'FLK-0365');
    });

    it('a compressed delivery is checked over the payload the sender signed, before compressing it', async () => {
      const wf = await webhookWorkflow(t, { data: { signature: { scheme: 'github', secret: 'gh-s3cret' } } });
      const sig = `sha256=${createHmac('sha256', 'gh-s3cret').update(raw).digest('hex')}`;
      const headers = { ...json, 'Content-Encoding': 'gzip', 'X-Hub-Signature-256': sig };
      expect((await callHook(t, wf.path, { raw: gzipSync(raw), headers })).status).toBe(201);
      await expectError(await callHook(t, wf.path, { raw: gzipSync(raw.replace('10', '99')), headers }), 401, 'FLK-0365');
    });

        it('stripe, with its timestamp tolerance', async () => {
      const wf = await webhookWorkflow(t, { data: { signature: { scheme: 'stripe', secret: 'whsec_abc' } } });
      const sign = (ts: number) => `t=${ts},v1=${createHmac('sha256', 'whsec_abc').update(`${ts}.${raw}`).digest('hex')}`;
      const now = Math.floor(Date.now() / 1000);
      expect((await callHook(t, wf.path, { raw, headers: { ...json, 'Stripe-Signature': sign(now) } })).status).toBe(201);
      await expectError(await callHook(t, wf.path, { raw, headers: { ...json, 'Stripe-Signature': sign(now - 3600) } }), 401, 'FLK-0365');
    });

    // Svix sends Standard Webhooks under its own header names.
    it.each(['webhook', 'svix'])('standard webhooks, signed by the reference library (%s-* headers)', async (prefix) => {
      const secret = `whsec_${Buffer.from(randomUUID()).toString('base64')}`;
      const wf = await webhookWorkflow(t, { data: { signature: { scheme: 'standard', secret } } });
      const id = `msg_${randomUUID()}`;
      const at = new Date();
      const headers = {
        ...json,
        [`${prefix}-id`]: id,
        [`${prefix}-timestamp`]: String(Math.floor(at.getTime() / 1000)),
        [`${prefix}-signature`]: new Webhook(secret).sign(id, at, raw),
      };
      const first = await callHook(t, wf.path, { raw, headers });
      expect(first.status).toBe(201);
      await expectError(await callHook(t, wf.path, { raw: `${raw} `, headers }), 401, 'FLK-0365');
      await expectError(await callHook(t, wf.path, { raw, headers: { ...headers, [`${prefix}-signature`]: 'v1,AAAA' } }), 401, 'FLK-0365');
      // The message sent again (a retry, or a replay of a captured one): its id is its delivery id, and the unsigned
      // headers a replayer could add do not replace it.
      const { executionId } = await first.json();
      for (const extra of [{}, { 'X-Webhook-Delivery-Id': 'fresh-1' }, { 'X-GitHub-Delivery': 'fresh-2' }, { 'Idempotency-Key': 'fresh-3' }] as Record<string, string>[]) {
        const again = await callHook(t, wf.path, { raw, headers: { ...headers, ...extra } });
        expect(again.status).toBe(200);
        expect(await again.json()).toMatchObject({ deduplicated: true, executionId });
      }
    });
  });
});

describe('Webhooks: synchronous mode', () => {
  let t: TestApp;
  let mock: MockExecutor;
  let configId: string;

  beforeAll(async () => {
    t = await startTestApp({ EXECUTOR_MAX_ATTEMPTS: '1', WEBHOOK_SYNC_TIMEOUT_MS: '5000' });
    mock = await startMockExecutor();
    mock.replies.set('/slow', { delayMs: 1500 });
    mock.replies.set('/broken', { status: 500, body: { error: 'down' } });
    configId = await httpConfig(t, mock.url);
  });
  afterAll(async () => {
    await t.close();
    await mock.close();
  });

  /** webhook trigger → executor (`call`) → set_output: the 2-node workflow of the benchmark plus an HTTP step. */
  async function syncWorkflow(callPath: string, data: Record<string, unknown> = {}, method = 'POST') {
    const path = randomPath('sync');
    const id = await create(t, {
      name: unique('sync'),
      nodes: [
        { id: 'hook', type: 'trigger', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path, method, ...data } },
        executorNode('call', configId, { path: callPath }),
        actionNode('done', { actionType: 'set_output', output: { approved: true } }),
      ],
      edges: [edge('hook', 'call'), edge('call', 'done')],
    });
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    return { id, path };
  }

  it('responseMode: sync → 200 with the final output', async () => {
    const wf = await syncWorkflow('/fast', { responseMode: 'sync' });
    const res = await callHook(t, wf.path, { body: { a: 1 } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'completed', workflowId: wf.id, output: { approved: true }, completedAt: expect.any(String) });
  });

  it('a repeated Idempotency-Key answers 409 also once its execution has finished, as every webhook method\'s 200 and 409 say', async () => {
    // Each webhook method's 200 used to promise a 200 for "an idempotent replay of an execution that has already finished".
    const wf = await syncWorkflow('/fast', { responseMode: 'sync' });
    const first = await callHook(t, wf.path, { body: {}, headers: authJson({ 'Idempotency-Key': 'finished-1' }) });
    expect(first.status).toBe(200);
    const { executionId } = await first.json();
    const again = await callHook(t, wf.path, { body: {}, headers: authJson({ 'Idempotency-Key': 'finished-1' }) });
    expect((await expectError(again, 409, 'FLK-0505')).executionId).toBe(executionId);
    for (const method of METHODS) {
      const description = (status: string) => (spec.paths['/v1/webhooks/{path}'][method.toLowerCase()].responses[status] as { description: string }).description;
      expect({ method, ok: /idempotent replay/i.test(description('200')), conflict: /Idempotency-Key/.test(description('409')) }).toEqual({
        method,
        ok: false,
        conflict: true,
      });
    }
  });

  it('?wait=true and Prefer: wait= switch an async trigger to sync; ?wait=false and respond-async the other way', async () => {
    const wf = await syncWorkflow('/fast');
    expect((await callHook(t, wf.path, { body: {}, query: 'wait=true' })).status).toBe(200);
    expect((await callHook(t, wf.path, { body: {}, headers: authJson({ Prefer: 'wait=5' }) })).status).toBe(200);
    // RFC 7240's optional whitespace around "=".
    expect((await callHook(t, wf.path, { body: {}, headers: authJson({ Prefer: 'handling=lenient;  wait = 5 ' }) })).status).toBe(200);
    // RFC 7240's value is a token or a quoted-string: wait="5" is the same preference.
    expect((await callHook(t, wf.path, { body: {}, headers: authJson({ Prefer: 'wait="5"' }) })).status).toBe(200);
    expect((await callHook(t, wf.path, { body: {}, headers: authJson({ Prefer: 'handling="lenient", wait = "5"' }) })).status).toBe(200);
    await expectError(await callHook(t, wf.path, { body: {}, headers: authJson({ Prefer: 'wait="5' }) }), 400, 'FLK-0304');
    expect((await callHook(t, wf.path, { body: {} })).status).toBe(201);
    const syncTrigger = await syncWorkflow('/fast', { responseMode: 'sync' });
    expect((await callHook(t, syncTrigger.path, { body: {}, query: 'wait=false' })).status).toBe(201);
    expect((await callHook(t, syncTrigger.path, { body: {}, headers: authJson({ Prefer: 'respond-async' }) })).status).toBe(201);
    await expectError(await callHook(t, wf.path, { body: {}, query: 'wait=soon' }), 400, 'FLK-0304');
    // Given twice, neither value is clearly meant; the call is refused and starts nothing.
    const twice = await expectError(await callHook(t, wf.path, { body: {}, query: 'wait=true&wait=false' }), 400, 'FLK-0304');
    expect(twice).toMatchObject({ message: 'Query parameter "wait" is given more than once; send it once.', fields: { wait: 'is given more than once' } });
  });

  it('Prefer: respond-async, wait=N (RFC 7240) waits up to N seconds: 200 with the output, or 202 once N has passed', async () => {
    // respond-async used to win over wait=: the call answered 201 at once, however short the run.
    const fast = await syncWorkflow('/fast');
    for (const prefer of ['respond-async, wait=5', 'wait=5, respond-async']) {
      const res = await callHook(t, fast.path, { body: {}, headers: authJson({ Prefer: prefer }) });
      expect({ prefer, status: res.status, output: (await res.json()).output }).toEqual({ prefer, status: 200, output: { approved: true } });
    }
    const slow = await syncWorkflow('/slow');
    const res = await callHook(t, slow.path, { body: {}, headers: authJson({ Prefer: 'respond-async, wait=0' }) });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/v1/executions/${(await res.json()).executionId}`);
  });

  it('a failed execution → 500 FLK-0504 with its executionId', async () => {
    const wf = await syncWorkflow('/broken', { responseMode: 'sync' });
    const body = await expectError(await callHook(t, wf.path, { body: {} }), 500, 'FLK-0504');
    expect(body.executionId).toEqual(expect.any(String));
  });

  it('the wait runs out → 202 with Location; the execution continues to its end', async () => {
    const wf = await syncWorkflow('/slow');
    const res = await callHook(t, wf.path, { body: {}, headers: authJson({ Prefer: 'wait=1' }) });
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(res.headers.get('location')).toBe(`/v1/executions/${body.executionId}`);
    expect((await settled(t, body.executionId)).status).toBe('completed');
  });
});

describe('Webhooks: armed single-use webhooks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const arm = (id: string, body?: unknown) => post(t, `/v1/workflows/${id}/webhook/arm`, body);

  it('a draft workflow runs exactly once within the window, with the arm secret; re-arming works', async () => {
    const wf = await webhookWorkflow(t, { status: 'draft' });
    await expectError(await callHook(t, wf.path, { body: {} }), 404, 'FLK-0361');
    const armed = await arm(wf.id, { ttlSeconds: 60 });
    expect(armed.status).toBe(201);
    const { secret, url, expiresAt, method } = await armed.json();
    expect({ url, method }).toEqual({ url: `/v1/webhooks/${wf.path}`, method: 'POST' });
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    const json = { 'Content-Type': 'application/json' };
    await expectError(await callHook(t, wf.path, { body: {} }), 401, 'FLK-0362');
    const fired = await callHook(t, wf.path, { body: { test: true }, headers: { ...json, Authorization: `Bearer ${secret}` } });
    expect(fired.status).toBe(201);
    expect((await settled(t, (await fired.json()).executionId)).status).toBe('completed');
    await expectError(await callHook(t, wf.path, { body: {}, headers: { ...json, Authorization: `Bearer ${secret}` } }), 410, 'FLK-0364');
    const again = await (await arm(wf.id)).json();
    expect((await callHook(t, wf.path, { body: {}, headers: json, query: `token=${again.secret}` })).status).toBe(201);
  });

  it('a call that starts nothing (repeated delivery id or Idempotency-Key) leaves the arm for the next call', async () => {
    // The replayed call used to consume the arm: its 200 or 409 ran nothing, and the next call got 410.
    const wf = await webhookWorkflow(t, { status: 'draft' });
    const call = (secret: string, headers: Record<string, string> = {}) =>
      callHook(t, wf.path, { body: {}, headers: { 'Content-Type': 'application/json', 'X-Webhook-Token': secret, ...headers } });
    const armSecret = async (): Promise<string> => (await (await arm(wf.id)).json()).secret;

    const delivered = await call(await armSecret(), { 'X-GitHub-Delivery': 'd-1' });
    expect(delivered.status).toBe(201);
    let secret = await armSecret();
    const redelivered = await call(secret, { 'X-GitHub-Delivery': 'd-1' });
    expect({ status: redelivered.status, body: await redelivered.json() }).toMatchObject({
      status: 200,
      body: { executionId: (await delivered.json()).executionId, deduplicated: true },
    });
    expect((await call(secret, { 'X-GitHub-Delivery': 'd-2' })).status).toBe(201);
    await expectError(await call(secret), 410, 'FLK-0364');

    expect((await call(await armSecret(), { 'Idempotency-Key': 'k-1' })).status).toBe(201);
    secret = await armSecret();
    await expectError(await call(secret, { 'Idempotency-Key': 'k-1' }), 409, 'FLK-0505');
    expect((await call(secret)).status).toBe(201);
  });

  it('giving an arm back frees that use only, not a newer arm used in the same millisecond', async () => {
    // An arm was given back by workflow and time alone: a call giving back its use of an old arm could free the new
    // arm another call had just used, which then admitted a second call.
    const wf = await webhookWorkflow(t, { status: 'draft' });
    const [db, arms] = [t.app.get(Database), t.app.get(WebhookArmsRepository)];
    const consumedAt = new Date().toISOString();
    const old = { workflowId: wf.id, secretHash: hashWebhookSecret((await (await arm(wf.id)).json()).secret), consumedAt };
    expect(await db.write((m) => arms.consume(m, old))).toBe(true);
    const { secret } = await (await arm(wf.id)).json();
    expect(await db.write((m) => arms.consume(m, { ...old, secretHash: hashWebhookSecret(secret) }))).toBe(true);
    await db.write((m) => arms.release(m, old));
    await expectError(await callHook(t, wf.path, { body: {}, headers: { 'X-Webhook-Token': secret } }), 410, 'FLK-0364');
  });

  it('activation drops the arm: once the workflow is deactivated, the old arm secret no longer runs it', async () => {
    // The arm used to outlive the activation: after a deactivation its route answered the arm's secret again.
    const wf = await webhookWorkflow(t, { status: 'draft' });
    const { secret } = await (await arm(wf.id)).json();
    expect((await post(t, `/v1/workflows/${wf.id}/activate`)).status).toBe(200);
    expect((await post(t, `/v1/workflows/${wf.id}/deactivate`)).status).toBe(200);
    const headers = { 'Content-Type': 'application/json', 'X-Webhook-Token': secret, 'X-API-Key': TEST_API_KEY };
    await expectError(await callHook(t, wf.path, { body: {}, headers }), 404, 'FLK-0361');
    const again = await (await arm(wf.id)).json();
    expect((await callHook(t, wf.path, { body: {}, headers: { ...headers, 'X-Webhook-Token': again.secret } })).status).toBe(201);
  });

  it('a workflow with two webhook triggers runs the branch of the trigger called, deployed or armed', async () => {
    // Every run used to start at the first trigger in the node list, whichever route was called.
    const [pathA, pathB] = [randomPath('two-a'), randomPath('two-b')];
    const hook = (id: string, path: string) => ({ id, type: 'trigger', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path, method: 'POST' } });
    const definition = {
      name: unique('two triggers'),
      nodes: [hook('t1', pathA), hook('t2', pathB), actionNode('A', { actionType: 'set_output', output: { via: 't1' } }), actionNode('B', { actionType: 'set_output', output: { via: 't2' } })],
      edges: [edge('t1', 'A'), edge('t2', 'B')],
    };
    const outcome = async (answer: Awaited<ReturnType<typeof callHook>>) => {
      expect(answer.status).toBe(201);
      const results = await (await t.http(`/v1/executions/${(await answer.json()).executionId}/results`, { headers: authJson() })).json();
      return { output: results.finalOutput, steps: results.stepResults.map((s: { nodeId: string }) => s.nodeId) };
    };
    const draft = await create(t, definition);
    const { secret } = await (await arm(draft, { nodeId: 't2' })).json();
    expect(await outcome(await callHook(t, pathB, { body: {}, headers: { 'Content-Type': 'application/json', 'X-Webhook-Token': secret } }))).toEqual({
      output: { via: 't2' },
      steps: ['B'],
    });
    expect((await post(t, `/v1/workflows/${draft}/activate`)).status).toBe(200);
    expect(await outcome(await callHook(t, pathB, { body: {} }))).toEqual({ output: { via: 't2' }, steps: ['B'] });
    expect(await outcome(await callHook(t, pathA, { body: {} }))).toEqual({ output: { via: 't1' }, steps: ['A'] });
  });

  it('an edit of the draft that moves or removes the armed trigger disarms it; other edits keep the arm', async () => {
    // The arm used to stay on the route the trigger had when armed: that route kept answering (running a draft that
    // no longer declared it, or failing with FLK-0504 once the trigger was gone) and other workflows could not arm it.
    const [pathA, pathB] = [randomPath('edit-a'), randomPath('edit-b')];
    const definition = (triggerData: Record<string, unknown>, v: number) => ({
      name: unique('armed edit'),
      nodes: [trigger('start'), actionNode('out', { actionType: 'set_output', output: { v } })].map((node) =>
        node.id === 'start' ? { ...node, data: triggerData } : node,
      ),
      edges: [edge('start', 'out')],
    });
    const edit = async (id: string, body: unknown) => expect((await send(t, 'PUT', `/v1/workflows/${id}`, body)).status).toBe(200);
    const withToken = (secret: string) => ({ 'Content-Type': 'application/json', 'X-Webhook-Token': secret });
    // With the API key as well, a route nobody listens on answers 404 (without it, 401 like any route taking the key).
    const id = await create(t, definition({ triggerType: 'webhook', method: 'POST', path: pathA }, 1));

    let { secret } = await (await arm(id)).json();
    await edit(id, definition({ triggerType: 'webhook', method: 'post', path: `/${pathA}/` }, 2)); // the same route
    const kept = await callHook(t, pathA, { body: {}, headers: withToken(secret), query: 'wait=true' });
    expect({ status: kept.status, output: (await kept.json()).output }).toEqual({ status: 200, output: { v: 2 } });

    ({ secret } = await (await arm(id)).json());
    await edit(id, definition({ triggerType: 'webhook', method: 'PUT', path: pathB }, 3));
    const other = await webhookWorkflow(t, { status: 'draft', path: pathA });
    expect((await arm(other.id)).status).toBe(201);
    await expectError(await callHook(t, pathB, { method: 'PUT', body: {}, headers: { ...withToken(secret), 'X-API-Key': TEST_API_KEY } }), 404, 'FLK-0361');
    const moved = await (await arm(id)).json();
    expect({ method: moved.method, url: moved.url }).toEqual({ method: 'PUT', url: `/v1/webhooks/${pathB}` });
    const fired = await callHook(t, pathB, { method: 'PUT', body: {}, headers: withToken(moved.secret), query: 'wait=true' });
    expect({ status: fired.status, output: (await fired.json()).output }).toEqual({ status: 200, output: { v: 3 } });

    ({ secret } = await (await arm(id)).json());
    await edit(id, definition({ triggerType: 'manual' }, 4));
    await expectError(await callHook(t, pathB, { method: 'PUT', body: {}, headers: { ...withToken(secret), 'X-API-Key': TEST_API_KEY } }), 404, 'FLK-0361');
    const next = await webhookWorkflow(t, { status: 'draft', method: 'PUT', path: pathB });
    expect((await arm(next.id)).status).toBe(201);
  });

  it('the url of an arm calls the armed route, whatever characters its path holds', async () => {
    // The stored (decoded) path used to be pasted in as is: `?` and `#` cut the path short, `%` made it malformed.
    const tag = randomUUID().slice(0, 8);
    const cases: [string, string][] = [
      [`rcpt-${tag}?id`, `/v1/webhooks/rcpt-${tag}%3Fid`],
      [`frag-${tag}#a`, `/v1/webhooks/frag-${tag}%23a`],
      [`pct-${tag}%25x`, `/v1/webhooks/pct-${tag}%25x`],
      [`sp-${tag}/a b`, `/v1/webhooks/sp-${tag}/a%20b`],
      [`utf-${tag}/café/日本`, `/v1/webhooks/utf-${tag}/caf%C3%A9/%E6%97%A5%E6%9C%AC`],
      // URL parsers resolve `.` and `..` segments, and the ingress drops one leading slash: those `/` go encoded.
      [`dot-${tag}/../x/.`, `/v1/webhooks/dot-${tag}%2F..%2Fx%2F.`],
      [`//lead-${tag}`, `/v1/webhooks/%2F/lead-${tag}`],
    ];
    for (const [path, expected] of cases) {
      const wf = await webhookWorkflow(t, { status: 'draft', path });
      const { url, secret } = await (await arm(wf.id)).json();
      expect({ path, url }).toEqual({ path, url: expected });
      const fired = await t.http(url, { method: 'POST', headers: { 'X-Webhook-Token': secret } });
      expect({ path, status: fired.status, workflowId: fired.headers.get('x-webhook-workflow-id') }).toEqual({ path, status: 201, workflowId: wf.id });
    }
  });

  it('an expired arm answers 410 FLK-0364', async () => {
    const wf = await webhookWorkflow(t, { status: 'inactive' });
    const { secret } = await (await arm(wf.id, { ttlSeconds: 1 })).json();
    await new Promise((r) => setTimeout(r, 1100));
    await expectError(await callHook(t, wf.path, { body: {}, headers: { 'X-Webhook-Token': secret } }), 410, 'FLK-0364');
  });

  it('arm errors: active (422 FLK-0102), no webhook trigger (422 FLK-0367), route taken (409 FLK-0366), unknown (404), bad ttl (400)', async () => {
    const active = await webhookWorkflow(t);
    await expectError(await arm(active.id), 422, 'FLK-0102');
    const manual = await create(t, { name: unique('manual'), nodes: [{ id: 's', type: 'trigger', position: { x: 0, y: 0 }, data: { triggerType: 'manual' } }], edges: [] });
    await expectError(await arm(manual), 422, 'FLK-0367');
    const sameRoute = await webhookWorkflow(t, { status: 'draft', path: active.path });
    await expectError(await arm(sameRoute.id), 409, 'FLK-0366');
    const a = await webhookWorkflow(t, { status: 'draft' });
    const b = await webhookWorkflow(t, { status: 'draft', path: a.path });
    expect((await arm(a.id)).status).toBe(201);
    await expectError(await arm(b.id), 409, 'FLK-0366');
    await expectError(await arm(randomUUID()), 404, 'FLK-0100');
    await expectError(await arm(a.id, { ttlSeconds: 0 }), 400, 'FLK-0304');
    await expectError(await t.http(`/v1/workflows/${a.id}/webhook/arm`, { method: 'POST' }), 401, 'FLK-0003');
  });
});

describe('Webhooks: every method answers every documented status', () => {
  let t: TestApp;
  let mock: MockExecutor;
  let configId: string;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_BODY_LIMIT_BYTES: '1024', BODY_LIMIT_BYTES: '1024' });
    mock = await startMockExecutor();
    mock.replies.set('/slow', { delayMs: 500 });
    configId = await httpConfig(t, mock.url);
  });
  afterAll(async () => {
    await t.close();
    await mock.close();
  });

  /** A workflow whose execution outlasts a zero wait: webhook trigger → a 500 ms executor call. */
  async function slowWorkflow(method: string) {
    const path = randomPath('slow');
    const id = await create(t, {
      name: unique('slow'),
      nodes: [
        { id: 'hook', type: 'trigger', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path, method } },
        executorNode('call', configId, { path: '/slow' }),
      ],
      edges: [edge('hook', 'call')],
    });
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    return path;
  }

  it.each(METHODS)('%s', async (method) => {
    // Every call that gets past authentication takes a token: 6 are spent before the 429.
    const wf = await webhookWorkflow(t, { method, data: { rateLimit: { requests: 6, perSeconds: 3600 } } });
    const call = (init: Parameters<typeof callHook>[2] = {}) => callHook(t, wf.path, { method, ...init });
    const delivery = randomUUID();
    expect((await call({ body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': delivery, 'Idempotency-Key': delivery }) })).status).toBe(201);
    expect((await call({ body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': delivery }) })).status).toBe(201); // keyed by Idempotency-Key above
    expect((await call({ body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': delivery }) })).status).toBe(200);
    await expectError(await call({ body: {}, headers: authJson({ 'Idempotency-Key': delivery }) }), 409, 'FLK-0505');
    if (method === 'GET') await expectError(await call({ query: 'wait=soon' }), 400, 'FLK-0304');
    else await expectError(await call({ raw: '{', headers: authJson() }), 400, 'FLK-0001');
    // This workflow has no executor node: it is finished when stored, so even a zero wait gets its output.
    expect((await call({ body: {}, headers: authJson({ Prefer: 'wait=0' }) })).status).toBe(200);
    const slowPath = await slowWorkflow(method);
    expect((await callHook(t, slowPath, { method, body: {}, headers: authJson({ Prefer: 'wait=0' }) })).status).toBe(202);
    await expectError(await call({ body: {} }), 429, 'FLK-0010');
    await expectError(await call({ body: {}, headers: { 'Content-Type': 'application/json' } }), 401, 'FLK-0003');
    await expectError(await callHook(t, randomPath(), { method, body: {} }), 404, 'FLK-0361');
    await expectError(await rawRequest(t, method, `/v1/webhooks/${wf.path}`, authJson(), JSON.stringify({ pad: 'x'.repeat(2000) })), 413, 'FLK-0363');
    await expectError(await rawRequest(t, method, `/v1/webhooks/${wf.path}`, authJson({ 'Content-Encoding': 'compress' }), '{}'), 415, 'FLK-0007');
    await expectError(await call({ body: {}, headers: authJson({ 'X-Test-Fault-Injection': 'error' }) }), 500, 'FLK-9999');
    await expectError(await call({ body: {}, headers: authJson({ 'X-Test-Fault-Injection': 'unavailable' }) }), 503, 'FLK-0009');

    // 422: a route row outliving its workflow's activation (the race between lookup and start), simulated.
    const stopped = await webhookWorkflow(t, { method, status: 'inactive' });
    await t.app.get(DataSource).getRepository(WebhookRouteEntity).insert({
      id: randomUUID(), method, path: `/${stopped.path}`, workflowId: stopped.id, nodeId: 'hook', createdAt: new Date().toISOString(),
    });
    await expectError(await callHook(t, stopped.path, { method, body: {} }), 422, 'FLK-0501');

    const draft = await webhookWorkflow(t, { method, status: 'draft' });
    const { secret } = await (await post(t, `/v1/workflows/${draft.id}/webhook/arm`)).json();
    expect((await callHook(t, draft.path, { method, body: {}, headers: { 'X-Webhook-Token': secret } })).status).toBe(201);
    await expectError(await callHook(t, draft.path, { method, body: {}, headers: { 'X-Webhook-Token': secret } }), 410, 'FLK-0364');
  });

  it('management operations: 413, 415 and 5xx', async () => {
    const wf = await webhookWorkflow(t, { status: 'draft' });
    for (const op of ['secret', 'arm']) {
      const url = `/v1/workflows/${wf.id}/webhook/${op}`;
      await expectError(await post(t, url, { nodeId: 'x'.repeat(2000) }), 413, 'FLK-0006');
      await expectError(await t.http(url, { method: 'POST', headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain' }, body: 'x' }), 415, 'FLK-0007');
      await expectError(await post(t, url, undefined, { 'X-Test-Fault-Injection': 'error' }), 500, 'FLK-9999');
      await expectError(await post(t, url, undefined, { 'X-Test-Fault-Injection': 'unavailable' }), 503, 'FLK-0009');
    }
  });
});
