import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `webhook_deliveries.test`: the delivery carries a test event (testWebhookSubscription). Test events are never
 * retried and never count towards disabling, also when resent, and the worker that sends a resent one only sees the
 * delivery row. Earlier test deliveries are recognised by their first attempt, which the test operation logs as
 * `test`.
 */
export class WebhookTestDeliveries1764400000017 implements MigrationInterface {
  name = 'WebhookTestDeliveries1764400000017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('webhook_deliveries', new TableColumn({ name: 'test', type: 'boolean', default: false }));
    await queryRunner.query(
      "UPDATE webhook_deliveries SET test = TRUE WHERE id IN (SELECT delivery_id FROM webhook_delivery_attempts WHERE cause = 'test')",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('webhook_deliveries', 'test');
  }
}
