import type { OutboundHttp } from '../../../common/outbound';
import { OutboundRequestHandler } from './outbound-request-handler';
import { loadS3Sdk, s3ClientFor, type S3BucketSettings } from './s3-client';

export interface BucketAnswer {
  readonly status: number;
  readonly statusText: string;
  /** The SDK's name for the failure: S3's error code when the store sent one, else the status (Forbidden, NotFound). */
  readonly s3Code?: string;
}

/**
 * A signed HeadBucket of the configured bucket, through OutboundHttp (SSRF policy, timeout): whether the keys may
 * reach the bucket, without reading or writing an object. Resolves whatever the store answered; rejects only when
 * no answer came (refused address, DNS, timeout, connection).
 */
export async function headBucket(http: OutboundHttp, settings: S3BucketSettings, timeoutMs: number): Promise<BucketAnswer> {
  const { HeadBucketCommand, S3Client, S3ServiceException } = await loadS3Sdk();
  const handler = new OutboundRequestHandler(http, {
    timeoutMs,
    maxResponseBytes: 64 * 1024,
    maxRequestBytes: 0,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const client = s3ClientFor(S3Client, settings, handler);
  try {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }));
    return { status: handler.lastResponse?.status ?? 200, statusText: handler.lastResponse?.statusText ?? '200 OK' };
  } catch (err) {
    const answered = handler.lastResponse;
    if (!answered) throw err;
    const s3Code = err instanceof S3ServiceException ? err.name : undefined;
    return { status: answered.status, statusText: answered.statusText, ...(s3Code ? { s3Code } : {}) };
  } finally {
    client.destroy();
  }
}
