import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { KeysetPosition } from '../../common/pagination/cursor';
import { afterKeyset } from '../../common/pagination/keyset-query';
import { pipelined, type Statement, type StatementResult } from '../../database/pipeline';
import { sendAhead } from '../../database/sent-ahead';
import { NOT_COMPLETED, rareValueCondition } from '../../database/common-value-indexes';
import { dialectSql } from '../../database/dialect-sql';
import { rowSource, statementText, type RowColumnType } from '../../database/row-source';
import type { ExecutionRecord, ExecutionStatus, ExecutionSummary, StepRecord, StepStatus } from './execution.types';

export const EXECUTION_SORT_FIELDS = ['startedAt', 'completedAt'] as const;
export type ExecutionSortField = (typeof EXECUTION_SORT_FIELDS)[number];

export interface ExecutionListQuery {
  readonly workflowId?: string;
  readonly status?: ExecutionStatus;
  readonly sortBy: ExecutionSortField;
  readonly sortOrder: 'ASC' | 'DESC';
  readonly take: number;
  readonly after?: KeysetPosition;
}

/** What a progress write changes; every write is conditional on the execution still running. */
export interface ProgressChange {
  readonly currentStepNumber: number;
  readonly updatedAt: string;
}

export interface FinishChange extends ProgressChange {
  readonly status: 'completed' | 'failed';
  readonly errorMessage: string | null;
  readonly finalOutput: unknown;
}

/** One execution's change and the steps to store with it. */
export interface ChangeWithSteps<C extends ProgressChange> {
  readonly id: string;
  readonly change: C;
  readonly steps: readonly StepRecord[];
}

/** A step, and the status and update time its execution must have for the step to be written. */
interface GuardedStep {
  readonly step: StepRecord;
  readonly status: string;
  readonly at: string;
}

/**
 * The executions still to run. The second condition adds nothing to the first, but with it SQLite can read the status
 * indexes, which leave completed executions out (src/database/common-value-indexes.ts).
 */
const UNFINISHED = `status IN ('pending', 'running') AND ${NOT_COMPLETED}`;

/**
 * Unfinished executions sort after finished ones in both directions when sorted by completedAt (the upstream
 * page-boundary quirk came from sorting them as an empty string): the sort key replaces NULL by a value beyond
 * every timestamp in the direction of the sort.
 */
export function completedSortKey(completedAt: string | null, order: 'ASC' | 'DESC'): string {
  return completedAt ?? (order === 'ASC' ? NULL_LAST_ASC : NULL_LAST_DESC);
}
// Same shape as real timestamps, so they order the same under any PostgreSQL collation.
const NULL_LAST_ASC = '9999-12-31T23:59:59.999Z';
const NULL_LAST_DESC = '0000-01-01T00:00:00.000Z';

const SUMMARY_COLUMNS =
  'id, workflow_id, status, current_step_number, total_steps, error_message, started_at, completed_at, request_fingerprint';
const STEP_COLUMNS =
  'execution_id, node_id, step_number, step_name, node_type, status, input, output, error_message, attempts, started_at, completed_at, duration_ms';

/** Rows per multi-row INSERT: 18 parameters each (SQLite) stays far below both databases' parameter limits. */
const EXECUTION_INSERT_CHUNK = 500;
/** Types of an inserted execution's 17 parameters, in the order of the INSERT's column list. */
const EXECUTION_COLUMN_TYPES: readonly RowColumnType[] = [
  'text', 'text', 'text', 'text', 'integer', 'integer', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text',
  'text', 'text',
];

const STEP_INSERT_CHUNK = 500;
/** A step's 13 columns (STEP_COLUMNS' order), then the status and update time its execution must have. */
const GUARDED_STEP_COLUMN_TYPES: readonly RowColumnType[] = [
  'text', 'text', 'integer', 'text', 'text', 'text', 'text', 'text', 'text', 'integer', 'text', 'text', 'integer', 'text', 'text',
];
/** `v.column1, …, v.columnN`. */
const valueColumns = (count: number): string => Array.from({ length: count }, (_, n) => `v.column${n + 1}`).join(', ');
const STATUS_UPDATE_CHUNK = 500;
/** A status change: target id, status, error, output, step number, time (the columns of `changes`). */
const STATUS_COLUMN_TYPES: readonly RowColumnType[] = ['text', 'text', 'text', 'text', 'integer', 'text'];

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
/**
 * What goes into the `context` column, which is no longer read: a run's context is rebuilt from its input and its
 * completed steps as it replays them (ExecutionRun.replay), so a write no longer re-serialises every result gathered
 * so far. Versions before this one stored the context there; JSON `null` makes them fall back to `{workflow: input}`.
 */
