import { FULLY_MASKED, isSecretKey, maskSecrets as maskWith } from '../../common/secrets';

/**
 * The audit trail uses the service-wide secret rule (src/common/secrets) — one detector for API output, logs,
 * encryption at rest and audit metadata. Audit rows hide secrets completely: no trailing characters are kept.
 */
export const MASKED_SECRET = FULLY_MASKED;
export const looksLikeSecretKey = isSecretKey;

export function maskSecrets<T>(value: T): T {
  return maskWith(value, { style: 'full' });
}
