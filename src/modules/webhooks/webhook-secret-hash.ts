import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new webhook secret: 32 random bytes, base64url (43 characters, safe in a URL query). */
export function generateWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashWebhookSecret(secret: string): string {
  return hash('sha256', secret, 'hex');
}

/** Constant-time equality of two strings (their lengths may leak, their contents do not). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether `presented` hashes to one of `hashes`; every hash is compared, in constant time each. */
export function matchesAnyHash(presented: string, hashes: readonly string[]): boolean {
  const digest = hashWebhookSecret(presented);
  let found = false;
  for (const stored of hashes) found = safeEqual(digest, stored) || found;
  return found;
}
