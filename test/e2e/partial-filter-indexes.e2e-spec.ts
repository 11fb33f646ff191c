import { DataSource } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { EVERY_EXECUTION_EVENT, PartialFilterIndexes1764400000015 } from '../../src/database/migrations/1764400000015-partial-filter-indexes';
import { recordStatements } from '../support/statement-recorder';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { execute } from './executions-fixtures';
import { webhookWorkflow } from './webhooks-fixtures';

interface AuditItem {
  readonly eventId: string;
  readonly eventType: string;
  readonly action: string;
  readonly result: string;
}

// The set-up stores 300 executions and analyses both tables, on a database every earlier test file has filled.
jest.setTimeout(60_000);

/** The five indexes migration 15 makes partial on PostgreSQL. */
const FILTER_INDEXES = [
  'IDX_audit_events_action',
  'IDX_audit_events_event_type',
  'IDX_audit_events_result',
  'IDX_executions_status_completed',
  'IDX_executions_status_started',
];

/**
 * PostgreSQL keeps the most common values (the audit events every execution appends, the `completed` status) out of
 * the indexes behind the listings' filters (migration 15). Those rows must still be found by the filters, and a
 * filter on a rare value must be able to read its page from its index in list order, without a sort.
 */
(usingPostgres() ? describe : describe.skip)('listing filters on PostgreSQL: partial indexes', () => {
  let t: TestApp;
  let recording: ReturnType<typeof recordStatements>;

  beforeAll(async () => {
    t = await startTestApp();
    // Executions give both tables their bulk of common rows; the workflow's life and the failures in the trail give rare ones.
    const workflow = await webhookWorkflow(t);
    for (let wave = 0; wave < 10; wave++) {
      const answers = await Promise.all(Array.from({ length: 30 }, (_, n) => execute(t, workflow.id, { n })));
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    }
    await t.app.get(Database).write((m) => m.query('ANALYZE audit_events; ANALYZE executions'));
    recording = recordStatements(t);
  });
  afterAll(async () => {
    recording.stop();
    await t.close();
  });

  /**
   * A listing's items, and the plan of the SELECT it sent on `table`. With `onlyIndex`, the plan PostgreSQL makes when
   * that index is the table's only one and neither a sequential scan, a bitmap scan nor a sort is allowed unless
   * nothing else can answer: it shows whether the index can serve the filter in list order. (Which index the planner
   * picks on its own depends on the statistics of a test database every test file writes to; on a small one, walking
   * the primary key is rightly cheaper.) The indexes are dropped in a transaction that is rolled back.
   */
  async function list<T>(path: string, table: string, onlyIndex?: string): Promise<{ items: T[]; plan: string }> {
    const { sent } = recording;
    sent.length = 0;
    const res = await t.http(path, { headers: authJson() });
    expect(res.status).toBe(200);
    const select = sent.find((s) => /^\s*(SELECT|\()/i.test(s.query) && new RegExp(`FROM "?${table}"? `).test(s.query));
    expect(select).toBeDefined();
    const runner = t.app.get(DataSource).createQueryRunner();
    await runner.startTransaction();
    try {
      if (onlyIndex) {
        const others = (await runner.query(
          `SELECT c.relname AS name, con.conname AS "constraint" FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
           LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
           WHERE i.indrelid = $1::regclass AND c.relname <> $2`,
          [table, onlyIndex],
        )) as Array<{ name: string; constraint: string | null }>;
        for (const other of others) {
          await runner.query(other.constraint ? `ALTER TABLE ${table} DROP CONSTRAINT "${other.constraint}" CASCADE` : `DROP INDEX "${other.name}"`);
        }
        await runner.query('SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off');
      }
      const rows = (await runner.query(`EXPLAIN ${select!.query}`, select!.parameters)) as Array<{ 'QUERY PLAN': string }>;
      return { items: (await res.json()).items, plan: rows.map((row) => row['QUERY PLAN']).join('\n') };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
  const search = (query: string, onlyIndex?: string) => list<AuditItem>(`/v1/audit-events?${query}`, 'audit_events', onlyIndex);

  it('leaves the common values out of the five indexes; the audit ones keep the id after the column', async () => {
    const rows = (await t.app.get(Database).read((m) =>
      m.query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY($1) ORDER BY indexname`, [FILTER_INDEXES]),
    )) as Array<{ indexname: string; indexdef: string }>;
    const definitions = Object.fromEntries(rows.map((row) => [row.indexname, row.indexdef.replace(/^.* USING btree /, '')]));
    expect(definitions).toEqual({
      IDX_audit_events_action: `(action, id) WHERE ((action)::text <> 'EXECUTE'::text)`,
      IDX_audit_events_event_type: `(event_type, id) WHERE ((event_type)::text <> ALL ((ARRAY['${EVERY_EXECUTION_EVENT.join(`'::character varying, '`)}'::character varying])::text[]))`,
      IDX_audit_events_result: `(result, id) WHERE ((result)::text <> 'SUCCESS'::text)`,
      IDX_executions_status_completed: `(status, completed_at, id) WHERE ((status)::text <> 'completed'::text)`,
      IDX_executions_status_started: `(status, started_at, id) WHERE ((status)::text <> 'completed'::text)`,
    });
  });

  it.each([
    ['eventType=WORKFLOW_ACTIVATED', 'IDX_audit_events_event_type'],
    ['eventType=EXECUTION_FAILED&sortOrder=ASC', 'IDX_audit_events_event_type'],
    ['action=ACTIVATE', 'IDX_audit_events_action'],
    ['result=FAILED', 'IDX_audit_events_result'],
  ])('a rare value (%s) can be read from %s in id order', async (query, index) => {
    const { plan } = await search(query, index);
    expect({ plan, indexed: plan.includes(`using "${index}"`), sorted: /\bSort\b/.test(plan) }).toEqual({ plan, indexed: true, sorted: false });
  });

  it.each([
    ['eventType', 'EXECUTION_STARTED'],
    ['eventType', 'EXECUTION_COMPLETED'],
    ['action', 'EXECUTE'],
    ['result', 'SUCCESS'],
    ['eventType', 'WORKFLOW_ACTIVATED'],
    ['action', 'ACTIVATE'],
  ])('%s=%s still finds only matching rows', async (field, value) => {
    const { items } = await search(`${field}=${value}&limit=50`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => item[field as keyof AuditItem] !== value)).toEqual([]);
  });

  it.each([
    ['status=running&sortBy=startedAt&sortOrder=DESC', 'IDX_executions_status_started'],
    ['status=failed&sortBy=startedAt&sortOrder=ASC', 'IDX_executions_status_started'],
    ['status=failed&sortBy=completedAt&sortOrder=DESC', 'IDX_executions_status_completed'],
  ])('executions with a rare status (%s) can be read from %s', async (query, index) => {
    // (By completedAt, the part of unfinished executions is sorted by id on its own; only the finished part is paged
    // from the index, so a sort in the plan says nothing there.)
    const { plan } = await list(`/v1/executions?${query}`, 'executions', index);
    const sorted = query.includes('sortBy=startedAt') && /\bSort\b/.test(plan);
    expect({ plan, indexed: plan.includes(`using "${index}"`), sorted }).toEqual({ plan, indexed: true, sorted: false });
  });

  it.each(['startedAt', 'completedAt'])('status=completed by %s still finds only completed executions', async (sortBy) => {
    const { items } = await list<{ status: string }>(`/v1/executions?status=completed&sortBy=${sortBy}&limit=50`, 'executions');
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => item.status !== 'completed')).toEqual([]);
  });
});

/** The migration itself: reversible, and it keeps indexes an operator already rebuilt (docs/deployment.md). */
(usingPostgres() ? describe : describe.skip)('migration 1764400000015 on PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** name → [index oid, partial?] for the five indexes. */
  async function indexes(): Promise<Record<string, [number, boolean]>> {
    const rows = (await t.app.get(Database).read((m) =>
      m.query(
        `SELECT c.relname AS name, c.oid::int AS oid, i.indpred IS NOT NULL AS partial FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE c.relname = ANY($1) AND c.relnamespace = current_schema()::regnamespace`,
        [FILTER_INDEXES],
      ),
    )) as Array<{ name: string; oid: number; partial: boolean }>;
    return Object.fromEntries(rows.map((row) => [row.name, [row.oid, row.partial]]));
  }

  async function migrate(direction: 'up' | 'down'): Promise<void> {
    const runner = t.app.get(DataSource).createQueryRunner();
    try {
      await new PartialFilterIndexes1764400000015()[direction](runner);
    } finally {
      await runner.release();
    }
  }

  it('down restores the whole-column indexes, up makes them partial again, and up keeps indexes that are already partial', async () => {
    const migrated = await indexes();
    expect(Object.values(migrated).map(([, partial]) => partial)).toEqual(FILTER_INDEXES.map(() => true));

    await migrate('up');
    expect(await indexes()).toEqual(migrated);

    await migrate('down');
    const reverted = await indexes();
    expect(Object.keys(reverted).sort()).toEqual(FILTER_INDEXES);
    expect(Object.values(reverted).map(([, partial]) => partial)).toEqual(FILTER_INDEXES.map(() => false));

    await migrate('up');
    const again = await indexes();
    expect(Object.values(again).map(([, partial]) => partial)).toEqual(FILTER_INDEXES.map(() => true));
    for (const name of FILTER_INDEXES) expect(again[name][0]).not.toBe(reverted[name][0]);
  });
});
