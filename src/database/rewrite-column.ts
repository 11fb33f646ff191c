import type { Logger } from '@nestjs/common';
import type { Database } from './database.service';
import { dialectSql } from './dialect-sql';

export interface ColumnRewrite {
  readonly table: string;
  readonly column: string;
  /** The column's new text, or the text it was given to leave the row as it is. */
  readonly rewrite: (stored: string) => string;
}

/**
 * Rewrites one text column of every row of a table in place, a page at a time in id order (`table` and `column` are
 * names from code, never from a request). A row is written only while it still holds the text that was read, so an
 * edit committed meanwhile is never overwritten, and two processes doing the same at start cannot undo each other.
 * A row whose rewrite throws is left as it is and reported. Resolves how many rows changed and which ids failed.
 */
export async function rewriteColumn(db: Database, target: ColumnRewrite, pageSize = 200): Promise<{ changed: number; failed: string[] }> {
  const { table, column, rewrite } = target;
  const failed: string[] = [];
  let changed = 0;
  let after = '';
  for (;;) {
    const page = await db.snapshot(`SELECT id, ${column} AS stored FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`, [after, pageSize]);
    const updates: { id: string; stored: string; next: string }[] = [];
    for (const row of page) {
      const id = String(row.id);
      const stored = String(row.stored);
      try {
        const next = rewrite(stored);
        if (next !== stored) updates.push({ id, stored, next });
      } catch {
        failed.push(id);
      }
    }
    if (updates.length > 0) {
      changed += await db.write(async (manager) => {
        const sql = dialectSql(manager, `UPDATE ${table} SET ${column} = ? WHERE id = ? AND ${column} = ?`);
        let n = 0;
        // The structured result, whose `affected` is the row count on both databases.
        for (const u of updates) n += (await manager.queryRunner!.query(sql, [u.next, u.id, u.stored], true)).affected ?? 0;
        return n;
      });
    }
    if (page.length < pageSize) return { changed, failed };
    after = String(page[page.length - 1].id);
  }
}

/**
 * A rewrite of a column holding JSON text: `change` maps the parsed value. The stored text itself comes back when
 * `change` altered nothing, so rewriteColumn writes only the rows that really change.
 */
export function rewriteJson<T>(change: (value: T) => T): (stored: string) => string {
  return (stored) => {
    const value = JSON.parse(stored) as T;
    const next = JSON.stringify(change(value));
    return next === JSON.stringify(value) ? stored : next;
  };
}

/**
 * rewriteColumn for a repair done at start (`what`: the rows, in words, for the log): logs how many rows it changed
 * and the rows it could not read, which it leaves as they are rather than failing the start over them.
 */
export async function repairColumnAtStart(db: Database, target: ColumnRewrite, logger: Logger, what: string): Promise<void> {
  const { changed, failed } = await rewriteColumn(db, target);
  if (changed > 0) logger.log(`Repaired ${changed} ${what}`);
  if (failed.length > 0) logger.error(`Could not read, left as they are: ${what} ${failed.join(', ')}`);
}
