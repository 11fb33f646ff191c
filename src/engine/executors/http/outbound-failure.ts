import { OutboundError } from '../../../common/outbound';
import { AttemptFailure, CallSetupError } from '../executor-failures';

/**
 * Classifies an error thrown by OutboundHttp. A refused destination or a malformed URL is a setup problem (no
 * retry, not the provider's fault); timeouts, DNS and connection failures are transient and count against the
 * provider. `aborted` wins: when the caller gave up, nothing is the provider's fault.
 */
export function outboundFailure(err: unknown, what: string, aborted: boolean): AttemptFailure {
  if (err instanceof AttemptFailure) return err;
  if (aborted) return new AttemptFailure(`${what} aborted`, { retryable: false, breakerFailure: false });
  if (err instanceof OutboundError) {
    if (err.kind === 'blocked' || err.kind === 'invalid-url') return new CallSetupError(`${what} refused: ${err.message}`);
    // Headers over the client's limit or a body not in its claimed coding come back the same on every attempt; like an
    // oversized body, no retry, and the provider is up.
    if (err.kind === 'unreadable-response') return new AttemptFailure(`${what}: ${err.message}`, { retryable: false, breakerFailure: false });
    if (err.kind === 'timeout') return new AttemptFailure(`${what} timed out: ${err.message}`, { retryable: true, breakerFailure: true, timedOut: true });
    return new AttemptFailure(`${what} failed: ${err.message}`, { retryable: true, breakerFailure: true });
  }
  // Anything else is a bug on our side, not something another attempt or the breaker should see.
  return new AttemptFailure(`${what} failed: ${err instanceof Error ? err.message : String(err)}`, { retryable: false, breakerFailure: false });
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its month (RFC 9110 §5.6.7). Date.parse also reads bare numbers such as `1.5` or `-1` as dates
  // in 2001, which made a retry come at once, without any backoff.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
