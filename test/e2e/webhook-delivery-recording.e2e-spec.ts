import { Logger } from '@nestjs/common';
import { Database } from '../../src/database/database.service';
import { WorkflowEventOutbox } from '../../src/modules/webhook-subscriptions/workflow-event-outbox';
import { wipeSubscriptionTables } from '../support/subscription-tables';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { ok, Receiver } from './webhook-subscriptions-receiver';
import { until } from '../support/until';

const BASE = '/v1/webhook-subscriptions';
jest.setTimeout(30_000);

/** A real database refusal of one attempt's row: a trigger on the attempts table, for one event. */
function refuseAttemptsOf(db: Database, eventId: string): Promise<unknown> {
  if (db.dialect === 'sqlite') {
    return db.write((m) => m.query(
      `CREATE TRIGGER test_refuse_attempt BEFORE INSERT ON webhook_delivery_attempts WHEN NEW.event_id = '${eventId}'
       BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    ));
  }
  return db.write(async (m) => {
    await m.query(`CREATE FUNCTION test_refuse_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.event_id = '${eventId}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await m.query('CREATE TRIGGER test_refuse_attempt BEFORE INSERT ON webhook_delivery_attempts FOR EACH ROW EXECUTE FUNCTION test_refuse_attempt()');
  });
}

function allowAttempts(db: Database): Promise<unknown> {
  if (db.dialect === 'sqlite') return db.write((m) => m.query('DROP TRIGGER IF EXISTS test_refuse_attempt'));
  return db.write(async (m) => {
    await m.query('DROP TRIGGER IF EXISTS test_refuse_attempt ON webhook_delivery_attempts');
    await m.query('DROP FUNCTION IF EXISTS test_refuse_attempt()');
  });
}

describe('Recording delivery attempts', () => {
  let t: TestApp;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await Receiver.start();
    t = await startTestApp({
      SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true',
      SUBSCRIPTION_POLL_INTERVAL_MS: '10',
      SUBSCRIPTION_DELIVERY_TIMEOUT_MS: '1000',
      // Short, so that a delivery left `delivering` by a failed record is sent again within the test.
      SUBSCRIPTION_CLAIM_LEASE_MS: '1500',
    });
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await allowAttempts(t.app.get(Database));
    await wipeSubscriptionTables(t);
    await t.close();
    await receiver.close();
  });

  it('an attempt whose row cannot be stored does not take the attempts recorded with it down too', async () => {
    const db = t.app.get(Database);
    const path = '/recording-one-bad';
    const url = receiver.endpoint(path, receiver.hang);
    const created = await t.http(BASE, { method: 'POST', headers: authJson(), body: JSON.stringify({ name: `rec ${Date.now()}`, url, events: ['workflow.completed'] }) });
    expect(created.status).toBe(201);
    const subscription = (await created.json()) as { id: string; secret: string };
    receiver.setSecret(path, subscription.secret);

    // Watched from before the sends: a send that times out is recorded (and refused) without waiting for an answer.
    const logged = jest.spyOn(Logger.prototype, 'error');
    const outbox = t.app.get(WorkflowEventOutbox);
    const emit = (n: number) => db.write((m) => outbox.enqueue(m, { type: 'workflow.completed', data: { n } }));
    const good = (await emit(1)).eventId!;
    const bad = (await emit(2)).eventId!;
    await refuseAttemptsOf(db, bad);

    // Both sends are out; answering them together puts both attempts into one record transaction (when the answers
    // come back within the processor's coalescing window: on a loaded machine they may be recorded apart, which
    // must end the same way).
    await until('both sends', () => receiver.at(path).length === 2);
    receiver.setBehaviour(path, ok);
    receiver.releaseHeld();

    const statusOf = async (eventId: string) => {
      const res = await t.http(`${BASE}/${subscription.id}/deliveries`, { headers: authJson() });
      const items = ((await res.json()) as { items: Array<{ eventId: string; status: string }> }).items;
      return items.find((d) => d.eventId === eventId)?.status;
    };
    await until('the good attempt recorded', async () => (await statusOf(good)) === 'succeeded');
    // Allowed only once the refusal has happened: recorded apart from the good one, the bad attempt may still be
    // on its way to the database, and allowed early it would be stored without the re-send this test is about.
    await until('the bad attempt refused', () => logged.mock.calls.some(([message]) => String(message).includes('refused by the test')));
    // The refused one stays claimed; once it can be stored, its re-send after the lease is recorded.
    await allowAttempts(db);
    await until('the refused attempt sent again and recorded', async () => (await statusOf(bad)) === 'succeeded');

    const sends = (eventId: string) => receiver.at(path).filter((r) => r.webhookId === eventId).length;
    expect(sends(bad)).toBe(2);
    expect(sends(good)).toBe(1);
    for (const r of receiver.received) expect(r.problem).toBeUndefined();
  });
});
