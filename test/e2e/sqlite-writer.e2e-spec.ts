import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { pipelined } from '../../src/database/pipeline';
import { CommitRefusedError, sendAhead } from '../../src/database/sent-ahead';
import type { SqliteWriterThread } from '../../src/database/sqlite-writer';
import { startTestApp, usingPostgres, type TestApp } from '../support/test-app';

/**
 * SQLite's write transactions run on the writer thread's connection (sqlite-writer.ts). These tests drive it through
 * Database like any repository does, and check what the thread adds: statements sent ahead abort the transaction on
 * failure as PostgreSQL would, a failed COMMIT leaves nothing open, a dead thread is replaced.
 */
(usingPostgres() ? describe.skip : describe)('SQLite writer thread', () => {
  let t: TestApp;
  let db: Database;
  const count = async (table: string) => Number((await t.app.get(DataSource).query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(Database);
    // Temporary tables live on one connection: this one, since every statement goes to the writer thread.
    await db.write((m) =>
      pipelined(m, [
        ['CREATE TEMPORARY TABLE probe (v INTEGER NOT NULL UNIQUE)', []],
        ['CREATE TEMPORARY TABLE parent (id INTEGER PRIMARY KEY)', []],
        ['CREATE TEMPORARY TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)', []],
      ]),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it("statements outside write() go to the writer thread's connection too, in order", async () => {
    await db.write((m) => m.query('INSERT INTO probe (v) VALUES (?)', [1]));
    expect(await count('probe')).toBe(1);
    await t.app.get(DataSource).query('DELETE FROM probe');
    expect(await count('probe')).toBe(0);
  });

  it('a statement sent ahead that fails aborts the transaction at once: nothing after it runs, the commit is refused', async () => {
    let refusedMeanwhile: unknown;
    const attempt = db.write(
      async (m) => {
        void sendAhead(m, [['INSERT INTO probe (v) VALUES (?)', [10]], ['INSERT INTO probe (v) VALUES (?)', [10]]]);
        // Sent after the failure: refused, never run outside the transaction.
        refusedMeanwhile = await pipelined(m, [['INSERT INTO probe (v) VALUES (?)', [11]]]).catch((error: unknown) => error);
      },
      { retriesRefusedCommit: true },
    );
    await expect(attempt).rejects.toBeInstanceOf(CommitRefusedError);
    expect(refusedMeanwhile).toBeInstanceOf(QueryFailedError);
    expect(String(refusedMeanwhile)).toMatch(/aborted/);
    expect(await count('probe')).toBe(0);
    // The next transaction is not affected.
    await db.write((m) => m.query('INSERT INTO probe (v) VALUES (?)', [12]));
    expect(await t.app.get(DataSource).query('SELECT v FROM probe')).toEqual([{ v: 12 }]);
    await t.app.get(DataSource).query('DELETE FROM probe');
  });

  it('a statement that fails without being sent ahead fails only itself, as on any SQLite connection', async () => {
    const outcome = await db.write(async (m) => {
      await m.query('INSERT INTO probe (v) VALUES (?)', [20]);
      const duplicate = await m.query('INSERT INTO probe (v) VALUES (?)', [20]).catch((error: unknown) => error);
      await m.query('INSERT INTO probe (v) VALUES (?)', [21]);
      return duplicate;
    });
    expect(outcome).toBeInstanceOf(QueryFailedError);
    expect((outcome as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(await count('probe')).toBe(2);
    await t.app.get(DataSource).query('DELETE FROM probe');
  });

  it('a COMMIT that fails leaves no transaction open behind it', async () => {
    const attempt = db.write((m) => m.query('INSERT INTO child (parent_id) VALUES (?)', [42]));
    await expect(attempt).rejects.toThrow(/FOREIGN KEY/);
    expect(await count('child')).toBe(0);
    // Had the failed transaction stayed open, this one's BEGIN would fail, or it would commit the orphan with it.
    await db.write((m) => pipelined(m, [['INSERT INTO parent (id) VALUES (?)', [7]], ['INSERT INTO child (parent_id) VALUES (?)', [7]]]));
    expect(await count('child')).toBe(1);
  });

  it('a thread that dies fails what waits on it, and the next write starts a new one', async () => {
    const writer = (db as unknown as { writer: SqliteWriterThread }).writer;
    let inside!: () => void;
    const reached = new Promise<void>((resolve) => (inside = resolve));
    const workflowId = randomUUID();
    const attempt = db.write(async (m) => {
      await m.query('SELECT COUNT(*) FROM workflows');
      inside();
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Would land on the next thread's connection outside any transaction, and stay, were it sent.
      await m.query(
        "INSERT INTO webhook_arms (workflow_id, node_id, method, path, secret_hash, created_at, expires_at) VALUES (?, 'hook', 'POST', ?, 'x', '2030-01-01', '2030-01-01')",
        [workflowId, `lost/${workflowId}`],
      );
    });
    await reached;
    await (writer as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(attempt).rejects.toThrow(/writer thread was lost/);
    expect(await db.snapshot('SELECT workflow_id FROM webhook_arms WHERE workflow_id = ?', [workflowId])).toEqual([]);
    await expect(db.write((m) => m.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
    // The webhook path still stores executions on the new thread's connection.
    const health = await t.http('/health/ready');
    expect(health.status).toBe(200);
  });
});
