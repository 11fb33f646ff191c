import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export const PROVIDER_CONFIG_NAME_INDEX = 'UQ_provider_configurations_name';

export class ProviderConfigurations1764400000003 implements MigrationInterface {
  name = 'ProviderConfigurations1764400000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'provider_configurations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'description', type: 'varchar', length: '500', isNullable: true },
          { name: 'provider_id', type: 'varchar', length: '100' },
          { name: 'config', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'metadata', type: 'text', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'updated_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'provider_configurations',
      new TableIndex({ name: PROVIDER_CONFIG_NAME_INDEX, columnNames: ['name'], isUnique: true }),
    );
    await queryRunner.createIndex(
      'provider_configurations',
      new TableIndex({ name: 'IDX_provider_configurations_provider_status', columnNames: ['provider_id', 'status', 'name'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('provider_configurations');
  }
}
