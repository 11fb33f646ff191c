import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { KeysetPosition } from '../../common/pagination/cursor';
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
  readonly context: Record<string, unknown>;
  readonly currentStepNumber: number;
  readonly updatedAt: string;
}

export interface FinishChange extends ProgressChange {
  readonly status: 'completed' | 'failed';
  readonly errorMessage: string | null;
  readonly finalOutput: unknown;
}

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

/** PostgreSQL wants $1, $2…; SQLite takes ?. Statements are written with ? and converted once. */
const pgText = new Map<string, string>();
export function dialectSql(manager: EntityManager, sql: string): string {
  if (manager.connection.options.type !== 'postgres') return sql;
  let converted = pgText.get(sql);
  if (converted === undefined) {
    let n = 0;
    converted = sql.replace(/\?/g, () => `$${++n}`);
    pgText.set(sql, converted);
  }
  return converted;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const parse = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : undefined);
const int = (value: unknown): number => Number(value);

/**
 * Execution and step rows in and out, in plain SQL: this is the hot path of every run (see docs/engine.md), so no
 * query builder sits between the engine and the driver. Status changes are compare-and-set on the status.
 */
@Injectable()
export class ExecutionsRepository {
  private async rows(manager: EntityManager, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return (await manager.query(dialectSql(manager, sql), params)) as Record<string, unknown>[];
  }

  /** Runs a write and returns how many rows it changed (needs the transaction's query runner). */
  private async affected(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('ExecutionsRepository writes must run inside Database.write');
    const result = await runner.query(dialectSql(manager, sql), params, true);
    return int(result.affected ?? 0);
  }

  /**
   * Inserts an execution unless the workflow already has one with the same idempotency key (the unique index
   * decides, also between processes); false when it was not inserted.
   */
  async insertUnlessKeyTaken(manager: EntityManager, e: ExecutionRecord): Promise<boolean> {
    const inserted = await this.affected(
      manager,
      `INSERT INTO executions (id, workflow_id, status, input_data, context, current_step_number, total_steps, error_message,
        final_output, idempotency_key, request_fingerprint, started_at, completed_at, updated_at, deadline_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workflow_id, idempotency_key) DO NOTHING`,
      [
        e.id, e.workflowId, e.status, json(e.inputData), json(e.context), e.currentStepNumber, e.totalSteps, e.errorMessage,
        json(e.finalOutput), e.idempotencyKey, e.requestFingerprint, e.startedAt, e.completedAt, e.updatedAt, e.deadlineAt,
      ],
    );
    return inserted === 1;
  }

  /** Status and version of a workflow, without reading its definition (to reuse an already parsed copy). */
  async workflowVersion(manager: EntityManager, workflowId: string): Promise<{ status: string; updatedAt: string } | null> {
    const rows = await this.rows(manager, 'SELECT status, updated_at FROM workflows WHERE id = ?', [workflowId]);
    return rows.length > 0 ? { status: String(rows[0].status), updatedAt: String(rows[0].updated_at) } : null;
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
      `SELECT ${SUMMARY_COLUMNS}, input_data, context, final_output, idempotency_key, updated_at, deadline_at FROM executions WHERE id = ?`,
      [id],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    return {
      ...toSummary(row),
      inputData: parse(row.input_data),
      context: (parse(row.context) ?? {}) as Record<string, unknown>,
      finalOutput: parse(row.final_output),
      idempotencyKey: (row.idempotency_key as string | null) ?? null,
      updatedAt: String(row.updated_at),
      deadlineAt: String(row.deadline_at),
    };
  }

  /** Steps in execution order. */
  async steps(manager: EntityManager, executionId: string): Promise<StepRecord[]> {
    const rows = await this.rows(manager, `SELECT ${STEP_COLUMNS} FROM execution_steps WHERE execution_id = ? ORDER BY step_number`, [
      executionId,
    ]);
    return rows.map(toStep);
  }

  /** Inserts a step or replaces the stored state of the same (execution, node): a node has one step per run. */
  async saveStep(manager: EntityManager, s: StepRecord): Promise<void> {
    await this.affected(
      manager,
      `INSERT INTO execution_steps (${STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (execution_id, node_id) DO UPDATE SET step_number = excluded.step_number, status = excluded.status,
         input = excluded.input, output = excluded.output, error_message = excluded.error_message,
         attempts = excluded.attempts, started_at = excluded.started_at, completed_at = excluded.completed_at,
         duration_ms = excluded.duration_ms`,
      [
        s.executionId, s.nodeId, s.stepNumber, s.stepName, s.nodeType, s.status, json(s.input), json(s.output),
        s.errorMessage ?? null, s.attempts, s.startedAt, s.completedAt ?? null, s.durationMs ?? null,
      ],
    );
  }

  /** Records progress (a pending execution becomes running); false when it has already finished. */
  async updateProgress(manager: EntityManager, id: string, change: ProgressChange): Promise<boolean> {
    const n = await this.affected(
      manager,
      `UPDATE executions SET status = 'running', context = ?, current_step_number = ?, updated_at = ?
       WHERE id = ? AND status IN ('pending', 'running')`,
      [json(change.context), change.currentStepNumber, change.updatedAt, id],
    );
    return n === 1;
  }

  /** Moves an unfinished execution to its final status; false when it had already finished. */
  async finish(manager: EntityManager, id: string, change: FinishChange): Promise<boolean> {
    const n = await this.affected(
      manager,
      `UPDATE executions SET status = ?, error_message = ?, final_output = ?, context = ?, current_step_number = ?,
         completed_at = ?, updated_at = ?
       WHERE id = ? AND status IN ('pending', 'running')`,
      [
        change.status, change.errorMessage, json(change.finalOutput), json(change.context), change.currentStepNumber,
        change.updatedAt, change.updatedAt, id,
      ],
    );
    return n === 1;
  }

  /** Unfinished executions nobody holds a live lease on, oldest first: what recovery must resume. */
  async unfinishedIds(manager: EntityManager, now: string): Promise<string[]> {
    const rows = await this.rows(
      manager,
      `SELECT id FROM executions WHERE status IN ('pending', 'running') AND (lease_expires_at IS NULL OR lease_expires_at < ?)
       ORDER BY started_at, id`,
      [now],
    );
    return rows.map((row) => String(row.id));
  }

  async list(manager: EntityManager, q: ExecutionListQuery): Promise<ExecutionSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.workflowId) {
      where.push('workflow_id = ?');
      params.push(q.workflowId);
    }
    if (q.status) {
      where.push('status = ?');
      params.push(q.status);
    }
    const key =
      q.sortBy === 'startedAt'
        ? 'started_at'
        : `COALESCE(completed_at, '${q.sortOrder === 'ASC' ? NULL_LAST_ASC : NULL_LAST_DESC}')`;
    if (q.after) {
      const op = q.sortOrder === 'DESC' ? '<' : '>';
      where.push(`(${key} ${op} ? OR (${key} = ? AND id ${op} ?))`);
      params.push(q.after.value, q.after.value, q.after.id);
    }
    const direction = q.sortOrder === 'DESC' ? 'DESC' : 'ASC';
    const sql =
      `SELECT ${SUMMARY_COLUMNS} FROM executions ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ` +
      `ORDER BY ${key} ${direction}, id ${direction} LIMIT ${Math.trunc(q.take)}`;
    return (await this.rows(manager, sql, params)).map(toSummary);
  }
}

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
