import { hash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** Stand-in for the previous hash when an event is the first of the chain. */
export const GENESIS = 'GENESIS';
export const HASH_SEPARATOR = '|';

/** The fields of one audit event, exactly as they are stored and hashed (see docs/audit.md). */
export interface HashedAuditFields {
  readonly eventId: string;
  readonly eventType: string;
  readonly action: string;
  readonly result: string;
  readonly resourceId: string;
  readonly resourceType: string;
  readonly actorType: string;
  readonly actorId: string;
  readonly actorIp: string;
  /** Canonical JSON text of the context object. */
  readonly context: string;
  /** Canonical JSON text of the metadata object. */
  readonly metadata: string;
  /** ISO 8601 UTC timestamp string as produced by `Date.prototype.toISOString()`. */
  readonly timestamp: string;
}

/** RFC 8785 (JSON Canonicalization Scheme) text of a JSON value. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Audit data must be JSON-serialisable');
  return text;
}

/** The exact text that is hashed: previous hash (or GENESIS) then the event's fields, joined by `|`. */
export function auditHashInput(previousHash: string | null, e: HashedAuditFields): string {
  return [
    previousHash ?? GENESIS,
    e.eventId,
    e.eventType,
    e.action,
    e.result,
    e.resourceId,
    e.resourceType,
    e.actorType,
    e.actorId,
    e.actorIp,
    e.context,
    e.metadata,
    e.timestamp,
  ].join(HASH_SEPARATOR);
}

/** Lower-case hex SHA-256 of the UTF-8 hash input. */
export function computeAuditHash(previousHash: string | null, e: HashedAuditFields): string {
  return hash('sha256', auditHashInput(previousHash, e), 'hex');
}
