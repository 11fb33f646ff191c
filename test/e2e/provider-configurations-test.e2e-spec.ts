import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ProviderConfigurationRepository } from '../../src/modules/provider-configurations/provider-configuration.repository';
import { maskSecretValue, SecretBox } from '../../src/common/secrets';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import {
  createConfig,
  dataSource,
  expectError,
  expectNoSecret,
  HEADER_TOKEN,
  MIDAZ_SECRET,
  midazConfig,
  send,
  startFakeProvider,
  TRACER_KEY,
  tracerConfig,
  unique,
  type FakeProvider,
} from './provider-configurations-fixtures';
import { startLocalS3, type LocalS3 } from './s3-fixtures';

const BASE = '/v1/provider-configurations';

describe('Provider configurations: connectivity test', () => {
  let t: TestApp;
  let provider: FakeProvider;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'debug' }, { captureLogs: true });
    provider = await startFakeProvider(HEADER_TOKEN);
  });
  afterAll(async () => {
    await dataSource(t).createQueryBuilder().delete().from('provider_configurations').execute();
    await t.close();
    await provider.close();
  });
  beforeEach(() => provider.requests.splice(0));

  const testOf = async (config: Record<string, unknown>, providerId = 'tracer') => {
    const id = await createConfig(t, { name: unique(), providerId, config });
    return { id, res: await send(t, 'POST', `${BASE}/${id}/test`) };
  };

  it('passes all three stages against a healthy provider, sending the configured credentials', async () => {
    const { id, res } = await testOf(tracerConfig(`${provider.url}/auth`));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ providerConfigId: id, providerId: 'tracer', overallStatus: 'passed' });
    expect(body.stages.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual([
      'connectivity:passed', 'authentication:passed', 'end_to_end:passed',
    ]);
    expect(body.stages[0].details).toMatchObject({ statusCode: 401, url: `${provider.url}/auth` });
    expect(body.stages[1].details).toMatchObject({ statusCode: 200, hasApiKey: true, headerCount: 2 });
    expect(body.stages[2].details).toMatchObject({ statusCode: 200, responseBodyLen: 15, contentType: 'application/json' });
    // The first request carries no credentials; the others carry the header that overrides the api_key bearer.
    expect(provider.requests.map((r) => r.headers.authorization)).toEqual([undefined, `Bearer ${HEADER_TOKEN}`, `Bearer ${HEADER_TOKEN}`]);
    expect(provider.requests[1].headers['x-client']).toBe('flowker-tests');
    expectNoSecret(JSON.stringify(body));
  });

  it('sends the api_key as a bearer token when no headers are configured', async () => {
    const { res } = await testOf({ base_url: `${provider.url}/ok`, api_key: TRACER_KEY });
    expect((await res.json()).overallStatus).toBe('passed');
    expect(provider.requests[1].headers.authorization).toBe(`Bearer ${TRACER_KEY}`);
  });

  it('rejected credentials: authentication fails, end_to_end is skipped, the verdict is partial', async () => {
    const { res } = await testOf({ base_url: `${provider.url}/auth`, api_key: 'wrong-key-123' });
    const body = await res.json();
    expect(body.overallStatus).toBe('partial');
    expect(body.stages.map((s: { status: string }) => s.status)).toEqual(['passed', 'failed', 'skipped']);
    expect(body.stages[2].message).toMatch(/authentication/);
  });

  it('a failing server: connectivity fails, later stages skipped, the verdict is failed', async () => {
    const { res } = await testOf(tracerConfig(`${provider.url}/broken`));
    const body = await res.json();
    expect(body.overallStatus).toBe('failed');
    expect(body.stages.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual([
      'connectivity:failed', 'authentication:skipped', 'end_to_end:skipped',
    ]);
    expect(body.summary).toBeTruthy();
  });

  it('no credentials configured (Midaz without auth): authentication skipped, the other stages decide', async () => {
    const { auth: _auth, ...withoutAuth } = midazConfig(`${provider.url}/ok`);
    const { res } = await testOf(withoutAuth, 'midaz');
    const body = await res.json();
    expect(body.overallStatus).toBe('passed');
    expect(body.stages.map((s: { status: string }) => s.status)).toEqual(['passed', 'skipped', 'passed']);
  });

  it('tests an `auth` object with the credentials executions send (bearer, api_key in the query), not without any', async () => {
    // The authentication stage used to be skipped ("No api_key or headers configured") and end_to_end sent nothing.
    const bearer = await (await testOf({ base_url: `${provider.url}/auth`, auth: { type: 'bearer', token: HEADER_TOKEN } }, 'http')).res.json();
    expect(bearer.overallStatus).toBe('passed');
    expect(bearer.stages.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual([
      'connectivity:passed', 'authentication:passed', 'end_to_end:passed',
    ]);
    expect(provider.requests.map((r) => r.headers.authorization)).toEqual([undefined, `Bearer ${HEADER_TOKEN}`, `Bearer ${HEADER_TOKEN}`]);
    expectNoSecret(JSON.stringify(bearer));

    provider.requests.splice(0);
    const inQuery = { type: 'api_key', key: TRACER_KEY, location: 'query', query_param_name: 'k' };
    const query = await (await testOf({ base_url: `${provider.url}/ok?region=eu`, auth: inQuery }, 'http')).res.json();
    expect(query.overallStatus).toBe('passed');
    expect(provider.requests.map((r) => r.path)).toEqual([
      '/ok?region=eu', `/ok?region=eu&k=${TRACER_KEY}`, `/ok?region=eu&k=${TRACER_KEY}`,
    ]);
    expectNoSecret(JSON.stringify(query));
  });

  it('a token flow whose token endpoint refuses the client fails authentication, naming the endpoint, not the secret', async () => {
    const auth = { type: 'oauth2_client_credentials', token_url: `${provider.url}/broken`, client_id: 'flowker', client_secret: MIDAZ_SECRET };
    const body = await (await testOf({ base_url: `${provider.url}/ok`, auth }, 'http')).res.json();
    expect(body.overallStatus).toBe('partial');
    expect(body.stages.map((s: { name: string; status: string }) => `${s.name}:${s.status}`)).toEqual([
      'connectivity:passed', 'authentication:failed', 'end_to_end:skipped',
    ]);
    expect(body.stages[1]).toMatchObject({ message: 'Credentials could not be obtained', error: expect.stringContaining('/broken') });
    expectNoSecret(JSON.stringify(body));
  });

  it('shows the base URL with the values of its secret query parameters masked, and calls it with them', async () => {
    // The report used to give back the key of `?api_key=` in clear.
    const key = 'qry-SECRET-probe-123456';
    const { res } = await testOf(tracerConfig(`${provider.url}/ok?region=eu&api_key=${key}`));
    const body = await res.json();
    expect(body.stages[0].details.url).toBe(`${provider.url}/ok?region=eu&api_key=${maskSecretValue(key)}`);
    expect(JSON.stringify(body)).not.toContain(key);
    expect(provider.requests[0].path).toContain(`api_key=${key}`);
    const closed = await startFakeProvider('x');
    await closed.close();
    const failed = await (await testOf(tracerConfig(`${closed.url}/ok?token=${key}`))).res.json();
    expect(failed.stages[0]).toMatchObject({ status: 'failed', details: { url: `${closed.url}/ok?token=${maskSecretValue(key)}` } });
    expect(JSON.stringify(failed)).not.toContain(key);
  });

  it('an unreachable port is a failed connectivity stage, not an error response', async () => {
    const closed = await startFakeProvider('x');
    const url = closed.url;
    await closed.close();
    const { res } = await testOf(tracerConfig(url));
    const body = await res.json();
    expect(body.overallStatus).toBe('failed');
    expect(body.stages[0].error).toMatch(/ECONNREFUSED|refused/i);
  });

  it.each([
    ['no body', undefined, { 'X-API-Key': TEST_API_KEY }],
    ['an empty JSON object', '{}', authJson()],
    ['an empty body with a JSON content type', '', authJson()],
  ])('accepts %s, changes nothing and works for a disabled configuration', async (_what, reqBody, headers) => {
    const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig(`${provider.url}/ok`) });
    await send(t, 'POST', `${BASE}/${id}/disable`);
    const before = await (await send(t, 'GET', `${BASE}/${id}`)).json();
    const res = await send(t, 'POST', `${BASE}/${id}/test`, reqBody, headers);
    expect(res.status).toBe(200);
    expect(await (await send(t, 'GET', `${BASE}/${id}`)).json()).toEqual(before);
  });

  /** A configuration stored as it is, past the schema a save would apply (a row written before a rule existed). */
  const storedAsIs = async (config: Record<string, unknown>) => {
    const id = randomUUID();
    const now = new Date().toISOString();
    await t.app.get(ProviderConfigurationRepository).insert(dataSource(t).manager, {
      id, name: unique('legacy'), description: null, providerId: 'tracer', config: JSON.stringify(t.app.get(SecretBox).seal(config)),
      status: 'active', metadata: null, createdAt: now, updatedAt: now,
    });
    return id;
  };

  it('422 FLK-0340 when the stored configuration has no usable base URL', async () => {
    for (const config of [{ api_key: TRACER_KEY }, { base_url: '   ', api_key: TRACER_KEY }, { base_url: 'relative/path' }, { base_url: 'mailto:ops' }]) {
      await expectError(await send(t, 'POST', `${BASE}/${await storedAsIs(config)}/test`), 422, 'FLK-0340');
    }
    expect(provider.requests).toHaveLength(0);
  });

  it('422 FLK-0341 for a scheme other than http(s) and for a host name that does not resolve', async () => {
    // Saving an ftp base URL is refused since 2026-12-02 (422 FLK-0293); rows stored before can still be tested.
    const ftp = await storedAsIs(tracerConfig('ftp://files.example.net/'));
    await expectError(await send(t, 'POST', `${BASE}/${ftp}/test`), 422, 'FLK-0341');
    await expectError((await testOf(tracerConfig('http://no-such-host.invalid/'))).res, 422, 'FLK-0341');
  });

  it('404 FLK-0290 for an unknown id, 400 FLK-0002 for a malformed one', async () => {
    await expectError(await send(t, 'POST', `${BASE}/${randomUUID()}/test`), 404, 'FLK-0290');
    await expectError(await send(t, 'POST', `${BASE}/x/test`), 400, 'FLK-0002');
  });

  it('never logs the secrets it sent', () => {
    expect(t.logs.length).toBeGreaterThan(10);
    expectNoSecret(t.logs.join('\n'));
  });

  describe('without an outbound allow-list', () => {
    let strict: TestApp;
    beforeAll(async () => {
      strict = await startTestApp({ OUTBOUND_ALLOW_PRIVATE: '' });
    });
    afterAll(async () => {
      await strict.close();
    });

    it.each([
      ['a loopback literal', (p: string) => p],
      ['a decimal loopback', (p: string) => p.replace('127.0.0.1', '2130706433')],
      ['an octal loopback', (p: string) => p.replace('127.0.0.1', '0177.0.0.1')],
      ['an IPv4-mapped loopback', (p: string) => p.replace('127.0.0.1', '[::ffff:127.0.0.1]')],
      ['localhost', (p: string) => p.replace('127.0.0.1', 'localhost')],
      ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
      ['the cloud metadata host name', () => 'http://metadata.google.internal/'],
      ['a private address', () => 'http://10.0.0.1/'],
      ['IPv6 loopback', () => 'http://[::1]/'],
    ] as const)('refuses %s with 422 FLK-0341 before sending anything', async (_what, toUrl) => {
      const url = toUrl(provider.url);
      const id = await createConfig(strict, { name: unique(), providerId: 'tracer', config: tracerConfig(url) });
      const body = await expectError(await send(strict, 'POST', `${BASE}/${id}/test`), 422, 'FLK-0341');
      expect(body.message).toMatch(/blocked|metadata/);
      expect(provider.requests).toHaveLength(0);
    });
  });
});

