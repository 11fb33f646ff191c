/**
 * The `updatedAt` of a change: now, but always later than the version it replaces, so two changes within one
 * millisecond still leave distinct versions for compare-and-set.
 */
export function nextTimestamp(previous?: string): string {
  const floor = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous) + 1;
  return new Date(Math.max(Date.now(), floor)).toISOString();
}