const LEGACY_CONTEXT = 'null';
const parse = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : undefined);
const int = (value: unknown): number => Number(value);

/** Which unfinished executions ExecutionsRepository.claimUnfinished takes (see there). */
export type ClaimScope = 'all' | { readonly now: string; readonly unleased: boolean } | { readonly endedOwners: readonly string[] };

/**
 * Execution and step rows in and out, in plain SQL: this is the hot path of every run (see docs/engine.md), so no
 * query builder sits between the engine and the driver. Status changes are compare-and-set on the status.
 */
@Injectable()
export class ExecutionsRepository {
  private async rows(manager: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return (await manager.query(dialectSql(manager, sql), params)) as Record<string, unknown>[];
  }

  /**
   * Sends writes together (pipelined) and gives back each one's returned rows (TypeORM's plain answer to an UPDATE
   * on PostgreSQL is [rows, count]; the structured one is the same on both databases).
   */
  private written(manager: EntityManager, statements: readonly Statement[]): Promise<StatementResult[]> {
    if (!manager.queryRunner) throw new Error('ExecutionsRepository writes must run inside Database.write');
    return pipelined(manager, statements);
  }

  /**
   * Inserts executions, skipping each one whose workflow already has an execution with the same idempotency key
   * (the unique index decides, also between processes and between rows of this statement: the first one wins);
   * returns the ids actually inserted. `steps` (of executions stored already finished) are sent in the same round
   * (see insertStatements).
   */
  async insertManyUnlessKeyTaken(
    manager: EntityManager,
    executions: readonly ExecutionRecord[],
    steps: readonly StepRecord[] = [],
  ): Promise<Set<string>> {
    // Without a key no row can be skipped: plain inserts, which need neither the conflict check nor the ids back.
    const keyed = executions.some((e) => e.idempotencyKey !== null);
    const { statements, inserts } = insertStatements(manager, executions, steps, keyed ? 'skip' : 'fail');
    const results = await this.written(manager, statements);
    if (!keyed) return new Set(executions.map((e) => e.id));
    const inserted = new Set<string>();
    for (const result of results.slice(0, inserts)) for (const row of result.rows) inserted.add(String(row.id));
    return inserted;
  }

  /**
   * Sends the insert of executions (and their steps) ahead of COMMIT without waiting (sendAhead, PostgreSQL): an
   * idempotency key already taken fails the statement, and with it the transaction's commit, instead of skipping
   * the row; the caller then retries with insertManyUnlessKeyTaken.
   */
  sendInsertMany(manager: EntityManager, executions: readonly ExecutionRecord[], steps: readonly StepRecord[] = []): void {
    void sendAhead(manager, insertStatements(manager, executions, steps, 'fail').statements);
  }

  async findSummaryByKey(manager: EntityManager, workflowId: string, key: string): Promise<ExecutionSummary | null> {
    const rows = await this.rows(manager, `SELECT ${SUMMARY_COLUMNS} FROM executions WHERE workflow_id = ? AND idempotency_key = ?`, [
      workflowId,
      key,
    ]);
    return rows.length > 0 ? toSummary(rows[0]) : null;
  }

  async findSummary(manager: EntityManager, id: string): Promise<ExecutionSummary | null> {
    const rows = await this.rows(manager, `SELECT ${SUMMARY_COLUMNS} FROM executions WHERE id = ?`, [id]);
    return rows.length > 0 ? toSummary(rows[0]) : null;
  }

