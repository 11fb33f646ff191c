import { Database } from '../../src/database/database.service';
import { recordStatements } from '../support/statement-recorder';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { execute } from './executions-fixtures';
import { webhookWorkflow } from './webhooks-fixtures';

interface PlanLine {
  readonly id: number;
  readonly parent: number;
  readonly detail: string;
}

/**
 * The list endpoints must read the rows of a page from an index, in index order, however large the table: a
 * statement that scans or sorts the whole table costs time in proportion to it, and on SQLite it holds the one
 * connection (every webhook waits meanwhile). Checked on SQLite's query plans of the statements each request sends;
 * SQLite plans the same way without statistics whatever the table size, so a small table shows a big table's plan.
 * (PostgreSQL's planner rightly scans a table this small, so its plans say nothing here.)
 */
(usingPostgres() ? describe.skip : describe)('list endpoints read pages in index order (SQLite plans)', () => {
  let t: TestApp;
  let workflowId: string;
  let recording: ReturnType<typeof recordStatements>;

  beforeAll(async () => {
    t = await startTestApp();
    workflowId = (await webhookWorkflow(t)).id;
    recording = recordStatements(t);
  });
  afterAll(async () => {
    recording.stop();
    await t.close();
  });

  /** The plans of the SELECTs on `table` that one request sent. */
  async function plansOf(path: string, table: string): Promise<PlanLine[][]> {
    const { sent } = recording;
    sent.length = 0;
    const res = await t.http(path, { headers: authJson() });
    expect(res.status).toBe(200);
    const selects = sent.filter(({ query }) => /^\s*SELECT/i.test(query) && query.includes(table));
    expect(selects.length).toBeGreaterThan(0);
    const db = t.app.get(Database);
    return Promise.all(selects.map(({ query, parameters }) => db.read((m) => m.query(`EXPLAIN QUERY PLAN ${query}`, parameters) as Promise<PlanLine[]>)));
  }

  /**
   * No full scan of a table (SQLite names the table by its alias: `SCAN e`; scans of a part's own bounded output,
   * `SCAN finished`, are fine); with `ordered`, no sort of rows read from a table, only of the parts' outputs; with
   * `fromCursor`, the table is entered at the cursor (SEARCH), not walked from the start of an index (SCAN … USING INDEX).
   */
  function expectIndexed(plan: PlanLine[], ordered: boolean, fromCursor = false): void {
    const text = plan.map((line) => `${line.id}<${line.parent} ${line.detail}`).join('\n');
    const coRoutines = plan.filter((line) => line.detail.startsWith('CO-ROUTINE '));
    const parts = new Set(coRoutines.map((line) => line.detail.slice('CO-ROUTINE '.length)));
    const fullScan = plan.some((line) => /^SCAN \S+$/.test(line.detail) && !parts.has(line.detail.slice('SCAN '.length)));
    expect({ text, fullScan }).toEqual({ text, fullScan: false });
    if (fromCursor) {
      const walks = plan.some((line) => /^SCAN \S+ USING/.test(line.detail));
      expect({ text, walks }).toEqual({ text, walks: false });
    }
    if (!ordered) return;
    const readers = new Set(coRoutines.map((line) => line.id).concat(0));
    const sortsRows = plan.some((line) => line.detail.startsWith('USE TEMP B-TREE') && readers.has(line.parent));
    expect({ text, sortsRows }).toEqual({ text, sortsRows: false });
  }

  async function cursorOf(query: string): Promise<string> {
    const page = await (await t.http(`/v1/executions?${query}&limit=1`, { headers: authJson() })).json();
    return encodeURIComponent(page.nextCursor);
  }

  it('executions by startedAt and completedAt, first pages and pages after a cursor', async () => {
    for (let n = 0; n < 2; n++) expect((await execute(t, workflowId, { n })).status).toBe(201);
    const paths = [
      '/v1/executions?sortBy=startedAt&sortOrder=DESC',
      '/v1/executions?sortBy=startedAt&sortOrder=ASC&status=completed',
      '/v1/executions?sortBy=completedAt&sortOrder=DESC',
      '/v1/executions?sortBy=completedAt&sortOrder=ASC',
      `/v1/executions?cursor=${await cursorOf('sortBy=startedAt&sortOrder=ASC')}`,
      `/v1/executions?cursor=${await cursorOf('sortBy=completedAt&sortOrder=DESC')}`,
      `/v1/executions?cursor=${await cursorOf('sortBy=completedAt&sortOrder=ASC')}`,
    ];
    for (const path of paths) for (const plan of await plansOf(path, 'executions')) expectIndexed(plan, true, path.includes('cursor='));
  });

  it('executions filtered by workflow or status, in either order, first pages and pages after a cursor', async () => {
    for (let n = 0; n < 2; n++) expect((await execute(t, workflowId, { n })).status).toBe(201);
    const paths: string[] = [];
    for (const sort of ['sortBy=startedAt&sortOrder=DESC', 'sortBy=completedAt&sortOrder=DESC', 'sortBy=completedAt&sortOrder=ASC']) {
      // No execution stays running here, so that filter has first pages only.
      paths.push(`/v1/executions?status=running&${sort}`);
      for (const filter of [`workflowId=${workflowId}`, 'status=completed']) {
        paths.push(`/v1/executions?${filter}&${sort}`, `/v1/executions?cursor=${await cursorOf(`${filter}&${sort}`)}`);
      }
    }
    for (const path of paths) for (const plan of await plansOf(path, 'executions')) expectIndexed(plan, true, path.includes('cursor='));
  });

  it('audit events by a time window that matches nothing, alone or with a filter on a common value: entered through the timestamp index, not walked in id order', async () => {
    // With one bound, SQLite walked the whole trail in id order checking each row (0.2 s at 300,000 rows).
    const cursor: string = (await (await t.http('/v1/audit-events?limit=1', { headers: authJson() })).json()).nextCursor;
    expect(cursor).not.toBe('');
    const windows = [
      'dateFrom=2999-01-01T00:00:00Z',
      'dateTo=2000-01-01T00:00:00Z',
      'dateFrom=2000-01-01T00:00:00Z&dateTo=2000-02-01T00:00:00Z',
      // The values every execution's events carry, which the filter indexes leave out.
      'dateFrom=2999-01-01T00:00:00Z&eventType=EXECUTION_COMPLETED&action=EXECUTE&result=SUCCESS',
      'dateTo=2000-01-01T00:00:00Z&eventType=EXECUTION_STARTED',
    ];
    const paths: string[] = [];
    for (const window of windows) {
      paths.push(`/v1/audit-events?${window}`, `/v1/audit-events?${window}&sortOrder=ASC`);
      paths.push(`/v1/audit-events?${window}&cursor=${encodeURIComponent(cursor)}`);
    }
    for (const path of paths) {
      const plans = await plansOf(path, 'audit_events');
      for (const plan of plans) expectIndexed(plan, false);
      const text = plans.map((plan) => plan.map((line) => line.detail).join('\n')).join('\n');
      expect({ path, text, timestampIndex: text.includes('IDX_audit_events_timestamp') }).toEqual({ path, text, timestampIndex: true });
    }
  });

  it('audit events by resource id, with or without the resource type', async () => {
    for (const path of [`/v1/audit-events?resourceId=${workflowId}`, `/v1/audit-events?resourceId=${workflowId}&resourceType=workflow`]) {
      for (const plan of await plansOf(path, 'audit_events')) expectIndexed(plan, false);
    }
  });
});
