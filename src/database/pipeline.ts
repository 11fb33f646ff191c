import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { dialectSql } from './dialect-sql';

/**
 * One parameterised statement, written with `?` placeholders. `prepared`: its text is reused with any parameters
 * (RowSource.fixedText), so on PostgreSQL it is parsed and planned once per connection as a named statement.
 */
export type Statement = readonly [sql: string, params: readonly unknown[], prepared?: boolean];

/** What a statement did: the rows it returned (RETURNING, SELECT) and how many rows it changed. */
export interface StatementResult {
  readonly rows: Record<string, unknown>[];
  readonly affected: number;
}

interface PgConnection {
  /** The driver's wire connection (pg's Client.connection); its socket is corked while a transaction's statements are sent. */
  readonly connection?: { readonly stream?: Writable };
  query(
    query: string | { readonly name: string; readonly text: string; readonly values: unknown[] },
    params?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}

/** Names of prepared statements, one per text (the driver refuses one name for two texts). */
const preparedNames = new Map<string, string>();
export function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (name === undefined) {
    name = `flk_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    preparedNames.set(text, name);
  }
  return name;
}

/**
 * Runs statements of the manager's open transaction one after the other, without waiting for an answer before
 * sending the next. On PostgreSQL all of them are handed to the transaction's connection at once, and the driver
 * (pipeline mode, data-source-options.ts) writes them to the server together: the server runs them in order. Awaiting
 * them one by one would cost a round trip and an event-loop turn per statement, which under load is a millisecond
 * or more, and that time counts double when the statements run under a lock other transactions wait for. On SQLite
 * they run in order (synchronous underneath).
 *
 * A statement runs even if an earlier one failed (PostgreSQL then refuses it: the transaction is aborted); the first
 * failure is thrown, and the caller's transaction must be rolled back.
 */
export async function pipelined(manager: EntityManager, statements: readonly Statement[]): Promise<StatementResult[]> {
  const connection = pgConnectionOf(manager);
  if (!connection) return inTurns(manager, statements);
  const texts = statements.map(([sql]) => dialectSql(manager, sql));
  holdWritesUntilTickEnds(connection);
  const settled = await Promise.allSettled(
    statements.map(([, params, prepared], n) =>
      prepared ? connection.query({ name: preparedName(texts[n]), text: texts[n], values: [...params] }) : connection.query(texts[n], [...params]),
    ),
  );
  const failed = settled.findIndex((outcome) => outcome.status === 'rejected');
  if (failed >= 0) {
    // The same error type TypeORM raises, so callers classify it the same way whichever path ran the statement.
    throw new QueryFailedError(texts[failed], [...statements[failed][1]], (settled[failed] as PromiseRejectedResult).reason);
  }
  return settled.map((outcome) => {
    const { rows, rowCount } = (outcome as PromiseFulfilledResult<Awaited<ReturnType<PgConnection['query']>>>).value;
    return { rows, affected: rowCount ?? 0 };
  });
}

/** Sockets corked by holdWritesUntilTickEnds and not yet released. */
const corked = new WeakSet<Writable>();

/**
 * The driver writes each statement to the socket as it is given one (a system call each, and each may wake the
 * server's backend on its own). Held until the current run of callbacks and promise continuations is over, the
 * statements a flush sends back to back (inserts, the audit append, COMMIT) leave in one write instead.
 */
function holdWritesUntilTickEnds(connection: PgConnection): void {
  const stream = connection.connection?.stream;
  if (!stream || corked.has(stream) || typeof stream.cork !== 'function') return;
  corked.add(stream);
  stream.cork();
  // nextTick runs once the promise continuations queued so far (and those they queue) have run.
  process.nextTick(() => {
    corked.delete(stream);
    stream.uncork();
  });
}

/** Whether `pipelined` sends statements without waiting on this manager (a PostgreSQL transaction). */
export function isPipelined(manager: EntityManager): boolean {
  return pgConnectionOf(manager) !== null;
}

/** One statement after the other through TypeORM (SQLite; PostgreSQL outside a transaction). */
async function inTurns(manager: EntityManager, statements: readonly Statement[]): Promise<StatementResult[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const results: StatementResult[] = [];
    for (const [sql, params] of statements) {
      const result = await runner.query(dialectSql(manager, sql), [...params], true);
      results.push({ rows: (result.records ?? []) as Record<string, unknown>[], affected: result.affected ?? 0 });
    }
    return results;
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}

/** The pg client of the manager's transaction, or null (SQLite, or no transaction open on this manager). */
function pgConnectionOf(manager: EntityManager): PgConnection | null {
  if (manager.connection.options.type !== 'postgres') return null;
  const runner = manager.queryRunner as unknown as { isTransactionActive?: boolean; databaseConnection?: PgConnection } | undefined;
  // Outside a transaction each statement could land on a different pooled connection: order would mean nothing.
  if (!runner?.isTransactionActive || !runner.databaseConnection) return null;
  return runner.databaseConnection;
}
