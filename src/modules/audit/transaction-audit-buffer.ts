import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DataSource,
  type AfterQueryEvent,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type TransactionStartEvent,
} from 'typeorm';
import { AuditEventRepository, type NewAuditRow } from './audit-event.repository';
import { computeAuditHash, type HashedAuditFields } from './audit-hash';

/** Key of the transaction-scoped PostgreSQL advisory lock that serialises audit appends. */
export const AUDIT_APPEND_LOCK_KEY = 314159265;

/** The events one open transaction has appended so far, and where each open savepoint began. */
interface PendingEvents {
  readonly events: HashedAuditFields[];
  readonly savepoints: Map<string, number>;
}

const SAVEPOINT = /^\s*SAVEPOINT\s+("?[\w$]+"?)/i;
const ROLLBACK_TO = /^\s*ROLLBACK\s+TO\s+(?:SAVEPOINT\s+)?("?[\w$]+"?)/i;
const RELEASE = /^\s*RELEASE\s+(?:SAVEPOINT\s+)?("?[\w$]+"?)/i;

/**
 * Holds the audit events appended inside an open transaction and chains them in at its commit: one advisory lock
 * (PostgreSQL), one read of the last hash and one multi-row INSERT per transaction instead of three statements per
 * event — and the lock, which serialises every audited transaction, is held only from just before COMMIT instead of
 * from the first append.
 *
 * Hooked into TypeORM's transaction events on the query runner. Pending events live only while their transaction
 * is open: they are dropped when it starts, commits or rolls back, so nothing from a rolled-back transaction can
 * reach a later one (on SQLite every transaction shares one query runner). Events appended after a savepoint are
 * dropped when the transaction rolls back to it, whether the savepoint came from TypeORM or from plain SQL.
 */
@Injectable()
export class TransactionAuditBuffer implements EntitySubscriberInterface, OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, PendingEvents>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AuditEventRepository,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  /** Queues `events` to be chained in when the manager's transaction commits; false outside a transaction. */
  defer(manager: EntityManager, events: readonly HashedAuditFields[]): boolean {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) return false;
    let entry = this.pending.get(runner);
    if (!entry) {
      entry = { events: [], savepoints: new Map() };
      this.pending.set(runner, entry);
    }
    entry.events.push(...events);
    return true;
  }

  /**
   * Chains `events` in right now, in order, within the manager's transaction: takes the advisory lock
   * (PostgreSQL; SQLite has one writer at a time already), reads the last hash once, inserts all rows together.
   */
  async writeNow(manager: EntityManager, events: readonly HashedAuditFields[]): Promise<void> {
    if (events.length === 0) return;
    if (manager.connection.options.type === 'postgres') {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_APPEND_LOCK_KEY]);
    }
    let previousHash = await this.repository.lastHash(manager);
    const rows: NewAuditRow[] = events.map((fields) => {
      const hash = computeAuditHash(previousHash, fields);
      const row = { ...fields, hash, previousHash };
      previousHash = hash;
      return row;
    });
    await this.repository.insertMany(manager, rows);
  }

  beforeTransactionStart(event: TransactionStartEvent): void {
    // Defensive: a transaction whose end was never signalled (a failed ROLLBACK) must not leak into the next one.
    if (depthOf(event.queryRunner) === 0) this.pending.delete(event.queryRunner);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    if (depthOf(event.queryRunner) > 1) return; // releasing a nested savepoint, not committing
    const entry = this.pending.get(event.queryRunner);
    if (!entry || entry.events.length === 0) return;
    this.pending.delete(event.queryRunner);
    // A failure here fails the commit: TypeORM rolls the whole transaction back and the caller sees the error.
    await this.writeNow(event.manager, entry.events);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Nested rollbacks are ROLLBACK TO SAVEPOINT statements, handled in afterQuery.
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  /** Tracks savepoints of transactions that have pending events, so a partial rollback drops what it undid. */
  afterQuery(event: AfterQueryEvent): void {
    if (!event.success) return;
    const entry = this.pending.get(event.queryRunner);
    if (!entry) return;
    const first = event.query.trimStart().charAt(0).toUpperCase();
    if (first !== 'S' && first !== 'R') return;
    let match = SAVEPOINT.exec(event.query);
    if (match) {
      entry.savepoints.set(match[1], entry.events.length);
      return;
    }
    match = ROLLBACK_TO.exec(event.query);
    if (match) {
      // A savepoint set before the first append is not in the map: everything pending came after it.
      entry.events.length = Math.min(entry.events.length, entry.savepoints.get(match[1]) ?? 0);
      return;
    }
    match = RELEASE.exec(event.query);
    if (match) entry.savepoints.delete(match[1]);
  }
}

/** How many transaction levels are open on the runner (1 = the outermost transaction). Not in TypeORM's typings. */
function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
}
