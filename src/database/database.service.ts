import { Injectable } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import { DataSource, type EntityManager } from 'typeorm';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The one door to the database for repositories.
 *
 * PostgreSQL: `write` is a transaction on a pooled connection; `read` uses the pool directly.
 * SQLite: TypeORM drives better-sqlite3 through ONE connection, so two interleaved transactions would silently
 * nest as savepoints and a read could observe another request's uncommitted rows. Every operation therefore takes
 * a process-wide mutex; better-sqlite3 is synchronous underneath, so this costs little.
 */
@Injectable()
export class Database {
  readonly dialect: Dialect;
  private readonly lock: Mutex | null;

  constructor(private readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    this.lock = this.dialect === 'sqlite' ? new Mutex() : null;
  }

  /** Runs `work` in one transaction: everything it writes commits together or not at all. */
  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => this.dataSource.transaction((manager) => work(manager));
    return this.lock ? this.lock.runExclusive(run) : run();
  }

  /** Runs read-only `work` outside a transaction. */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => work(this.dataSource.manager);
    return this.lock ? this.lock.runExclusive(run) : run();
  }
}
