import { DataSource, type ColumnType } from 'typeorm';
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
 * index's name, columns and uniqueness. Tables without an entity (executions, steps, rate buckets; written with SQL
 * of their own) and PostgreSQL's functions and triggers are outside what the schema builder looks at.
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
