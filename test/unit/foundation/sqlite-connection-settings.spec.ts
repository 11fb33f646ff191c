import { mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { dataSourceOptions } from '../../../src/database/data-source-options';

describe('SQLite connection settings', () => {
  it('opens the writer in WAL mode with every COMMIT synced to disk (what a 2xx acknowledged survives a power loss)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'flk-sqlite-')), 'db.sqlite');
    const options = dataSourceOptions({ type: 'sqlite', file }) as { prepareDatabase?: (db: BetterSqlite3.Database) => void };
    const connection = new BetterSqlite3(file);
    try {
      options.prepareDatabase!(connection);
      expect(connection.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(connection.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(connection.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(connection.pragma('temp_store', { simple: true })).toBe(2); // MEMORY: statement journals stay off the disk
    } finally {
      connection.close();
    }
  });

  /**
   * SQLite's temporary files are unlinked as soon as they are opened, so the probe looks for one among the open
   * descriptors, from a function SQLite calls for each row in the middle of a multi-row INSERT.
   */
  function statementSpillsToTemporaryFile(prepare: (db: BetterSqlite3.Database) => void): boolean {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'flk-sqlite-')), 'db.sqlite');
    const connection = new BetterSqlite3(file);
    try {
      prepare(connection);
      let seen = false;
      connection.function('probe', (i: unknown) => {
        if (!seen) seen = readdirSync('/proc/self/fd').some((fd) => /etilqs_/.test(safeReadlink(`/proc/self/fd/${fd}`)));
        return i;
      });
      connection.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, body BLOB NOT NULL)');
      connection.exec(`${ROWS(20_000)} INSERT INTO t (key, body) SELECT hex(randomblob(16)), randomblob(100) FROM n`);
      // Inside a transaction, a statement that may fail part-way (the unique key) journals each page that existed
      // before it and that it changes; random keys change far more of them than the 64 KiB SQLite keeps in memory by
      // default (as a flush does with the upper pages of the service's indexes).
      connection.transaction(() => {
        connection.exec(`${ROWS(2_000)} INSERT INTO t (key, body) SELECT hex(randomblob(16)) || probe(i), randomblob(100) FROM n`);
      })();
      expect(connection.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 22_000 });
      return seen;
    } finally {
      connection.close();
    }
  }

  // The probe reads /proc: elsewhere the test is reported as skipped rather than passed.
  const onLinux = process.platform === 'linux' ? it : it.skip;
  onLinux('keeps the statement journal of a large multi-row INSERT in memory, not in a temporary file created per flush', () => {
    const options = dataSourceOptions({ type: 'sqlite', file: path.join(mkdtempSync(path.join(tmpdir(), 'flk-sqlite-')), 'x.sqlite') }) as {
      prepareDatabase?: (db: BetterSqlite3.Database) => void;
    };
    // The probe itself: SQLite's defaults spill that journal to a file.
    expect(statementSpillsToTemporaryFile((db) => db.pragma('journal_mode = WAL'))).toBe(true);
    expect(statementSpillsToTemporaryFile((db) => options.prepareDatabase!(db))).toBe(false);
  });
});

const ROWS = (count: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})`;

function safeReadlink(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return '';
  }
}
