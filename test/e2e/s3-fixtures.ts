import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** s3rver's fixed credentials: access key id and secret are both this. */
export const S3RVER_KEY = 'S3RVER';

export interface LocalS3 {
  /** `http://127.0.0.1:<port>`. */
  readonly endpoint: string;
  /** Where s3rver keeps the objects, one folder per bucket. */
  readonly directory: string;
  /** Settings of an `s3` provider configuration for `bucket` on this server. */
  config(bucket: string, extra?: Record<string, unknown>): Record<string, unknown>;
  close(): Promise<void>;
}

/** A local S3-compatible server (s3rver) with `bucket` created, its files in a temporary folder removed on close. */
export async function startLocalS3(bucket: string): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(tmpdir(), 'flowker-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  return {
    endpoint,
    directory,
    config: (name, extra = {}) => ({
      endpoint, region: 'us-east-1', bucket: name, access_key_id: S3RVER_KEY, secret_access_key: S3RVER_KEY, force_path_style: true, ...extra,
    }),
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
