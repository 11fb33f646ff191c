import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './1764400000001-audit-events';

/** The audit events every execution appends (a start and, nearly always, a completion): most of the trail. */
export const EVERY_EXECUTION_EVENT = ['EXECUTION_STARTED', 'EXECUTION_COMPLETED'] as const;

export interface FilterIndex {
  readonly table: string;
  readonly name: string;
  /** The filtered column, and the values nearly every row has there, which the partial index leaves out. */
  readonly column: string;
  readonly commonValues: readonly string[];
  /** The indexed columns of the partial index. */
  readonly columns: string;
  /** Before this migration, as the earlier migrations made it. */
  readonly whole: string;
}

export const FILTER_INDEXES: readonly FilterIndex[] = [
  {
    table: 'audit_events',
    name: 'IDX_audit_events_event_type',
    column: 'event_type',
    commonValues: EVERY_EXECUTION_EVENT,
    columns: '(event_type, id)',
    whole: '(event_type)',
  },
  { table: 'audit_events', name: 'IDX_audit_events_action', column: 'action', commonValues: ['EXECUTE'], columns: '(action, id)', whole: '(action)' },
  { table: 'audit_events', name: 'IDX_audit_events_result', column: 'result', commonValues: ['SUCCESS'], columns: '(result, id)', whole: '(result)' },
  {
    table: 'executions',
    name: 'IDX_executions_status_started',
    column: 'status',
    commonValues: ['completed'],
    columns: '(status, started_at, id)',
    whole: '(status, started_at, id)',
  },
  {
    table: 'executions',
    name: 'IDX_executions_status_completed',
    column: 'status',
    commonValues: ['completed'],
    columns: '(status, completed_at, id)',
    whole: '(status, completed_at, id)',
  },
];

/**
 * The partial index's condition, e.g. `action <> 'EXECUTE'`. SQLite uses the index only for a query whose WHERE
 * states this very condition (src/database/common-value-indexes.ts), so its text is built in this one place.
 */
export function leftOutCondition(index: Pick<FilterIndex, 'column' | 'commonValues'>): string {
  const quoted = index.commonValues.map((value) => `'${value}'`);
  return quoted.length === 1 ? `${index.column} <> ${quoted[0]}` : `${index.column} NOT IN (${quoted.join(', ')})`;
}

/** The partial index's definition after ON <table>. */
export function partialDefinition(index: FilterIndex): string {
  return `${index.columns} WHERE ${leftOutCondition(index)}`;
}

/**
 * PostgreSQL only: the indexes behind the eventType, action and result filters of the audit listing and the status
 * filter of the execution listing leave out the value that nearly every row has, and the audit ones now end with the
 * id, so a filter on a rare value (a failure, a deactivation, the executions still running) reads its page in list
 * order from a small index (the audit filters used to sort every matching row for each page).
 *
 * Every stored execution appends two audit rows (EXECUTION_STARTED / _COMPLETED, EXECUTE, SUCCESS) and, most of the
 * time, is `completed`: each of them used to cost an entry in every one of these five indexes, in the flush that
 * answers webhook calls. A filter on the common value never needed them: walking the primary key (audit) or the
 * (started_at, id) / (completed_at, id) index (executions) in list order finds a match nearly every row. Measured
 * under webhook load, three alternating pairs: server time per call of the audit append −25 %, of the executions
 * insert −22 %, PostgreSQL's CPU per call −16 %, calls a second +9 % (docs/benchmarks.md, "Sixteenth session").
 *
 * The planner uses a partial index when the query's condition implies its predicate. The listings compare each
 * column with one parameter, and the driver's unnamed statements are planned with the parameter's value, so
 * `event_type = 'WORKFLOW_ACTIVATED'` implies `event_type NOT IN (…)`; the lease sweeps' literal
 * `status IN ('pending', 'running')` implies `status <> 'completed'`. SQLite's planner only uses a partial index
 * whose condition appears word for word in the query; migration 1764400000016 makes the same indexes partial there,
 * once the queries stated the conditions.
 *
 * Building an index blocks writes to its table until it is built, which on a large trail means a pause in ingest during
 * the upgrade. An operator can avoid it by rebuilding the five indexes beforehand with DROP / CREATE INDEX
 * CONCURRENTLY and the definitions of FILTER_INDEXES (docs/deployment.md): an index that is already partial is kept as it is.
 */
export class PartialFilterIndexes1764400000015 implements MigrationInterface {
  name = 'PartialFilterIndexes1764400000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    for (const index of FILTER_INDEXES) {
      if (!(await isPartial(queryRunner, index))) await replace(queryRunner, index, partialDefinition(index));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    for (const index of FILTER_INDEXES) await replace(queryRunner, index, index.whole);
  }
}

async function isPartial(queryRunner: QueryRunner, index: FilterIndex): Promise<boolean> {
  const rows = (await queryRunner.query(
    `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace AND i.indpred IS NOT NULL`,
    [index.name],
  )) as unknown[];
  return rows.length > 0;
}

export async function replace(queryRunner: QueryRunner, index: FilterIndex, definition: string): Promise<void> {
  await queryRunner.query(`DROP INDEX IF EXISTS "${index.name}"`);
  await queryRunner.query(`CREATE INDEX "${index.name}" ON ${index.table} ${definition}`);
}