  async findRecord(manager: EntityManager, id: string): Promise<ExecutionRecord | null> {
    const rows = await this.rows(
      manager,
      `SELECT ${SUMMARY_COLUMNS}, input_data, final_output, idempotency_key, updated_at, deadline_at, entry_node_id
       FROM executions WHERE id = ?`,
      [id],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    return {
      ...toSummary(row),
      inputData: parse(row.input_data),
      finalOutput: parse(row.final_output),
      idempotencyKey: (row.idempotency_key as string | null) ?? null,
      updatedAt: String(row.updated_at),
      deadlineAt: String(row.deadline_at),
      entryNodeId: (row.entry_node_id as string | null) ?? null,
    };
  }

  /** Steps in execution order. */
  async steps(manager: EntityManager, executionId: string): Promise<StepRecord[]> {
    const rows = await this.rows(manager, `SELECT ${STEP_COLUMNS} FROM execution_steps WHERE execution_id = ? ORDER BY step_number`, [
      executionId,
    ]);
    return rows.map(toStep);
  }

  /**
   * Records progress of executions (a pending one becomes running) with their steps; returns the ids changed.
   * Executions that have already finished, or that another process has taken over (their lease names another
   * `owner`), are left alone (compare-and-set), are missing from the answer, and their steps are not written.
   */
  async updateProgressMany(
    manager: EntityManager,
    changes: readonly ChangeWithSteps<ProgressChange>[],
    owner: string | null,
  ): Promise<Set<string>> {
    return this.changeWithSteps(
      manager,
      owner,
      changes.map(({ id, change }) => [id, 'running', null, null, change.currentStepNumber, change.updatedAt]),
      `status = 'running', current_step_number = v.new_step, updated_at = v.new_at`,
      changes.flatMap(({ change, steps }) => steps.map((step) => ({ step, status: 'running', at: change.updatedAt }))),
    );
  }

  /**
   * Moves unfinished executions to their final status with their steps; returns the ids changed (the others had
   * already finished or been taken over, as in updateProgressMany, and their steps are not written).
   */
  async finishMany(manager: EntityManager, changes: readonly ChangeWithSteps<FinishChange>[], owner: string | null): Promise<Set<string>> {
    return this.changeWithSteps(
      manager,
      owner,
      changes.map(({ id, change }) => [
        id, change.status, change.errorMessage, json(change.finalOutput), change.currentStepNumber, change.updatedAt,
      ]),
      `status = v.new_status, error_message = v.new_error, final_output = v.new_output,
       current_step_number = v.new_step, completed_at = v.new_at, updated_at = v.new_at`,
      changes.flatMap(({ change, steps }) => steps.map((step) => ({ step, status: change.status, at: change.updatedAt }))),
    );
  }

  /**
   * One compare-and-set UPDATE for many executions, then one upsert of their steps, sent together (pipelined): the
   * new values travel as a row source (row-source.ts) joined on the id, and RETURNING says which rows were still unfinished. The
   * step upsert does not wait for that answer: it keeps only the steps whose execution now has exactly the status
   * and update time this UPDATE wrote, which is the case for the executions it changed. (The one other case is a
   * duplicate run that another writer finished with the same status in the same millisecond: its steps describe
   * the same outcome.) A node's last state in the list is the one kept. Column names of the lists differ from the
   * tables' so that no name is ambiguous. An execution leased to a process other than `owner` is not changed: that
   * process has taken it over (ExecutionLeases), and this run is the stale one. `owner` null (production mode, where
   * the queue decides who runs what): leases are not looked at.
   */
  private async changeWithSteps(
    manager: EntityManager,
    owner: string | null,
    tuples: readonly unknown[][],
    assignments: string,
    steps: readonly GuardedStep[],
  ): Promise<Set<string>> {
    const statements: Statement[] = [];
    for (let from = 0; from < tuples.length; from += STATUS_UPDATE_CHUNK) {
      const source = rowSource(manager, STATUS_COLUMN_TYPES, tuples.slice(from, from + STATUS_UPDATE_CHUNK));
      statements.push([
        `WITH changes (target_id, new_status, new_error, new_output, new_step, new_at) AS
           (SELECT ${valueColumns(STATUS_COLUMN_TYPES.length)} FROM ${source.from})
         UPDATE executions SET ${assignments}
         FROM changes AS v WHERE id = v.target_id AND ${UNFINISHED}
           ${owner === null ? '' : 'AND (lease_owner IS NULL OR lease_owner = ?)'} RETURNING id`,
        owner === null ? source.params : [...source.params, owner],
        source.fixedText,
      ]);
    }
    const updates = statements.length;
    statements.push(...stepStatements(manager, steps));
    const results = await this.written(manager, statements);
    const changed = new Set<string>();
    for (const result of results.slice(0, updates)) for (const row of result.rows) changed.add(String(row.id));
    return changed;
  }

  /** Unfinished executions nobody holds a live lease on, oldest first: what recovery must resume. */
  async unfinishedIds(manager: EntityManager, now: string): Promise<string[]> {
    const rows = await this.rows(
      manager,
      `SELECT id FROM executions WHERE ${UNFINISHED} AND (lease_expires_at IS NULL OR lease_expires_at < ?)
       ORDER BY started_at, id`,
      [now],
    );
    return rows.map((row) => String(row.id));
  }

  /**
   * Leases up to `limit` unfinished executions of other processes (or of none) to `owner` until `expiresAt`, oldest
   * first, and returns their ids: those whose lease ran out before `which.now`, and with `which.unleased` also those
   * that never had one (stored by a version before leases); with `which.endedOwners`, those leased to these
   * processes (known to have ended), whenever their leases run out; with `which` 'all' (a process that knows it is
   * alone on the database) every one. The condition is checked again on each row as it is changed, so of two
   * processes claiming at once each execution goes to one. (`owner`'s own executions whose lease ran out:
   * ownExpiredLeases, then renewLeases.)
   */
  async claimUnfinished(
    manager: EntityManager,
    owner: string,
    expiresAt: string,
    limit: number,
    which: ClaimScope,
  ): Promise<string[]> {
    let free: string;
    let freeParams: unknown[];
    if (which === 'all') {
      [free, freeParams] = ['AND (lease_owner IS NULL OR lease_owner <> ?)', [owner]];
    } else if ('endedOwners' in which) {
      if (which.endedOwners.length === 0) return [];
      [free, freeParams] = [`AND lease_owner IN (${which.endedOwners.map(() => '?').join(', ')})`, [...which.endedOwners]];
    } else {
      const lease = which.unleased ? '(lease_expires_at IS NULL OR lease_expires_at < ?)' : 'lease_expires_at < ?';
      [free, freeParams] = [`AND (lease_owner IS NULL OR lease_owner <> ?) AND ${lease}`, [owner, which.now]];
    }
    const [claimed] = await this.written(manager, [
      [
        `UPDATE executions SET lease_owner = ?, lease_expires_at = ?
         WHERE id IN (SELECT id FROM executions WHERE ${UNFINISHED} ${free}
                      ORDER BY started_at, id LIMIT ${Math.trunc(limit)})
           AND ${UNFINISHED} ${free}
         RETURNING id`,
        [owner, expiresAt, ...freeParams, ...freeParams],
      ],
    ]);
    // Ids are time-ordered (version 7): sorted, they come in about the order the executions started.
    return claimed.rows.map((row) => String(row.id)).sort();
  }

  /** The processes other than `owner` holding leases on unfinished executions that have not run out at `now` (at most `limit`). */
  async activeLeaseOwners(manager: EntityManager, owner: string, now: string, limit: number): Promise<string[]> {
    const rows = await this.rows(
      manager,
      `SELECT DISTINCT lease_owner FROM executions
       WHERE ${UNFINISHED} AND lease_owner <> ? AND lease_expires_at >= ? LIMIT ${Math.trunc(limit)}`,
      [owner, now],
    );
    return rows.map((row) => String(row.lease_owner));
  }

  /** Up to `limit` unfinished executions leased to `owner` whose lease ran out before `now`, oldest first. */
  async ownExpiredLeases(manager: EntityManager, owner: string, now: string, limit: number): Promise<string[]> {
    const rows = await this.rows(
      manager,
      `SELECT id FROM executions WHERE lease_owner = ? AND ${UNFINISHED} AND lease_expires_at < ?
       ORDER BY started_at, id LIMIT ${Math.trunc(limit)}`,
      [owner, now],
    );
    return rows.map((row) => String(row.id));
  }

  /**
   * Extends `owner`'s leases on the given unfinished executions until `expiresAt` (only those whose lease ran out
   * before `expiredBefore`, when given); returns the ids extended.
   */
  async renewLeases(
    manager: EntityManager,
    owner: string,
    ids: readonly string[],
    expiresAt: string,
    expiredBefore?: string,
  ): Promise<string[]> {
    const renewed: string[] = [];
    for (let from = 0; from < ids.length; from += STATUS_UPDATE_CHUNK) {
      const chunk = ids.slice(from, from + STATUS_UPDATE_CHUNK);
      const [result] = await this.written(manager, [
        [
          `UPDATE executions SET lease_expires_at = ?
           WHERE lease_owner = ? AND ${UNFINISHED} AND id IN (${chunk.map(() => '?').join(', ')})
             ${expiredBefore === undefined ? '' : 'AND lease_expires_at < ?'}
           RETURNING id`,
          [expiresAt, owner, ...chunk, ...(expiredBefore === undefined ? [] : [expiredBefore])],
        ],
      ]);
      for (const row of result.rows) renewed.push(String(row.id));
    }
    return renewed;
  }

  /** Ends `owner`'s leases on every unfinished execution at `now`, so that another process may resume them at once. */
  async releaseLeases(manager: EntityManager, owner: string, now: string): Promise<void> {
    await this.written(manager, [
      [`UPDATE executions SET lease_expires_at = ? WHERE lease_owner = ? AND ${UNFINISHED}`, [now, owner]],
    ]);
  }

  /**
   * A keyset page, read from an index in index order and entered at the cursor, so a page costs the same at any depth
   * (test/e2e/listing-plans.e2e-spec.ts checks SQLite's plans).
   */
  async list(manager: EntityManager, q: ExecutionListQuery): Promise<ExecutionSummary[]> {
    const [sql, params] = q.sortBy === 'startedAt' ? byStartStatement(q) : byCompletionStatement(q);
    return (await this.rows(manager, sql, params)).map(toSummary);
  }
}

/** The list's filters, as conditions and their parameters. */
function listFilters(q: ExecutionListQuery): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (q.workflowId) {
    conditions.push('workflow_id = ?');
    params.push(q.workflowId);
  }
  if (q.status) {
    conditions.push('status = ?');
    params.push(q.status);
    const indexed = rareValueCondition('status', q.status);
    if (indexed) conditions.push(indexed);
  }
  return { conditions, params };
}

