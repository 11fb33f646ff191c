import type { EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { isPipelined, pipelined, type Statement, type StatementResult } from './pipeline';

/**
 * Thrown at commit when a statement sent ahead (sendAhead) was refused: PostgreSQL then aborted the transaction and
 * answered its COMMIT with a rollback, so nothing of it was stored. `cause` is the statement's error.
 */
export class CommitRefusedError extends Error {
  constructor(cause: unknown) {
    super('A statement sent ahead of COMMIT was refused; the transaction was rolled back.', { cause });
    this.name = 'CommitRefusedError';
  }
}

/** Answers still to be checked, per open transaction. */
const unchecked = new WeakMap<QueryRunner, Array<Promise<unknown>>>();
/** Transactions whose caller retries a CommitRefusedError (Database.write with `retriesRefusedCommit`). */
const retried = new WeakSet<QueryRunner>();

/** Marks the manager's open transaction as one whose caller retries it when its commit is refused. */
export function markRetriesRefusedCommit(manager: EntityManager): void {
  if (manager.queryRunner) retried.add(manager.queryRunner);
}

/**
 * Whether statements may be sent ahead in this transaction: a pipelined (PostgreSQL) one whose caller retries a
 * refused commit. Any other caller would see a guess gone wrong as a failure of its own.
 */
export function canSendAhead(manager: EntityManager): boolean {
  return manager.queryRunner !== undefined && retried.has(manager.queryRunner) && isPipelined(manager);
}

/**
 * Sends statements in the manager's open PostgreSQL transaction without waiting for their answers: the next
 * statements, and finally the COMMIT, follow them on the wire at once, so a whole transaction can take one round
 * trip. The statements must FAIL when they cannot do what the caller assumes (not quietly change nothing): a
 * failure aborts the transaction, its COMMIT becomes a rollback, and the commit then throws CommitRefusedError
 * (SentAheadCheck). The answers can still be awaited. Only where canSendAhead says so.
 */
export function sendAhead(manager: EntityManager, statements: readonly Statement[]): Promise<StatementResult[]> {
  const runner = manager.queryRunner;
  if (!runner || !canSendAhead(manager)) throw new Error('sendAhead needs a PostgreSQL transaction whose caller retries a refused commit');
  const answered = pipelined(manager, statements);
  answered.catch(() => undefined); // reported by the commit
  const list = unchecked.get(runner);
  if (list) list.push(answered);
  else unchecked.set(runner, [answered]);
  return answered;
}

/** Fails the commit of a transaction whose statements sent ahead were refused (registered by Database). */
export class SentAheadCheck implements EntitySubscriberInterface {
  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    if (event.queryRunner.isTransactionActive) return; // a savepoint was released, the transaction goes on
    const list = unchecked.get(event.queryRunner);
    if (!list) return;
    unchecked.delete(event.queryRunner);
    const outcomes = await Promise.allSettled(list);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    if (refused) throw new CommitRefusedError(refused.reason);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) unchecked.delete(event.queryRunner);
  }
}
