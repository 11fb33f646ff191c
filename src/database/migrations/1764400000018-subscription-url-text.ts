import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './1764400000001-audit-events';

/**
 * PostgreSQL only: a subscription's `url` becomes `text`. The values of its secret query parameters are stored
 * encrypted in place (`?token=v1:…`), which makes a URL of up to 2,048 characters longer than varchar(2048) holds;
 * the 2,048 characters are checked on the URL as sent. SQLite does not enforce a varchar length.
 */
export class SubscriptionUrlText1764400000018 implements MigrationInterface {
  name = 'SubscriptionUrlText1764400000018';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) await queryRunner.query('ALTER TABLE webhook_subscriptions ALTER COLUMN url TYPE text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) await queryRunner.query('ALTER TABLE webhook_subscriptions ALTER COLUMN url TYPE varchar(2048)');
  }
}
