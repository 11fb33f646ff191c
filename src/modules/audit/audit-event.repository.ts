import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { rareValueCondition, type FilterColumn } from '../../database/common-value-indexes';
import { pipelined, type Statement } from '../../database/pipeline';
import { rowSource, statementText, wellFormed, type RowColumnType } from '../../database/row-source';
import { AuditEventEntity } from './audit-event.entity';
import type { HashedAuditFields } from './audit-hash';
import { AUDIT_RESOURCE_TYPES } from './audit-vocabulary';

/** What is stored for one event, with the internal id normalised to decimal text on both databases. */
export type StoredAuditEvent = Omit<AuditEventEntity, 'id'> & { readonly id: string };

export interface AuditSearch {
  readonly eventType?: string;
  readonly action?: string;
  readonly result?: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  /** Inclusive bounds, as ISO strings in the stored timestamp format. */
  readonly from?: string;
  readonly to?: string;
  readonly order: 'ASC' | 'DESC';
  /** Internal id the previous page ended at (exclusive). */
  readonly afterId?: string;
  readonly take: number;
}

/** One row to insert: everything but the internal id, which the database draws. */
export type NewAuditRow = Omit<AuditEventEntity, 'id'>;

/** Entity field → column, in the order of the INSERT column list. */
const COLUMN_OF: Readonly<Record<keyof NewAuditRow, string>> = {
  eventId: 'event_id',
  eventType: 'event_type',
  action: 'action',
  result: 'result',
  resourceType: 'resource_type',
  resourceId: 'resource_id',
  actorType: 'actor_type',
  actorId: 'actor_id',
  actorIp: 'actor_ip',
  context: 'context',
  metadata: 'metadata',
  timestamp: 'timestamp',
  hash: 'hash',
  previousHash: 'previous_hash',
};
const INSERT_COLUMNS = Object.keys(COLUMN_OF) as Array<keyof NewAuditRow>;
const insertInto = `INSERT INTO audit_events (${INSERT_COLUMNS.map((f) => `"${COLUMN_OF[f]}"`).join(', ')})`;
/** 15 parameters a row on SQLite: 200 rows stay far below its limit of 32,766. */
const ROWS_PER_INSERT = 200;
const COLUMN_TYPES: readonly RowColumnType[] = INSERT_COLUMNS.map(() => 'text');
const TIP = 'SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1';

/** One INSERT of `rows`, in the given order (so their ids follow it). */
function insertStatement(manager: EntityManager, rows: readonly NewAuditRow[]): Statement {
  const source = rowSource(manager, COLUMN_TYPES, rows.map((row) => INSERT_COLUMNS.map((column) => row[column])));
  return [INSERT(source), source.params, source.fixedText];
}

const INSERT = statementText(
  ({ from, position }) => `${insertInto} SELECT ${INSERT_COLUMNS.map((_, n) => `v.column${n + 1}`).join(', ')} FROM ${from} ORDER BY ${position}`,
);

/** The rows in statements of ROWS_PER_INSERT. */
function insertStatements(manager: EntityManager, rows: readonly NewAuditRow[]): Statement[] {
  const statements: Statement[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    statements.push(insertStatement(manager, rows.slice(start, start + ROWS_PER_INSERT)));
  }
  return statements;
}

/** The fields in the order of the hash text, which is the order of each event's array for audit_events_append_json. */
const APPEND_FIELDS: ReadonlyArray<keyof HashedAuditFields> = [
  'eventId',
  'eventType',
  'action',
  'result',
  'resourceId',
  'resourceType',
  'actorType',
  'actorId',
  'actorIp',
  'context',
  'metadata',
  'timestamp',
];
const APPEND = 'SELECT audit_events_append_json(?::jsonb)';

/** Audit trail I/O. Rows are only ever inserted: the table refuses UPDATE and DELETE. */
@Injectable()
export class AuditEventRepository {
  /** Hash of the row with the highest id, or null while the table is empty. */
  async lastHash(manager: EntityManager): Promise<string | null> {
    const rows = (await manager.query(TIP)) as Array<{ hash: string }>;
    return rows[0]?.hash ?? null;
  }

  /**
   * Inserts the rows in the given order with as few multi-row INSERTs as possible, so their ids follow that order.
   * Plain parameterised SQL: the query builder costs more than the statement on this hot path.
   */
  async insertMany(manager: EntityManager, rows: readonly NewAuditRow[]): Promise<void> {
    await pipelined(manager, insertStatements(manager, rows));
  }

  /**
   * PostgreSQL: the statement that chains `events` onto the audit trail in the server, in the given order
   * (audit_events_append_json, migration 1764400000010): it takes the chain's lock, reads the tip and computes the hashes
   * there, so it needs no guess of the tip and cannot be refused for one. One prepared text for any number of events.
   */
  appendStatement(events: readonly HashedAuditFields[]): Statement {
    return [APPEND, [JSON.stringify(events.map((event) => APPEND_FIELDS.map((field) => wellFormed(event[field] ?? null))))], true];
  }

  async findByEventId(manager: EntityManager, eventId: string): Promise<StoredAuditEvent | null> {
    const row = await manager.getRepository(AuditEventEntity).findOne({ where: { eventId } });
    return row ? normalised(row) : null;
  }

