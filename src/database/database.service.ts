import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { toDialectSql } from './dialect-sql';
import { preparedName } from './pipeline';
import { markRetriesRefusedCommit, SentAheadCheck } from './sent-ahead';
import { SqliteBackgroundReader, SqliteCheckpointer, SqliteSnapshotReader } from './sqlite-side-connections';
import { releaseSqliteProcessLock } from './sqlite-process-lock';

export type Dialect = 'sqlite' | 'postgres';

/** The part of pg's pool that snapshot() uses. */
interface PgPool {
  query(query: { readonly name: string; readonly text: string; readonly values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * The one door to the database for repositories.
 *
 * PostgreSQL: `write` is a transaction on a pooled connection; `read` uses the pool directly.
 * SQLite: TypeORM drives better-sqlite3 through ONE connection, so two interleaved transactions would silently
 * nest as savepoints and a read could observe another request's uncommitted rows. Every operation therefore takes
 * a process-wide mutex; better-sqlite3 is synchronous underneath, so this costs little. `snapshot` reads (hot paths)
 * go to a second, read-only connection instead and need no mutex.
 */
@Injectable()
export class Database implements OnApplicationShutdown {
  readonly dialect: Dialect;
  private readonly lock: Mutex | null;
  private reader: SqliteSnapshotReader | null = null;
  private checkpointer: SqliteCheckpointer | null = null;
  /** SQLite: the file, for the background reader that `aggregate` starts on first use (most processes never count). */
  private sqliteFile: string | null = null;
  private background: SqliteBackgroundReader | null = null;
  private closed = false;

  constructor(private readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    this.lock = this.dialect === 'sqlite' ? new Mutex() : null;
    if (!dataSource.subscribers.some((subscriber) => subscriber instanceof SentAheadCheck)) dataSource.subscribers.push(new SentAheadCheck());
    if (this.dialect === 'sqlite' && dataSource.isInitialized) {
      const file = String(dataSource.options.database);
      this.reader = new SqliteSnapshotReader(file);
      this.checkpointer = new SqliteCheckpointer(file);
      this.sqliteFile = file;
      // A safety net only: the checkpointer thread keeps the log far below this many pages.
      void dataSource.query('PRAGMA wal_autocheckpoint = 20000');
    }
  }

  /**
   * Runs `work` in one transaction: everything it writes commits together or not at all. `retriesRefusedCommit`: the
   * caller retries when the commit throws CommitRefusedError, so statements may be sent ahead (sent-ahead.ts).
   */
  write<T>(work: (manager: EntityManager) => Promise<T>, options: { readonly retriesRefusedCommit?: boolean } = {}): Promise<T> {
    const run = () =>
      this.dataSource.transaction((manager) => {
        if (options.retriesRefusedCommit) markRetriesRefusedCommit(manager);
        return work(manager);
      });
    return this.lock ? this.lock.runExclusive(run) : run();
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
    return this.pooled(text, params);
  }

  /**
   * One statement that writes on its own, committed by itself outside any transaction (`?` placeholders), for small
   * shared state every process updates in place (webhook rate-limit buckets). On PostgreSQL it is a named pool
   * statement: one round trip, no transaction around it. On SQLite it takes the writer's turn like `write`.
   */
  async standalone(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    if (this.lock) return this.lock.runExclusive(async () => (await this.dataSource.query(sql, [...params])) as Record<string, unknown>[]);
    return this.pooled(toDialectSql(this.dialect, sql), params);
  }

  /** PostgreSQL: `text` as a named statement on the pool, parsed and planned once per connection. */
  private async pooled(text: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    const pool = (this.dataSource.driver as unknown as { master: PgPool }).master;
    try {
      return (await pool.query({ name: preparedName(text), text, values: [...params] })).rows;
    } catch (error) {
      // The same error type as TypeORM's, so it is classified the same way (e.g. an unreachable database → 503).
      throw new QueryFailedError(text, [...params], error as Error);
    }
  }

  /**
   * One plain statement (`?` placeholders) that reads a whole table or a large part of it — counts for dashboards and
   * metrics — over committed data. On SQLite it runs on a background thread's read-only connection, so neither the
   * event loop nor the writes wait while it reads; on PostgreSQL it is a pool query, as in `snapshot`.
   */
  async aggregate(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    if (this.sqliteFile === null) return this.snapshot(sql, params);
    if (this.closed) throw new Error('The database is closing');
    // Started on first use, and again should the thread have died (a failed reader would fail every later count).
    if (!this.background?.usable) this.background = new SqliteBackgroundReader(this.sqliteFile);
    try {
      return await this.background.all(sql, [...params]);
    } catch (error) {
      // The same error type as TypeORM's, so it is classified the same way (e.g. SQLITE_BUSY → 503).
      throw new QueryFailedError(sql, [...params], error as Error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.reader?.close();
    this.reader = null;
    await this.checkpointer?.stop();
    this.checkpointer = null;
    await this.background?.close();
    this.background = null;
    if (this.sqliteFile !== null) releaseSqliteProcessLock(this.sqliteFile);
  }
}
