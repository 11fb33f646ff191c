import { Injectable } from '@nestjs/common';
import { buildGenericRequest, GENERIC_HTTP_PROVIDERS } from './http/generic-request';
import type { BuildInput } from './http/http-plan';
import { HttpRunner, type AttemptContext } from './http/http-runner';
import { buildMidazRequest } from './http/midaz-request';
import type { ExecutorEnvelope } from './node-executor';
import { S3Runner } from './s3/s3-runner';

/** A call whose request is fully built: what remains is running attempts. */
export interface PreparedCall {
  /** Method and redacted URL (or object address), for messages. */
  readonly description: string;
  /** Per-attempt timeout wanted by the node/configuration, before the step deadline is applied. */
  readonly timeoutMs: number;
  attempt(ctx: AttemptContext): Promise<ExecutorEnvelope>;
}

type Preparer = (input: BuildInput, ids: { executionId: string; nodeId: string }) => PreparedCall;

/**
 * Which runner handles which catalog provider. Midaz has its own routing table, S3 goes through the AWS SDK, and
 * every other HTTP provider (Tracer, the generic `http`) uses the generic builder. Preparing throws CallSetupError
 * when the request cannot be built.
 */
@Injectable()
export class ExecutorRunners {
  private readonly byProvider: ReadonlyMap<string, Preparer>;

  constructor(http: HttpRunner, s3: S3Runner) {
    const httpCall = (build: (input: BuildInput) => ReturnType<typeof buildGenericRequest>): Preparer => (input) => {
      const plan = build(input);
      return { description: http.describe(plan), timeoutMs: plan.timeoutMs, attempt: (ctx) => http.attempt(plan, ctx) };
    };
    this.byProvider = new Map<string, Preparer>([
      ['midaz', httpCall(buildMidazRequest)],
      ...GENERIC_HTTP_PROVIDERS.map((providerId): [string, Preparer] => [providerId, httpCall(buildGenericRequest)]),
      [
        's3',
        (input, ids) => {
          const plan = s3.plan(input, ids);
          return { description: s3.describe(plan), timeoutMs: plan.timeoutMs, attempt: (ctx) => s3.attempt(plan, ctx) };
        },
      ],
    ]);
  }

  /** The preparer for a provider, or undefined when no runner is registered for it (FLK-0220). */
  forProvider(providerId: string): Preparer | undefined {
    return this.byProvider.get(providerId);
  }
}
