import { randomUUID } from 'node:crypto';
import { Database } from '../../src/database/database.service';
import { ExecutionsRepository } from '../../src/modules/executions/executions.repository';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { webhookWorkflow } from './webhooks-fixtures';

/**
 * Dashboard and metrics counts read every matching row. They must neither wait for a write in progress nor see it:
 * on SQLite, where one connection writes and a read on it waits for the write's lock, they go to a read-only
 * connection on a background thread (Database.aggregate).
 */
describe('counts while a write is in progress', () => {
  let t: TestApp;
  let workflowId: string;

  beforeAll(async () => {
    t = await startTestApp();
    workflowId = (await webhookWorkflow(t)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const total = async () => (await (await t.http('/v1/dashboards/executions', { headers: authJson() })).json()).total as number;
  const gauge = async () => {
    const text = await (await t.http('/metrics')).text();
    return Number(/^flowker_executions\{status="completed"\} (\d+)$/m.exec(text)?.[1]);
  };

  it('answer from committed data without waiting for the write to end', async () => {
    const before = await total();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const rowWritten = new Promise<void>((resolve) => (inserted = resolve));
    const now = new Date().toISOString();
    const writing = t.app.get(Database).write(async (m) => {
      await t.app.get(ExecutionsRepository).insertManyUnlessKeyTaken(m, [
        {
          id: randomUUID(), workflowId, status: 'completed', inputData: {}, currentStepNumber: 1, totalSteps: 1,
          errorMessage: null, finalOutput: {}, idempotencyKey: null, requestFingerprint: null,
          startedAt: now, completedAt: now, updatedAt: now, deadlineAt: now,
        },
      ]);
      inserted();
      await held;
      throw new Error('rolled back on purpose');
    });
    await rowWritten;
    // A deadlock detector, not a time limit on the answer: after 5 s the write is let go and the test fails.
    const stuck = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 5_000).unref());
    const answers = Promise.all([total(), gauge()]);
    const outcome = await Promise.race([answers, stuck]);
    release();
    await expect(writing).rejects.toThrow('rolled back on purpose');
    expect(outcome).not.toBe('stuck');
    const [during] = outcome as [number, number];
    expect(during).toBe(before);
    expect(await total()).toBe(before);
  });

  it('count again after the background reader has died', async () => {
    const before = await total();
    const db = t.app.get(Database) as unknown as { background: { worker: { terminate(): Promise<number> } } | null };
    // Only SQLite has one; PostgreSQL counts in the server.
    if (db.background) await db.background.worker.terminate();
    expect(await total()).toBe(before);
    expect(await gauge()).toBeGreaterThanOrEqual(0);
  });
});
