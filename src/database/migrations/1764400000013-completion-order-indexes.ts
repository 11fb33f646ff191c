import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const INDEXES = [
  new TableIndex({ name: 'IDX_executions_workflow_completed', columnNames: ['workflow_id', 'completed_at', 'id'] }),
  new TableIndex({ name: 'IDX_executions_status_completed', columnNames: ['status', 'completed_at', 'id'] }),
];

/**
 * Executions listed by `completedAt` and filtered by workflow or status are read in index order, like every other
 * listing: without these, the filter's index (by start time) found the rows and every page sorted all of them
 * (92 ms a page for a workflow with 109,405 executions on SQLite, growing with the table). Each costs one more entry
 * per stored execution; the partial key index (migration 12) had just saved one (docs/benchmarks.md, "Eleventh
 * session").
 */
export class CompletionOrderIndexes1764400000013 implements MigrationInterface {
  name = 'CompletionOrderIndexes1764400000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await queryRunner.createIndex('executions', index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) await queryRunner.dropIndex('executions', index.name!);
  }
}
