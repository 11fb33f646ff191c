/**
 * What one attempt of an executor call can end with, besides success. The retry loop and the circuit breaker decide
 * from these flags alone, so every runner (HTTP, S3) classifies its own failures in one place.
 */
export class AttemptFailure extends Error {
  constructor(
    message: string,
    readonly options: {
      /** Another attempt may succeed (network trouble, timeouts, 429/502/503/504). */
      readonly retryable: boolean;
      /** Counts toward opening the provider configuration's breaker (the provider, not the caller, is at fault). */
      readonly breakerFailure: boolean;
      readonly status?: number;
      /** The provider asked to wait this long (Retry-After). */
      readonly retryAfterMs?: number;
      /** No complete response came within the attempt's timeout. */
      readonly timedOut?: boolean;
    },
  ) {
    super(message);
    this.name = 'AttemptFailure';
  }

  get retryable(): boolean {
    return this.options.retryable;
  }

  get status(): number | undefined {
    return this.options.status;
  }
}

/**
 * The call cannot be made as configured (missing path parameter, unusable base URL, destination refused by the
 * outbound policy, …): no attempt would change that, and the provider is not at fault.
 */
export class CallSetupError extends AttemptFailure {
  constructor(message: string) {
    super(message, { retryable: false, breakerFailure: false });
    this.name = 'CallSetupError';
  }
}

/** Statuses worth another attempt: rate limiting and the gateway/availability family. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * Failure for an HTTP status outside the success list. 4xx other than 429 are the caller's error: neither retried
 * nor held against the provider. 500 is not retried either (a server bug usually answers the same way again, and
 * the side effect may already have happened) but it does count toward the breaker. See docs/engine.md.
 */
export function statusFailure(status: number, statusText: string, retryAfterMs?: number): AttemptFailure {
  const transient = TRANSIENT_STATUSES.has(status);
  return new AttemptFailure(`provider answered ${statusText}`, {
    retryable: transient,
    breakerFailure: transient || status >= 500,
    status,
    retryAfterMs: transient ? retryAfterMs : undefined,
  });
}
