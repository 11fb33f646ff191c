/** Base of every failure of an outbound call, so callers can tell "the policy or network said no" from bugs. */
export abstract class OutboundError extends Error {
  abstract readonly kind: 'blocked' | 'dns' | 'timeout' | 'network' | 'invalid-url' | 'unreadable-response';
}

/** The destination is not allowed by the SSRF policy. `reason` says which rule refused it (safe to show). */
export class OutboundBlockedError extends OutboundError {
  readonly kind = 'blocked';
  constructor(readonly host: string, readonly reason: string) {
    super(`Outbound request to "${host}" blocked: ${reason}`);
    this.name = 'OutboundBlockedError';
  }
}

export class OutboundDnsError extends OutboundError {
  readonly kind = 'dns';
  constructor(readonly host: string, cause?: unknown) {
    super(`Host name "${host}" does not resolve`, { cause });
    this.name = 'OutboundDnsError';
  }
}

export class OutboundTimeoutError extends OutboundError {
  readonly kind = 'timeout';
  constructor(readonly timeoutMs: number) {
    super(`No complete response within ${timeoutMs} ms`);
    this.name = 'OutboundTimeoutError';
  }
}

/** Connection refused/reset, TLS failure (including a certificate that does not match the host name), … */
export class OutboundNetworkError extends OutboundError {
  readonly kind = 'network';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'OutboundNetworkError';
  }
}

/**
 * A complete answer that cannot be read: headers larger than the client accepts (Node's limit, 16 KiB by default), or
 * a body that is not in the content coding it claims. Like a body over its cap, the same request gets the same answer
 * again: not a passing network problem.
 */
export class OutboundUnreadableResponseError extends OutboundError {
  readonly kind = 'unreadable-response';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'OutboundUnreadableResponseError';
  }
}

/** Not an absolute http(s) URL with a host. */
export class OutboundInvalidUrlError extends OutboundError {
  readonly kind = 'invalid-url';
  constructor(readonly url: string, reason: string) {
    super(`Invalid outbound URL: ${reason}`);
    this.name = 'OutboundInvalidUrlError';
  }
}

/** Finds an OutboundError anywhere in a `cause` chain (undici wraps connect errors). */
export function findOutboundError(err: unknown): OutboundError | undefined {
  for (let e = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (e instanceof OutboundError) return e;
  }
  return undefined;
}
