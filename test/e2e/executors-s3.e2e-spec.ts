import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startTestApp, type TestApp } from '../support/test-app';
import { deleteProviderConfigs, fakeServer, providerConfig, rejectionOf, runNode, type Reply } from './executors-fixtures';
import { S3RVER_KEY, startLocalS3, type LocalS3 } from './s3-fixtures';

const BUCKET = 'flowker-objects';
const ACCESS_KEY = S3RVER_KEY;
const SECRET_KEY = S3RVER_KEY;

describe('Executors: s3.put-object against a local S3-compatible server', () => {
  let t: TestApp;
  let s3: LocalS3;
  let endpoint: string;
  let reader: S3Client;

  beforeAll(async () => {
    s3 = await startLocalS3(BUCKET);
    endpoint = s3.endpoint;
    reader = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY } });
    t = await startTestApp({ EXECUTOR_RETRY_BASE_MS: '10' });
  });
  afterAll(async () => {
    reader.destroy();
    await deleteProviderConfigs(t);
    await t.close();
    await s3.close();
  });

  const s3Config = (extra: Record<string, unknown> = {}) =>
    providerConfig(t, 's3', {
      endpoint,
      region: 'us-east-1',
      bucket: BUCKET,
      access_key_id: ACCESS_KEY,
      secret_access_key: SECRET_KEY,
      force_path_style: true,
      ...extra,
    });

  const readBack = async (key: string) => {
    const object = await reader.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    return { contentType: object.ContentType, text: await object.Body!.transformToString() };
  };

  it('writes the mapped body as JSON under the key, with the execution id substituted', async () => {
    const id = await s3Config();
    const result = await runNode(t, {
      executionId: 'exec-42',
      nodeId: 'archive',
      executorId: 's3.put-object',
      providerConfigId: id,
      nodeData: { key: 'reports/{executionId}/{nodeId}.json' },
      body: { decision: 'ALLOW', amount: '10.00' },
    });
    expect(result.attempts).toBe(1);
    expect(result.envelope).toMatchObject({
      status: 200,
      status_text: '200 OK',
      url: expect.stringContaining(`${endpoint}/${BUCKET}/reports/exec-42/archive.json`),
      body: { etag: expect.stringMatching(/^"[0-9a-f]{32}"$/), key: 'reports/exec-42/archive.json', bucket: BUCKET },
    });
    expect(result.envelope.headers.Etag).toBe((result.envelope.body as { etag: string }).etag);
    expect(await readBack('reports/exec-42/archive.json')).toEqual({
      contentType: 'application/json',
      text: '{"decision":"ALLOW","amount":"10.00"}',
    });
  });

  it('stores a string body as text, or with the node content type', async () => {
    const id = await s3Config();
    await runNode(t, { executorId: 's3.put-object', providerConfigId: id, nodeData: { key: 'notes/a.txt' }, body: 'hello' });
    expect(await readBack('notes/a.txt')).toEqual({ contentType: 'text/plain; charset=utf-8', text: 'hello' });
    await runNode(t, { executorId: 's3.put-object', providerConfigId: id, nodeData: { key: 'notes/b.csv', contentType: 'text/csv' }, body: 'a,b' });
    expect(await readBack('notes/b.csv')).toEqual({ contentType: 'text/csv', text: 'a,b' });
  });

  it('fails without retrying when S3 refuses (unknown bucket), naming the S3 error', async () => {
    const id = await s3Config({ bucket: 'no-such-bucket' });
    const err = await rejectionOf(runNode(t, { executorId: 's3.put-object', providerConfigId: id, nodeData: { key: 'x' }, body: {} }));
    expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1, lastStatus: 404 });
    expect(err.message).toMatch(/PUT s3:\/\/no-such-bucket\/x: provider answered 404 .*NoSuchBucket.*: FLK-0504$/);
  });

  it('judges an answer by its status when its body is no S3 error document: a proxy 503 is retried, a 500 page is not', async () => {
    let replies: Reply[] = [];
    const proxy = await fakeServer(() => replies.shift() ?? { status: 200, headers: { etag: '"e1"' } });
    try {
      const id = await providerConfig(t, 's3', {
        endpoint: proxy.url, region: 'us-east-1', bucket: BUCKET, access_key_id: ACCESS_KEY, secret_access_key: SECRET_KEY, force_path_style: true,
      });
      replies = [{ status: 503, headers: { 'content-type': 'text/html' }, body: '<html>Service Unavailable</html>' }];
      const retried = await runNode(t, { executorId: 's3.put-object', providerConfigId: id, nodeData: { key: 'k' }, body: {} });
      expect(retried).toMatchObject({ attempts: 2, envelope: { status: 200, body: { etag: '"e1"' } } });
      replies = [{ status: 500, headers: { 'content-type': 'text/plain' }, body: 'upstream broke' }];
      const err = await rejectionOf(runNode(t, { executorId: 's3.put-object', providerConfigId: id, nodeData: { key: 'k' }, body: {} }));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1, lastStatus: 500 });
      expect(err.message).toMatch(/^executor call failed after 1 attempt: PUT s3:\/\/flowker-objects\/k: provider answered 500 Internal Server Error: FLK-0504$/);
    } finally {
      await proxy.close();
    }
  });

  it('fails on unknown credentials without leaking them', async () => {
    // s3rver knows one access key and does not verify SigV4 signatures, so the key id is what gets refused here.
    const id = await s3Config({ access_key_id: 'AKIA-SECRET-id-5678', secret_access_key: 'wrong-SECRET-key-1234' });
    const err = await rejectionOf(runNode(t, { executorId: 's3.put-object', providerConfigId: id, nodeData: { key: 'x' }, body: {} }));
    expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1, lastStatus: 403 });
    expect(err.message).toMatch(/InvalidAccessKeyId/);
    expect(err.message).not.toMatch(/AKIA-SECRET|wrong-SECRET/);
  });

  it('needs a key in the node data', async () => {
    const id = await s3Config();
    const err = await rejectionOf(runNode(t, { executorId: 's3.put-object', providerConfigId: id, nodeData: {}, body: {} }));
    expect(err).toMatchObject({ code: 'FLK-0504', attempts: 0 });
    expect(err.message).toMatch(/needs a "key"/);
  });

  it('sends S3 traffic through the outbound policy', async () => {
    const strict = await startTestApp({ OUTBOUND_ALLOW_PRIVATE: '' });
    try {
      const id = await providerConfig(strict, 's3', { endpoint, region: 'us-east-1', bucket: BUCKET, access_key_id: ACCESS_KEY, secret_access_key: SECRET_KEY, force_path_style: true });
      const err = await rejectionOf(runNode(strict, { executorId: 's3.put-object', providerConfigId: id, nodeData: { key: 'blocked' }, body: {} }));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1 });
      expect(err.message).toMatch(/refused: .*blocked/);
    } finally {
      await deleteProviderConfigs(strict);
      await strict.close();
    }
  });
});
