import { randomUUID } from 'node:crypto';
import { Database } from '../../src/database/database.service';
import { ExecutionLeases } from '../../src/engine/runtime/execution-leases';
import { ExecutionStore } from '../../src/engine/runtime/execution-store';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit-writer';
import type { ExecutionRecord } from '../../src/modules/executions/execution.types';
import { ExecutionsRepository } from '../../src/modules/executions/executions.repository';
import { TEST_API_KEY, TEST_SECRETS_KEY, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { buildOnce, startServiceProcess, stopServiceProcess, type ServiceProcess } from '../support/service-process';
import {
  activeWorkflow,
  actionNode,
  edge,
  execute,
  executorNode,
  httpConfig,
  startMockExecutor,
  triggerNode,
  waitForEnd,
  type MockExecutor,
} from './executions-fixtures';

/**
 * Embedded mode keeps a lease on every execution a process stores to run (ExecutionLeases): renewed while it runs
 * there, resumed by whichever process sweeps once it has run out. Short leases (1.5 s, a sweep every 0.5 s) keep
 * these tests quick; executor calls are counted per Idempotency-Key (`<executionId>:<nodeId>`).
 */
const LEASE = { EXECUTION_LEASE_MS: '1500' };

/** manual trigger → slow executor call → set_output. */
async function slowWorkflow(t: TestApp, mock: MockExecutor): Promise<string> {
  const config = await httpConfig(t, mock.url);
  return activeWorkflow(t, [triggerNode(), executorNode('slow', config), actionNode('end')], [edge('start', 'slow'), edge('slow', 'end')]);
}

/** A `running` execution of a one-step `workflowId` as first stored, due in a minute. */
function unfinished(workflowId: string): ExecutionRecord {
  const now = new Date();
  return {
    id: randomUUID(), workflowId, status: 'running', inputData: {}, currentStepNumber: 0, totalSteps: 1,
    errorMessage: null, finalOutput: undefined, idempotencyKey: null, requestFingerprint: null,
    startedAt: now.toISOString(), completedAt: null, updatedAt: now.toISOString(),
    deadlineAt: new Date(now.getTime() + 60_000).toISOString(),
  };
}

async function startAll(t: TestApp, workflowId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const res = await execute(t, workflowId, { i });
    expect(res.status).toBe(201);
    ids.push((await res.json()).executionId);
  }
  return ids;
}

/** Who holds (or last held) each execution's lease, read from the rows. */
async function leaseOwners(t: TestApp, ids: readonly string[]): Promise<unknown[]> {
  const rows: Array<{ id: string; lease_owner: string }> = await t.app
    .get(Database)
    .read((m) => m.query(`SELECT id, lease_owner FROM executions WHERE id IN (${ids.map((_, n) => `$${n + 1}`).join(', ')})`, [...ids]));
  return ids.map((id) => rows.find((row) => row.id === id)?.lease_owner);
}

