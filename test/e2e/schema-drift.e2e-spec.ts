import { DataSource, type ColumnType, type QueryRunner } from 'typeorm';
import { startTestApp, usingPostgres, type TestApp } from '../support/test-app';

/**
 * One set of migrations builds the schema on SQLite and PostgreSQL, and `synchronize` is never used: nothing else
 * keeps the entities and the migrated tables alike. After the migrations, TypeORM's schema builder must propose no
 * change to the tables of the entities: a proposal is a column type, nullability, default or index that differs
 * between an entity and what the migrations made, or between the two databases.
 *
 * What TypeORM cannot model is listed below, column by column, each with why; the check then runs with the entity's
 * column read as the database must store it, so that everything else on that table is still compared (TypeORM
 * answers one differing column with a rebuild of the whole table, 32 statements that would hide any other change).
 * Partial indexes are not among them: the entities declare them with their conditions, and TypeORM compares an
 * index's name, columns and uniqueness. Tables without an entity (executions and steps, written with SQL of their
 * own) are checked against the schema written out below, on both databases; PostgreSQL's functions, triggers and
 * its own rate-bucket table are outside both checks.
 */
const CANNOT_MODEL: Record<'sqlite' | 'postgres', readonly { table: string; column: string; storedType: ColumnType }[]> = {
  postgres: [],
  sqlite: [
    // bigint on PostgreSQL (bigserial) and in the entity, but SQLite accepts AUTOINCREMENT only on a column declared
    // exactly INTEGER, a 64-bit integer there (the same range). TypeORM would rebuild the table as `bigint PRIMARY
    // KEY AUTOINCREMENT`, which SQLite refuses.
    { table: 'audit_events', column: 'id', storedType: 'integer' },
  ],
};

describe('Schema: the migrated tables match the entities', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app?.close());

  it('TypeORM proposes no change after the migrations (beyond the listed ones it cannot model)', async () => {
    const dataSource = app.app.get(DataSource);
    // Every entity is checked: the builder looks only at the tables of the registered entities.
    expect(dataSource.entityMetadatas.map((metadata) => metadata.tableName).sort()).toEqual([
      'audit_events', 'executor_configurations', 'provider_configurations', 'webhook_arms', 'webhook_deliveries',
      'webhook_delivery_attempts', 'webhook_events', 'webhook_routes', 'webhook_secrets', 'webhook_subscriptions', 'workflows',
    ]);
    const adjusted = CANNOT_MODEL[usingPostgres() ? 'postgres' : 'sqlite'].map(({ table, column, storedType }) => {
      const metadata = dataSource.entityMetadatas.find((entity) => entity.tableName === table)!.findColumnWithDatabaseName(column)!;
      const declared = metadata.type;
      metadata.type = storedType;
      return () => (metadata.type = declared);
    });
    try {
      const proposed = await dataSource.driver.createSchemaBuilder().log();
      expect(proposed.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      for (const restore of adjusted) restore();
    }
  });
});

/**
 * Tables without an entity: each column as `name type [null] [key]` (key: part of the primary key), each index as
 * `name: [unique] columns [where condition]`.
 */
const WITHOUT_ENTITY: Record<string, { columns: string[]; indexes: string[] }> = {
  executions: {
    columns: [
      'id varchar(36) key', 'workflow_id varchar(36)', 'status varchar(16)', 'input_data text', 'context text',
      'current_step_number integer', 'total_steps integer', 'error_message text null', 'final_output text null',
      'idempotency_key varchar(255) null', 'request_fingerprint varchar(64) null', 'started_at varchar(30)',
      'completed_at varchar(30) null', 'updated_at varchar(30)', 'deadline_at varchar(30)', 'lease_owner varchar(255) null',
      'lease_expires_at varchar(30) null', 'entry_node_id varchar(255) null',
    ],
    indexes: [
      'IDX_executions_completed: completed_at, id',
      'IDX_executions_started: started_at, id',
      "IDX_executions_status_completed: status, completed_at, id where status <> 'completed'",
      "IDX_executions_status_started: status, started_at, id where status <> 'completed'",
      'IDX_executions_workflow_completed: workflow_id, completed_at, id',
      'IDX_executions_workflow_started: workflow_id, started_at, id',
      'UQ_executions_workflow_idempotency: unique workflow_id, idempotency_key where idempotency_key IS NOT NULL',
    ],
  },
  execution_steps: {
    columns: [
      'execution_id varchar(36) key', 'node_id varchar(255) key', 'step_number integer', 'step_name text', 'node_type varchar(32)',
      'status varchar(16)', 'input text null', 'output text null', 'error_message text null', 'attempts integer',
      'started_at varchar(30)', 'completed_at varchar(30) null', 'duration_ms integer null',
    ],
    indexes: [],
  },
};

/** An index as one line, from the database's own definition (TypeORM reads PostgreSQL's columns out of order). */
async function indexLines(runner: QueryRunner, table: string): Promise<string[]> {
  const rows: Array<{ name: string; definition: string }> = usingPostgres()
    ? await runner.query(`SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = $1`, [table])
    : await runner.query(`SELECT name, sql AS definition FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`, [table]);
  return rows
    // Primary keys are columns' business (getTable): PostgreSQL lists them as indexes, SQLite does not.
    .filter(({ name }) => !/^PK_|_pkey$/.test(name))
    .map(({ name, definition }) => {
      const parsed = /\bON\s+\S+(?:\s+USING\s+\w+)?\s*\(([^()]*)\)\s*(?:WHERE\s+([\s\S]*?))?\s*$/i.exec(definition.replace(/"/g, ''));
      if (!parsed) throw new Error(`unexpected index definition: ${definition}`);
      const [, columns, where] = parsed;
      // PostgreSQL prints `((status)::text <> 'completed'::text)`, SQLite keeps the text as written.
      const condition = where?.replace(/::\w+/g, '').replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
      const unique = /CREATE UNIQUE/i.test(definition) ? 'unique ' : '';
      return `${name}: ${unique}${columns}${condition ? ` where ${condition}` : ''}`;
    })
    .sort();
}

describe('Schema: the tables without an entity are the same on both databases', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app?.close());

  it.each(Object.keys(WITHOUT_ENTITY))('%s has the columns and indexes written out in this test', async (name) => {
    const runner = app.app.get(DataSource).createQueryRunner();
    try {
      const table = (await runner.getTable(name))!;
      const columns = table.columns.map((c) => {
        const type = c.type === 'character varying' ? 'varchar' : c.type;
        return `${c.name} ${type}${c.length ? `(${c.length})` : ''}${c.isNullable ? ' null' : ''}${c.isPrimary ? ' key' : ''}`;
      });
      expect(columns).toEqual(WITHOUT_ENTITY[name].columns);
      expect(await indexLines(runner, name)).toEqual([...WITHOUT_ENTITY[name].indexes].sort());
    } finally {
      await runner.release();
    }
  });
});
