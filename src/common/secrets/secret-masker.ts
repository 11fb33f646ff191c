import type { KeyRule } from './secret-keys';
import { mapSecrets } from './secret-walk';

/** What a secret that is too short (or not a string) to show any part of becomes. */
export const FULLY_MASKED = '********';

/**
 * Shortest secret whose last 4 characters are shown. Upstream shows them from 5 characters on, which gave away 4 of a
 * 5-character secret and half of an 8-character password; from 16 on, at least three quarters stay hidden, and the
 * generated keys and tokens this hint exists for (telling two of them apart) are all longer.
 */
export const HINT_MIN_LENGTH = 16;

/**
 * Display form of one secret value: `****` + its last 4 characters when it is a string of at least HINT_MIN_LENGTH,
 * otherwise FULLY_MASKED. Objects and arrays under a secret key are hidden as a whole.
 */
export function maskSecretValue(value: unknown): string {
  return typeof value === 'string' && value.length >= HINT_MIN_LENGTH ? `****${value.slice(-4)}` : FULLY_MASKED;
}

export interface MaskOptions {
  /** `hint` keeps the last 4 characters (API output, §11.1); `full` hides everything (audit trail, logs). */
  readonly style?: 'hint' | 'full';
  /** Which keys hold secrets: classifyKey unless given (configurations use classifyConfigKey). */
  readonly rule?: KeyRule;
}

/** Deep copy of `value` with every secret leaf masked, at any depth, inside arrays and header maps too. */
export function maskSecrets<T>(value: T, options: MaskOptions = {}): T {
  const mask = options.style === 'full' ? () => FULLY_MASKED : maskSecretValue;
  return mapSecrets(value, mask, options.rule) as T;
}
