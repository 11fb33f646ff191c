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
import { pipelined, type Statement } from '../../database/pipeline';
import { canSendAhead, sendAhead } from '../../database/sent-ahead';
import { AuditEventRepository, type NewAuditRow } from './audit-event.repository';
import { computeAuditHash, type HashedAuditFields } from './audit-hash';

/** Key of the transaction-scoped PostgreSQL advisory lock that serialises audit appends. */
export const AUDIT_APPEND_LOCK_KEY = 314159265;

/**
 * Appends are sent ahead of COMMIT (see sendAhead) only after this many guesses of the tip in a row were right: with
 * several processes appending, guesses are often wrong, and a wrong guess sent ahead costs the whole transaction.
 */
const RIGHT_GUESSES_BEFORE_SENDING_AHEAD = 4;

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
  /** The hash this process expects to be the chain's newest; undefined until it has appended once. Only a guess. */
  private expectedTip: string | null | undefined = undefined;
  private rightGuesses = 0;
  /** Settles once the last append sent ahead holds the chain's lock (see sendAhead). */
  private previousLockHeld: Promise<unknown> = Promise.resolve();
  /** Open transactions that chained events in: should one roll back, the expected tip is wrong. */
  private readonly chainedIn = new WeakSet<QueryRunner>();

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
   * Chains `events` in right now, in order, within the manager's transaction, under the chain's lock (PostgreSQL's
   * advisory lock; on SQLite the single writer is the lock). The rows are chained onto the hash this process expects
   * to be the newest, and the insert only happens if the database agrees, checked in the same statement, so that a
   * good guess costs no read of the tip (and on PostgreSQL, the lock and the insert go out as one pipelined round
   * trip). A wrong guess (another process appended, or a transaction of ours rolled back) inserts nothing; the tip is
   * then read under the lock and the rows chained onto it.
   */
  async writeNow(manager: EntityManager, events: readonly HashedAuditFields[]): Promise<void> {
    if (events.length === 0) return;
    const lock: Statement[] = manager.connection.options.type === 'postgres' ? [['SELECT pg_advisory_xact_lock(?)', [AUDIT_APPEND_LOCK_KEY]]] : [];
    const guess = this.expectedTip;
    if (guess !== undefined) {
      if (await this.repository.insertManyOnto(manager, guess, this.chain(guess, events), lock)) {
        this.rightGuesses += 1;
        return;
      }
      this.rightGuesses = 0;
    } else if (lock.length > 0) {
      await pipelined(manager, lock);
    }
    // The lock is held from here on: the tip read now stays the tip until this transaction ends.
    const tip = await this.repository.lastHash(manager);
    await this.repository.insertMany(manager, this.chain(tip, events));
  }

  /**
   * On PostgreSQL, once guesses keep being right: the lock and the events (chained onto the guessed tip, in a statement
   * that fails if the guess is wrong) are sent without waiting for their answer, so the COMMIT that TypeORM sends next
   * follows them on the wire. The chain's lock is then held only while the server inserts and commits, not across a
   * round trip to this process, and a flush needs one round trip less. A wrong guess fails the commit
   * (CommitRefusedError): nothing is stored, and the next append reads the tip.
   *
   * Transactions must take the lock in the order they chained in: one that chained later but reached the lock first
   * would find the older guess wrong. So the lock is asked for only once the previous append sent ahead holds it.
   */
  private async sendAhead(manager: EntityManager, events: readonly HashedAuditFields[]): Promise<boolean> {
    if (this.expectedTip === undefined || this.rightGuesses < RIGHT_GUESSES_BEFORE_SENDING_AHEAD || !canSendAhead(manager)) return false;
    const previous = this.previousLockHeld;
    let held!: () => void;
    this.previousLockHeld = new Promise<void>((resolve) => (held = resolve));
    await previous;
    const guess = this.expectedTip;
    if (guess === undefined) {
      held(); // the previous one failed meanwhile: read the tip instead
      return false;
    }
    sendAhead(manager, [['SELECT pg_advisory_xact_lock(?)', [AUDIT_APPEND_LOCK_KEY]]]).then(held, held);
    const statements = this.repository.insertOntoOrFailStatements(manager, guess, this.chain(guess, events));
    sendAhead(manager, statements).then(
      () => (this.rightGuesses += 1),
      () => this.forgetTip(),
    );
    return true;
  }

  /** A wrong guess (or a transaction that chained and then rolled back): read the tip under the lock next time. */
  private forgetTip(): void {
    this.expectedTip = undefined;
    this.rightGuesses = 0;
  }

  /** The rows of `events` chained onto `previousHash`; the last of them becomes the expected tip. */
  private chain(previousHash: string | null, events: readonly HashedAuditFields[]): NewAuditRow[] {
    const rows = events.map((fields) => {
      const hash = computeAuditHash(previousHash, fields);
      const row = { ...fields, hash, previousHash };
      previousHash = hash;
      return row;
    });
    // Set before the insert is even sent: a transaction that starts chaining while this one waits for the lock then
    // guesses the tip this one will leave, which is right unless this one fails.
    this.expectedTip = previousHash;
    return rows;
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
    this.chainedIn.add(event.queryRunner);
    if (await this.sendAhead(event.manager, entry.events)) return;
    // A failure here fails the commit: TypeORM rolls the whole transaction back and the caller sees the error.
    await this.writeNow(event.manager, entry.events);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.isTransactionActive) return;
    this.pending.delete(event.queryRunner);
    this.chainedIn.delete(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Nested rollbacks are ROLLBACK TO SAVEPOINT statements, handled in afterQuery.
    if (event.queryRunner.isTransactionActive) return;
    this.pending.delete(event.queryRunner);
    if (this.chainedIn.delete(event.queryRunner)) this.forgetTip();
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