describe('Provider configurations: connectivity test of an S3 bucket', () => {
  const BUCKET = 'flowker-probe';
  let t: TestApp;
  let s3: LocalS3;

  beforeAll(async () => {
    s3 = await startLocalS3(BUCKET);
    t = await startTestApp();
  });
  afterAll(async () => {
    await dataSource(t).createQueryBuilder().delete().from('provider_configurations').execute();
    await t.close();
    await s3.close();
  });

  const bucketConfig = (extra: Record<string, unknown> = {}) => s3.config(BUCKET, extra);
  const reportOf = async (config: Record<string, unknown>) => {
    const id = await createConfig(t, { name: unique('bucket'), providerId: 's3', config });
    const res = await send(t, 'POST', `${BASE}/${id}/test`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const outcome = (body: { stages: { name: string; status: string }[] }) => body.stages.map((s) => `${s.name}:${s.status}`);

  it('reaches the endpoint and checks the keys with a signed HeadBucket, writing nothing', async () => {
    const body = await reportOf(bucketConfig());
    expect(body.overallStatus).toBe('passed');
    expect(outcome(body)).toEqual(['connectivity:passed', 'authentication:passed', 'end_to_end:skipped']);
    expect(body.stages[1]).toMatchObject({ message: 'Credentials accepted; the bucket is reachable', details: { statusCode: 200, bucket: BUCKET } });
    expect(readdirSync(path.join(s3.directory, BUCKET))).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('S3RVER');
  });

  it('fails authentication with keys the store refuses, and with a bucket that does not exist', async () => {
    const refused = await reportOf(bucketConfig({ access_key_id: 'AKIA-UNKNOWN-TO-THE-STORE', secret_access_key: 'not-the-secret-key-1234' }));
    expect(refused.overallStatus).toBe('partial');
    expect(outcome(refused)).toEqual(['connectivity:passed', 'authentication:failed', 'end_to_end:skipped']);
    expect(refused.stages[1]).toMatchObject({ message: expect.stringMatching(/^Credentials not accepted: 403/), details: { statusCode: 403 } });
    expect(JSON.stringify(refused)).not.toContain('not-the-secret-key');

    const missing = await reportOf(bucketConfig({ bucket: 'no-such-bucket' }));
    expect(outcome(missing)).toEqual(['connectivity:passed', 'authentication:failed', 'end_to_end:skipped']);
    expect(missing.stages[1]).toMatchObject({ message: expect.stringMatching(/^Bucket not found: 404/), details: { statusCode: 404 } });
  });

  it('fails connectivity when nothing answers at the endpoint', async () => {
    const body = await reportOf(bucketConfig({ endpoint: 'http://127.0.0.1:9' }));
    expect(body.overallStatus).toBe('failed');
    expect(outcome(body)).toEqual(['connectivity:failed', 'authentication:skipped', 'end_to_end:skipped']);
  });
});
