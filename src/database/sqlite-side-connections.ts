import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';

type Statement = BetterSqlite3.Statement<unknown[], Record<string, unknown>>;

/**
 * A second, read-only connection to the SQLite file. In WAL mode it reads the last committed state without waiting
 * for a write transaction of the main connection, and never sees that transaction's uncommitted rows; statements
 * are prepared once per text. Synchronous underneath, like every better-sqlite3 call.
 */
export class SqliteSnapshotReader {
  private readonly connection: BetterSqlite3.Database;
  private readonly statements = new Map<string, Statement>();

  constructor(file: string) {
    this.connection = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    this.connection.pragma('busy_timeout = 5000');
  }

  all(sql: string, params: readonly unknown[]): Record<string, unknown>[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare<unknown[], Record<string, unknown>>(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(...params);
  }

  close(): void {
    this.connection.close();
  }
}

/**
 * How often the background thread folds the write-ahead log back into the database file. Short on purpose: each
 * checkpoint ends with a sync of the database file, and while that sync runs the writer's COMMIT on the main thread
 * can stall for about as long (the file system's journal is busy). Under webhook load, 250 ms gave COMMITs of 15–38 ms
 * every second or two and 1000 ms gave 31–58 ms; at 50 ms no COMMIT took over 8 ms (docs/benchmarks.md). A
 * checkpoint with nothing to copy returns at once without syncing, so an idle service pays almost nothing.
 */
const CHECKPOINT_INTERVAL_MS = 50;

// Runs in a worker thread: its own connection, a PASSIVE checkpoint (never blocks readers or the writer) on a timer.
const CHECKPOINTER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

/**
 * Moves WAL checkpoints off the event loop. With SQLite's automatic checkpoint, the COMMIT that crosses the WAL
 * threshold copies pages into the database file and syncs it on the main thread; here a worker thread does that
 * every CHECKPOINT_INTERVAL_MS while the main connection keeps only a far-off automatic threshold as a safety net.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;

  constructor(file: string) {
    this.worker = new Worker(CHECKPOINTER_SOURCE, {
      eval: true,
      workerData: { file, driver: require.resolve('better-sqlite3'), intervalMs: CHECKPOINT_INTERVAL_MS },
    });
    this.worker.unref();
    this.worker.on('error', () => {
      /* the main connection's automatic checkpoint still bounds the log */
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 1000).unref())]);
  }
}

interface ReaderReply {
  readonly id: number;
  readonly rows?: Record<string, unknown>[];
  readonly error?: { readonly name: string; readonly message: string; readonly code?: string };
}

// Runs in a worker thread: a read-only connection answering one statement per message, prepared once per text.
const BACKGROUND_READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map();
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  const { id, sql, params } = message;
  try {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: { name: error.name, message: error.message, code: error.code } });
  }
});
`;

/**
 * A read-only connection on a worker thread, for statements that read a whole table (counts for dashboards and
 * metrics). On the event loop such a statement stops everything for as long as it runs, and it grows with the table:
 * counting 120,000 executions by status took 36 ms. Here the event loop only waits for the answer, and like
 * SqliteSnapshotReader it reads the last committed state without waiting for a write in progress.
 */
export class SqliteBackgroundReader {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (rows: Record<string, unknown>[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(file: string) {
    this.worker = new Worker(BACKGROUND_READER_SOURCE, { eval: true, workerData: { file, driver: require.resolve('better-sqlite3') } });
    // Only a statement in flight keeps the process alive: an idle reader must not hold up an exit.
    this.worker.unref();
    this.worker.on('message', (reply: ReaderReply) => this.settle(reply));
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => this.failAll(new Error('The SQLite background reader has stopped')));
  }

  /** False once the thread has stopped (closed, or failed): a caller that still needs a reader starts another. */
  get usable(): boolean {
    return this.failure === null;
  }

  all(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql, params });
    });
  }

  /** Closes the connection after the statements already given to it; later ones are refused. */
  async close(): Promise<void> {
    if (this.failure) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('close');
    await exited;
  }

  private settle(reply: ReaderReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (reply.error) {
      // The driver's error as callers classify it (code SQLITE_BUSY …).
      waiting.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }));
    } else {
      waiting.resolve(reply.rows ?? []);
    }
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
