import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteCheckpointer } from '../../../src/database/sqlite-side-connections';

/** The write-ahead log and the database file of `file`, in bytes. */
const sizes = (file: string) => ({ wal: statSync(`${file}-wal`).size, main: statSync(file).size });

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

describe('SqliteCheckpointer', () => {
  it('folds the write-ahead log into the database file from its own thread while the writer never checkpoints', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'flk-ckpt-')), 'db.sqlite');
    const writer = new BetterSqlite3(file);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0'); // the writer alone would leave every page in the log
    writer.prepare('CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)').run();
    const checkpointer = new SqliteCheckpointer(file);
    try {
      const insert = writer.prepare('INSERT INTO rows (body) VALUES (?)');
      writer.transaction(() => {
        for (let n = 0; n < 2000; n += 1) insert.run(Buffer.alloc(1024, n % 251));
      })();
      expect(sizes(file).wal).toBeGreaterThan(2_000_000);
      // About 2 MB of pages reach the database file only through a checkpoint, and only the thread runs one.
      expect(await until(() => sizes(file).main > 2_000_000, 10_000)).toBe(true);
      expect((writer.prepare('SELECT count(*) AS n FROM rows').get() as { n: number }).n).toBe(2000);
    } finally {
      await checkpointer.stop();
      writer.close();
    }
  }, 20_000);
});
