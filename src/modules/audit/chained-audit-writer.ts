import { timeOrderedId } from '../../common/ids';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canonicalJson, type HashedAuditFields } from './audit-hash';
import { AuditWriter, type AuditActor, type AuditEntry, type AuditEventInput } from './audit-writer';
import {
  AUDIT_ACTIONS,
  AUDIT_ACTOR_TYPES,
  AUDIT_EVENT_TYPES,
  AUDIT_RESOURCE_TYPES,
  AUDIT_RESULTS,
} from './audit-vocabulary';
import { maskSecrets } from './secret-masker';
import { TransactionAuditBuffer } from './transaction-audit-buffer';
import { isoTime } from '../../common/iso-time';

const MAX_ID_LENGTH = 255;
const MAX_IP_LENGTH = 45;

/**
 * Appends events to the hash chain inside the caller's transaction. Each event links to the one recorded just
 * before it, so the chaining is serialised: on PostgreSQL by an advisory lock held until the caller's transaction
 * ends, on SQLite by the Database write mutex (one writer at a time already). Inside a transaction the events are
 * validated and built at once but chained in and inserted together when the transaction commits
 * (TransactionAuditBuffer); outside one (no transaction open on the manager) they are written at once.
 */
@Injectable()
export class ChainedAuditWriter extends AuditWriter {
  constructor(private readonly buffer: TransactionAuditBuffer) {
    super();
  }

  append(manager: EntityManager, actor: AuditActor, event: AuditEventInput): Promise<void> {
    return this.appendEach(manager, [{ actor, event }]);
  }

  override async appendEach(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    for (const { actor, event } of entries) assertStorable(actor, event);
    const fields = entries.map(({ actor, event }): HashedAuditFields => ({
      eventId: timeOrderedId(),
      eventType: event.eventType,
      action: event.action,
      result: event.result,
      resourceId: event.resourceId,
      resourceType: event.resourceType,
      actorType: actor.type,
      actorId: actor.id,
      actorIp: actor.ip || '0.0.0.0',
      context: canonicalJson(contextOf(actor)),
      metadata: canonicalJson(maskSecrets(event.metadata ?? {})),
      timestamp: isoTime(),
    }));
    if (!this.buffer.defer(manager, fields)) await this.buffer.writeNow(manager, fields);
  }
}

function contextOf(actor: AuditActor): Record<string, string> {
  const context: Record<string, string> = {};
  if (actor.userAgent !== undefined) context.userAgent = actor.userAgent;
  if (actor.requestId !== undefined) context.requestId = actor.requestId;
  return context;
}

/** A malformed event is a programming error: fail the caller's transaction rather than store a broken row. */
function assertStorable(actor: AuditActor, event: AuditEventInput): void {
  const problems: string[] = [];
  if (!AUDIT_EVENT_TYPES.includes(event.eventType)) problems.push(`unknown event type (FLK-0601)`);
  if (!AUDIT_ACTIONS.includes(event.action)) problems.push(`unknown action (FLK-0602)`);
  if (!AUDIT_RESULTS.includes(event.result)) problems.push(`unknown result (FLK-0603)`);
  if (!AUDIT_RESOURCE_TYPES.includes(event.resourceType)) problems.push(`unknown resource type (FLK-0605)`);
  if (!AUDIT_ACTOR_TYPES.includes(actor.type)) problems.push(`unknown actor type (FLK-0607)`);
  const resourceId = event.resourceId ?? '';
  if (!resourceId) problems.push('resourceId is empty (FLK-0604)');
  if (resourceId.length > MAX_ID_LENGTH) problems.push('resourceId is longer than 255 characters (FLK-0608)');
  const actorId = actor.id ?? '';
  if (!actorId) problems.push('actor id is empty (FLK-0606)');
  if (actorId.length > MAX_ID_LENGTH) problems.push('actor id is longer than 255 characters (FLK-0609)');
  if ((actor.ip ?? '').length > MAX_IP_LENGTH) problems.push('actor ip is longer than 45 characters');
  if (problems.length > 0) throw new Error(`Audit event rejected: ${problems.join('; ')}`);
}
