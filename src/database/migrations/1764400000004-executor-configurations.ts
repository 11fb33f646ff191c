import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export const EXECUTOR_CONFIG_NAME_INDEX = 'UQ_executor_configurations_name';

export class ExecutorConfigurations1764400000004 implements MigrationInterface {
  name = 'ExecutorConfigurations1764400000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'executor_configurations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'description', type: 'varchar', length: '500', isNullable: true },
          { name: 'base_url', type: 'varchar', length: '500' },
          { name: 'endpoints', type: 'text' },
          { name: 'authentication', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'metadata', type: 'text', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'updated_at', type: 'varchar', length: '30' },
          { name: 'last_tested_at', type: 'varchar', length: '30', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'executor_configurations',
      new TableIndex({ name: EXECUTOR_CONFIG_NAME_INDEX, columnNames: ['name'], isUnique: true }),
    );
    await queryRunner.createIndex(
      'executor_configurations',
      new TableIndex({ name: 'IDX_executor_configurations_status', columnNames: ['status'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('executor_configurations');
  }
}
