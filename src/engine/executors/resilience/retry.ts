/**
 * Wait before attempt `attempt + 1`: base, 2×base, 4×base, … with ±20 % jitter so that callers failing together
 * do not come back together.
 */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const nominal = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.round(nominal * (0.8 + 0.4 * random()));
}

/** Resolves after `ms`, or false early when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
