/**
 * Standard Webhooks secrets (https://www.standardwebhooks.com/): `whsec_` followed by the base64 of a random key of
 * 24 to 64 bytes; the signature is keyed with the decoded bytes. One rule for both directions: the secrets our
 * subscriptions sign with, and the secrets a webhook trigger verifies incoming signatures with.
 */
export const WHSEC_PREFIX = 'whsec_';
export const STANDARD_KEY_BYTES = { min: 24, max: 64 } as const;

/**
 * The key a Standard Webhooks secret stands for (the `whsec_` prefix optional), or undefined when the rest is not
 * base64 of 24 to 64 bytes. Decoding alone would turn `whsec_`, `whsec_!!!!` or `whsec_AAAA` into an empty or
 * 3-byte key whose signatures anyone can compute.
 */
export function standardWebhooksKey(secret: string): Buffer | undefined {
  const encoded = secret.startsWith(WHSEC_PREFIX) ? secret.slice(WHSEC_PREFIX.length) : secret;
  if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  const key = Buffer.from(encoded, 'base64');
  return key.length >= STANDARD_KEY_BYTES.min && key.length <= STANDARD_KEY_BYTES.max ? key : undefined;
}

/** Whether a secret is in the `whsec_` format with a usable key. */
export const isWellFormedWhsec = (secret: string): boolean =>
  secret.startsWith(WHSEC_PREFIX) && standardWebhooksKey(secret) !== undefined;
