import { mkdtempSync } from 'node:fs';
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
    } finally {
      connection.close();
    }
  });
});
