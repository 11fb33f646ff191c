import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `executions.entry_node_id`: the trigger node an execution started from. A workflow may have several triggers
 * (each webhook trigger claims its own route); a call to one route must run that trigger's branch, also when the
 * execution is resumed after a restart. NULL (rows of earlier versions, and starts that name no trigger) means the
 * first trigger in the workflow's node list, which is what every execution did before.
 */
export class ExecutionEntryNode1764400000011 implements MigrationInterface {
  name = 'ExecutionEntryNode1764400000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('executions', new TableColumn({ name: 'entry_node_id', type: 'varchar', length: '255', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('executions', 'entry_node_id');
  }
}
