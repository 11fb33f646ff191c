/** Random extra delay added to each retry, as a fraction of the scheduled delay (never shortens it). */
export const RETRY_JITTER = 0.2;
/** A `Retry-After` is honoured up to this long; beyond it the receiver is asking for more than we keep waiting. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * Delay before the retry at position `step` of the schedule, or null when the schedule is used up. The delay is
 * the scheduled one plus up to 20% at random (so deliveries that failed together do not all come back together),
 * and never shorter than what the receiver asked for with `Retry-After`.
 */
export function retryDelayMs(
  schedule: readonly number[],
  step: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number | null {
  if (step >= schedule.length) return null;
  const base = schedule[step];
  const delay = base + Math.floor(base * RETRY_JITTER * random());
  return retryAfterMs === undefined ? delay : Math.max(delay, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unusable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
