import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { actionNode, activeWorkflow, edge, execute, expectError, send, triggerNode, unique, waitForEnd } from './executions-fixtures';

const inserted: string[] = [];

/**
 * Inserts execution rows directly, so counts and time windows are exact whatever else the database holds. They are
 * deleted again at the end: an unfinished row left behind would be "recovered" by the next app on a shared database.
 */
async function insertExecution(t: TestApp, workflowId: string, status: string, startedAt: string) {
  const ds = t.app.get(DataSource);
  const id = randomUUID();
  inserted.push(id);
  const p = (i: number) => (usingPostgres() ? `$${i}` : '?');
  await ds.query(
    `INSERT INTO executions (id, workflow_id, status, input_data, context, current_step_number, total_steps, started_at, updated_at, deadline_at)
     VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(p).join(', ')})`,
    [id, workflowId, status, '{}', '{}', 0, 1, startedAt, startedAt, startedAt],
  );
}

describe('dashboards', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    if (t && inserted.length > 0) {
      const ds = t.app.get(DataSource);
      for (const id of inserted) await ds.query(`DELETE FROM executions WHERE id = ${usingPostgres() ? '$1' : '?'}`, [id]);
    }
    await t?.close();
  });

  it('counts workflows by status', async () => {
    const before = await (await send(t, 'GET', '/v1/dashboards/workflows/summary')).json();
    await activeWorkflow(t, [triggerNode(), actionNode('a')], [edge('start', 'a')]);
    await send(t, 'POST', '/v1/workflows', { name: unique('draft'), nodes: [triggerNode()], edges: [] });
    const res = await send(t, 'GET', '/v1/dashboards/workflows/summary');
    expect(res.status).toBe(200);
    const after = await res.json();
    const count = (summary: any, status: string) => summary.byStatus.find((s: any) => s.status === status)?.count ?? 0;
    expect(after.total).toBe(before.total + 2);
    expect(after.active).toBe(before.active + 1);
    expect(count(after, 'draft')).toBe(count(before, 'draft') + 1);
    expect(after.byStatus.reduce((n: number, s: any) => n + s.count, 0)).toBe(after.total);
    expect(after.byStatus.every((s: any) => s.count > 0)).toBe(true);
  });

  it('counts executions by status within a time window and for one status', async () => {
    const wf = randomUUID();
    // A window far in the past that only this test writes to.
    const year = 1990 + Math.floor(Math.random() * 5);
    await insertExecution(t, wf, 'completed', `${year}-01-10T10:00:00.000Z`);
    await insertExecution(t, wf, 'completed', `${year}-01-11T10:00:00.000Z`);
    await insertExecution(t, wf, 'failed', `${year}-01-12T10:00:00.000Z`);
    await insertExecution(t, wf, 'running', `${year}-01-13T10:00:00.000Z`);
    await insertExecution(t, wf, 'pending', `${year}-02-01T10:00:00.000Z`);
    const window = `startTime=${year}-01-01T00:00:00Z&endTime=${year}-01-31T23:59:59Z`;

    const res = await send(t, 'GET', `/v1/dashboards/executions?${window}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ total: 4, completed: 2, failed: 1, pending: 0, running: 1 });
    expect(await (await send(t, 'GET', `/v1/dashboards/executions?${window}&status=completed`)).json()).toEqual({
      total: 2, completed: 2, failed: 0, pending: 0, running: 0,
    });
    expect(await (await send(t, 'GET', `/v1/dashboards/executions?${window}&status=failed`)).json()).toEqual({
      total: 1, completed: 0, failed: 1, pending: 0, running: 0,
    });
    expect(await (await send(t, 'GET', `/v1/dashboards/executions?${window}&status=pending`)).json()).toEqual({
      total: 0, completed: 0, failed: 0, pending: 0, running: 0,
    });
    // Only unfinished or failed executions in a window: no completed count is made up from the difference.
    const later = `startTime=${year}-01-12T00:00:00Z&endTime=${year}-02-28T23:59:59Z`;
    expect(await (await send(t, 'GET', `/v1/dashboards/executions?${later}`)).json()).toEqual({
      total: 3, completed: 0, failed: 1, pending: 1, running: 1,
    });
    // Offsets are honoured: 09:30 at -01:00 is 10:30Z, after the first execution of the window.
    expect((await (await send(t, 'GET', `/v1/dashboards/executions?startTime=${year}-01-10T09:30:00-01:00&endTime=${year}-01-11T10:00:00Z`)).json()).total).toBe(1);
  });

  it('counts a window whose bound an offset pushes past year 9999 like any other bound, and rounds sub-milliseconds inwards', async () => {
    const wf = randomUUID();
    const year = 1980 + Math.floor(Math.random() * 5);
    await insertExecution(t, wf, 'failed', `${year}-03-01T10:00:00.000Z`);
    const summary = async (query: string) => (await send(t, 'GET', `/v1/dashboards/executions?${query}`)).json();

    // 9999-12-31T23:00-02:00 is 10000-01-01T01:00Z: later than every execution, so it must not change the count.
    const openEnded = await summary(`startTime=${year}-03-01T00:00:00Z`);
    expect(openEnded.failed).toBeGreaterThanOrEqual(1);
    expect(await summary(`startTime=${year}-03-01T00:00:00Z&endTime=9999-12-31T23:00:00-02:00`)).toEqual(openEnded);
    // …and as a lower bound it leaves nothing.
    expect((await summary('startTime=9999-12-31T23:00:00-02:00')).total).toBe(0);
    // Later than the upper bound once converted to UTC, though earlier as written.
    await expectError(await send(t, 'GET', '/v1/dashboards/executions?startTime=9999-12-31T23:00:00-02:00&endTime=9999-12-31T23:30:00Z'), 400, 'FLK-0302');
    // A start half a millisecond after the execution's start leaves it out; one at that exact millisecond keeps it.
    const at = `${year}-03-01T10:00:00`;
    expect((await summary(`startTime=${at}.0005Z&endTime=${at}.999Z`)).total).toBe(0);
    expect((await summary(`startTime=${at}.000Z&endTime=${at}.999Z`)).total).toBe(1);
    // A leap second is RFC 3339 too (it was 400 'must be an RFC 3339 timestamp'): an upper bound there includes the
    // minute before it, a lower bound starts after it.
    await insertExecution(t, wf, 'failed', `${year}-12-31T23:59:59.999Z`);
    await insertExecution(t, wf, 'failed', `${year + 1}-01-01T00:00:00.000Z`);
    expect((await summary(`startTime=${year}-12-31T23:59:00Z&endTime=${year}-12-31T23:59:60Z`)).total).toBe(1);
    expect((await summary(`startTime=${year}-12-31T23:59:60Z&endTime=${year + 1}-01-01T00:01:00Z`)).total).toBe(1);
  });

  it('includes executions started through the API', async () => {
    const wf = await activeWorkflow(t, [triggerNode(), actionNode('a')], [edge('start', 'a')]);
    const before = await (await send(t, 'GET', '/v1/dashboards/executions?status=completed')).json();
    const started = await (await execute(t, wf, {})).json();
    await waitForEnd(t, started.executionId);
    const after = await (await send(t, 'GET', '/v1/dashboards/executions?status=completed')).json();
    expect(after.completed).toBe(before.completed + 1);
  });

  it('rejects bad filters with 400 FLK-0302', async () => {
    await expectError(await send(t, 'GET', '/v1/dashboards/executions?startTime=yesterday'), 400, 'FLK-0302');
    await expectError(await send(t, 'GET', '/v1/dashboards/executions?endTime=2026-13-01T00:00:00Z'), 400, 'FLK-0302');
    await expectError(await send(t, 'GET', '/v1/dashboards/executions?status=done'), 400, 'FLK-0302');
    // A filter given twice is not one value: the same code, not the generic query code.
    const twice = await expectError(await send(t, 'GET', '/v1/dashboards/executions?status=failed&status=completed'), 400, 'FLK-0302');
    // It said 'must be string (got "failed,completed")'.
    expect(twice).toMatchObject({ message: 'Query parameter "status" is given more than once; send it once.', fields: { status: 'is given more than once' } });
    await expectError(await send(t, 'GET', '/v1/dashboards/executions?startTime=2026-01-01T00:00:00Z&startTime=2026-01-02T00:00:00Z'), 400, 'FLK-0302');
    await expectError(
      await send(t, 'GET', '/v1/dashboards/executions?startTime=2026-03-02T00:00:00Z&endTime=2026-03-01T00:00:00Z'),
      400,
      'FLK-0302',
    );
  });

  it('answers 401 and the documented 5xx', async () => {
    for (const path of ['/v1/dashboards/executions', '/v1/dashboards/workflows/summary']) {
      await expectError(await t.http(path), 401, 'FLK-0003');
      await expectError(await send(t, 'GET', path, undefined, authJson({ 'X-Test-Fault-Injection': 'error' })), 500, 'FLK-9999');
      await expectError(await send(t, 'GET', path, undefined, authJson({ 'X-Test-Fault-Injection': 'unavailable' })), 503, 'FLK-0009');
    }
  });
});
