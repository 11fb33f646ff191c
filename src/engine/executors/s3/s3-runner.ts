import { Injectable } from '@nestjs/common';
import { OutboundHttp } from '../../../common/outbound';
import { AttemptFailure, CallSetupError, statusFailure } from '../executor-failures';
import { MAX_RESPONSE_BYTES } from '../executor-settings';
import { canonicalHeaderName } from '../http/envelope';
import { requestTimeoutMs, type BuildInput } from '../http/http-plan';
import type { AttemptContext } from '../http/http-runner';
import { parseRetryAfter } from '../http/outbound-failure';
import { parseBaseUrl, redactUrl } from '../http/url';
import type { ExecutorEnvelope } from '../node-executor';
import { OutboundRequestHandler } from './outbound-request-handler';
import { loadS3Sdk, s3BucketSettings, s3ClientFor, type S3BucketSettings } from './s3-client';

/** Largest object s3.put-object uploads in one request. */
const MAX_OBJECT_BYTES = 16 * 1024 * 1024;

export interface S3PutPlan extends S3BucketSettings {
  readonly key: string;
  readonly contentType: string;
  readonly body: Buffer;
  readonly timeoutMs: number;
}

/**
 * `s3.put-object`: writes the mapped body to `data.key` in the configured bucket with the AWS SDK v3, whose HTTP
 * goes through OutboundHttp (see OutboundRequestHandler). The SDK's own retries are off: the executor's retry loop
 * and breaker apply as for HTTP executors. `{executionId}` and `{nodeId}` in the key are replaced.
 */
@Injectable()
export class S3Runner {
  constructor(private readonly http: OutboundHttp) {}

  plan(input: BuildInput, ids: { executionId: string; nodeId: string }): S3PutPlan {
    const { config, nodeData } = input;
    if (typeof nodeData.key !== 'string' || nodeData.key.trim() === '') throw new CallSetupError('s3.put-object needs a "key" in the node data');
    const key = nodeData.key.trim().replaceAll('{executionId}', ids.executionId).replaceAll('{nodeId}', ids.nodeId);
    const body = objectBody(input.body);
    const contentType = typeof nodeData.contentType === 'string' && nodeData.contentType.trim() !== '' ? nodeData.contentType.trim() : body.contentType;
    return {
      ...s3BucketSettings(
        config,
        (name) => new CallSetupError(`the provider configuration has no ${name}`),
        (raw) => parseBaseUrl(raw, 'endpoint').toString(),
      ),
      key,
      contentType,
      body: body.bytes,
      timeoutMs: requestTimeoutMs(nodeData, config),
    };
  }

  describe(plan: S3PutPlan): string {
    return `PUT s3://${plan.bucket}/${plan.key}`;
  }

  async attempt(plan: S3PutPlan, ctx: AttemptContext): Promise<ExecutorEnvelope> {
    const { PutObjectCommand, S3Client, S3ServiceException } = await loadS3Sdk();
    const handler = new OutboundRequestHandler(this.http, {
      timeoutMs: ctx.timeoutMs,
      maxResponseBytes: MAX_RESPONSE_BYTES,
      maxRequestBytes: MAX_OBJECT_BYTES * 2,
      signal: ctx.signal,
      extraHeaders: { 'Idempotency-Key': ctx.idempotencyKey },
    });
    const client = s3ClientFor(S3Client, plan, handler);
    try {
      const out = await client.send(
        new PutObjectCommand({ Bucket: plan.bucket, Key: plan.key, Body: plan.body, ContentType: plan.contentType }),
        { abortSignal: ctx.signal },
      );
      const last = handler.lastResponse;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(last?.headers ?? {})) headers[canonicalHeaderName(name)] = value;
      return {
        status: last?.status ?? 200,
        status_text: last?.statusText ?? '200 OK',
        url: last ? redactUrl(last.url) : this.describe(plan),
        headers,
        body: {
          ...(out.ETag !== undefined ? { etag: out.ETag } : {}),
          ...(out.VersionId ? { versionId: out.VersionId } : {}),
          key: plan.key,
          bucket: plan.bucket,
        },
      };
    } catch (err) {
      throw s3Failure(err, this.describe(plan), handler, ctx.signal.aborted, S3ServiceException);
    } finally {
      client.destroy();
    }
  }
}

function objectBody(body: unknown): { bytes: Buffer; contentType: string } {
  const bytes =
    typeof body === 'string'
      ? { bytes: Buffer.from(body, 'utf8'), contentType: 'text/plain; charset=utf-8' }
      : { bytes: Buffer.from(body === undefined ? '' : JSON.stringify(body), 'utf8'), contentType: 'application/json' };
  if (bytes.bytes.length > MAX_OBJECT_BYTES) throw new CallSetupError(`the object is larger than ${MAX_OBJECT_BYTES / (1024 * 1024)} MiB`);
  return bytes;
}

function s3Failure(
  err: unknown,
  what: string,
  handler: OutboundRequestHandler,
  aborted: boolean,
  S3ServiceException: typeof import('@aws-sdk/client-s3').S3ServiceException,
): AttemptFailure {
  if (err instanceof AttemptFailure) return err;
  if (aborted) return new AttemptFailure(`${what} aborted`, { retryable: false, breakerFailure: false });
  // The status decides, whether or not the SDK could read an S3 error document from the body: a proxy or load
  // balancer in front of the store answers 502/503 with a page of its own, which the SDK reports as an XML parse error.
  const answered = handler.lastResponse;
  const status = err instanceof S3ServiceException && err.$metadata.httpStatusCode ? err.$metadata.httpStatusCode : answered?.status;
  if (status !== undefined && (status < 200 || status >= 300)) {
    const statusText = answered?.statusText ?? String(status);
    // The S3 error code (NoSuchBucket, AccessDenied, …) says more than the status line; its message is S3's own text.
    const s3Code = err instanceof S3ServiceException ? ` (${err.name})` : '';
    const failure = statusFailure(status, `${statusText}${s3Code}`, parseRetryAfter(answered?.headers['retry-after']));
    return new AttemptFailure(`${what}: ${failure.message}`, failure.options);
  }
  return new AttemptFailure(`${what} failed: ${err instanceof Error ? err.message : String(err)}`, { retryable: false, breakerFailure: false });
}