const callsOf = (mock: MockExecutor, executionId: string) =>
  mock.calls.filter((call) => call.headers['idempotency-key'] === `${executionId}:slow`).length;

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('execution leases (embedded mode)', () => {
  jest.setTimeout(120_000);
  let mock: MockExecutor;
  const apps: TestApp[] = [];
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    mock = await startMockExecutor();
  });
  afterEach(async () => {
    mock.replies.clear();
    mock.flush();
    for (const p of processes.splice(0)) await stopServiceProcess(p, 'SIGKILL');
    for (const t of apps.splice(0)) await t.close();
  });
  afterAll(async () => {
    await mock.close();
  });

  const app = async (env: Record<string, string> = {}) => {
    const t = await startTestApp({ ...LEASE, ...env });
    apps.push(t);
    return t;
  };

  /** The built service as a child process on this run's PostgreSQL, so that it can be SIGKILLed. */
  const childProcess = async (env: Record<string, string>) => {
    buildOnce();
    const started = await startServiceProcess(
      {
        API_KEY: TEST_API_KEY, DATABASE_URL: process.env.TEST_DATABASE_URL!, SECRETS_KEY: TEST_SECRETS_KEY,
        OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8', EXECUTOR_MAX_ATTEMPTS: '1', LOG_LEVEL: 'error', ...env,
      },
      { label: 'doomed' },
    );
    processes.push(started);
    return started;
  };

  /** Starts `count` executions of `workflowId` through a child process; their ids. */
  const startThrough = async (proc: ServiceProcess, workflowId: string, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const res = await fetch(`${proc.url}/v1/workflows/${workflowId}/executions`, {
        method: 'POST',
        headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ inputData: { i } }),
      });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { executionId: string }).executionId);
    }
    return ids;
  };

  it('an execution left unfinished while the service runs (its run ended without its final write) is resumed once its lease runs out, without a restart', async () => {
    const t = await app();
    const workflowId = await activeWorkflow(t, [triggerNode(), actionNode('end')], [edge('start', 'end')]);
    const started = new Date();
    // Stored to run here, but nothing runs it: the state a run leaves when its last write is refused.
    const orphan = unfinished(workflowId);
    await t.app.get(ExecutionStore).start(orphan, SYSTEM_ACTOR);
    const ended = await waitForEnd(t, orphan.id, 10_000);
    expect(ended).toMatchObject({ status: 'completed' });
    expect(Date.now() - started.getTime()).toBeGreaterThanOrEqual(1_500); // not before its lease ran out
  });

  it('an execution stored without a lease (by a version before leases) is left to a starting process, not taken by a periodic sweep', async () => {
    const t = await app();
    const workflowId = await activeWorkflow(t, [triggerNode(), actionNode('end')], [edge('start', 'end')]);
    const legacy = unfinished(workflowId);
    await t.app.get(Database).write((m) => t.app.get(ExecutionsRepository).insertManyUnlessKeyTaken(m, [legacy]));
    // Four sweeps later: an older process on the same database may still be running it, unfenced.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await waitForEnd(t, legacy.id, 0).catch((error: Error) => error.message)).toMatch(/still running/);
    if (!usingPostgres()) return; // SQLite: another process cannot start on the file; a restart is the crash test's
    const starting = await app();
    expect(await waitForEnd(starting, legacy.id, 10_000)).toMatchObject({ status: 'completed' });
  });

  it('a run that outlives its lease many times over is not resumed a second time by its own process', async () => {
    const t = await app();
    mock.replies.set('/slow', { delayMs: 5_000 });
    const ids = await startAll(t, await slowWorkflow(t, mock), 3);
    for (const id of ids) expect(await waitForEnd(t, id, 20_000)).toMatchObject({ status: 'completed' });
    for (const id of ids) expect(callsOf(mock, id)).toBe(1);
  });

  (usingPostgres() ? describe : describe.skip)('several processes on one PostgreSQL', () => {
    it('a process that starts while another runs executions leaves them to it: each executor call is made once', async () => {
      const first = await app();
      mock.replies.set('/slow', { delayMs: 5_000 });
      const ids = await startAll(first, await slowWorkflow(first, mock), 3);
      await until(() => ids.every((id) => callsOf(mock, id) === 1), 10_000, 'the calls of the first process');
      // Before leases, a starting process resumed every execution it found running, in flight elsewhere or not.
      await app();
      for (const id of ids) expect(await waitForEnd(first, id, 20_000)).toMatchObject({ status: 'completed' });
      for (const id of ids) expect(callsOf(mock, id)).toBe(1);
    });

    it('the executions of a killed process of another machine are resumed by a process already running, once their leases run out', async () => {
      const survivor = await app();
      const doomed = await childProcess(LEASE);
      mock.replies.set('/slow', { delayMs: 60_000 }); // the doomed process's calls never answer
      const ids = await startThrough(doomed, await slowWorkflow(survivor, mock), 3);
      await until(() => ids.every((id) => callsOf(mock, id) === 1), 10_000, 'the doomed process to call');
      mock.replies.set('/slow', { delayMs: 0 });
      // Its leases as a process of another boot would have written them, running out 3 s from now: this machine
      // cannot tell whether such a process lives.
      const foreign = 'elsewhere/4242/0123456789ab/00000000-0000-0000-0000-000000000000/4026531836/1';
      const runsOut = new Date(Date.now() + 3_000);
      await survivor.app.get(Database).write((m) =>
        m.query(`UPDATE executions SET lease_owner = $1, lease_expires_at = $2 WHERE id IN ($3, $4, $5)`, [foreign, runsOut.toISOString(), ...ids]),
      );
      await stopServiceProcess(doomed, 'SIGKILL');
      for (const id of ids) expect(await waitForEnd(survivor, id, 20_000)).toMatchObject({ status: 'completed' });
      // Resumed by the survivor's sweep (a restart would have been needed before leases), each call made again once,
      // not before the leases ran out.
      for (const id of ids) expect(callsOf(mock, id)).toBe(2);
      expect(Date.now()).toBeGreaterThanOrEqual(runsOut.getTime());
    });

    /**
     * A child process with ten-minute leases (only knowing that it ended can free its executions sooner) starts two
     * executions whose calls hang; `disguise` may rewrite their leases. Alive for `aliveMs`, it keeps them (the
     * survivor sweeps every 0.5 s); SIGKILLed, they must be resumed by `survivor` within seconds, each call made once
     * more.
     */
    const killedWhileCalling = async (survivor: TestApp, aliveMs: number, disguise?: (ids: string[]) => Promise<void>) => {
      const doomed = await childProcess({ EXECUTION_LEASE_MS: '600000' });
      mock.replies.set('/slow', { delayMs: 60_000 });
      const ids = await startThrough(doomed, await slowWorkflow(survivor, mock), 2);
      await until(() => ids.every((id) => callsOf(mock, id) === 1), 10_000, 'the doomed process to call');
      await disguise?.(ids);
      await new Promise((r) => setTimeout(r, aliveMs));
      for (const id of ids) expect(callsOf(mock, id)).toBe(1);
      mock.replies.set('/slow', { delayMs: 0 });
      await stopServiceProcess(doomed, 'SIGKILL');
      for (const id of ids) expect(await waitForEnd(survivor, id, 10_000)).toMatchObject({ status: 'completed' });
      for (const id of ids) expect(callsOf(mock, id)).toBe(2);
      expect(await leaseOwners(survivor, ids)).toEqual(ids.map(() => survivor.app.get(ExecutionLeases).owner));
    };

    it('the executions of a process of this machine that was killed are resumed at once, not when their leases run out', async () => {
      await killedWhileCalling(await app(), 1_500);
    });

    it('the executions of a killed process of another container are resumed at once: its presence lock is free', async () => {
      const survivor = await app();
      // Its leases as a process of another container or machine would have written them: the same presence part,
      // nothing this machine's /proc can tell about. The survivor's own lock settles (3 s) while the holder lives.
      await killedWhileCalling(survivor, 4_000, async (ids) => {
        const [own] = (await leaseOwners(survivor, ids)) as string[];
        const presence = own!.slice(own!.lastIndexOf('/') + 1);
        expect(presence).toMatch(/^presence\.[1-9]\d*$/);
        const foreign = `elsewhere/4242/0123456789ab/00000000-0000-0000-0000-000000000000/4026531836/1/${presence}`;
        await survivor.app.get(Database).write((m) => m.query(`UPDATE executions SET lease_owner = $1 WHERE id IN ($2, $3)`, [foreign, ...ids]));
      });
    });

    it('executions queued in a busy process past their lease are taken over by an idle one and run once', async () => {
      const busy = await app({ EXECUTION_CONCURRENCY: '1' });
      const idle = await app();
      mock.replies.set('/slow', { delayMs: 3_000 });
      const [first, ...queued] = await startAll(busy, await slowWorkflow(busy, mock), 3);
      for (const id of [first, ...queued]) expect(await waitForEnd(busy, id, 20_000)).toMatchObject({ status: 'completed' });
      for (const id of [first, ...queued]) expect(callsOf(mock, id)).toBe(1);
      // The queued ones' leases ran out while the busy process ran the first (3 s > 1.5 s): the idle one took them.
      const owners = await leaseOwners(idle, queued);
      expect(owners).toEqual(queued.map(() => idle.app.get(ExecutionLeases).owner));
      expect(await leaseOwners(idle, [first])).toEqual([busy.app.get(ExecutionLeases).owner]);
    });

    it('a process that stops releases its leases: another resumes what it left at once, not when the leases run out', async () => {
      const leaving = await app({ EXECUTION_LEASE_MS: '600000', EXECUTION_DRAIN_MS: '0' });
      const staying = await app();
      mock.replies.set('/slow', { delayMs: 60_000 });
      const ids = await startAll(leaving, await slowWorkflow(leaving, mock), 2);
      await until(() => ids.every((id) => callsOf(mock, id) === 1), 10_000, 'the calls of the leaving process');
      mock.replies.set('/slow', { delayMs: 0 });
      await leaving.close();
      apps.splice(apps.indexOf(leaving), 1);
      // Its leases had ten minutes left; the staying process's sweep runs every 0.5 s.
      for (const id of ids) expect(await waitForEnd(staying, id, 10_000)).toMatchObject({ status: 'completed' });
      for (const id of ids) expect(callsOf(mock, id)).toBe(2);
    });
  });
});
