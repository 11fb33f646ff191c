import { FlkError } from '../../common/errors';
import { isWellFormedWhsec, WHSEC_PREFIX } from '../../common/secrets/standard-webhooks-secret';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-subscription.entities';

/**
 * Rules the generated DTO cannot express (it already checked types, lengths and list sizes against the spec).
 */

export const DEFAULT_ORGANIZATION = 'default';
const ORGANIZATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const MAX_HEADERS = 20;
const MAX_HEADER_NAME = 64;
const MAX_HEADER_VALUE = 1024;
/** RFC 9110 token characters. */
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
/** Set by the delivery itself, meaningful only hop by hop, or able to corrupt the request framing. */
const RESERVED_HEADERS = new Set([
  'host', 'content-length', 'content-type', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive',
  'te', 'trailer', 'upgrade', 'expect', 'proxy-authorization', 'proxy-authenticate', 'proxy-connection',
  'x-webhook-signature', 'http2-settings',
]);

/** `X-Organization-Id` as sent (undefined when absent) → the organisation to act for. */
export function organizationFrom(header: string | string[] | undefined): string {
  if (header === undefined) return DEFAULT_ORGANIZATION;
  if (typeof header !== 'string' || !ORGANIZATION_ID.test(header)) {
    throw new FlkError(
      'FLK-0709',
      'X-Organization-Id must be 1 to 64 letters, digits, "_" or "-" (omit it to use the organisation "default").',
      { 'X-Organization-Id': 'invalid' },
    );
  }
  return header;
}

export function checkName(name: string): string {
  if (name.trim() === '') throw new FlkError('FLK-0705', 'The subscription name must not be blank.', { name: 'is blank' });
  return name;
}

export function checkEvents(events: readonly string[]): WebhookEventType[] {
  const seen = new Set<string>();
  for (const event of events) {
    if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(event)) {
      throw new FlkError('FLK-0706', `Unknown event type "${event}".`, { events: 'unknown event type' });
    }
    if (seen.has(event)) throw new FlkError('FLK-0706', `Event type "${event}" is listed twice.`, { events: 'repeated event type' });
    seen.add(event);
  }
  if (seen.size === 0) throw new FlkError('FLK-0706', 'At least one event type is required.', { events: 'is empty' });
  return [...seen] as WebhookEventType[];
}

export function checkSecret(secret: string): string {
  if (secret.startsWith(WHSEC_PREFIX) && !isWellFormedWhsec(secret)) {
    throw new FlkError('FLK-0707', 'A secret starting with "whsec_" must continue with base64 of 24 to 64 bytes.', {
      secret: 'malformed whsec_ secret',
    });
  }
  return secret;
}

export function checkHeaders(headers: Record<string, unknown>): Record<string, string> {
  const entries = Object.entries(headers);
  const bad = (name: string, why: string) => new FlkError('FLK-0708', `Header "${name.slice(0, 80)}" ${why}.`, { [`headers.${name.slice(0, 80)}`]: why });
  if (entries.length > MAX_HEADERS) throw new FlkError('FLK-0708', `At most ${MAX_HEADERS} headers are allowed.`, { headers: 'too many' });
  const seen = new Set<string>();
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (name.length === 0 || name.length > MAX_HEADER_NAME || !HEADER_NAME.test(name)) {
      throw bad(name, `is not a valid header name (1 to ${MAX_HEADER_NAME} token characters)`);
    }
    if (RESERVED_HEADERS.has(lower) || lower.startsWith('webhook-')) throw bad(name, 'is reserved');
    if (seen.has(lower)) throw bad(name, 'is repeated');
    seen.add(lower);
    if (typeof value !== 'string') throw bad(name, 'must have a string value');
    if (value.length > MAX_HEADER_VALUE) throw bad(name, `has a value longer than ${MAX_HEADER_VALUE} characters`);
    // Control characters would let a value smuggle extra header lines; HTTP/1.1 cannot carry wider characters.
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) throw bad(name, 'has a value with control or non-Latin-1 characters');
    out[name] = value;
  }
  return out;
}
