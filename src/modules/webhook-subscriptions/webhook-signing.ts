import { createHmac, randomBytes } from 'node:crypto';
import { standardWebhooksKey, WHSEC_PREFIX } from '../../common/secrets/standard-webhooks-secret';

/**
 * The two signatures every delivery carries.
 *
 * - Standard Webhooks (`webhook-signature`): `v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`.
 *   The key is the base64-decoded part after `whsec_` for secrets in that format (what we generate), otherwise
 *   the UTF-8 bytes of the secret as given.
 * - `X-Webhook-Signature`: `sha256=` + hex HMAC-SHA256 of the raw body, keyed with the UTF-8 bytes of the secret
 *   exactly as given (the `whsec_` prefix included), for receivers that only check the body.
 */

/** A fresh secret in the Standard Webhooks format: `whsec_` + base64 of 32 random bytes. */
export function generateSecret(): string {
  return WHSEC_PREFIX + randomBytes(32).toString('base64');
}

/** The HMAC key of the Standard Webhooks signature for this secret. */
export function standardSigningKey(secret: string): Buffer {
  return (secret.startsWith(WHSEC_PREFIX) ? standardWebhooksKey(secret) : undefined) ?? Buffer.from(secret, 'utf8');
}

export function standardSignature(key: Buffer, webhookId: string, timestampSeconds: number, body: Buffer): string {
  const mac = createHmac('sha256', key).update(`${webhookId}.${timestampSeconds}.`).update(body).digest('base64');
  return `v1,${mac}`;
}

export function bodySignature(secret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', Buffer.from(secret, 'utf8')).update(body).digest('hex')}`;
}
