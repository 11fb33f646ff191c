import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { QueryRunnerAlreadyReleasedError } from 'typeorm/error/QueryRunnerAlreadyReleasedError';
import { QueryFailedError } from 'typeorm/error/QueryFailedError';
import { QueryResult } from 'typeorm/query-runner/QueryResult';
import { BroadcasterResult } from 'typeorm/subscriber/BroadcasterResult';

/** What the writer thread did with one statement. */
type Answer =
  | { readonly rows: Record<string, unknown>[] }
  | { readonly changes: number; readonly lastInsertRowid: number | bigint };

/** Settings of every connection to the file (as data-source-options.ts sets on the main one, plus the checkpoint net). */
const CONNECTION_PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000', 'foreign_keys = ON', 'wal_autocheckpoint = 20000'];

// Runs in the writer thread. A message is a list of [id, sql, params, abortOnFailure] run in order; the answer lists,
// per statement, [id, 'rows', rows] | [id, 'run', changes, lastInsertRowid] | [id, 'error', message, code]. A failed
// statement does not stop the ones after it (the caller rolls its transaction back), unless it was sent with
// abortOnFailure: then the transaction is rolled back at once and, as PostgreSQL does with an aborted transaction,
// every statement is refused until the COMMIT or ROLLBACK that ends it, which is answered as done.
const WRITER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
for (const pragma of workerData.pragmas) db.pragma(pragma);
const prepared = new Map();
const ENDS_TRANSACTION = /^\\s*(COMMIT|ROLLBACK)\\s*;?\\s*$/i;
let aborted = null;
function run(id, sql, params, abortOnFailure) {
  if (aborted) {
    if (ENDS_TRANSACTION.test(sql)) { aborted = null; return [id, 'run', 0, 0]; }
    return [id, 'error', 'current transaction is aborted (' + aborted.message + '), statements are refused until its end', aborted.code];
  }
  try {
    let statement = prepared.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      prepared.set(sql, statement);
      if (prepared.size > workerData.cacheSize) prepared.delete(prepared.keys().next().value);
    }
    if (statement.reader) return [id, 'rows', statement.all(...params)];
    const outcome = statement.run(...params);
    return [id, 'run', outcome.changes, outcome.lastInsertRowid];
  } catch (error) {
    const answer = [id, 'error', String(error && error.message), error && error.code];
    if (abortOnFailure) {
      if (db.inTransaction) db.exec('ROLLBACK');
      aborted = { message: answer[2], code: answer[3] };
    } else if (ENDS_TRANSACTION.test(sql) && db.inTransaction) {
      // A COMMIT that failed leaves nothing open behind it: the next transaction may already be queued.
      db.exec('ROLLBACK');
    }
    return answer;
  }
}
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.postMessage('closed');
    return;
  }
  const statements = typeof message === 'string' ? JSON.parse(message) : message;
  parentPort.postMessage(statements.map(([id, sql, params, abortOnFailure]) => run(id, sql, params, abortOnFailure)));
});
`;

type WireAnswer = [id: number, kind: 'rows', rows: Record<string, unknown>[]] | [id: number, kind: 'run', changes: number, lastInsertRowid: number | bigint] | [id: number, kind: 'error', message: string, code: string | undefined];

/** better-sqlite3's error, rebuilt from what the thread sent: callers classify it by `code` (unique-violation.ts). */
class SqliteError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
    this.name = 'SqliteError';
  }
}

/**
 * The SQLite connection TypeORM uses, kept by a worker thread. better-sqlite3 is synchronous, so on the main thread
 * every statement and every COMMIT would stop the event loop while SQLite works; here the main thread only hands
 * statements over and goes on serving requests meanwhile. The thread runs statements in the order they arrive;
 * keeping two transactions' statements apart is Database's job (its mutex). The hot paths' snapshot reads use a
 * read-only connection of the main thread, which in WAL mode sees every transaction this thread committed.
 */
export class SqliteWriterThread {
  private worker: Worker | null = null;
  private threadsLost = 0;
  private stopped = false;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve(answer: Answer): void; reject(error: Error): void }>();

  constructor(
    private readonly file: string,
    private readonly cacheSize: number,
  ) {}

  /** Changes whenever a thread is lost: a transaction begun on one thread cannot go on on the next. */
  get generation(): number {
    return this.threadsLost;
  }

  /**
   * Sends statements to run in order, in one message; one promise per statement. `abortOnFailure`: should that
   * statement fail, the open transaction is rolled back at once and refuses everything until its end.
   */
  run(statements: ReadonlyArray<readonly [sql: string, params: readonly unknown[], abortOnFailure?: boolean]>): Promise<Answer>[] {
    if (this.stopped) return statements.map(() => Promise.reject(new Error('the database is closed')));
    const worker = this.worker ?? this.start();
    // Referenced only while answers are awaited: an idle thread must not keep the process alive.
    if (this.waiting.size === 0) worker.ref();
    const message: Array<[number, string, readonly unknown[], boolean]> = [];
    const answers = statements.map(([sql, params, abortOnFailure = false]) => {
      const id = this.nextId++;
      message.push([id, sql, params, abortOnFailure]);
      return new Promise<Answer>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    });
    // Plain values travel as one JSON string: cheaper for this thread than structured cloning every one of them.
    worker.postMessage(message.every(([, , params]) => params.every(isJsonExact)) ? JSON.stringify(message) : message);
    return answers;
  }

  /** A query runner whose statements (BEGIN and COMMIT included) run in this thread, with its own manager. */
  queryRunner(dataSource: DataSource): SqliteWriterQueryRunner {
    const runner = new SqliteWriterQueryRunner(dataSource.driver as BetterSqlite3Driver, this);
    Object.assign(runner, { manager: dataSource.createEntityManager(runner) });
    return runner;
  }

  /** Lets the thread finish every statement already sent, then closes its connection and ends it. */
  async stop(): Promise<void> {
    this.stopped = true;
    const worker = this.worker;
    if (!worker) return;
    const closed = new Promise<void>((resolve) => {
      worker.on('message', (message) => message === 'closed' && resolve());
      worker.once('exit', () => resolve());
    });
    worker.ref();
    worker.postMessage('close');
    await closed;
    await worker.terminate();
    this.worker = null;
  }

  private start(): Worker {
    const worker = new Worker(WRITER_SOURCE, {
      eval: true,
      workerData: { file: this.file, driver: require.resolve('better-sqlite3'), pragmas: CONNECTION_PRAGMAS, cacheSize: this.cacheSize },
    });
    worker.on('message', (answers: WireAnswer[] | 'closed') => {
      if (answers === 'closed') return;
      for (const answer of answers) this.settle(answer);
      if (this.waiting.size === 0) worker.unref();
    });
    // A thread that died took its connection, and any open transaction, with it (SQLite rolls that back): every
    // statement still waiting fails, and the next one starts a new thread.
    const lost = (error: Error) => {
      if (this.worker === worker) {
        this.worker = null;
        this.threadsLost += 1;
      }
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the SQLite writer thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(answer: WireAnswer): void {
    const waiter = this.waiting.get(answer[0]);
    if (!waiter) return;
    this.waiting.delete(answer[0]);
    if (answer[1] === 'rows') waiter.resolve({ rows: answer[2] });
    else if (answer[1] === 'run') waiter.resolve({ changes: answer[2], lastInsertRowid: answer[3] });
    else waiter.reject(new SqliteError(answer[2], answer[3]));
  }
}

/** Whether JSON carries the value unchanged (strings, finite numbers, null). */
const isJsonExact = (value: unknown): boolean => value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

const bindable = (params: readonly unknown[]): unknown[] => params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));

/**
 * TypeORM's better-sqlite3 query runner with statements sent to the writer thread. Everything else (transaction
 * bookkeeping, subscriber events, result shapes) is TypeORM's own, so repositories and subscribers see no difference.
 */
export class SqliteWriterQueryRunner extends BetterSqlite3QueryRunner {
  /** TypeORM's BEGIN, held back to travel with the transaction's first statement (one message less per transaction). */
  private beginHeldBack = false;
  /** Set once COMMIT or ROLLBACK is sent: nothing of this transaction follows it on the connection. */
  private ended = false;
  /** The thread (generation) the open transaction began on; null when none is open there. */
  private begunOn: number | null = null;
  /** Called once, when the transaction's last statement (its COMMIT or ROLLBACK) has been sent. */
  onEnded: (() => void) | null = null;

  constructor(
    driver: BetterSqlite3Driver,
    private readonly writer: SqliteWriterThread,
  ) {
    super(driver);
  }

  /** Statements sent together, in one message, run in order; their answers (see SqliteWriterThread.run). */
  runMany(statements: ReadonlyArray<readonly [sql: string, params: readonly unknown[]]>, abortOnFailure = false): Promise<Answer>[] {
    if (this.isReleased) throw new QueryRunnerAlreadyReleasedError();
    return this.send(statements.map(([sql, params]) => [sql, bindable(params), abortOnFailure] as const));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own signature
  override async query(query: string, parameters: unknown[] = [], useStructuredResult = false): Promise<any> {
    if (this.isReleased) throw new QueryRunnerAlreadyReleasedError();
    const params = bindable(parameters);
    const broadcasterResult = new BroadcasterResult();
    await this.broadcaster.broadcast('BeforeQuery', query, params);
    const started = Date.now();
    try {
      const result = queryResult(await this.answer(query, params));
      this.broadcaster.broadcastAfterQueryEvent(broadcasterResult, query, params, true, Date.now() - started, result.raw, undefined);
      return useStructuredResult ? result : result.raw;
    } catch (error) {
      this.broadcaster.broadcastAfterQueryEvent(broadcasterResult, query, params, false, undefined, undefined, error);
      throw new QueryFailedError(query, params, error as Error);
    } finally {
      await broadcasterResult.wait();
    }
  }

  // Like TypeORM's SQLite runner, never marked released: the DataSource's shared runner is released after every use.
  override release(): Promise<void> {
    return super.release();
  }

  private answer(query: string, params: unknown[]): Promise<Answer> {
    if (query === BEGIN) {
      this.beginHeldBack = true;
      this.ended = false;
      return Promise.resolve(NOTHING_CHANGED);
    }
    if (!ENDS_TRANSACTION.test(query)) return this.send([[query, params, false]])[0];
    // After a COMMIT was sent, the connection may already run the next transaction: a ROLLBACK now (TypeORM sends
    // one when the COMMIT failed) would hit that one. The writer thread rolls back a failed COMMIT itself.
    if (this.ended) return Promise.resolve(NOTHING_CHANGED);
    const nothingRan = this.beginHeldBack;
    this.beginHeldBack = false;
    let answered: Promise<Answer>;
    if (nothingRan) answered = Promise.resolve(NOTHING_CHANGED);
    else if (this.threadLost()) answered = /^\s*COMMIT/i.test(query) ? Promise.reject(lostThread()) : Promise.resolve(NOTHING_CHANGED);
    else answered = this.send([[query, params, false]])[0];
    this.begunOn = null;
    this.ended = true;
    const ended = this.onEnded;
    this.onEnded = null;
    ended?.();
    return answered;
  }

  /**
   * A held-back BEGIN goes first, refusing the rest should it fail: they must never run outside the transaction.
   * Its own failure reaches the caller through theirs.
   */
  private send(statements: ReadonlyArray<readonly [sql: string, params: readonly unknown[], abortOnFailure: boolean]>): Promise<Answer>[] {
    // The thread died with the transaction (SQLite rolled it back): what follows must not run outside of it.
    if (this.threadLost()) return statements.map(() => Promise.reject(lostThread()));
    if (!this.beginHeldBack) return this.writer.run(statements);
    this.beginHeldBack = false;
    const [begun, ...answers] = this.writer.run([[BEGIN, [], true], ...statements]);
    this.begunOn = this.writer.generation;
    begun.catch(() => undefined);
    return answers;
  }

  private threadLost(): boolean {
    return this.begunOn !== null && this.begunOn !== this.writer.generation;
  }
}

const lostThread = () => new Error('the SQLite writer thread was lost during the transaction, which was rolled back');

/** TypeORM's text for opening a transaction (AbstractSqliteQueryRunner.startTransaction). */
const BEGIN = 'BEGIN TRANSACTION';
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*$/i;
const NOTHING_CHANGED: Answer = { changes: 0, lastInsertRowid: 0 };

/** The same result TypeORM's runner builds from better-sqlite3's answer. */
export function queryResult(answer: Answer): QueryResult {
  const result = new QueryResult();
  if ('rows' in answer) {
    result.raw = answer.rows;
    result.records = answer.rows;
  } else {
    result.affected = answer.changes;
    result.raw = answer.lastInsertRowid;
  }
  return result;
}
