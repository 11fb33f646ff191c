import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export const WORKFLOW_NAME_INDEX = 'UQ_workflows_name';
export const WEBHOOK_ROUTE_INDEX = 'UQ_webhook_routes_method_path';

/**
 * Workflows and the webhook routes their active versions own. Route uniqueness lives in the database, so two
 * instances activating clashing workflows at the same moment cannot both win.
 */
export class Workflows1764400000002 implements MigrationInterface {
  name = 'Workflows1764400000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'workflows',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          // Validation caps names at 100 characters; the column leaves room so the database never truncates.
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'nodes', type: 'text' },
          { name: 'edges', type: 'text' },
          { name: 'metadata', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'updated_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'workflows',
      new TableIndex({ name: WORKFLOW_NAME_INDEX, columnNames: ['name'], isUnique: true }),
    );
    await queryRunner.createIndex('workflows', new TableIndex({ name: 'IDX_workflows_created', columnNames: ['created_at', 'id'] }));
    await queryRunner.createIndex('workflows', new TableIndex({ name: 'IDX_workflows_updated', columnNames: ['updated_at', 'id'] }));
    await queryRunner.createIndex('workflows', new TableIndex({ name: 'IDX_workflows_status', columnNames: ['status'] }));

    await queryRunner.createTable(
      new Table({
        name: 'webhook_routes',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'method', type: 'varchar', length: '10' },
          { name: 'path', type: 'varchar', length: '1024' },
          { name: 'workflow_id', type: 'varchar', length: '36' },
          { name: 'node_id', type: 'varchar', length: '255' },
          { name: 'created_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'webhook_routes',
      new TableIndex({ name: WEBHOOK_ROUTE_INDEX, columnNames: ['method', 'path'], isUnique: true }),
    );
    await queryRunner.createIndex(
      'webhook_routes',
      new TableIndex({ name: 'IDX_webhook_routes_workflow', columnNames: ['workflow_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_routes');
    await queryRunner.dropTable('workflows');
  }
}
