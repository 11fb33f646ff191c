import { createHmac, timingSafeEqual } from 'node:crypto';
import { standardWebhooksKey } from '../../common/secrets/standard-webhooks-secret';
import type { SignatureConfig } from './webhook-trigger-config';

export type HeaderLookup = (name: string) => string | undefined;

/**
 * A signature check's outcome: refused with a short reason for the error message (never the expected value), or
 * valid; a valid Standard Webhooks signature also names the message id it covers, the only delivery id a replayer
 * cannot change.
 */
export type SignatureCheck = { readonly valid: false; readonly reason: string } | { readonly valid: true; readonly messageId?: string };

const refused = (reason: string): SignatureCheck => ({ valid: false, reason });
const VALID: SignatureCheck = { valid: true };

/** Verifies the sender's own signature over the exact bytes received. */
export function verifySignature(config: SignatureConfig, header: HeaderLookup, raw: Buffer, nowMs: number): SignatureCheck {
  if (config.secret === '') return refused('the trigger has no signature secret configured');
  switch (config.scheme) {
    case 'github':
      return verifyGitHub(config.secret, header, raw);
    case 'stripe':
      return verifyStripe(config, header, raw, nowMs);
    case 'standard':
      return verifyStandard(config, header, raw, nowMs);
    default:
      return refused(`unknown signature scheme "${String(config.scheme).slice(0, 20)}"`);
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
function verifyGitHub(secret: string, header: HeaderLookup, raw: Buffer): SignatureCheck {
  const value = header('x-hub-signature-256');
  if (!value) return refused('the X-Hub-Signature-256 header is missing');
  const presented = value.startsWith('sha256=') ? hexBytes(value.slice(7)) : Buffer.alloc(0);
  return sameBytes(hmac(secret, raw), presented) ? VALID : refused('the X-Hub-Signature-256 signature does not match the body');
}

function withinTolerance(timestampSeconds: number, toleranceSeconds: number, nowMs: number): boolean {
  return Number.isFinite(timestampSeconds) && Math.abs(nowMs / 1000 - timestampSeconds) <= toleranceSeconds;
}

/** Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]`, each v1 an HMAC-SHA256 of `<t>.<body>`. */
function verifyStripe(config: SignatureConfig, header: HeaderLookup, raw: Buffer, nowMs: number): SignatureCheck {
  const value = header('stripe-signature');
  if (!value) return refused('the Stripe-Signature header is missing');
  let timestamp = '';
  const candidates: Buffer[] = [];
  for (const part of value.split(',')) {
    const [key, ...rest] = part.trim().split('=');
    const item = rest.join('=');
    if (key === 't') timestamp = item;
    else if (key === 'v1') candidates.push(hexBytes(item));
  }
  if (!/^\d+$/.test(timestamp) || candidates.length === 0) return refused('the Stripe-Signature header is malformed');
  if (!withinTolerance(Number(timestamp), config.toleranceSeconds, nowMs)) return refused('the Stripe-Signature timestamp is outside the tolerance');
  const expected = hmac(config.secret, `${timestamp}.`, raw);
  return candidates.some((c) => sameBytes(expected, c)) ? VALID : refused('no Stripe-Signature v1 signature matches the body');
}

/**
 * Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64> …`, each an
 * HMAC-SHA256 of `<id>.<timestamp>.<body>` keyed with the base64 part of a `whsec_…` secret. Svix sends the same
 * under `svix-id`, `svix-timestamp` and `svix-signature`; those are read when no `webhook-*` header came.
 */
function verifyStandard(config: SignatureConfig, header: HeaderLookup, raw: Buffer, nowMs: number): SignatureCheck {
  const parts = ['id', 'timestamp', 'signature'] as const;
  const svix = parts.every((part) => header(`webhook-${part}`) === undefined) && parts.some((part) => header(`svix-${part}`) !== undefined);
  const prefix = svix ? 'svix' : 'webhook';
  const values = parts.map((part) => header(`${prefix}-${part}`));
  const [id, timestamp, signatures] = values;
  if (!id || !timestamp || !signatures) {
    const missing = parts.filter((_, at) => !values[at]).map((part) => `${prefix}-${part}`);
    return refused(`the ${missing.join(', ')} header${missing.length > 1 ? 's are' : ' is'} missing`);
  }
  if (!/^\d+$/.test(timestamp) || !withinTolerance(Number(timestamp), config.toleranceSeconds, nowMs)) {
    return refused(`the ${prefix}-timestamp is malformed or outside the tolerance`);
  }
  // A block stored before activation checked the secret fails closed here.
  const key = standardWebhooksKey(config.secret);
  if (!key) return refused("the trigger's secret is not a Standard Webhooks key (whsec_ + base64 of 24 to 64 bytes)");
  const expected = hmac(key, `${id}.${timestamp}.`, raw);
  const matches = signatures
    .split(' ')
    .map((entry) => entry.split(','))
    .some(([version, signature]) => version === 'v1' && signature !== undefined && sameBytes(expected, Buffer.from(signature, 'base64')));
  return matches ? { valid: true, messageId: id } : refused(`no ${prefix}-signature v1 signature matches the body`);
}
