import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const TABLE = 'audit_events';

/**
 * The append-only, hash-chained audit trail (docs/audit.md). The table uses the Table API; only the 64-bit key type
 * and the triggers that refuse UPDATE, DELETE (and TRUNCATE on PostgreSQL) depend on the database, because the
 * Table API has no triggers and SQLite only auto-increments an INTEGER key.
 */
export class AuditEvents1764400000001 implements MigrationInterface {
  name = 'AuditEvents1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // 64 bits on both: SQLite's INTEGER PRIMARY KEY already is, and it is the only type AUTOINCREMENT accepts.
    const sequenceType = isPostgres(queryRunner) ? 'bigint' : 'integer';
    await queryRunner.createTable(
      new Table({
        name: TABLE,
        columns: [
          { name: 'id', type: sequenceType, isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'event_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'event_type', type: 'varchar', length: '64', isNullable: false },
          { name: 'action', type: 'varchar', length: '32', isNullable: false },
          { name: 'result', type: 'varchar', length: '16', isNullable: false },
          { name: 'resource_type', type: 'varchar', length: '32', isNullable: false },
          { name: 'resource_id', type: 'varchar', length: '255', isNullable: false },
          { name: 'actor_type', type: 'varchar', length: '16', isNullable: false },
          { name: 'actor_id', type: 'varchar', length: '255', isNullable: false },
          { name: 'actor_ip', type: 'varchar', length: '45', isNullable: false },
          { name: 'context', type: 'text', isNullable: false },
          { name: 'metadata', type: 'text', isNullable: false },
          { name: 'timestamp', type: 'varchar', length: '24', isNullable: false },
          { name: 'hash', type: 'varchar', length: '64', isNullable: false },
          { name: 'previous_hash', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'UQ_audit_events_event_id', columnNames: ['event_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_audit_events_event_type', columnNames: ['event_type'] }),
          new TableIndex({ name: 'IDX_audit_events_action', columnNames: ['action'] }),
          new TableIndex({ name: 'IDX_audit_events_result', columnNames: ['result'] }),
          new TableIndex({ name: 'IDX_audit_events_resource', columnNames: ['resource_type', 'resource_id'] }),
          new TableIndex({ name: 'IDX_audit_events_timestamp', columnNames: ['timestamp'] }),
        ],
      }),
    );
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`
        CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
        END;
        $$`);
      await queryRunner.query(`
        CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON ${TABLE}
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
      await queryRunner.query(`
        CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON ${TABLE}
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    } else {
      await queryRunner.query(`
        CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON ${TABLE}
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: UPDATE is not allowed'); END`);
      await queryRunner.query(`
        CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON ${TABLE}
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: DELETE is not allowed'); END`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the table drops its triggers on both databases; the PostgreSQL function outlives it.
    await queryRunner.dropTable(TABLE);
    if (isPostgres(queryRunner)) await queryRunner.query('DROP FUNCTION IF EXISTS audit_events_append_only()');
  }
}

/** Whether a migration runs on PostgreSQL (the only dialect-specific parts are triggers, functions and PostgreSQL-only tables). */
export function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.driver.options.type === 'postgres';
}
