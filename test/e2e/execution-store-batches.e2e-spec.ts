import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { dialectSql } from '../../src/database/dialect-sql';
import { pipelined } from '../../src/database/pipeline';
import { ExecutionEngine } from '../../src/engine/runtime/execution-engine';
import { ExecutionJobRunner } from '../../src/engine/queue/execution-job-runner';
import { ExecutionRecovery } from '../../src/engine/runtime/execution-recovery';
import { ExecutionResumption } from '../../src/engine/runtime/execution-resumption';
import { ExecutionStore } from '../../src/engine/runtime/execution-store';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit-writer';
import type { ExecutionRecord, StepRecord } from '../../src/modules/executions/execution.types';
import { ExecutionsRepository } from '../../src/modules/executions/executions.repository';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { webhookWorkflow } from './webhooks-fixtures';

/**
 * The engine's writes are group-committed with one multi-row statement per kind per flush. These tests submit
 * several writes at once (so they share a flush) against the real database and check that each caller still gets
 * its own answer: duplicate keys inside one statement, compare-and-set refusals next to successes, steps upserted.
 */
describe('execution store: multi-row writes per flush', () => {
  let t: TestApp;
  let store: ExecutionStore;
  let workflowId: string;

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(ExecutionStore);
    workflowId = (await webhookWorkflow(t)).id;
  });
  afterAll(async () => {
    // Executions left running here would be resumed by the next test file's app on a shared PostgreSQL database.
    await t.app.get(Database).write((m) =>
      m.query(dialectSql(m, `DELETE FROM executions WHERE workflow_id = ? AND status IN ('pending', 'running')`), [workflowId]),
    );
    await t.close();
  });

  const now = () => new Date().toISOString();
  const record = (key: string | null = null): ExecutionRecord => ({
    id: randomUUID(),
    workflowId,
    status: 'running',
    inputData: { n: 1 },
    currentStepNumber: 0,
    totalSteps: 1,
    errorMessage: null,
    finalOutput: undefined,
    idempotencyKey: key,
    requestFingerprint: key ? 'f'.repeat(64) : null,
    startedAt: now(),
    completedAt: null,
    updatedAt: now(),
    deadlineAt: new Date(Date.now() + 60_000).toISOString(),
  });
  const step = (executionId: string, status: StepRecord['status'], output?: unknown): StepRecord => ({
    executionId,
    nodeId: 'finish',
    stepNumber: 1,
    stepName: 'finish',
    nodeType: 'action',
    status,
    output,
    attempts: 1,
    startedAt: now(),
    completedAt: status === 'running' ? null : now(),
    durationMs: status === 'running' ? null : 1,
  });
  const read = (id: string) => t.app.get(Database).read((m) => t.app.get(ExecutionsRepository).findRecord(m, id));
  const steps = (id: string) => t.app.get(Database).read((m) => t.app.get(ExecutionsRepository).steps(m, id));

  it('a refused finish with the same final status does not write its steps either', async () => {
    const e = record();
    await store.start(e, SYSTEM_ACTOR);
    const completed = (updatedAt: string, v: number) => ({
      status: 'completed' as const, errorMessage: null, finalOutput: { v }, currentStepNumber: 1, updatedAt,
    });
    expect(await store.finish(e.id, workflowId, [step(e.id, 'completed', { v: 1 })], completed('2030-01-01T00:00:00.000Z', 1))).toBe(true);
    // A second engine finishing the same execution a millisecond later (a duplicate run) is refused as a whole.
    expect(await store.finish(e.id, workflowId, [step(e.id, 'completed', { v: 2 })], completed('2030-01-01T00:00:00.001Z', 2))).toBe(false);
    expect(await read(e.id)).toMatchObject({ status: 'completed', finalOutput: { v: 1 } });
    expect((await steps(e.id)).map((s) => s.output)).toEqual([{ v: 1 }]);
  });

  it('pipelined statements run in the order given, each seeing the ones before it', async () => {
    const db = t.app.get(Database);
    const results = await db.write((m) =>
      pipelined(m, [
        ['CREATE TEMPORARY TABLE pipeline_probe (v INTEGER NOT NULL)', []],
        ['INSERT INTO pipeline_probe (v) VALUES (?), (?), (?)', [1, 2, 3]],
        ['UPDATE pipeline_probe SET v = v * 10 WHERE v > ?', [1]],
        ['SELECT SUM(v) AS total FROM pipeline_probe', []],
        ['DROP TABLE pipeline_probe', []],
      ]),
    );
    expect(results.map((r) => r.affected).slice(1, 3)).toEqual([3, 2]);
    expect(Number(results[3].rows[0].total)).toBe(51);
  });

  it('a failing pipelined statement fails the transaction with the driver error, and nothing of it is kept', async () => {
    const db = t.app.get(Database);
    const attempt = db.write((m) =>
      pipelined(m, [
        ["INSERT INTO webhook_arms (workflow_id, node_id, method, path, secret_hash, created_at, expires_at) VALUES (?, 'hook', 'POST', ?, 'x', ?, ?)", [workflowId, `probe/${randomUUID()}`, now(), now()]],
        ['SELECT no_such_column FROM workflows', []],
        ['SELECT 1 AS one', []],
      ]),
    );
    await expect(attempt).rejects.toBeInstanceOf(QueryFailedError);
    await expect(attempt).rejects.toThrow(/no_such_column/);
    expect(await db.snapshot('SELECT workflow_id FROM webhook_arms WHERE workflow_id = ?', [workflowId])).toEqual([]);
  });

  it('starts submitted together: every new one is stored, the second of a duplicate key gets the first', async () => {
    const key = `key-${randomUUID()}`;
    const [a, b, first, second] = [record(), record(), record(key), record(key)];
    const outcomes = await Promise.all([a, b, first, second].map((e) => store.start(e, SYSTEM_ACTOR)));
    expect(outcomes.slice(0, 3)).toEqual([{ created: true }, { created: true }, { created: true }]);
    expect(outcomes[3]).toEqual({ created: false, existing: expect.objectContaining({ id: first.id, workflowId }) });
    for (const e of [a, b, first]) expect((await read(e.id))?.status).toBe('running');
    expect(await read(second.id)).toBeNull();
  });

  /** The execution has exactly one EXECUTION_STARTED event, and the audit chain has no fork or gap. */
  async function expectStartedOnceOnAValidChain(executionId: string): Promise<void> {
    const db = t.app.get(Database);
    const started = await db.snapshot("SELECT resource_id FROM audit_events WHERE event_type = 'EXECUTION_STARTED' AND resource_id = ?", [executionId]);
    expect(started).toHaveLength(1);
    const last = await db.snapshot('SELECT event_id FROM audit_events ORDER BY id DESC LIMIT 1', []);
    const verified = await (await t.http(`/v1/audit-events/${String(last[0].event_id)}/verify`, { headers: authJson() })).json();
    expect(verified).toMatchObject({ isValid: true });
  }

  // On PostgreSQL a flush of starts is sent in one round trip, guessing that no key is taken; a wrong guess makes the
  // server refuse the commit, and the flush is written again. The audit events are chained in the server, which
  // needs no guess.
  (usingPostgres() ? it : it.skip)('a flush whose guess that no key was taken went wrong is written again, whole, skipping the duplicate', async () => {
    const careful = jest.spyOn(t.app.get(ExecutionsRepository), 'insertManyUnlessKeyTaken');
    try {
      for (let n = 0; n < 6; n += 1) await store.start(record(), SYSTEM_ACTOR); // guesses that keep being right
      const key = `key-${randomUUID()}`;
      const first = record(key);
      await store.start(first, SYSTEM_ACTOR);
      careful.mockClear();
      const fresh = record();
      const [freshOutcome, duplicate] = await Promise.all([store.start(fresh, SYSTEM_ACTOR), store.start(record(key), SYSTEM_ACTOR)]);
      expect(freshOutcome).toEqual({ created: true });
      expect(duplicate).toEqual({ created: false, existing: expect.objectContaining({ id: first.id }) });
      expect(careful).toHaveBeenCalled(); // refused, then written the careful way
      expect((await read(fresh.id))?.status).toBe('running');
      await expectStartedOnceOnAValidChain(fresh.id);
    } finally {
      careful.mockRestore();
    }
  });

  // Another process appending moves the chain's tip on: the server chains onto the tip it finds, so this process's
  // next flush is neither refused nor written twice.
  (usingPostgres() ? it : it.skip)('a flush after another process appended to the audit chain is stored at once, on a valid chain', async () => {
    const careful = jest.spyOn(t.app.get(ExecutionsRepository), 'insertManyUnlessKeyTaken');
    const other = await startTestApp();
    try {
      // It resumes the executions earlier tests left running; its appends must not land at unknown moments.
      await other.app.get(ExecutionRecovery).done;
      const engine = other.app.get(ExecutionEngine);
      while (engine.stats.running + engine.stats.queued > 0) await new Promise((r) => setTimeout(r, 25));
      await other.app.get(ExecutionStore).drain();
      for (let n = 0; n < 6; n += 1) await store.start(record(), SYSTEM_ACTOR);
      careful.mockClear();
      await other.app.get(ExecutionStore).start(record(), SYSTEM_ACTOR);
      const moved = record();
      expect(await store.start(moved, SYSTEM_ACTOR)).toEqual({ created: true });
      expect(careful).not.toHaveBeenCalled(); // not refused: no write the careful way
      expect((await read(moved.id))?.status).toBe('running');
      await expectStartedOnceOnAValidChain(moved.id);
    } finally {
      careful.mockRestore();
      await other.close();
    }
  });

  it('progress and finishes submitted together: each compare-and-set answers for its own execution', async () => {
    const [done, running, finishing] = [record(), record(), record()];
    await Promise.all([done, running, finishing].map((e) => store.start(e, SYSTEM_ACTOR)));
    const change = (status: 'completed' | 'failed') => ({
      status,
      errorMessage: status === 'failed' ? 'boom' : null,
      finalOutput: { ok: status },
      currentStepNumber: 1,
      updatedAt: now(),
    });
    expect(await store.finish(done.id, workflowId, [step(done.id, 'completed', { v: 1 })], change('completed'))).toBe(true);

    const [again, progressed, finished] = await Promise.all([
      store.finish(done.id, workflowId, [step(done.id, 'failed', { v: 2 })], change('failed')),
      store.progress(running.id, [step(running.id, 'running')], { currentStepNumber: 1, updatedAt: now() }, {
        workflowId,
        announced: new Set(),
      }),
      store.finish(finishing.id, workflowId, [step(finishing.id, 'running'), step(finishing.id, 'failed', { v: 3 })], change('failed'), 'FLK-0504'),
    ]);
    expect([again, progressed, finished]).toEqual([false, true, true]);

    // The refused finish changed nothing, its step included.
    expect(await read(done.id)).toMatchObject({ status: 'completed', finalOutput: { ok: 'completed' } });
    expect((await steps(done.id)).map((s) => [s.status, s.output])).toEqual([['completed', { v: 1 }]]);
    expect(await read(running.id)).toMatchObject({ status: 'running', currentStepNumber: 1 });
    expect((await steps(running.id)).map((s) => s.status)).toEqual(['running']);
    // A node's last state in one write wins.
    expect(await read(finishing.id)).toMatchObject({ status: 'failed', errorMessage: 'boom', currentStepNumber: 1 });
    expect((await steps(finishing.id)).map((s) => [s.status, s.output])).toEqual([['failed', { v: 3 }]]);
  });

  /** An execution past its deadline whose step was left running, as a crash leaves it. */
  async function interruptedPastDeadline(): Promise<ExecutionRecord> {
    const stale = { ...record(), deadlineAt: new Date(Date.now() - 1_000).toISOString() };
    await store.start(stale, SYSTEM_ACTOR);
    await store.progress(stale.id, [step(stale.id, 'running')], { currentStepNumber: 1, updatedAt: now() }, {
      workflowId,
      announced: new Set(),
    });
    // Its lease runs out, as it does once a crash stops its renewal.
    const sql = `UPDATE executions SET lease_expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ${usingPostgres() ? '$1' : '?'}`;
    await t.app.get(Database).write((m) => m.query(sql, [stale.id]));
    return stale;
  }

  async function expectFailedWithItsRunningStep(id: string): Promise<StepRecord> {
    expect(await read(id)).toMatchObject({ status: 'failed', errorMessage: expect.stringMatching(/^execution timed out: .*FLK-0503$/) });
    const [interrupted] = await steps(id);
    expect(interrupted).toMatchObject({ status: 'failed', errorMessage: expect.stringMatching(/^interrupted by a restart and not resumed: execution timed out/) });
    return interrupted;
  }

  it('recovery that cannot resume an execution fails the step the crash left running with it', async () => {
    const stale = await interruptedPastDeadline();
    await t.app.get(ExecutionRecovery).sweep();
    const interrupted = await expectFailedWithItsRunningStep(stale.id);
    expect(interrupted.completedAt).toEqual(expect.any(String));
  });

  it('a queue worker taking over an execution that cannot resume fails its running step too, as recovery does', async () => {
    const stale = await interruptedPastDeadline();
    // The runner lives in production mode's worker module; it is built here from this app's engine and storage.
    const runner = new ExecutionJobRunner(t.app.get(ExecutionResumption), t.app.get(ExecutionEngine));
    expect(await runner.run(stale.id)).toBe('ran');
    await expectFailedWithItsRunningStep(stale.id);
    // A second delivery of the same job finds it ended and leaves it alone.
    expect(await runner.run(stale.id)).toBe('skipped');
  });
});
