import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Idempotency keys are scoped to one workflow (upstream kept them global: quirk 4). */
export const EXECUTION_IDEMPOTENCY_INDEX = 'UQ_executions_workflow_idempotency';

/**
 * Executions and their steps. JSON lives in `text` columns the repository serialises itself; timestamps are
 * ISO-8601 strings (UTC, milliseconds) that sort as text on both databases, like the workflows table.
 */
export class Executions1764400000005 implements MigrationInterface {
  name = 'Executions1764400000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'executions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'workflow_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'input_data', type: 'text' },
          { name: 'context', type: 'text' },
          { name: 'current_step_number', type: 'integer' },
          { name: 'total_steps', type: 'integer' },
          { name: 'error_message', type: 'text', isNullable: true },
          { name: 'final_output', type: 'text', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '255', isNullable: true },
          { name: 'request_fingerprint', type: 'varchar', length: '64', isNullable: true },
          { name: 'started_at', type: 'varchar', length: '30' },
          { name: 'completed_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'updated_at', type: 'varchar', length: '30' },
          { name: 'deadline_at', type: 'varchar', length: '30' },
          // Reserved for several processes sharing one database: who runs the execution, and until when.
          { name: 'lease_owner', type: 'varchar', length: '255', isNullable: true },
          { name: 'lease_expires_at', type: 'varchar', length: '30', isNullable: true },
        ],
      }),
    );
    const executionIndexes = [
      new TableIndex({ name: EXECUTION_IDEMPOTENCY_INDEX, columnNames: ['workflow_id', 'idempotency_key'], isUnique: true }),
      new TableIndex({ name: 'IDX_executions_started', columnNames: ['started_at', 'id'] }),
      new TableIndex({ name: 'IDX_executions_completed', columnNames: ['completed_at', 'id'] }),
      new TableIndex({ name: 'IDX_executions_workflow_started', columnNames: ['workflow_id', 'started_at', 'id'] }),
      new TableIndex({ name: 'IDX_executions_status_started', columnNames: ['status', 'started_at', 'id'] }),
    ];
    for (const index of executionIndexes) await queryRunner.createIndex('executions', index);

    await queryRunner.createTable(
      new Table({
        name: 'execution_steps',
        columns: [
          // The primary key (execution_id, node_id) is the "every node runs at most once" rule; recovery relies on it.
          { name: 'execution_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'node_id', type: 'varchar', length: '255', isPrimary: true },
          { name: 'step_number', type: 'integer' },
          { name: 'step_name', type: 'text' },
          { name: 'node_type', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'input', type: 'text', isNullable: true },
          { name: 'output', type: 'text', isNullable: true },
          { name: 'error_message', type: 'text', isNullable: true },
          { name: 'attempts', type: 'integer' },
          { name: 'started_at', type: 'varchar', length: '30' },
          { name: 'completed_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'duration_ms', type: 'integer', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'execution_steps',
      new TableIndex({ name: 'IDX_execution_steps_order', columnNames: ['execution_id', 'step_number'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('execution_steps');
    await queryRunner.dropTable('executions');
  }
}