function pageSelect(conditions: readonly string[], orderBy: string, take: number, extraColumn = ''): string {
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return `SELECT ${SUMMARY_COLUMNS}${extraColumn} FROM executions ${where} ORDER BY ${orderBy} LIMIT ${Math.trunc(take)}`;
}

/** By startedAt: one range scan of the matching (…, started_at, id) index. */
function byStartStatement(q: ExecutionListQuery): [string, unknown[]] {
  const direction = q.sortOrder === 'DESC' ? 'DESC' : 'ASC'; // never a caller's text in the statement
  const { conditions, params } = listFilters(q);
  if (q.after) {
    conditions.push(afterKeyset('started_at', 'id', direction, '?', '?'));
    params.push(q.after.value, q.after.id);
  }
  return [pageSelect(conditions, `started_at ${direction}, id ${direction}`, q.take), params];
}

/**
 * By completedAt, unfinished executions come after every finished one in both directions. The finished ones are read
 * in the order of the (…, completed_at, id) index that matches the filter (IDX_executions_completed, or the workflow's
 * or status's one), the unfinished ones (completed_at IS NULL, a search of the same index) by id, each part limited to
 * the page, in one statement. The cursor of an unfinished execution holds
 * the sort key that stands for "unfinished" (completedSortKey). Sorting by `COALESCE(completed_at, …)` matched no
 * index: every page sorted the whole filtered table.
 */
