import { Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import type { Page } from '../../common/pagination/cursor';
import { storedTimeRange, type TimeRangeParameters } from '../../common/stored-time-range';
import { Database } from '../../database/database.service';
import type { components, operations } from '../../generated';
import { AuditEventRepository, type StoredAuditEvent } from './audit-event.repository';
import { computeAuditHash } from './audit-hash';

export type AuditEntryOutput = components['schemas']['AuditEntryOutput'];
export type HashChainVerificationOutput = components['schemas']['HashChainVerificationOutput'];
export type AuditSearchQuery = NonNullable<operations['searchAuditEvents']['parameters']['query']>;

const DEFAULT_LIMIT = 20;
/** Rows read per query while verifying, so a long chain never sits in memory at once. */
export const VERIFY_BATCH_SIZE = 1000;
const MAX_BIGINT = 9223372036854775807n;
const DATE_RANGE: TimeRangeParameters = { from: 'dateFrom', to: 'dateTo', invalidCode: 'FLK-0305', invertedCode: 'FLK-0308' };

@Injectable()
export class AuditService {
  constructor(
    private readonly db: Database,
    private readonly events: AuditEventRepository,
  ) {}

  async search(query: AuditSearchQuery): Promise<Page<AuditEntryOutput>> {
    const { from, to } = storedTimeRange(query.dateFrom, query.dateTo, DATE_RANGE);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const order = query.sortOrder ?? 'DESC';
    const afterId = query.cursor === undefined ? undefined : parseCursor(query.cursor);
    const rows = await this.db.read((m) =>
      this.events.search(m, {
        eventType: query.eventType,
        action: query.action,
        result: query.result,
        resourceType: query.resourceType,
        resourceId: query.resourceId,
        from,
        to,
        order,
        afterId,
        take: limit + 1,
      }),
    );
    // The audit cursor is the internal id itself (see docs/audit.md), not the shared keyset cursor.
    const hasMore = rows.length > limit;
    const kept = hasMore ? rows.slice(0, limit) : rows;
    return { items: kept.map(toOutput), hasMore, nextCursor: hasMore ? kept[kept.length - 1].id : '' };
  }

  async get(eventId: string): Promise<AuditEntryOutput> {
    return toOutput(await this.find(eventId));
  }

  /**
   * Walks the chain from its first row up to and including the event, in id order and in batches, checking for
   * every row that it links to the row before it and that its stored hash matches its recomputed hash.
   */
  async verify(eventId: string): Promise<HashChainVerificationOutput> {
    const target = await this.find(eventId);
    let previous: StoredAuditEvent | undefined;
    let checked = 0;
    for (;;) {
      const batch = await this.db.read((m) => this.events.chainSlice(m, previous?.id, target.id, VERIFY_BATCH_SIZE));
      for (const row of batch) {
        checked += 1;
        const problem = chainProblem(row, previous);
        if (problem) return { isValid: false, firstInvalidId: Number(row.id), totalChecked: checked, message: problem };
        previous = row;
      }
      if (batch.length < VERIFY_BATCH_SIZE) break;
      // On SQLite a read is synchronous underneath its promise, so without a macrotask turn a long chain would be
      // walked in one stretch of microtasks: 300,000 events held every other request, /health/live included, ~10 s.
      await new Promise((next) => setImmediate(next));
    }
    return { isValid: true, totalChecked: checked, message: 'Hash chain is valid' };
  }

  private async find(eventId: string): Promise<StoredAuditEvent> {
    const row = await this.db.read((m) => this.events.findByEventId(m, eventId));
    if (!row) throw new FlkError('FLK-0600', `Audit event ${eventId} does not exist.`);
    return row;
  }
}

/** Why `row` breaks the chain after `previous` (undefined: `row` is the first row), or null when it is sound. */
export function chainProblem(row: StoredAuditEvent, previous: StoredAuditEvent | undefined): string | null {
  const expectedPrevious = previous?.hash ?? null;
  if (row.previousHash !== expectedPrevious) {
    return previous
      ? `Event #${row.id} does not link to event #${previous.id}: its previous_hash differs from that event's hash`
      : `Event #${row.id} is the first event but has a previous_hash: earlier events are missing`;
  }
  if (computeAuditHash(expectedPrevious, row) !== row.hash) {
    return `Event #${row.id} has been altered: its stored hash does not match the hash of its content`;
  }
  return null;
}

function parseCursor(cursor: string): string {
  const invalid = () => new FlkError('FLK-0610', 'The cursor is not valid: pass back the nextCursor of a previous page unchanged.');
  if (!/^\d{1,19}$/.test(cursor)) throw invalid();
  const id = BigInt(cursor);
  if (id > MAX_BIGINT) throw invalid();
  return id.toString();
}

function toOutput(row: StoredAuditEvent): AuditEntryOutput {
  const context = parseObject(row.context);
  const metadata = parseObject(row.metadata);
  return {
    eventId: row.eventId,
    eventType: row.eventType as AuditEntryOutput['eventType'],
    action: row.action as AuditEntryOutput['action'],
    result: row.result as AuditEntryOutput['result'],
    resourceId: row.resourceId,
    resourceType: row.resourceType as AuditEntryOutput['resourceType'],
    actor: { type: row.actorType as AuditEntryOutput['actor']['type'], id: row.actorId, ipAddress: row.actorIp },
    ...(Object.keys(context).length > 0 ? { context } : {}),
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
    timestamp: row.timestamp,
    hash: row.hash,
    ...(row.previousHash !== null ? { previousHash: row.previousHash } : {}),
  };
}

/**
 * The stored JSON object, or {} when the stored text is not one. The writer only stores canonical JSON objects, so
 * anything else means the row was edited in the database: it is still listed (an operator investigating needs to
 * read around it, and one bad row must not fail every page holding it), and verify reports it as altered.
 */
function parseObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
