import { randomUUID } from 'node:crypto';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { callHook, webhookWorkflow } from './webhooks-fixtures';
import { dataSource, runnable } from './workflows-fixtures';

/**
 * A full disk, simulated with SQLite's `max_page_count` on the writing connection (the database file cannot grow
 * past it: SQLITE_FULL, as when the disk has no room). PostgreSQL's disk-full codes share the mapping (unit test).
 */
(usingPostgres() ? describe.skip : describe)('Storage full (SQLite)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const pragma = async (sql: string): Promise<Record<string, unknown>[]> => dataSource(t).query(sql);
  const executionsOf = async (workflowId: string) =>
    Number((await dataSource(t).query('SELECT COUNT(*) AS n FROM executions WHERE workflow_id = ?', [workflowId]))[0].n);

  it('answers 503 FLK-0009 with Retry-After, stores nothing of the refused calls, and accepts again once there is room', async () => {
    const hook = await webhookWorkflow(t);
    const before = await callHook(t, hook.path, { body: { n: 'before' } });
    expect(before.status).toBe(201);
    const [{ max_page_count: previousMax }] = await pragma('PRAGMA max_page_count');
    const [{ page_count: pages }] = await pragma('PRAGMA page_count');

    const accepted: string[] = [];
    const refused: Array<{ code: string; message: string; retryAfter: string | null }> = [];
    await pragma(`PRAGMA max_page_count = ${Number(pages)}`);
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
      await pragma(`PRAGMA max_page_count = ${Number(previousMax)}`);
    }

    const after = await callHook(t, hook.path, { body: { n: 'after' } });
    expect(after.status).toBe(201);
    // One execution for each accepted call (before, during, after), none for a refused one.
    expect(await executionsOf(hook.id)).toBe(accepted.length + 2);
    expect(await pragma('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const list = await t.http(`/v1/executions?workflowId=${hook.id}&limit=100`, { headers: authJson() });
    expect(list.status).toBe(200);
  });
});
