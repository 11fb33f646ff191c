import BetterSqlite3 from 'better-sqlite3';

/** Another process (or another app in this process) already serves this SQLite database. */
export class DatabaseInUseError extends Error {
  constructor(readonly databaseFile: string) {
    super(
      `Another Flowker process is already using the SQLite database ${databaseFile}. Run one process per SQLite ` +
        'file (stop the other one, or give this one its own DATA_DIR), or use PostgreSQL (DATABASE_URL) for several processes.',
    );
    this.name = 'DatabaseInUseError';
  }
}

const held = new Map<string, BetterSqlite3.Database>();

/**
 * One process per SQLite file: the embedded mode resumes every running execution it finds at start, so a second
 * process on the same file would run the first one's executions again (docs/deployment.md). The lock is an empty
 * SQLite file next to the database (`<file>.lock`) on which this process opens an exclusive transaction and never
 * ends it: SQLite holds an exclusive file lock for as long as the connection is open, and the operating system
 * drops it when the process ends in any way, SIGKILL included, so a restart never finds a stale lock.
 */
export function acquireSqliteProcessLock(databaseFile: string): void {
  if (databaseFile === ':memory:') return;
  // No busy timeout: a held lock is reported at once instead of waited for.
  const lock = new BetterSqlite3(`${databaseFile}.lock`, { timeout: 0 });
  try {
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseInUseError(databaseFile);
    throw error;
  }
  held.set(databaseFile, lock);
}

export function releaseSqliteProcessLock(databaseFile: string): void {
  held.get(databaseFile)?.close();
  held.delete(databaseFile);
}
