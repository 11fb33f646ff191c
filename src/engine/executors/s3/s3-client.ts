import type { S3Client } from '@aws-sdk/client-s3';
import type { OutboundRequestHandler } from './outbound-request-handler';

/** The AWS SDK takes ~150 ms to load: only what talks to S3 pays for it, on first use. */
let sdk: Promise<typeof import('@aws-sdk/client-s3')> | undefined;
export const loadS3Sdk = () => (sdk ??= import('@aws-sdk/client-s3'));

/** Where and as whom an `s3` provider configuration talks to its bucket. */
export interface S3BucketSettings {
  /** An S3-compatible store's URL; undefined for AWS itself (the SDK derives the region's endpoint). */
  readonly endpoint?: string;
  readonly region: string;
  readonly bucket: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly forcePathStyle: boolean;
}

/**
 * The settings of an `s3` configuration; `missing(name)` makes the error for a required setting that is absent or
 * blank, `endpointOf` checks the endpoint URL (each caller reports a bad one its own way).
 */
export function s3BucketSettings(
  config: Record<string, unknown>,
  missing: (name: string) => Error,
  endpointOf: (raw: string) => string,
): S3BucketSettings {
  const text = (name: string): string => {
    const value = config[name];
    if (typeof value !== 'string' || value.trim() === '') throw missing(name);
    return value.trim();
  };
  return {
    endpoint: typeof config.endpoint === 'string' && config.endpoint.trim() !== '' ? endpointOf(config.endpoint) : undefined,
    region: text('region'),
    bucket: text('bucket'),
    accessKeyId: text('access_key_id'),
    secretAccessKey: text('secret_access_key'),
    forcePathStyle: config.force_path_style === true,
  };
}

/** A client whose HTTP goes through OutboundHttp (`handler`) and which never retries on its own. */
export function s3ClientFor(
  Client: typeof S3Client,
  settings: S3BucketSettings,
  handler: OutboundRequestHandler,
): S3Client {
  return new Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    requestHandler: handler,
    maxAttempts: 1,
    // Extra checksum headers are only sent when S3 requires them: many S3-compatible stores reject or ignore them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
