import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export const SUBSCRIPTION_NAME_INDEX = 'UQ_webhook_subscriptions_org_name';
export const DELIVERY_EVENT_SUBSCRIPTION_INDEX = 'UQ_webhook_deliveries_event_subscription';

/**
 * Outgoing webhooks: subscriptions, the event outbox, one delivery per (event, subscription) and the log of every
 * attempt. Timestamps are ISO-8601 UTC strings (they compare correctly as text, which the worker's "due" query
 * relies on); JSON is text we serialise ourselves, so the bytes that were signed are the bytes stored.
 */
export class WebhookSubscriptions1764400000007 implements MigrationInterface {
  name = 'WebhookSubscriptions1764400000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'webhook_subscriptions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'url', type: 'varchar', length: '2048' },
          { name: 'events', type: 'text' },
          // `v1:` ciphertext of the signing secret (SecretBox).
          { name: 'secret', type: 'text' },
          // JSON object; values of credential-like header names are ciphertexts.
          { name: 'headers', type: 'text' },
          { name: 'active', type: 'boolean' },
          { name: 'disabled_reason', type: 'varchar', length: '32', isNullable: true },
          { name: 'disabled_at', type: 'varchar', length: '30', isNullable: true },
          // Start of the current run of failed attempts; NULL after any success.
          { name: 'failing_since', type: 'varchar', length: '30', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'updated_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'webhook_subscriptions',
      new TableIndex({ name: SUBSCRIPTION_NAME_INDEX, columnNames: ['organization_id', 'name'], isUnique: true }),
    );
    await queryRunner.createIndex(
      'webhook_subscriptions',
      new TableIndex({ name: 'IDX_webhook_subscriptions_org_created', columnNames: ['organization_id', 'created_at', 'id'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'webhook_events',
        columns: [
          // The webhook-id: stable across retries and resends.
          { name: 'id', type: 'varchar', length: '40', isPrimary: true },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'type', type: 'varchar', length: '40' },
          // The exact body sent: {"id","type","timestamp","data"}, serialised once.
          { name: 'payload', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'webhook_events',
      new TableIndex({ name: 'IDX_webhook_events_org_created', columnNames: ['organization_id', 'created_at'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '40' },
          { name: 'subscription_id', type: 'varchar', length: '36' },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'event_type', type: 'varchar', length: '40' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer' },
          // Position in the retry schedule since the delivery was created or last resent.
          { name: 'retry_step', type: 'integer' },
          { name: 'next_attempt_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'claim_token', type: 'varchar', length: '36', isNullable: true },
          { name: 'claimed_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'last_status_code', type: 'integer', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'updated_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'webhook_deliveries',
      new TableIndex({ name: DELIVERY_EVENT_SUBSCRIPTION_INDEX, columnNames: ['event_id', 'subscription_id'], isUnique: true }),
    );
    await queryRunner.createIndex(
      'webhook_deliveries',
      new TableIndex({ name: 'IDX_webhook_deliveries_due', columnNames: ['status', 'next_attempt_at'] }),
    );
    await queryRunner.createIndex(
      'webhook_deliveries',
      new TableIndex({ name: 'IDX_webhook_deliveries_claim', columnNames: ['claim_token'] }),
    );
    await queryRunner.createIndex(
      'webhook_deliveries',
      new TableIndex({ name: 'IDX_webhook_deliveries_subscription', columnNames: ['subscription_id', 'status'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'webhook_delivery_attempts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'delivery_id', type: 'varchar', length: '36' },
          { name: 'subscription_id', type: 'varchar', length: '36' },
          { name: 'organization_id', type: 'varchar', length: '64' },
          { name: 'event_id', type: 'varchar', length: '40' },
          { name: 'event_type', type: 'varchar', length: '40' },
          { name: 'attempt', type: 'integer' },
          { name: 'cause', type: 'varchar', length: '8' },
          { name: 'succeeded', type: 'boolean' },
          { name: 'status_code', type: 'integer', isNullable: true },
          { name: 'duration_ms', type: 'integer' },
          { name: 'error', type: 'varchar', length: '500', isNullable: true },
          // At most 1 KiB of the response body, as text.
          { name: 'response_excerpt', type: 'text', isNullable: true },
          { name: 'response_truncated', type: 'boolean' },
          { name: 'next_attempt_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '30' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'webhook_delivery_attempts',
      new TableIndex({ name: 'IDX_webhook_attempts_subscription', columnNames: ['subscription_id', 'created_at'] }),
    );
    await queryRunner.createIndex(
      'webhook_delivery_attempts',
      new TableIndex({ name: 'IDX_webhook_attempts_org', columnNames: ['organization_id', 'created_at'] }),
    );
    await queryRunner.createIndex(
      'webhook_delivery_attempts',
      new TableIndex({ name: 'IDX_webhook_attempts_delivery', columnNames: ['delivery_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_delivery_attempts');
    await queryRunner.dropTable('webhook_deliveries');
    await queryRunner.dropTable('webhook_events');
    await queryRunner.dropTable('webhook_subscriptions');
  }
}
