import { Injectable } from '@nestjs/common';
import { OutboundHttp } from '../../../common/outbound';
import { CredentialsResolver, secretQueryParams } from '../auth/credentials';
import { AttemptFailure, statusFailure } from '../executor-failures';
import { MAX_RESPONSE_BYTES } from '../executor-settings';
import type { ExecutorEnvelope } from '../node-executor';
import { toEnvelope } from './envelope';
import { hasHeader, setHeader, type HttpRequestPlan } from './http-plan';
import { outboundFailure, parseRetryAfter } from './outbound-failure';
import { redactUrl, setQuery } from './url';

export interface AttemptContext {
  /** The provider configuration id: owner of cached tokens. */
  readonly owner: string;
  readonly idempotencyKey: string;
  /** This attempt's time budget (already capped by the step deadline). */
  readonly timeoutMs: number;
  /** Aborted when the step deadline passes or the execution is cancelled. */
  readonly signal: AbortSignal;
}

/** Performs one attempt of an HTTP plan: credentials, the request through OutboundHttp, the envelope. */
@Injectable()
export class HttpRunner {
  constructor(
    private readonly http: OutboundHttp,
    private readonly credentials: CredentialsResolver,
  ) {}

  /** The URL of the plan as it may be shown (no credentials). */
  describe(plan: HttpRequestPlan): string {
    return `${plan.method} ${redactUrl(plan.url, secretQueryParams(plan.auth))}`;
  }

  async attempt(plan: HttpRequestPlan, ctx: AttemptContext): Promise<ExecutorEnvelope> {
    const deadline = Date.now() + ctx.timeoutMs;
    const creds = await this.credentials.resolve(plan.auth, { owner: ctx.owner, timeoutMs: ctx.timeoutMs, signal: ctx.signal });
    const url = new URL(plan.url.toString());
    setQuery(url, creds.query);
    const shown = redactUrl(url, secretQueryParams(plan.auth));
    // Credentials and the engine's Idempotency-Key replace a configured header of the same name in any case; merged
    // as object keys, `authorization` and `Authorization` both went out and the provider read the configured one.
    const headers: Record<string, string> = { ...plan.headers };
    for (const [name, value] of Object.entries(creds.headers)) setHeader(headers, name, value);
    setHeader(headers, 'Idempotency-Key', ctx.idempotencyKey);
    if (!hasHeader(headers, 'accept')) headers.Accept = 'application/json, */*;q=0.5';

    let res;
    try {
      res = await this.http.request({
        url: url.toString(),
        method: plan.method,
        headers,
        body: plan.body,
        timeoutMs: Math.max(1, deadline - Date.now()),
        maxResponseBytes: MAX_RESPONSE_BYTES,
        signal: ctx.signal,
      });
    } catch (err) {
      throw outboundFailure(err, `${plan.method} ${shown}`, ctx.signal.aborted);
    }
    if (res.truncated) {
      throw new AttemptFailure(`${plan.method} ${shown}: response larger than the ${MAX_RESPONSE_BYTES / (1024 * 1024)} MiB limit`, {
        retryable: false,
        breakerFailure: false,
        status: res.status,
      });
    }
    const ok = plan.successStatuses ? plan.successStatuses.includes(res.status) : res.status >= 200 && res.status < 300;
    if (!ok) {
      // A revoked or rotated token: let the next call fetch a fresh one instead of failing until it expires.
      if (res.status === 401 && this.credentials.usesTokens(plan.auth)) this.credentials.forgetToken(ctx.owner);
      const failure = statusFailure(res.status, res.statusText, parseRetryAfter(res.headers['retry-after']));
      throw new AttemptFailure(`${plan.method} ${shown}: ${failure.message}`, failure.options);
    }
    const unusual = res.status < 200 || res.status >= 300 ? `unexpected status ${res.statusText}` : undefined;
    return toEnvelope(res, shown, unusual);
  }
}
