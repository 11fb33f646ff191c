import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Database } from '../../src/database/database.service';
import { WorkflowEventOutbox } from '../../src/modules/webhook-subscriptions/workflow-event-outbox';
import { wipeSubscriptionTables } from '../support/subscription-tables';
import { authJson, startTestApp, TEST_API_KEY, TEST_SECRETS_KEY, usingPostgres, type TestApp } from '../support/test-app';
import { buildOnce, startServiceProcess, stopServiceProcess, type ServiceProcess } from '../support/service-process';
import { Receiver } from './webhook-subscriptions-receiver';

/**
 * Deliveries survive a SIGKILL: events are enqueued, the BUILT service (dist/main.js, `npm run build` first) starts
 * sending them to a receiver that never answers, is killed mid-flight, and after a restart every event arrives with
 * its original webhook-id.
 */
const EVENTS = 25;
jest.setTimeout(90_000);

const startBuiltService = (env: Record<string, string>) =>
  startServiceProcess({ API_KEY: TEST_API_KEY, LOG_LEVEL: 'warn', ...env }, { timeoutMs: 30_000 });

async function until(what: string, probe: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('Webhook deliveries survive SIGKILL of the built service', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowker-subs-restart-'));
  const dbEnv: Record<string, string> = usingPostgres()
    ? { DATABASE_URL: process.env.TEST_DATABASE_URL!, SECRETS_KEY: TEST_SECRETS_KEY }
    : { DATA_DIR: dataDir };
  const serviceEnv = {
    ...dbEnv,
    OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8',
    SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true',
    SUBSCRIPTION_POLL_INTERVAL_MS: '20',
    SUBSCRIPTION_RETRY_SCHEDULE_MS: '50,50,50',
    // Long enough that nothing times out before the kill; the lease lets a PostgreSQL restart reclaim quickly.
    SUBSCRIPTION_DELIVERY_TIMEOUT_MS: '4000',
    SUBSCRIPTION_CLAIM_LEASE_MS: '4500',
  };
  let receiver: Receiver;
  let setup: TestApp | undefined;
  let service: ServiceProcess | undefined;

  beforeAll(async () => {
    buildOnce();
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await stopServiceProcess(service, 'SIGKILL');
    if (setup) {
      await wipeSubscriptionTables(setup);
      await setup.close();
    }
    await receiver.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers every pending event after a restart, with its original webhook-id', async () => {
    // 1. Subscription and events written through the real code path, with no worker running.
    setup = await startTestApp({ ...dbEnv, SUBSCRIPTION_WORKER_ENABLED: 'false', SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true' });
    const res = await setup.http('/v1/webhook-subscriptions', {
      method: 'POST',
      headers: authJson(),
      body: JSON.stringify({ name: 'restart', url: receiver.endpoint('/restart', receiver.hang), events: ['workflow.completed'] }),
    });
    expect(res.status).toBe(201);
    receiver.setSecret('/restart', (await res.json()).secret);
    const outbox = setup.app.get(WorkflowEventOutbox);
    const ids = new Set<string>();
    for (let i = 0; i < EVENTS; i += 1) {
      const queued = await setup.app.get(Database).write((m) => outbox.enqueue(m, { type: 'workflow.completed', data: { n: i } }));
      ids.add(queued.eventId!);
    }
    await setup.close();
    setup = undefined;

    // 2. The built service starts sending; the receiver holds every request open; SIGKILL mid-flight.
    service = await startBuiltService(serviceEnv);
    await until('requests in flight', () => receiver.at('/restart').length >= 5);
    await stopServiceProcess(service, 'SIGKILL');
    const beforeKill = receiver.at('/restart').length;
    expect(beforeKill).toBeLessThanOrEqual(EVENTS);

    // 3. Restart with a receiver that answers: every event arrives, each under its original webhook-id.
    receiver.setBehaviour('/restart', (_n, res) => void res.writeHead(204).end());
    service = await startBuiltService(serviceEnv);
    const delivered = () => new Set(receiver.at('/restart').slice(beforeKill).map((r) => r.webhookId));
    await until('every event delivered after restart', () => [...ids].every((id) => delivered().has(id)));
    for (const r of receiver.at('/restart')) {
      expect(r.verified).toBe(true);
      expect(ids.has(r.webhookId)).toBe(true);
    }

    // 4. The log shows each delivery succeeded.
    await stopServiceProcess(service, 'SIGTERM');
    service = undefined;
    setup = await startTestApp({ ...dbEnv, SUBSCRIPTION_WORKER_ENABLED: 'false' });
    const all: Array<{ status: string; event_id: string }> = await setup.app
      .get(Database)
      .read((m) => m.query('SELECT status, event_id FROM webhook_deliveries'));
    // Only this test's events: a PostgreSQL run shares the table with the other test files.
    const rows = all.filter((r) => ids.has(r.event_id));
    expect(rows).toHaveLength(EVENTS);
    expect(rows.every((r) => r.status === 'succeeded')).toBe(true);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(ids);
  });
});
