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
  const flat = flatStringRecordJson(value);
  if (flat !== undefined) return flat;
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Audit data must be JSON-serialisable');
  return text;
}

/**
 * The RFC 8785 text of a plain object whose values are all strings, undefined for anything else. Every audit context
 * and most metadata are such objects, and two of them are written per event on the webhook path: this skips the
 * general walk. It writes what RFC 8785 asks for such an object, as the general one does: keys sorted by UTF-16 code
 * units (the default sort), keys and values as JSON.stringify writes strings.
 */
function flatStringRecordJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (let index = 0; index < keys.length; index += 1) {
    const item = record[keys[index]];
    if (typeof item !== 'string') return undefined;
    text += `${index === 0 ? '' : ','}${jsonString(keys[index])}:${jsonString(item)}`;
  }
  return `${text}}`;
}

/**
 * A string as JSON text: quoted as it is when nothing in it needs an escape (ids, names, request ids), which spares
 * the call into JSON.stringify; otherwise JSON.stringify's text (escapes and lone surrogates as RFC 8785 has them).
 */
function jsonString(value: string): string {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return JSON.stringify(value);
  }
  return `"${value}"`;
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
