import { DataSource } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { DashboardsRepository } from '../../src/modules/dashboards/dashboards.repository';
import { ExecutionsRepository } from '../../src/modules/executions/executions.repository';
import { EVERY_EXECUTION_EVENT, PartialFilterIndexes1764400000015 } from '../../src/database/migrations/1764400000015-partial-filter-indexes';
import { SqlitePartialFilterIndexes1764400000016 } from '../../src/database/migrations/1764400000016-sqlite-partial-filter-indexes';
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

/** The five indexes migrations 15 (PostgreSQL) and 16 (SQLite) make partial. */
const FILTER_INDEXES = [
  'IDX_audit_events_action',
  'IDX_audit_events_event_type',
  'IDX_audit_events_result',
  'IDX_executions_status_completed',
  'IDX_executions_status_started',
];

/**
 * The most common values (the audit events every execution appends, the `completed` status) are kept out of the
 * indexes behind the listings' filters (migrations 15 and 16). Those rows must still be found by the filters, and a
 * filter on a rare value must be able to read its page from its index in list order, without a sort. On SQLite the
 * query must state the index's condition for that (src/database/common-value-indexes.ts).
 */
describe(`listing filters on ${usingPostgres() ? 'PostgreSQL' : 'SQLite'}: partial indexes`, () => {
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
    // (SQLite plans without statistics; the service never gathers them there.)
    if (usingPostgres()) await t.app.get(Database).write((m) => m.query('ANALYZE audit_events; ANALYZE executions'));
    recording = recordStatements(t);
  });
  afterAll(async () => {
    recording.stop();
    await t.close();
  });

  /** SQLite's plan of a statement, one line per step. */
  async function sqlitePlan(query: string, parameters: unknown[]): Promise<string> {
    const lines = (await t.app.get(Database).read((m) => m.query(`EXPLAIN QUERY PLAN ${query}`, parameters))) as Array<{ detail: string }>;
    return lines.map((line) => line.detail).join('\n');
  }

  /**
   * A listing's items, and the plan of the SELECT it sent on `table`. SQLite: the plan it makes. PostgreSQL, with
   * `onlyIndex`: the plan it makes when
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
    const items = (await res.json()).items as T[];
    if (!usingPostgres()) {
      return { items, plan: await sqlitePlan(select!.query, select!.parameters) };
    }
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
      return { items, plan: rows.map((row) => row['QUERY PLAN']).join('\n') };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
  const search = (query: string, onlyIndex?: string) => list<AuditItem>(`/v1/audit-events?${query}`, 'audit_events', onlyIndex);
  /** Whether the plan reads the index, and whether it sorts rows (PostgreSQL's or SQLite's words for both). */
  const reads = (plan: string, index: string) =>
    usingPostgres() ? plan.includes(`using "${index}"`) : new RegExp(`USING (COVERING )?INDEX ${index}\\b`).test(plan);
  const sorts = (plan: string) => (usingPostgres() ? /\bSort\b/ : /USE TEMP B-TREE/).test(plan);

  /** name → definition after ON, as the database reports it. */
  async function definitions(): Promise<Record<string, string>> {
    const db = t.app.get(Database);
    if (!usingPostgres()) {
      const rows = (await db.read((m) => m.query(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`))) as Array<{ name: string; sql: string }>;
      return Object.fromEntries(rows.filter((row) => FILTER_INDEXES.includes(row.name)).map((row) => [row.name, row.sql.replace(/^.* ON "?\w+"? ?/, '')]));
    }
    const rows = (await db.read((m) =>
      m.query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY($1) ORDER BY indexname`, [FILTER_INDEXES]),
    )) as Array<{ indexname: string; indexdef: string }>;
    return Object.fromEntries(rows.map((row) => [row.indexname, row.indexdef.replace(/^.* USING btree /, '')]));
  }

  it('leaves the common values out of the five indexes; the audit ones keep the id after the column', async () => {
    const expected = usingPostgres()
      ? {
          IDX_audit_events_action: `(action, id) WHERE ((action)::text <> 'EXECUTE'::text)`,
          IDX_audit_events_event_type: `(event_type, id) WHERE ((event_type)::text <> ALL ((ARRAY['${EVERY_EXECUTION_EVENT.join(`'::character varying, '`)}'::character varying])::text[]))`,
          IDX_audit_events_result: `(result, id) WHERE ((result)::text <> 'SUCCESS'::text)`,
          IDX_executions_status_completed: `(status, completed_at, id) WHERE ((status)::text <> 'completed'::text)`,
          IDX_executions_status_started: `(status, started_at, id) WHERE ((status)::text <> 'completed'::text)`,
        }
      : {
          IDX_audit_events_action: `(action, id) WHERE action <> 'EXECUTE'`,
          IDX_audit_events_event_type: `(event_type, id) WHERE event_type NOT IN ('EXECUTION_STARTED', 'EXECUTION_COMPLETED')`,
          IDX_audit_events_result: `(result, id) WHERE result <> 'SUCCESS'`,
          IDX_executions_status_completed: `(status, completed_at, id) WHERE status <> 'completed'`,
          IDX_executions_status_started: `(status, started_at, id) WHERE status <> 'completed'`,
        };
    expect(await definitions()).toEqual(expected);
  });

  it.each([
    ['eventType=WORKFLOW_ACTIVATED', 'IDX_audit_events_event_type'],
    ['eventType=EXECUTION_FAILED&sortOrder=ASC', 'IDX_audit_events_event_type'],
    ['action=ACTIVATE', 'IDX_audit_events_action'],
    ['result=FAILED', 'IDX_audit_events_result'],
  ])('a rare value (%s) can be read from %s in id order', async (query, index) => {
    const { plan } = await search(query, index);
    expect({ plan, indexed: reads(plan, index), sorted: sorts(plan) }).toEqual({ plan, indexed: true, sorted: false });
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
    const sorted = query.includes('sortBy=startedAt') && sorts(plan);
    expect({ plan, indexed: reads(plan, index), sorted }).toEqual({ plan, indexed: true, sorted: false });
  });

  it.each(['startedAt', 'completedAt'])('status=completed by %s still finds only completed executions', async (sortBy) => {
    const { items } = await list<{ status: string }>(`/v1/executions?status=completed&sortBy=${sortBy}&limit=50`, 'executions');
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => item.status !== 'completed')).toEqual([]);
  });

  // Every sweep of the lease keeper and recovery reads the unfinished executions: without the status index that
  // would be a scan of the whole table, several times a second, under SQLite's one connection.
  (usingPostgres() ? it.skip : it)('the lease and recovery sweeps read the unfinished executions from a status index', async () => {
    const executions = t.app.get(ExecutionsRepository);
    const db = t.app.get(Database);
    const { sent } = recording;
    sent.length = 0;
    const now = new Date().toISOString();
    await db.read((m) => executions.unfinishedIds(m, now));
    await db.read((m) => executions.activeLeaseOwners(m, 'nobody', now, 10));
    await db.read((m) => executions.ownExpiredLeases(m, 'nobody', now, 10));
    await db.write((m) => executions.claimUnfinished(m, 'nobody', now, 10, { now, unleased: true }));
    await db.write((m) => executions.claimUnfinished(m, 'nobody', now, 10, { endedOwners: ['gone'] }));
    await db.write((m) => executions.renewLeases(m, 'nobody', ['none'], now));
    await db.write((m) => executions.releaseLeases(m, 'nobody', now));
    const sweeps = sent.filter(({ query }) => /\bexecutions\b/.test(query) && !/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query));
    expect(sweeps.length).toBe(7);
    for (const { query, parameters } of sweeps) {
      const plan = await sqlitePlan(query, parameters);
      const scans = /^SCAN executions$/m.test(plan);
      // (Lease renewals name their executions: a search of the primary key.)
      const indexed = /USING (COVERING )?INDEX (IDX_executions_status_\w+|sqlite_autoindex_executions_1) /.test(plan);
      expect({ query, plan, scans, indexed }).toEqual({ query, plan, scans: false, indexed: true });
    }
  });

  // The dashboard and the status gauge of /metrics count executions by status: a GROUP BY over every status would
  // read the whole table, row by row, now that the status indexes leave `completed` out.
  (usingPostgres() ? it.skip : it)('the dashboard counts read indexes, never the executions table itself', async () => {
    const db = t.app.get(Database);
    const aggregate = jest.spyOn(db, 'aggregate');
    try {
      const dashboards = t.app.get(DashboardsRepository);
      const from = '2000-01-01T00:00:00.000Z';
      for (const filter of [{}, { startedFrom: from }, { startedFrom: from, status: 'completed' as const }, { status: 'failed' as const }]) {
        await dashboards.executionsByStatus(filter);
      }
      expect(aggregate).toHaveBeenCalledTimes(4);
      for (const [query, parameters] of aggregate.mock.calls) {
        const plan = await sqlitePlan(query, [...parameters]);
        const readsTable = /^(SCAN|SEARCH) executions(?! USING COVERING INDEX)/m.test(plan);
        expect({ query, plan, readsTable }).toEqual({ query, plan, readsTable: false });
      }
    } finally {
      aggregate.mockRestore();
    }
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

/** Migration 16 on SQLite: reversible. */
(usingPostgres() ? describe.skip : describe)('migration 1764400000016 on SQLite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** name → whether the index is partial, for the five indexes. */
  async function partial(): Promise<Record<string, boolean>> {
    const rows = (await t.app.get(Database).read((m) => m.query(`SELECT name, sql FROM sqlite_master WHERE type = 'index'`))) as Array<{ name: string; sql: string | null }>;
    return Object.fromEntries(rows.filter((row) => FILTER_INDEXES.includes(row.name)).map((row) => [row.name, / WHERE /.test(row.sql ?? '')]));
  }
  const migrate = (direction: 'up' | 'down') => t.app.get(Database).write((m) => new SqlitePartialFilterIndexes1764400000016()[direction](m.queryRunner!));
  const every = (value: boolean) => Object.fromEntries(FILTER_INDEXES.map((name) => [name, value]));

  it('down restores the whole-column indexes and up makes them partial again', async () => {
    expect(await partial()).toEqual(every(true));
    await migrate('down');
    expect(await partial()).toEqual(every(false));
    await migrate('up');
    expect(await partial()).toEqual(every(true));
  });
});