function byCompletionStatement(q: ExecutionListQuery): [string, unknown[]] {
  const direction = q.sortOrder === 'DESC' ? 'DESC' : 'ASC'; // never a caller's text in the statement
  const finished = listFilters(q);
  const unfinished = listFilters(q);
  finished.conditions.push('completed_at IS NOT NULL');
  unfinished.conditions.push('completed_at IS NULL');
  let withUnfinished = true;
  if (q.after) {
    const value = String(q.after.value);
    const unfinishedKey = completedSortKey(null, direction);
    finished.conditions.push(afterKeyset('completed_at', 'id', direction, '?', '?'));
    finished.params.push(value, q.after.id);
    if (value === unfinishedKey) {
      unfinished.conditions.push(`id ${direction === 'DESC' ? '<' : '>'} ?`);
      unfinished.params.push(q.after.id);
    } else {
      // The unfinished ones follow the cursor unless it lies beyond their place (only a hand-made cursor can).
      withUnfinished = direction === 'DESC' ? unfinishedKey < value : unfinishedKey > value;
    }
  }
  const finishedPart = pageSelect(finished.conditions, `completed_at ${direction}, id ${direction}`, q.take, ', 0 AS part');
  if (!withUnfinished) return [finishedPart, finished.params];
  const unfinishedPart = pageSelect(unfinished.conditions, `id ${direction}`, q.take, ', 1 AS part');
  const sql =
    `SELECT * FROM (${finishedPart}) finished UNION ALL SELECT * FROM (${unfinishedPart}) unfinished ` +
    `ORDER BY part, completed_at ${direction}, id ${direction} LIMIT ${Math.trunc(q.take)}`;
  return [sql, [...finished.params, ...unfinished.params]];
}

