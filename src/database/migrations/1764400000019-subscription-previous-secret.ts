import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `webhook_subscriptions.previous_secret` / `previous_secret_until`: the secret a rotation replaced, still signing
 * deliveries (beside the new one) until the time the rotation asked for (`secretOverlapSeconds`), so receivers can
 * switch secrets without rejecting deliveries. Sealed like `secret`.
 */
export class SubscriptionPreviousSecret1764400000019 implements MigrationInterface {
  name = 'SubscriptionPreviousSecret1764400000019';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('webhook_subscriptions', [
      new TableColumn({ name: 'previous_secret', type: 'text', isNullable: true }),
      new TableColumn({ name: 'previous_secret_until', type: 'varchar', length: '30', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('webhook_subscriptions', ['previous_secret', 'previous_secret_until']);
  }
}
