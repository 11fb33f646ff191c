import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const INDEXES = [
  new TableIndex({ name: 'IDX_executions_workflow_completed', columnNames: ['workflow_id', 'completed_at', 'id'] }),
  new TableIndex({ name: 'IDX_executions_status_completed', columnNames: ['status', 'completed_at', 'id'] }),
];

/**
 * Executions listed by `completedAt` and filtered by workflow or status are read in index order, like every other
 * listing: without these, SQLite found the rows by the filter's index (by start time) and sorted all of them for the
 * first page (108 ms for a workflow with 81,174 executions, growing with the table); PostgreSQL did the same whenever
 * its statistics made the filter look selective. Each costs one more entry per stored execution; the partial key
 * index (migration 12) had just saved one (docs/benchmarks.md, "Eleventh session").
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