  async search(manager: EntityManager, s: AuditSearch): Promise<StoredAuditEvent[]> {
    if (timestampIndexServes(s)) {
      // Without statistics SQLite walks the trail in id order for a window with one bound (it expects a quarter of the
      // rows to match), checking each row: a window that matched nothing read all 300,000 rows (0.2 s). The timestamp
      // index finds every row of a small window at once; only a window of many rows is walked.
      const ids = await this.idsInWindow(manager, s);
      if (ids.length < WINDOW_PROBE) return this.byIds(manager, firstIds(ids, s.order, s.take), s.order);
    }
    const q = manager.getRepository(AuditEventEntity).createQueryBuilder('e');
    searchConditions(q, s);
    const rows = await q.orderBy('e.id', s.order).take(s.take).getMany();
    return rows.map(normalised);
  }

  /**
   * Ids of the rows of the search, found through the timestamp index (see timestampIndexServes): all of them when the
   * window holds fewer than WINDOW_PROBE, else WINDOW_PROBE of them.
   */
  private async idsInWindow(manager: EntityManager, s: AuditSearch): Promise<string[]> {
    const q = manager.getRepository(AuditEventEntity).createQueryBuilder('e').select('e.id', 'id');
    searchConditions(q, s, '+e.id');
    const rows = await q.limit(WINDOW_PROBE).getRawMany<{ id: string | number }>();
    return rows.map((row) => String(row.id));
  }

  private async byIds(manager: EntityManager, ids: readonly string[], order: 'ASC' | 'DESC'): Promise<StoredAuditEvent[]> {
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(AuditEventEntity).createQueryBuilder('e').where('e.id IN (:...ids)', { ids }).orderBy('e.id', order).getMany();
    return rows.map(normalised);
  }

  /** Up to `take` rows with `afterId < id <= upToId` in chain order (`afterId` omitted: from the first row). */
  async chainSlice(manager: EntityManager, afterId: string | undefined, upToId: string, take: number): Promise<StoredAuditEvent[]> {
    const q = manager.getRepository(AuditEventEntity).createQueryBuilder('e').where('e.id <= :upToId', { upToId });
    if (afterId !== undefined) q.andWhere('e.id > :afterId', { afterId });
    const rows = await q.orderBy('e.id', 'ASC').take(take).getMany();
    return rows.map(normalised);
  }
}

/**
 * A time window holding fewer rows than this is listed from the ids the timestamp index gives (at most this many, in
 * one index-only read); a larger one is walked in id order, where its rows are found as the walk goes.
 */
const WINDOW_PROBE = 1000;

/**
 * A search by time window with no filter that has an index of its own: no resource, and for eventType, action and
 * result only the common values, which their filter indexes leave out (a rare value's small index is read in id
 * order). Such a search otherwise walks the trail in id order, checking every row.
 */
function timestampIndexServes(s: AuditSearch): boolean {
  if (s.from === undefined && s.to === undefined) return false;
  if (s.resourceType !== undefined || s.resourceId !== undefined) return false;
  const filters: Array<[FilterColumn, string | undefined]> = [['event_type', s.eventType], ['action', s.action], ['result', s.result]];
  return filters.every(([column, value]) => value === undefined || rareValueCondition(column, value) === undefined);
}

/**
 * The WHERE of a search, for the listing and for the window's id probe alike. The probe compares the cursor with
 * `+e.id`, which no index serves: with `e.id`, SQLite read it by walking the primary key from the cursor down.
 */
function searchConditions(q: SelectQueryBuilder<AuditEventEntity>, s: AuditSearch, cursorColumn: 'e.id' | '+e.id' = 'e.id'): void {
  if (s.eventType !== undefined) filterOn(q, 'event_type', s.eventType);
  if (s.action !== undefined) filterOn(q, 'action', s.action);
  if (s.result !== undefined) filterOn(q, 'result', s.result);
  if (s.resourceType !== undefined) q.andWhere('e.resourceType = :resourceType', { resourceType: s.resourceType });
  // The index is (resource_type, resource_id): a resource id alone would scan the whole trail (31 ms at 245,000 rows
  // on SQLite, growing with the trail, under the one-connection mutex). Every stored row has one of the few types
  // the writer accepts, so naming all of them turns the scan into one index search per type.
  else if (s.resourceId !== undefined) q.andWhere('e.resourceType IN (:...resourceTypes)', { resourceTypes: AUDIT_RESOURCE_TYPES });
  if (s.resourceId !== undefined) q.andWhere('e.resourceId = :resourceId', { resourceId: s.resourceId });
  if (s.from !== undefined) q.andWhere('e.timestamp >= :from', { from: s.from });
  if (s.to !== undefined) q.andWhere('e.timestamp <= :to', { to: s.to });
  if (s.afterId === undefined) return;
  // `+e.id` has no type affinity on SQLite: the text parameter must be made a number, or every integer sorts below it.
  const after = cursorColumn === 'e.id' ? ':afterId' : 'CAST(:afterId AS BIGINT)';
  q.andWhere(`${cursorColumn} ${s.order === 'ASC' ? '>' : '<'} ${after}`, { afterId: s.afterId });
}

/** The first `take` of `ids` in list order (ids are decimal text of 64-bit integers: compared as such). */
function firstIds(ids: readonly string[], order: 'ASC' | 'DESC', take: number): string[] {
  const sorted = [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
  return (order === 'ASC' ? sorted : sorted.reverse()).slice(0, take);
}

/** `column = value`, and for a rare value the condition under which its filter index holds the row. */
function filterOn(q: SelectQueryBuilder<AuditEventEntity>, column: FilterColumn, value: string): void {
  q.andWhere(`e.${column} = :${column}`, { [column]: value });
  const indexed = rareValueCondition(column, value);
  if (indexed) q.andWhere(indexed);
}

function normalised(row: AuditEventEntity): StoredAuditEvent {
  return { ...row, id: String(row.id) };
}
