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
import { pipelined } from '../../database/pipeline';
import { canSendAhead, sendAhead } from '../../database/sent-ahead';
import { AuditEventRepository, type NewAuditRow } from './audit-event.repository';
import { computeAuditHash, type HashedAuditFields } from './audit-hash';

/** The events one open transaction has appended so far, and where each open savepoint began. */
interface PendingEvents {
  readonly events: HashedAuditFields[];
  readonly savepoints: Map<string, number>;
}

const SAVEPOINT = /^\s*SAVEPOINT\s+("?[\w$]+"?)/i;
const ROLLBACK_TO = /^\s*ROLLBACK\s+TO\s+(?:SAVEPOINT\s+)?("?[\w$]+"?)/i;
const RELEASE = /^\s*RELEASE\s+(?:SAVEPOINT\s+)?("?[\w$]+"?)/i;

/**
 * Holds the audit events appended inside an open transaction and chains them in at its commit: one statement per
 * transaction instead of several per event, and the chain's lock, which serialises every audited transaction, is
 * taken only just before COMMIT instead of at the first append.
 *
 * PostgreSQL chains in the server (audit_events_append_json: lock, tip, hashes and insert in one statement), which needs
 * no guess of the tip, so several processes can share the chain without retries under the lock. SQLite has one
 * writing process and one writer at a time (Database.write): the tip is read in the committing transaction and the
 * events are chained onto it in TypeScript.
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

  /** Chains `events` in right now, in order, within the manager's transaction (or as one statement outside one). */
  async writeNow(manager: EntityManager, events: readonly HashedAuditFields[]): Promise<void> {
    if (events.length === 0) return;
    if (isPostgres(manager)) {
      await pipelined(manager, [this.repository.appendStatement(events)]);
      return;
    }
    // SQLite: the tip is read in this transaction and the rows are chained onto it. One writer at a time: nothing
    // appends in between, and a transaction that read an older snapshot fails at its first write (SQLITE_BUSY_SNAPSHOT)
    // instead of forking the chain. Read as its own statement rather than inside the INSERT (`… WHERE (tip) IS ?`): an
    // INSERT whose SELECT reads its own table first copies every row into a temporary table (docs/benchmarks.md,
    // thirty-third session).
    const tip = await this.repository.lastHash(manager);
    await this.repository.insertMany(manager, chain(tip, events));
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
    if (canSendAhead(event.manager)) {
      // The group-committed engine writes: COMMIT follows on the wire at once, so the chain's lock is held only
      // while the server appends and commits. A failure turns that COMMIT into a rollback (CommitRefusedError).
      void sendAhead(event.manager, [this.repository.appendStatement(entry.events)]);
      return;
    }
    // A failure here fails the commit: TypeORM rolls the whole transaction back and the caller sees the error.
    await this.writeNow(event.manager, entry.events);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.isTransactionActive) return;
    this.pending.delete(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Nested rollbacks are ROLLBACK TO SAVEPOINT statements, handled in afterQuery.
    if (event.queryRunner.isTransactionActive) return;
    this.pending.delete(event.queryRunner);
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

function isPostgres(manager: EntityManager): boolean {
  return manager.connection.options.type === 'postgres';
}

/** How many transaction levels are open on the runner (1 = the outermost transaction). Not in TypeORM's typings. */
function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
}

/** SQLite: the rows of `events`, each chained onto the one before it and the first onto `previousHash`. */
function chain(previousHash: string | null, events: readonly HashedAuditFields[]): NewAuditRow[] {
  return events.map((fields): NewAuditRow => {
    const hash = computeAuditHash(previousHash, fields);
    const row = chainedRow(fields, hash, previousHash);
    previousHash = hash;
    return row;
  });
}

/**
 * The row of one chained event, written out field by field: a spread (`{ ...fields, hash, previousHash }`) showed up
 * in allocation profiles as most of what survived young-generation collections under load, feeding full collections.
 */
function chainedRow(fields: HashedAuditFields, hash: string, previousHash: string | null): NewAuditRow {
  return {
    eventId: fields.eventId,
    eventType: fields.eventType,
    action: fields.action,
    result: fields.result,
    resourceId: fields.resourceId,
    resourceType: fields.resourceType,
    actorType: fields.actorType,
    actorId: fields.actorId,
    actorIp: fields.actorIp,
    context: fields.context,
    metadata: fields.metadata,
    timestamp: fields.timestamp,
    hash,
    previousHash,
  };
}
