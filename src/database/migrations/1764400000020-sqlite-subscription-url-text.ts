import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { isPostgres } from './1764400000001-audit-events';

/**
 * SQLite: `webhook_subscriptions.url` becomes `text`, as migration 1764400000018 made it on PostgreSQL. SQLite never
 * enforced the varchar(2048), so stored URLs were never cut; the declared type only differed between the two
 * databases and from the entity, which the schema check (test/e2e/schema-drift.e2e-spec.ts) reports. SQLite cannot
 * change a column's type in place: TypeORM rebuilds the table (copy, drop, rename) with its indexes, which is quick
 * for a table of subscriptions. Nothing to do on PostgreSQL.
 */
export class SqliteSubscriptionUrlText1764400000020 implements MigrationInterface {
  name = 'SqliteSubscriptionUrlText1764400000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) return;
    await queryRunner.changeColumn('webhook_subscriptions', 'url', new TableColumn({ name: 'url', type: 'text' }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) return;
    await queryRunner.changeColumn('webhook_subscriptions', 'url', new TableColumn({ name: 'url', type: 'varchar', length: '2048' }));
  }
}
