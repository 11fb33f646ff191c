import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Database } from '../../src/database/database.service';
import { WorkflowEventOutbox } from '../../src/modules/webhook-subscriptions/workflow-event-outbox';
import { authJson, startTestApp, TEST_API_KEY, TEST_SECRETS_KEY, usingPostgres, type TestApp } from '../support/test-app';
import { Receiver } from './webhook-subscriptions-receiver';

/**
 * Deliveries survive a SIGKILL: events are enqueued, the BUILT service (dist/main.js, `npm run build` first) starts
 * sending them to a receiver that never answers, is killed mid-flight, and after a restart every event arrives with
 * its original webhook-id. Same child-process approach as bench/lib.mjs `startService`.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'dist', 'main.js');
const EVENTS = 25;
jest.setTimeout(90_000);

async function startBuiltService(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', API_KEY: TEST_API_KEY, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return { url, child };
    if (Date.now() > deadline) throw new Error('service did not become healthy in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const exited = (child: ChildProcess) => new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));

async function until(what: string, probe: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const describeBuilt = existsSync(MAIN) ? describe : describe.skip;

describeBuilt('Webhook deliveries survive SIGKILL of the built service', () => {
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
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    if (setup) {
      await setup.app.get(Database).write(async (m) => {
        for (const table of ['webhook_delivery_attempts', 'webhook_deliveries', 'webhook_events', 'webhook_subscriptions']) {
          await m.query(`DELETE FROM ${table}`);
        }
      });
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
    let service = await startBuiltService(serviceEnv);
    child = service.child;
    await until('requests in flight', () => receiver.at('/restart').length >= 5);
    child.kill('SIGKILL');
    await exited(child);
    const beforeKill = receiver.at('/restart').length;
    expect(beforeKill).toBeLessThanOrEqual(EVENTS);

    // 3. Restart with a receiver that answers: every event arrives, each under its original webhook-id.
    receiver.setBehaviour('/restart', (_n, res) => void res.writeHead(204).end());
    service = await startBuiltService(serviceEnv);
    child = service.child;
    const delivered = () => new Set(receiver.at('/restart').slice(beforeKill).map((r) => r.webhookId));
    await until('every event delivered after restart', () => [...ids].every((id) => delivered().has(id)));
    for (const r of receiver.at('/restart')) {
      expect(r.verified).toBe(true);
      expect(ids.has(r.webhookId)).toBe(true);
    }

    // 4. The log shows each delivery succeeded.
    child.kill('SIGTERM');
    await exited(child);
    child = undefined;
    setup = await startTestApp({ ...dbEnv, SUBSCRIPTION_WORKER_ENABLED: 'false' });
    const rows: Array<{ status: string; event_id: string }> = await setup.app
      .get(Database)
      .read((m) => m.query('SELECT status, event_id FROM webhook_deliveries'));
    expect(rows).toHaveLength(EVENTS);
    expect(rows.every((r) => r.status === 'succeeded')).toBe(true);
    expect(new Set(rows.map((r) => r.event_id))).toEqual(ids);
  });
});
