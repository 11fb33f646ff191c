import { randomUUID } from 'node:crypto';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { actionNode, activeWorkflow, edge, execute, executorNode, httpConfig, settle, startMockExecutor, triggerNode, waitForEnd, type MockExecutor } from './executions-fixtures';
import { callHook, webhookWorkflow } from './webhooks-fixtures';
import { dataSource, runnable } from './workflows-fixtures';

/**
 * A full disk, simulated with SQLite's `max_page_count` on the writing connection (the database file cannot grow
 * past it: SQLITE_FULL, as when the disk has no room). PostgreSQL's disk-full codes share the mapping (unit test).
 */
(usingPostgres() ? describe.skip : describe)('Storage full (SQLite)', () => {
  let t: TestApp;
  let mock: MockExecutor;

  beforeAll(async () => {
    t = await startTestApp();
    mock = await startMockExecutor();
  });
  afterAll(async () => {
    if (t) await settle(t, mock);
    await t?.close();
    await mock?.close();
  });

  const pragma = async (sql: string): Promise<Record<string, unknown>[]> => dataSource(t).query(sql);
  /** Caps the file at its current size (SQLITE_FULL as soon as a write needs a new page); returns the undo. */
  const fillDisk = async (): Promise<() => Promise<void>> => {
    const [{ max_page_count: previousMax }] = await pragma('PRAGMA max_page_count');
    const [{ page_count: pages }] = await pragma('PRAGMA page_count');
    await pragma(`PRAGMA max_page_count = ${Number(pages)}`);
    return async () => {
      await pragma(`PRAGMA max_page_count = ${Number(previousMax)}`);
    };
  };
  const executionsOf = async (workflowId: string) =>
    Number((await dataSource(t).query('SELECT COUNT(*) AS n FROM executions WHERE workflow_id = ?', [workflowId]))[0].n);

  it('answers 503 FLK-0009 with Retry-After, stores nothing of the refused calls, and accepts again once there is room', async () => {
    const hook = await webhookWorkflow(t);
    const before = await callHook(t, hook.path, { body: { n: 'before' } });
    expect(before.status).toBe(201);
    const accepted: string[] = [];
    const refused: Array<{ code: string; message: string; retryAfter: string | null }> = [];
    const makeRoom = await fillDisk();
    try {
      // The last pages still have some free space: calls are accepted until a flush needs a new page.
      for (let n = 0; n < 2_000 && refused.length < 5; n += 1) {
        const res = await callHook(t, hook.path, { body: { n, filler: 'x'.repeat(2_000) } });
        expect([201, 503]).toContain(res.status);
        if (res.status === 201) accepted.push(String(res.headers.get('x-webhook-execution-id')));
        else refused.push({ ...(await res.json()), retryAfter: res.headers.get('retry-after') });
      }
      expect(refused.length).toBe(5);
      for (const answer of refused) {
        expect(answer).toMatchObject({ code: 'FLK-0009', retryAfter: '5' });
        expect(answer.message).toMatch(/no room/);
      }
      // The management API: a small row may still fit in a page's free space; it never fails as a fault of ours.
      const created = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body: JSON.stringify(runnable(`full ${randomUUID()}`)) });
      expect([201, 503]).toContain(created.status);
    } finally {
      await makeRoom();
    }

    const after = await callHook(t, hook.path, { body: { n: 'after' } });
    expect(after.status).toBe(201);
    // One execution for each accepted call (before, during, after), none for a refused one.
    expect(await executionsOf(hook.id)).toBe(accepted.length + 2);
    expect(await pragma('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const list = await t.http(`/v1/executions?workflowId=${hook.id}&limit=100`, { headers: authJson() });
    expect(list.status).toBe(200);
  });

  it('a run in the background whose write meets a full disk waits for room and then completes, instead of failing or hanging', async () => {
    mock.replies.set('/call', { delayMs: 300 });
    const configId = await httpConfig(t, mock.url);
    const workflowId = await activeWorkflow(t, [triggerNode(), executorNode('call', configId), actionNode('done')], [edge('start', 'call'), edge('call', 'done')]);
    // The executor's answer echoes this, so its step needs new pages.
    const started = await execute(t, workflowId, { filler: 'y'.repeat(60_000) });
    expect(started.status).toBe(201);
    const { executionId } = await started.json();
    const makeRoom = await fillDisk();
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const during = await (await t.http(`/v1/executions/${executionId}`, { headers: authJson() })).json();
      expect(during.status).toBe('running');
    } finally {
      await makeRoom();
    }
    const end = await waitForEnd(t, executionId, 15_000);
    expect({ status: end.status, error: end.errorMessage }).toEqual({ status: 'completed', error: undefined });
    const results = await (await t.http(`/v1/executions/${executionId}/results`, { headers: authJson() })).json();
    const steps = Object.fromEntries(results.stepResults.map((step: { nodeId: string; status: string }) => [step.nodeId, step.status]));
    expect(steps).toEqual({ call: 'completed', done: 'completed' });
    expect(mock.callsTo('/call')).toHaveLength(1);
  }, 30_000);
});
