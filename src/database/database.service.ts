import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { DataSource, QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';
import { toDialectSql } from './dialect-sql';
import { preparedName } from './pipeline';
import { markRetriesRefusedCommit, SentAheadCheck } from './sent-ahead';
import { SqliteCheckpointer, SqliteSnapshotReader } from './sqlite-side-connections';
import { SqliteWriterThread } from './sqlite-writer';

export type Dialect = 'sqlite' | 'postgres';

/** The part of pg's pool that snapshot() uses. */
interface PgPool {
  query(query: { readonly name: string; readonly text: string; readonly values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * The one door to the database for repositories.
 *
 * PostgreSQL: `write` is a transaction on a pooled connection; `read` uses the pool directly.
 * SQLite: every statement TypeORM runs goes to ONE connection, kept by a worker thread (sqlite-writer.ts), so SQLite's
 * work and its commits happen off the event loop. On one connection two interleaved transactions would silently nest
 * and a read could observe another transaction's uncommitted rows, so every operation takes a process-wide mutex; a
 * write holds it only until its COMMIT is sent, since the thread runs statements in the order they arrive. `snapshot`
 * reads (hot paths) go to a second, read-only connection on the main thread instead and need no mutex.
 */
@Injectable()
export class Database implements OnApplicationShutdown {
  readonly dialect: Dialect;
  private readonly lock: Mutex | null;
  private reader: SqliteSnapshotReader | null = null;
  private checkpointer: SqliteCheckpointer | null = null;
  private writer: SqliteWriterThread | null = null;

  constructor(private readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    this.lock = this.dialect === 'sqlite' ? new Mutex() : null;
    if (!dataSource.subscribers.some((subscriber) => subscriber instanceof SentAheadCheck)) dataSource.subscribers.push(new SentAheadCheck());
    if (this.dialect === 'sqlite' && dataSource.isInitialized) {
      const file = String(dataSource.options.database);
      this.reader = new SqliteSnapshotReader(file);
      this.checkpointer = new SqliteCheckpointer(file);
      this.writer = new SqliteWriterThread(file, Number((dataSource.options as { statementCacheSize?: number }).statementCacheSize ?? 100));
      // Everything else TypeORM runs (reads, and any statement outside write()) goes to the same connection, in
      // order: a second writing connection on the main thread could wait on a transaction of the writer thread that
      // itself waits for the main thread (busy_timeout, then "database is locked").
      (dataSource.driver as unknown as { queryRunner?: QueryRunner }).queryRunner = this.writer.queryRunner(dataSource);
      // A safety net only: the checkpointer thread keeps the log far below this many pages.
      void dataSource.query('PRAGMA wal_autocheckpoint = 20000');
    }
  }

  /**
   * Runs `work` in one transaction: everything it writes commits together or not at all. `retriesRefusedCommit`: the
   * caller retries when the commit throws CommitRefusedError, so statements may be sent ahead (sent-ahead.ts).
   */
  write<T>(work: (manager: EntityManager) => Promise<T>, options: { readonly retriesRefusedCommit?: boolean } = {}): Promise<T> {
    const marked = (manager: EntityManager) => {
      if (options.retriesRefusedCommit) markRetriesRefusedCommit(manager);
      return work(manager);
    };
    const writer = this.writer;
    if (!writer) return this.lock ? this.lock.runExclusive(() => this.dataSource.transaction(marked)) : this.dataSource.transaction(marked);
    return this.writeOnThread(writer, marked);
  }

  /**
   * The writer thread runs statements in the order they are sent, so the mutex only has to keep two transactions'
   * statements from interleaving: it is released as soon as this one's COMMIT (or ROLLBACK) is sent, and the next
   * transaction's statements queue up behind it instead of waiting for its answer.
   */
  private async writeOnThread<T>(writer: SqliteWriterThread, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const release = await this.lock!.acquire();
    const runner = writer.queryRunner(this.dataSource);
    runner.onEnded = release;
    try {
      return await inTransaction(runner.manager, work);
    } finally {
      if (runner.onEnded) {
        runner.onEnded = null;
        release();
      }
    }
  }

  /** Runs read-only `work` outside a transaction. */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => work(this.dataSource.manager);
    return this.lock ? this.lock.runExclusive(run) : run();
  }

  /**
   * One plain statement (written with `?` placeholders) over committed data, without waiting for a write in
   * progress: for per-request lookups on hot paths. Column names come back as written in the statement.
   * `prepared` (a text reused with any parameters, see RowSource): on PostgreSQL it goes straight to the pool as a
   * named statement, parsed and planned once per connection.
   */
  async snapshot(sql: string, params: readonly unknown[], prepared = false): Promise<Record<string, unknown>[]> {
    if (this.reader) return this.reader.all(sql, params);
    const text = toDialectSql(this.dialect, sql);
    if (!prepared) return (await this.dataSource.query(text, [...params])) as Record<string, unknown>[];
    const pool = (this.dataSource.driver as unknown as { master: PgPool }).master;
    try {
      return (await pool.query({ name: preparedName(text), text, values: [...params] })).rows;
    } catch (error) {
      // The same error type as TypeORM's, so it is classified the same way (e.g. an unreachable database → 503).
      throw new QueryFailedError(text, [...params], error as Error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const writer = this.writer;
    this.writer = null;
    // Waits for the transaction in progress, if any: the thread stops between transactions.
    if (writer) await this.lock!.runExclusive(() => writer.stop());
    this.reader?.close();
    this.reader = null;
    await this.checkpointer?.stop();
    this.checkpointer = null;
  }
}

/** What DataSource.transaction does, on a given manager's query runner: commit, or roll back and rethrow. */
async function inTransaction<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = manager.queryRunner!;
  await runner.startTransaction();
  try {
    const result = await work(manager);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
