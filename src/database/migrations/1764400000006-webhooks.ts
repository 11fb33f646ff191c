import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** At most one live single-use arm per method and path; the arming service clears dead ones first. */
export const WEBHOOK_ARM_ROUTE_INDEX = 'UQ_webhook_arms_method_path';

/**
 * Webhook secrets (hashes only, with an optional end of validity so a rotation can overlap) and single-use arms.
 * Replay protection needs no table of its own: a delivery id becomes the execution's idempotency key, whose unique
 * index commits it together with the execution.
 */
export class Webhooks1764400000006 implements MigrationInterface {
  name = 'Webhooks1764400000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'webhook_secrets',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'workflow_id', type: 'varchar', length: '36' },
          // SHA-256 (hex) of a 32-byte random secret: a fast hash is enough for a secret with that much entropy.
          { name: 'secret_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '30' },
          // NULL: valid until the next rotation; otherwise valid until then (ISO-8601 UTC).
          { name: 'expires_at', type: 'varchar', length: '30', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'webhook_secrets',
      new TableIndex({ name: 'IDX_webhook_secrets_workflow', columnNames: ['workflow_id'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'webhook_arms',
        columns: [
          // One arm per workflow: arming again replaces it.
          { name: 'workflow_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'node_id', type: 'varchar', length: '255' },
          { name: 'method', type: 'varchar', length: '10' },
          { name: 'path', type: 'varchar', length: '1024' },
          { name: 'secret_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'expires_at', type: 'varchar', length: '30' },
          { name: 'consumed_at', type: 'varchar', length: '30', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'webhook_arms',
      new TableIndex({ name: WEBHOOK_ARM_ROUTE_INDEX, columnNames: ['method', 'path'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_arms');
    await queryRunner.dropTable('webhook_secrets');
  }
}
