import { Database } from '../../src/database/database.service';
import { InProcessDeliveryWorker } from '../../src/modules/webhook-subscriptions/delivery-worker';
import { WorkflowEventOutbox } from '../../src/modules/webhook-subscriptions/workflow-event-outbox';
import { wipeSubscriptionTables } from '../support/subscription-tables';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { always, ok, Receiver } from './webhook-subscriptions-receiver';
import { until } from '../support/until';

const BASE = '/v1/webhook-subscriptions';
const DAY = 86_400_000;
jest.setTimeout(30_000);

describe('Delivery history retention (SUBSCRIPTION_RETENTION_DAYS)', () => {
  let t: TestApp;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await Receiver.start();
    t = await startTestApp({
      SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true',
      SUBSCRIPTION_POLL_INTERVAL_MS: '10',
      // A failed first attempt waits ten minutes for its retry: it stays pending through the test.
      SUBSCRIPTION_RETRY_SCHEDULE_MS: '600000',
      SUBSCRIPTION_RETENTION_DAYS: '30',
    });
  });
  afterAll(async () => {
    await wipeSubscriptionTables(t);
    await t.close();
    await receiver.close();
  });

  const send = async (method: string, path: string, body?: unknown) => {
    const res = await t.http(path, { method, headers: authJson(), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };
  const subscribe = async (path: string) => {
    const created = await send('POST', BASE, { name: `retention ${path} ${Date.now()}`, url: receiver.ensure(path), events: ['workflow.completed'] });
    expect(created.status).toBe(201);
    receiver.setSecret(path, created.body.secret);
    return created.body.id as string;
  };
  const deliveries = async (id: string) => (await send('GET', `${BASE}/${id}/deliveries`)).body.items as Array<{ status: string; eventId: string }>;
  const logs = async (id: string) => (await send('GET', `${BASE}/${id}/logs`)).body.items as unknown[];
  const eventStored = async (eventId: string) =>
    (await t.app.get(Database).read((m) => m.query(`SELECT COUNT(*) AS n FROM webhook_events WHERE id = '${eventId}'`)))[0].n > 0;

  it('deletes finished deliveries older than the retention with their attempts, and event bodies once no delivery needs them', async () => {
    receiver.endpoint('/retention-ok', ok);
    receiver.endpoint('/retention-failing', always(503));
    const delivered = await subscribe('/retention-ok');
    const failing = await subscribe('/retention-failing');
    const outbox = t.app.get(WorkflowEventOutbox);
    const { eventId } = await t.app.get(Database).write((m) => outbox.enqueue(m, { type: 'workflow.completed', data: { n: 1 } }));
    await until('both first attempts', async () =>
      (await deliveries(delivered))[0]?.status === 'succeeded' && (await deliveries(failing))[0]?.status === 'pending');

    const worker = t.app.get(InProcessDeliveryWorker);
    // Within the retention nothing goes.
    expect(await worker.purgeExpired(Date.now() + 29 * DAY)).toBe(0);
    expect(await logs(delivered)).toHaveLength(1);

    // Past it, the finished delivery and its attempt go; the pending one (awaiting its retry) stays, and so does the
    // event body it will send.
    expect(await worker.purgeExpired(Date.now() + 31 * DAY)).toBe(1);
    expect(await deliveries(delivered)).toEqual([]);
    expect(await logs(delivered)).toEqual([]);
    expect(await deliveries(failing)).toMatchObject([{ status: 'pending', eventId }]);
    expect(await logs(failing)).toHaveLength(1);
    expect(await eventStored(eventId!)).toBe(true);

    // Disabling cancels the pending one (failed): now it is finished too, and the body goes with it.
    expect((await send('PATCH', `${BASE}/${failing}`, { active: false })).status).toBe(200);
    expect(await worker.purgeExpired(Date.now() + 31 * DAY)).toBe(1);
    expect(await deliveries(failing)).toEqual([]);
    expect(await logs(failing)).toEqual([]);
    expect(await eventStored(eventId!)).toBe(false);
  });
});
