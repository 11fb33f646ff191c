import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { ensureDirectory } from '../config/ensure-directory';
import { MIGRATIONS } from './migrations';
import { acquireSqliteProcessLock } from './sqlite-process-lock';

/** Entities are registered by their modules (TypeOrmModule.forFeature); this only says where and how. */
export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = { migrations: MIGRATIONS, migrationsRun: true, synchronize: false, logging: false } as const;
  if (db.type === 'postgres') {
    // pipeline: statements given to one connection before the previous one has answered are written to the server
    // at once instead of waiting in the driver (src/database/pipeline.ts relies on it; no cursors or streams are used).
    return { ...common, type: 'postgres', url: db.url, extra: { max: 20, connectionTimeoutMillis: 10_000, pipeline: true } };
  }
  ensureDirectory(path.dirname(db.file), 'DATA_DIR or DATABASE_URL');
  // Taken by the first attempt to open the file and kept across the start's retries: a retry after a failed attempt
  // (the file busy past busy_timeout) found this app's own lock and refused with "Another Flowker process …".
  let holdsProcessLock = false;
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.file,
    // The engine's multi-row statements differ by row count (one text per batch size and kind): keep them all prepared.
    statementCacheSize: 2000,
    // WAL lets readers proceed during a write; busy_timeout makes a second writer wait instead of failing.
    // synchronous = FULL: every COMMIT syncs the log, so what a 2xx acknowledged survives a power loss or a crash
    // of the machine, as on PostgreSQL (NORMAL survives only a crash of the process). Group commit makes that one
    // sync per flush: measured about 5 % of webhook ingest throughput (docs/benchmarks.md).
    prepareDatabase: (sqlite: { pragma(sql: string): unknown }) => {
      // Before anything reads or migrates the file: a second process on it stops here.
      if (!holdsProcessLock) acquireSqliteProcessLock(db.file);
      holdsProcessLock = true;
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
      sqlite.pragma('busy_timeout = 5000');
      sqlite.pragma('foreign_keys = ON');
      // Inside a transaction, a multi-row INSERT into a table with a unique index journals each page that existed
      // before it and that it changes (to undo that statement alone): a flush's leaf splits change the pages above
      // them. Past 64 KiB SQLite moved that journal into a temporary file, created and deleted at every flush with a
      // write per page; in memory it is a copy. Measured: no temporary file, 1.4 fewer writes a webhook call, 3–6 µs
      // less system time a call (docs/benchmarks.md, "Nineteenth session"). Also keeps temporary sort tables in memory.
      sqlite.pragma('temp_store = MEMORY');
    },
  };
}
