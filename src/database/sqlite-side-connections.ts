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
