import type { EntityManager } from 'typeorm';
import type { Database } from './database.service';

/** How often expired history is looked for, and how many rows of it one transaction deletes at most. */
export const PURGE_INTERVAL_MS = 10 * 60_000;
export const PURGE_BATCH = 500;

/**
 * Runs `deleteBatch` (which deletes at most `PURGE_BATCH` rows and answers how many) in transactions of its own until
 * a batch comes back short or `stopping()` says so; answers the total. One short transaction at a time, with a turn
 * of the event loop between them, so that on SQLite the traffic sharing the one writer is never held up for long.
 */
export async function deleteInBatches(
  db: Database,
  deleteBatch: (manager: EntityManager, limit: number) => Promise<number>,
  stopping: () => boolean,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const batch = await db.write((m) => deleteBatch(m, PURGE_BATCH));
    deleted += batch;
    if (batch < PURGE_BATCH || stopping()) return deleted;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
