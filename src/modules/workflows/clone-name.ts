import { WORKFLOW_LIMITS } from './validation/limits';

/**
 * The default name of the n-th copy of `source`: `<source> (copy)`, then `<source> (copy 2)`, … in the stored form
 * of names (NFC, no outer white space) whatever form the source was stored in before names were canonical, so a
 * copy of `Café ` (decomposed) is the `Café (copy)` a user would type. The source part is shortened (by
 * characters) so the result never exceeds the name limit.
 */
export function cloneName(source: string, n: number): string {
  const suffix = n <= 1 ? ' (copy)' : ` (copy ${n})`;
  const room = WORKFLOW_LIMITS.nameMaxLength - suffix.length;
  const canonical = source.normalize('NFC').trim();
  const chars = [...canonical];
  const base = chars.length > room ? chars.slice(0, room).join('').trimEnd() : canonical;
  return `${base}${suffix}`.trimStart();
}

/** Candidates `first … first + count - 1`, in order. */
export function cloneNames(source: string, first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => cloneName(source, first + i));
}
