import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './1764400000001-audit-events';

/**
 * PostgreSQL only: the token buckets of webhook rate limits, so that several embedded-mode processes on one database
 * spend one budget per trigger (production mode keeps them in Redis; SQLite has one process, which keeps them in
 * memory). One row per trigger and limit, updated in place by one statement per burst of calls.
 *
 * UNLOGGED: a bucket is a few seconds' worth of traffic accounting, not data. Its updates write no WAL, and a crash of
 * the server only empties the table, which leaves every trigger with its full budget, as after a restart of a
 * single process.
 */
export class WebhookRateBuckets1764400000014 implements MigrationInterface {
  name = 'WebhookRateBuckets1764400000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    await queryRunner.query(`
      CREATE UNLOGGED TABLE webhook_rate_buckets (
        bucket_key text PRIMARY KEY,
        capacity double precision NOT NULL,
        per_ms double precision NOT NULL,
        tokens double precision NOT NULL,
        updated_ms double precision NOT NULL,
        granted integer NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) await queryRunner.query('DROP TABLE IF EXISTS webhook_rate_buckets');
  }
}