/**
 * The executions insert. `WHERE true`: SQLite needs it to tell the upsert's ON CONFLICT from a join's ON. Rows go in
 * in list order, so between two with the same key the first one wins. `context` is LEGACY_CONTEXT. The unique index
 * holds only keyed rows (migration 1764400000012): the conflict target must name its predicate.
 */
const insertExecutionsText = (conflict: string) =>
  statementText(
    ({ from, position }) => `INSERT INTO executions (id, workflow_id, status, input_data, current_step_number, total_steps, error_message,
        final_output, idempotency_key, request_fingerprint, started_at, completed_at, updated_at, deadline_at, entry_node_id,
        lease_owner, lease_expires_at, context)
       SELECT ${valueColumns(EXECUTION_COLUMN_TYPES.length)}, '${LEGACY_CONTEXT}'
       FROM ${from} WHERE true ORDER BY ${position} ${conflict}`,
  );
const INSERT_EXECUTIONS = insertExecutionsText('');
const INSERT_EXECUTIONS_UNLESS_KEY_TAKEN = insertExecutionsText(
  'ON CONFLICT (workflow_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING id',
);

/**
 * The multi-row inserts of executions (first `inserts` statements; `skip`: a row whose idempotency key is taken is
 * skipped, and the others' ids are returned; `fail`: it fails the statement), then of the steps of executions stored
 * finished, guarded like every step write: a step is kept only when its execution row is there with the status and
 * update time this insert gave it, so the steps of a skipped duplicate are not written.
 */
function insertStatements(
  manager: EntityManager,
  executions: readonly ExecutionRecord[],
  steps: readonly StepRecord[],
  onKeyTaken: 'skip' | 'fail',
): { statements: Statement[]; inserts: number } {
  const statements: Statement[] = [];
  const insertText = onKeyTaken === 'skip' ? INSERT_EXECUTIONS_UNLESS_KEY_TAKEN : INSERT_EXECUTIONS;
  for (let from = 0; from < executions.length; from += EXECUTION_INSERT_CHUNK) {
    const chunk = executions.slice(from, from + EXECUTION_INSERT_CHUNK);
    const rows = chunk.map((e) => [
      e.id, e.workflowId, e.status, json(e.inputData), e.currentStepNumber, e.totalSteps, e.errorMessage,
      json(e.finalOutput), e.idempotencyKey, e.requestFingerprint, e.startedAt, e.completedAt, e.updatedAt, e.deadlineAt,
      e.entryNodeId ?? null, e.lease?.owner ?? null, e.lease?.expiresAt ?? null,
    ]);
    const source = rowSource(manager, EXECUTION_COLUMN_TYPES, rows);
    statements.push([insertText(source), source.params, source.fixedText]);
  }
  const inserts = statements.length;
  if (steps.length > 0) {
    const executionOf = new Map(executions.map((e) => [e.id, e]));
    const guarded = steps.map((step) => {
      const execution = executionOf.get(step.executionId);
      if (!execution) throw new Error(`step ${step.nodeId} belongs to no execution of this insert`);
      return { step, status: execution.status, at: execution.updatedAt };
    });
    // Inserted with executions that are new or refused as a whole (`fail`), the steps need neither guard nor upsert.
    statements.push(...stepStatements(manager, guarded, onKeyTaken === 'skip'));
  }
  return { statements, inserts };
}

