import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Drops `IDX_execution_steps_order` (execution_id, step_number). The primary key (execution_id, node_id) already
 * finds an execution's steps, and the few rows it finds are sorted by step number as they are read. The index cost
 * every stored step an index entry: about 5 % of the pages a webhook flush writes to SQLite's log (4.5 of 90 per
 * flush of 34 calls, docs/benchmarks.md), and one of the fifteen index insertions per call on PostgreSQL.
 */
export class DropRedundantStepIndex1764400000009 implements MigrationInterface {
  name = 'DropRedundantStepIndex1764400000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('execution_steps', 'IDX_execution_steps_order');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'execution_steps',
      new TableIndex({ name: 'IDX_execution_steps_order', columnNames: ['execution_id', 'step_number'] }),
    );
  }
}
