import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteBackgroundReader } from '../../../src/database/sqlite-side-connections';

describe('SqliteBackgroundReader', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'flk-bgread-')), 'db.sqlite');
  let writer: BetterSqlite3.Database;
  let reader: SqliteBackgroundReader;

  beforeAll(() => {
    writer = new BetterSqlite3(file);
    writer.pragma('journal_mode = WAL');
    writer.prepare('CREATE TABLE items (id INTEGER PRIMARY KEY, kind TEXT NOT NULL)').run();
    const insert = writer.prepare('INSERT INTO items (kind) VALUES (?)');
    for (const kind of ['a', 'a', 'b']) insert.run(kind);
    reader = new SqliteBackgroundReader(file);
  });
  afterAll(async () => {
    await reader.close();
    writer.close();
  });

  it('answers with the committed rows, not those of a transaction still open on the writer', async () => {
    writer.prepare('BEGIN').run();
    writer.prepare("INSERT INTO items (kind) VALUES ('b')").run();
    try {
      const rows = await reader.all('SELECT kind, COUNT(*) AS n FROM items WHERE id > ? GROUP BY kind ORDER BY kind', [0]);
      expect(rows).toEqual([{ kind: 'a', n: 2 }, { kind: 'b', n: 1 }]);
    } finally {
      writer.prepare('ROLLBACK').run();
    }
  });

  it('answers statements given together in order, and a failing one with the driver error code', async () => {
    const answers = await Promise.allSettled([
      reader.all('SELECT COUNT(*) AS n FROM items', []),
      reader.all('SELECT no_such_column FROM items', []),
      reader.all("SELECT COUNT(*) AS n FROM items WHERE kind = ?", ['b']),
    ]);
    expect(answers[0]).toEqual({ status: 'fulfilled', value: [{ n: 3 }] });
    expect(answers[1]).toMatchObject({ status: 'rejected', reason: { code: 'SQLITE_ERROR', message: expect.stringContaining('no_such_column') } });
    expect(answers[2]).toEqual({ status: 'fulfilled', value: [{ n: 1 }] });
  });

  it('writes nothing', async () => {
    await expect(reader.all("INSERT INTO items (kind) VALUES ('c') RETURNING id", [])).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
    await expect(reader.all("DELETE FROM items", [])).rejects.toThrow();
    expect(writer.prepare('SELECT COUNT(*) AS n FROM items').get()).toEqual({ n: 3 });
  });

  it('refuses statements once closed', async () => {
    const closing = new SqliteBackgroundReader(file);
    expect(await closing.all('SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
    expect(closing.usable).toBe(true);
    await closing.close();
    expect(closing.usable).toBe(false);
    await expect(closing.all('SELECT 1 AS one', [])).rejects.toThrow('stopped');
  });

  it('fails the statements in flight when its thread dies, and says it is no longer usable', async () => {
    const dying = new SqliteBackgroundReader(file);
    const worker = (dying as unknown as { worker: { terminate(): Promise<number> } }).worker;
    const inFlight = dying.all('SELECT COUNT(*) AS n FROM items', []);
    await worker.terminate();
    await expect(inFlight).rejects.toThrow('stopped');
    expect(dying.usable).toBe(false);
  });
});