/**
 * Step upserts that keep only the steps whose execution has exactly the given status and update time (the one the
 * write they travel with gave it). A node's last state in the list is the one kept. `guard` false: plain inserts, for
 * steps of executions inserted in the same transaction (PostgreSQL makes an upsert a costlier speculative insert).
 */
function stepStatements(manager: EntityManager, steps: readonly GuardedStep[], guard = true): Statement[] {
  const latest = new Map<string, GuardedStep>();
  for (const guarded of steps) latest.set(`${guarded.step.executionId}\n${guarded.step.nodeId}`, guarded);
  const unique = [...latest.values()];
  const statements: Statement[] = [];
  for (let from = 0; from < unique.length; from += STEP_INSERT_CHUNK) {
    const chunk = unique.slice(from, from + STEP_INSERT_CHUNK);
    const source = rowSource(
      manager,
      GUARDED_STEP_COLUMN_TYPES,
      chunk.map(({ step: s, status, at }) => [
        s.executionId, s.nodeId, s.stepNumber, s.stepName, s.nodeType, s.status, json(s.input), json(s.output),
        s.errorMessage ?? null, s.attempts, s.startedAt, s.completedAt ?? null, s.durationMs ?? null, status, at,
      ]),
    );
    statements.push([(guard ? UPSERT_GUARDED_STEPS : INSERT_STEPS)(source), source.params, source.fixedText]);
  }
  return statements;
}

const INSERT_STEPS = statementText(({ from }) => `INSERT INTO execution_steps (${STEP_COLUMNS}) SELECT ${valueColumns(13)} FROM ${from}`);
const UPSERT_GUARDED_STEPS = statementText(
  ({ from }) => `INSERT INTO execution_steps (${STEP_COLUMNS})
       SELECT ${valueColumns(13)} FROM ${from}
       WHERE EXISTS (SELECT 1 FROM executions e WHERE e.id = v.column1 AND e.status = v.column14 AND e.updated_at = v.column15)
       ON CONFLICT (execution_id, node_id) DO UPDATE SET step_number = excluded.step_number, status = excluded.status,
         input = excluded.input, output = excluded.output, error_message = excluded.error_message,
         attempts = excluded.attempts, started_at = excluded.started_at, completed_at = excluded.completed_at,
         duration_ms = excluded.duration_ms`,
);

function toSummary(row: Record<string, unknown>): ExecutionSummary {
  return {
    id: String(row.id),
    workflowId: String(row.workflow_id),
    status: row.status as ExecutionStatus,
    currentStepNumber: int(row.current_step_number),
    totalSteps: int(row.total_steps),
    errorMessage: (row.error_message as string | null) ?? null,
    startedAt: String(row.started_at),
    completedAt: (row.completed_at as string | null) ?? null,
    requestFingerprint: (row.request_fingerprint as string | null) ?? null,
  };
}

function toStep(row: Record<string, unknown>): StepRecord {
  return {
    executionId: String(row.execution_id),
    nodeId: String(row.node_id),
    stepNumber: int(row.step_number),
    stepName: String(row.step_name),
    nodeType: String(row.node_type),
    status: row.status as StepStatus,
    input: parse(row.input),
    output: parse(row.output),
    errorMessage: (row.error_message as string | null) ?? null,
    attempts: int(row.attempts),
    startedAt: String(row.started_at),
    completedAt: (row.completed_at as string | null) ?? null,
    durationMs: row.duration_ms === null || row.duration_ms === undefined ? null : int(row.duration_ms),
  };
}
