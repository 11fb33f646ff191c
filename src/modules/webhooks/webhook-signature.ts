import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignatureConfig } from './webhook-trigger-config';

export type HeaderLookup = (name: string) => string | undefined;

/**
 * Verifies the sender's own signature over the exact bytes received. Returns null when it is valid, otherwise a
 * short reason for the error message (never the expected value).
 */
export function verifySignature(config: SignatureConfig, header: HeaderLookup, raw: Buffer, nowMs: number): string | null {
  if (config.secret === '') return 'the trigger has no signature secret configured';
  switch (config.scheme) {
    case 'github':
      return verifyGitHub(config.secret, header, raw);
    case 'stripe':
      return verifyStripe(config, header, raw, nowMs);
    case 'standard':
      return verifyStandard(config, header, raw, nowMs);
    default:
      return `unknown signature scheme "${String(config.scheme).slice(0, 20)}"`;
  }
}

const hmac = (key: string | Buffer, ...parts: Array<string | Buffer>) => {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return mac.digest();
};

function sameBytes(expected: Buffer, presented: Buffer): boolean {
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

const hexBytes = (text: string) => (/^[0-9a-f]+$/i.test(text) && text.length % 2 === 0 ? Buffer.from(text, 'hex') : Buffer.alloc(0));

/** GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`. */
function verifyGitHub(secret: string, header: HeaderLookup, raw: Buffer): string | null {
  const value = header('x-hub-signature-256');
  if (!value) return 'the X-Hub-Signature-256 header is missing';
  const presented = value.startsWith('sha256=') ? hexBytes(value.slice(7)) : Buffer.alloc(0);
  return sameBytes(hmac(secret, raw), presented) ? null : 'the X-Hub-Signature-256 signature does not match the body';
}

function withinTolerance(timestampSeconds: number, toleranceSeconds: number, nowMs: number): boolean {
  return Number.isFinite(timestampSeconds) && Math.abs(nowMs / 1000 - timestampSeconds) <= toleranceSeconds;
}

/** Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]`, each v1 an HMAC-SHA256 of `<t>.<body>`. */
function verifyStripe(config: SignatureConfig, header: HeaderLookup, raw: Buffer, nowMs: number): string | null {
  const value = header('stripe-signature');
  if (!value) return 'the Stripe-Signature header is missing';
  let timestamp = '';
  const candidates: Buffer[] = [];
  for (const part of value.split(',')) {
    const [key, ...rest] = part.trim().split('=');
    const item = rest.join('=');
    if (key === 't') timestamp = item;
    else if (key === 'v1') candidates.push(hexBytes(item));
  }
  if (!/^\d+$/.test(timestamp) || candidates.length === 0) return 'the Stripe-Signature header is malformed';
  if (!withinTolerance(Number(timestamp), config.toleranceSeconds, nowMs)) return 'the Stripe-Signature timestamp is outside the tolerance';
  const expected = hmac(config.secret, `${timestamp}.`, raw);
  return candidates.some((c) => sameBytes(expected, c)) ? null : 'no Stripe-Signature v1 signature matches the body';
}

/**
 * Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64> …`, each an
 * HMAC-SHA256 of `<id>.<timestamp>.<body>` keyed with the base64 part of a `whsec_…` secret. Svix sends the same
 * under `svix-id`, `svix-timestamp` and `svix-signature`; those are read when `webhook-id` is absent.
 */
function verifyStandard(config: SignatureConfig, header: HeaderLookup, raw: Buffer, nowMs: number): string | null {
  const prefix = header('webhook-id') === undefined && header('svix-id') !== undefined ? 'svix' : 'webhook';
  const id = header(`${prefix}-id`);
  const timestamp = header(`${prefix}-timestamp`);
  const signatures = header(`${prefix}-signature`);
  if (!id || !timestamp || !signatures) return 'the webhook-id, webhook-timestamp or webhook-signature header is missing';
  if (!/^\d+$/.test(timestamp) || !withinTolerance(Number(timestamp), config.toleranceSeconds, nowMs)) {
    return 'the webhook-timestamp is malformed or outside the tolerance';
  }
  const key = Buffer.from(config.secret.startsWith('whsec_') ? config.secret.slice(6) : config.secret, 'base64');
  const expected = hmac(key, `${id}.${timestamp}.`, raw);
  const matches = signatures
    .split(' ')
    .map((entry) => entry.split(','))
    .some(([version, signature]) => version === 'v1' && signature !== undefined && sameBytes(expected, Buffer.from(signature, 'base64')));
  return matches ? null : 'no webhook-signature v1 signature matches the body';
}
