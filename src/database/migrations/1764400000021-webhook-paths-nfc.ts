import type { MigrationInterface, QueryRunner } from 'typeorm';
import { toDialectSql } from '../dialect-sql';
import { isPostgres } from './1764400000001-audit-events';

/** The tables holding normalised webhook paths, with their primary key. */
const TABLES = [
  { table: 'webhook_routes', key: 'id' },
  { table: 'webhook_arms', key: 'workflow_id' },
] as const;

/**
 * Webhook paths are matched in Unicode normalisation form C since this migration (normaliseWebhookPath): stored
 * routes and arms with a non-ASCII path are rewritten in that form, so a route registered as `cafe` + combining accent
 * keeps answering its callers, who now reach it in form C. A row whose form C is already taken by another row of the
 * same method (two spellings both registered before) is left as it was: the unique index allows one of them only.
 */
export class WebhookPathsNfc1764400000021 implements MigrationInterface {
  name = 'WebhookPathsNfc1764400000021';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = isPostgres(queryRunner) ? 'postgres' : 'sqlite';
    for (const { table, key } of TABLES) {
      const rows: Array<{ row_key: string; method: string; path: string }> = await queryRunner.query(`SELECT ${key} AS row_key, method, path FROM ${table}`);
      const taken = new Set(rows.map((row) => `${row.method} ${row.path}`));
      for (const row of rows) {
        const composed = row.path.normalize('NFC');
        if (composed === row.path || taken.has(`${row.method} ${composed}`)) continue;
        await queryRunner.query(toDialectSql(dialect, `UPDATE ${table} SET path = ? WHERE ${key} = ?`), [composed, row.row_key]);
        taken.add(`${row.method} ${composed}`);
      }
    }
  }

  async down(): Promise<void> {
    // Form C is one of the spellings the old code matched too: nothing to undo.
  }
}
