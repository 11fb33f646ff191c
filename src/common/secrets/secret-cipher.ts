import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks a stored value as `v1` ciphertext: AES-256-GCM, 12-byte IV, 16-byte tag. A later key gets `v2:`. */
export const CIPHER_PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretDecryptionError extends Error {
  constructor(reason: string) {
    super(`A stored secret could not be decrypted (${reason}); is SECRETS_KEY the key it was written with?`);
    this.name = 'SecretDecryptionError';
  }
}

/** Authenticated encryption of single strings; the output is `v1:` + base64(iv ‖ tag ‖ ciphertext). */
export class SecretCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the secrets key must be 32 bytes');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return CIPHER_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  decrypt(stored: string): string {
    if (!stored.startsWith(CIPHER_PREFIX)) throw new SecretDecryptionError('unknown format');
    const raw = Buffer.from(stored.slice(CIPHER_PREFIX.length), 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretDecryptionError('truncated value');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretDecryptionError('authentication tag mismatch');
    }
  }

  static isCiphertext(value: unknown): value is string {
    return typeof value === 'string' && value.startsWith(CIPHER_PREFIX);
  }
}
