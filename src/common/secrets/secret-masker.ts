import { mapSecrets } from './secret-walk';

/** What a secret that is too short (or not a string) to show any part of becomes. */
export const FULLY_MASKED = '********';

/**
 * Display form of one secret value: `****` + its last 4 characters when it is a string longer than 4 (enough to
 * tell two keys apart), otherwise FULLY_MASKED. Objects and arrays under a secret key are hidden as a whole.
 */
export function maskSecretValue(value: unknown): string {
  return typeof value === 'string' && value.length > 4 ? `****${value.slice(-4)}` : FULLY_MASKED;
}

export interface MaskOptions {
  /** `hint` keeps the last 4 characters (API output, §11.1); `full` hides everything (audit trail, logs). */
  readonly style?: 'hint' | 'full';
}

/** Deep copy of `value` with every secret leaf masked, at any depth, inside arrays and header maps too. */
export function maskSecrets<T>(value: T, options: MaskOptions = {}): T {
  const mask = options.style === 'full' ? () => FULLY_MASKED : maskSecretValue;
  return mapSecrets(value, mask) as T;
}
