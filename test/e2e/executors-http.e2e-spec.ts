import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SecretBox } from '../../src/common/secrets';
import { CircuitBreakers } from '../../src/engine/executors/resilience/breakers';
import { startTestApp, authJson, type TestApp } from '../support/test-app';
import { deleteProviderConfigs, fakeServer, providerConfig, rejectionOf, runNode, type FakeServer, type SeenRequest } from './executors-fixtures';

const ORG = '4f0c2f3e-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const LEDGER = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const ACCOUNT = '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e';
const API_KEY = 'trc_live_SECRET_key_123456';
const CLIENT_SECRET = 'idp-SECRET-value-987654';
const ACCESS_TOKEN = 'at-SECRET-token-abcdef';

describe('Executors: building and authenticating HTTP calls', () => {
  let t: TestApp;
  let provider: FakeServer;

  beforeAll(async () => {
    t = await startTestApp({ EXECUTOR_RETRY_BASE_MS: '10' });
    provider = await fakeServer((req) => ({
      status: 200,
      headers: { 'x-request-id': 'r-1' },
      body: { ok: true, path: req.url, method: req.method },
    }));
  });
  afterAll(async () => {
    await provider.close();
    await deleteProviderConfigs(t);
    await t.close();
  });

  const last = (): SeenRequest => provider.requests[provider.requests.length - 1]!;

  describe('Tracer (generic builder)', () => {
    it('POSTs the body to base_url + path with X-API-Key, an Idempotency-Key and returns the envelope', async () => {
      const id = await providerConfig(t, 'tracer', { base_url: `${provider.url}/tracer/`, api_key: API_KEY, headers: { 'X-Client': 'tests' } });
      const result = await runNode(t, {
        executionId: 'exec-1',
        nodeId: 'tracer-validate',
        executorId: 'tracer.validate-transaction',
        providerConfigId: id,
        nodeData: { method: 'POST', path: '/v1/validations' },
        body: { amount: '10.00' },
      });
      const seen = last();
      expect(seen).toMatchObject({ method: 'POST', url: '/tracer/v1/validations', body: '{"amount":"10.00"}' });
      expect(seen.headers).toMatchObject({
        'x-api-key': API_KEY,
        'x-client': 'tests',
        'idempotency-key': 'exec-1:tracer-validate',
        'content-type': 'application/json',
      });
      expect(result.attempts).toBe(1);
      expect(result.envelope).toEqual({
        status: 200,
        status_text: '200 OK',
        url: `${provider.url}/tracer/v1/validations`,
        headers: expect.objectContaining({ 'Content-Type': 'application/json', 'X-Request-Id': 'r-1' }),
        body: { ok: true, path: '/tracer/v1/validations', method: 'POST' },
      });
    });

    it('sends a GET without body, turning mapped scalars into query parameters', async () => {
      const id = await providerConfig(t, 'tracer', { base_url: provider.url, api_key: API_KEY });
      await runNode(t, {
        executorId: 'tracer.list-validations',
        providerConfigId: id,
        nodeData: { method: 'GET', path: 'v1/validations' },
        body: { decision: 'DENY', limit: 5 },
      });
      expect(last()).toMatchObject({ method: 'GET', url: '/v1/validations?decision=DENY&limit=5', body: '' });
    });
  });

  describe('Midaz routing', () => {
    it.each([
      ['midaz.create-transaction', 'POST', `/tx/v1/organizations/${ORG}/ledgers/${LEDGER}/transactions/json`],
      ['midaz.create-account', 'POST', `/onb/v1/organizations/${ORG}/ledgers/${LEDGER}/accounts`],
      ['midaz.get-account', 'GET', `/onb/v1/organizations/${ORG}/ledgers/${LEDGER}/accounts/${ACCOUNT}`],
      ['midaz.get-account-balance', 'GET', `/tx/v1/organizations/${ORG}/ledgers/${LEDGER}/accounts/${ACCOUNT}/balances`],
    ])('%s → %s %s', async (executorId, method, path) => {
      const id = await providerConfig(t, 'midaz', {
        onboarding_base_url: `${provider.url}/onb/`,
        transaction_base_url: `${provider.url}/tx`,
        organization_id: ORG,
        ledger_id: LEDGER,
      });
      const result = await runNode(t, { executorId, providerConfigId: id, nodeData: {}, body: { accountId: ACCOUNT, send: { asset: 'BRL', value: '1' } } });
      expect(last()).toMatchObject({ method, url: path });
      expect(last().body).toBe(method === 'POST' ? JSON.stringify({ accountId: ACCOUNT, send: { asset: 'BRL', value: '1' } }) : '');
      expect(result.envelope.status).toBe(200);
    });

    it('fails without an attempt when a path parameter is missing', async () => {
      const id = await providerConfig(t, 'midaz', {
        onboarding_base_url: provider.url,
        transaction_base_url: provider.url,
        organization_id: ORG,
        ledger_id: LEDGER,
      });
      const before = provider.requests.length;
      const err = await rejectionOf(runNode(t, { executorId: 'midaz.get-account', providerConfigId: id, body: {} }));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 0 });
      expect(err.message).toMatch(/missing path parameter "accountId".*: FLK-0504$/);
      expect(provider.requests.length).toBe(before);
    });
  });

  describe('generic http provider and its auth types', () => {
    const httpCall = async (config: Record<string, unknown>, nodeData: Record<string, unknown> = {}) => {
      const id = await providerConfig(t, 'http', { base_url: `${provider.url}/api`, ...config });
      const result = await runNode(t, { executorId: 'http.request', providerConfigId: id, nodeData: { path: 'things', ...nodeData }, body: { a: 1 } });
      return { result, seen: last() };
    };

    it('none: no credentials; headers and query from config and node', async () => {
      const { seen } = await httpCall({ headers: { 'X-Tenant': 't1' }, query: { lang: 'en', page: 1 } }, { method: 'PUT', query: { page: 3 }, headers: { 'X-Trace': 'on' } });
      expect(seen.method).toBe('PUT');
      expect(seen.url).toBe('/api/things?lang=en&page=3');
      expect(seen.headers).toMatchObject({ 'x-tenant': 't1', 'x-trace': 'on' });
      expect(seen.headers.authorization).toBeUndefined();
      expect(seen.headers['x-api-key']).toBeUndefined();
    });

    it('api_key in a header with a prefix', async () => {
      const { seen } = await httpCall({ auth: { type: 'api_key', key: API_KEY, header_name: 'Authorization', prefix: 'ApiKey ' } });
      expect(seen.headers.authorization).toBe(`ApiKey ${API_KEY}`);
    });

    it('api_key in the query, redacted in the envelope URL', async () => {
      const { seen, result } = await httpCall({ auth: { type: 'api_key', key: API_KEY, location: 'query', query_param_name: 'k' } });
      expect(new URL(seen.url, 'http://x').searchParams.get('k')).toBe(API_KEY);
      expect(result.envelope.url).toBe(`${provider.url}/api/things?k=REDACTED`);
    });

    it('bearer and basic', async () => {
      expect((await httpCall({ auth: { type: 'bearer', token: ACCESS_TOKEN } })).seen.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
      const { seen } = await httpCall({ auth: { type: 'basic', username: 'alice', password: 'pa:ss' } });
      expect(seen.headers.authorization).toBe(`Basic ${Buffer.from('alice:pa:ss').toString('base64')}`);
    });

    it('credentials and the Idempotency-Key replace configured headers of the same name in any case', async () => {
      const { seen } = await httpCall({
        headers: { authorization: 'Bearer stale', 'IDEMPOTENCY-KEY': 'mine', 'x-api-key': 'old' },
        auth: { type: 'bearer', token: ACCESS_TOKEN },
      });
      expect(seen.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
      expect(seen.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}:node-1$/);
      const keyed = await httpCall({ headers: { 'x-api-key': 'old' }, auth: { type: 'api_key', key: API_KEY } });
      expect(keyed.seen.headers['x-api-key']).toBe(API_KEY);
    });

    it('successStatuses lets a 404 through with an error note in the envelope', async () => {
      const notFound = await fakeServer(() => ({ status: 404, body: { missing: true } }));
      try {
        const id = await providerConfig(t, 'http', { base_url: notFound.url });
        const { envelope } = await runNode(t, { executorId: 'http.request', providerConfigId: id, nodeData: { method: 'GET', successStatuses: [200, 404] } });
        expect(envelope).toMatchObject({ status: 404, body: { missing: true }, error: 'unexpected status 404 Not Found' });
      } finally {
        await notFound.close();
      }
    });
  });

  describe('token-based auth', () => {
    let idp: FakeServer;
    let tokenNumber = 0;
    let expiresIn = 3600;

    beforeAll(async () => {
      idp = await fakeServer(async (req) => {
        if (req.url === '/realm/.well-known/openid-configuration') {
          return { body: { issuer: `${idp.url}/realm`, token_endpoint: `${idp.url}/realm/token` } };
        }
        if (req.url.endsWith('/token') && req.method === 'POST') {
          tokenNumber += 1;
          // Slow enough that concurrent callers overlap with the request in flight.
          return { delayMs: 50, body: { access_token: `${ACCESS_TOKEN}-${tokenNumber}`, token_type: 'bearer', expires_in: expiresIn } };
        }
        return { status: 404 };
      });
    });
    afterAll(() => idp.close());
    beforeEach(() => {
      expiresIn = 3600;
    });

    const form = (req: SeenRequest) => Object.fromEntries(new URLSearchParams(req.body));

    it('OAuth2 client credentials: one token request for several (also concurrent) calls, client_secret_basic', async () => {
      const id = await providerConfig(t, 'http', {
        base_url: provider.url,
        auth: {
          type: 'oauth2_client_credentials',
          token_url: `${idp.url}/oauth/token`,
          client_id: 'flowker',
          client_secret: CLIENT_SECRET,
          scopes: ['read', 'write'],
          audience: 'ledger',
          extra_params: { resource: 'r1' },
        },
      });
      const before = idp.seen('/oauth/token').length;
      await Promise.all([1, 2, 3].map(() => runNode(t, { executorId: 'http.request', providerConfigId: id })));
      await runNode(t, { executorId: 'http.request', providerConfigId: id });
      const tokenRequests = idp.seen('/oauth/token').slice(before);
      expect(tokenRequests).toHaveLength(1);
      expect(tokenRequests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`flowker:${CLIENT_SECRET}`).toString('base64')}`);
      expect(form(tokenRequests[0]!)).toEqual({ grant_type: 'client_credentials', scope: 'read write', audience: 'ledger', resource: 'r1' });
      const used = provider.requests.slice(-4).map((r) => r.headers.authorization);
      expect(new Set(used)).toEqual(new Set([`Bearer ${ACCESS_TOKEN}-${tokenNumber}`]));
    });

    it('refreshes a token once it is about to expire', async () => {
      expiresIn = 1; // reused for half its life
      const id = await providerConfig(t, 'http', {
        base_url: provider.url,
        auth: { type: 'oauth2_client_credentials', token_url: `${idp.url}/short/token`, client_id: 'c', client_secret: CLIENT_SECRET },
      });
      await runNode(t, { executorId: 'http.request', providerConfigId: id });
      await runNode(t, { executorId: 'http.request', providerConfigId: id });
      expect(idp.seen('/short/token')).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 600));
      await runNode(t, { executorId: 'http.request', providerConfigId: id });
      expect(idp.seen('/short/token')).toHaveLength(2);
      expect(last().headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}-${tokenNumber}`);
    });

    it('a token with expires_in 0 is already expired: used for its call, never reused', async () => {
      expiresIn = 0;
      const id = await providerConfig(t, 'http', {
        base_url: provider.url,
        auth: { type: 'oauth2_client_credentials', token_url: `${idp.url}/zero/token`, client_id: 'c', client_secret: CLIENT_SECRET },
      });
      await runNode(t, { executorId: 'http.request', providerConfigId: id });
      await runNode(t, { executorId: 'http.request', providerConfigId: id });
      expect(idp.seen('/zero/token')).toHaveLength(2);
    });

    it('OIDC: discovery and token are fetched once; client_secret_post puts the credentials in the form', async () => {
      const id = await providerConfig(t, 'http', {
        base_url: provider.url,
        auth: {
          type: 'oidc_client_credentials',
          issuer_url: `${idp.url}/realm/`,
          client_id: 'flowker',
          client_secret: CLIENT_SECRET,
          client_auth_method: 'client_secret_post',
        },
      });
      const discoveries = idp.seen('/realm/.well-known').length;
      const tokens = idp.seen('/realm/token').length;
      for (let i = 0; i < 3; i += 1) await runNode(t, { executorId: 'http.request', providerConfigId: id });
      expect(idp.seen('/realm/.well-known').length - discoveries).toBe(1);
      const tokenRequests = idp.seen('/realm/token').slice(tokens);
      expect(tokenRequests).toHaveLength(1);
      expect(tokenRequests[0]!.headers.authorization).toBeUndefined();
      expect(form(tokenRequests[0]!)).toEqual({ grant_type: 'client_credentials', client_id: 'flowker', client_secret: CLIENT_SECRET });
      expect(last().headers.authorization).toMatch(new RegExp(`^Bearer ${ACCESS_TOKEN}-\\d+$`));
    });

    it('Midaz auth object works as OIDC client credentials, sharing the cached discovery document', async () => {
      const id = await providerConfig(t, 'midaz', {
        onboarding_base_url: provider.url,
        transaction_base_url: provider.url,
        organization_id: ORG,
        ledger_id: LEDGER,
        auth: { issuer_url: `${idp.url}/realm`, client_id: 'midaz', client_secret: CLIENT_SECRET, scopes: ['ledger'] },
      });
      const tokens = idp.seen('/realm/token').length;
      await runNode(t, { executorId: 'midaz.get-account', providerConfigId: id, nodeData: { accountId: ACCOUNT } });
      expect(idp.seen('/realm/.well-known')).toHaveLength(1);
      const tokenRequest = idp.seen('/realm/token')[tokens]!;
      expect(tokenRequest.headers.authorization).toBe(`Basic ${Buffer.from(`midaz:${CLIENT_SECRET}`).toString('base64')}`);
      expect(form(tokenRequest)).toEqual({ grant_type: 'client_credentials', scope: 'ledger' });
      expect(last().headers.authorization).toMatch(/^Bearer /);
    });

    it('a rejected client fails the node once (no retry) without quoting the secret', async () => {
      const id = await providerConfig(t, 'http', {
        base_url: provider.url,
        auth: { type: 'oauth2_client_credentials', token_url: `${idp.url}/nowhere`, client_id: 'c', client_secret: CLIENT_SECRET },
      });
      const err = await rejectionOf(runNode(t, { executorId: 'http.request', providerConfigId: id }));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1, lastStatus: 404 });
      expect(err.message).toContain('token request');
      expect(err.message).not.toContain(CLIENT_SECRET);
    });
  });

  describe('limits and failures', () => {
    it('fails a response above 5 MiB with a clear message, without retrying', async () => {
      const big = await fakeServer(() => ({ body: Buffer.alloc(6 * 1024 * 1024, 97), headers: { 'content-type': 'text/plain' } }));
      try {
        const id = await providerConfig(t, 'http', { base_url: big.url });
        const err = await rejectionOf(runNode(t, { executorId: 'http.request', providerConfigId: id }));
        expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1 });
        expect(err.message).toMatch(/response larger than the 5 MiB limit/);
        expect(big.requests).toHaveLength(1);
      } finally {
        await big.close();
      }
    });

    it('reads a gzip-encoded JSON answer as JSON', async () => {
      const zipped = await fakeServer(() => ({
        body: gzipSync(JSON.stringify({ decision: 'ALLOW' })),
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      }));
      try {
        const id = await providerConfig(t, 'http', { base_url: zipped.url });
        const { envelope } = await runNode(t, { executorId: 'http.request', providerConfigId: id });
        expect(envelope.body).toEqual({ decision: 'ALLOW' });
        expect(envelope.headers).not.toHaveProperty('Content-Encoding');
      } finally {
        await zipped.close();
      }
    });

    it.each([
      ['headers over the client limit', { body: 'ok', headers: { 'x-padding': 'a'.repeat(64 * 1024) } }, /response headers are larger than the client accepts/],
      ['a body not in its claimed coding', { body: 'plain text', headers: { 'content-encoding': 'gzip' } }, /response body cannot be decoded as gzip/],
    ])('fails an answer with %s without retrying or counting against the provider', async (_what, reply, message) => {
      const unreadable = await fakeServer(() => reply);
      try {
        const id = await providerConfig(t, 'http', { base_url: unreadable.url });
        const err = await rejectionOf(runNode(t, { executorId: 'http.request', providerConfigId: id }));
        expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1 });
        expect(err.message).toMatch(message);
        expect(unreadable.requests).toHaveLength(1);
        expect(t.app.get(CircuitBreakers).state(id)).toBe('closed');
      } finally {
        await unreadable.close();
      }
    });

    it('rejects an unknown executor with FLK-0220 and unusable configurations with FLK-0504', async () => {
      const tracer = await providerConfig(t, 'tracer', { base_url: provider.url, api_key: API_KEY });
      expect(await rejectionOf(runNode(t, { executorId: 'ghost.run', providerConfigId: tracer }))).toMatchObject({ code: 'FLK-0220', attempts: 0 });
      const mismatch = await rejectionOf(runNode(t, { executorId: 'http.request', providerConfigId: tracer }));
      expect(mismatch.message).toMatch(/belongs to provider "tracer", not "http"/);
      const missing = await rejectionOf(runNode(t, { executorId: 'http.request', providerConfigId: '00000000-0000-4000-8000-000000000000' }));
      expect(missing.message).toMatch(/does not exist/);
      const res = await t.http(`/v1/provider-configurations/${tracer}/disable`, { method: 'POST', headers: authJson(), body: '{}' });
      expect(res.status).toBe(200);
      const disabled = await rejectionOf(runNode(t, { executorId: 'tracer.validate-transaction', providerConfigId: tracer }));
      expect(disabled).toMatchObject({ code: 'FLK-0504', attempts: 0 });
      expect(disabled.message).toMatch(/is disabled: FLK-0504$/);
    });

    it('opens a configuration once, yet the next call sees an update, a re-enable or a delete', async () => {
      const moved = await fakeServer(() => ({ status: 200, body: { where: 'moved' } }));
      const opened = jest.spyOn(t.app.get(SecretBox), 'open');
      try {
        // Not through providerConfig(): this test deletes it itself.
        const create = await t.http('/v1/provider-configurations', {
          method: 'POST',
          headers: authJson(),
          body: JSON.stringify({ name: `cached ${randomUUID()}`, providerId: 'http', config: { base_url: provider.url, auth: { type: 'bearer', token: API_KEY } } }),
        });
        expect(create.status).toBe(201);
        const { id } = (await create.json()) as { id: string };
        await runNode(t, { executorId: 'http.request', providerConfigId: id });
        await runNode(t, { executorId: 'http.request', providerConfigId: id });
        expect(opened).toHaveBeenCalledTimes(1);

        const patch = await t.http(`/v1/provider-configurations/${id}`, {
          method: 'PATCH',
          headers: authJson(),
          body: JSON.stringify({ config: { base_url: moved.url, auth: { type: 'bearer', token: API_KEY } } }),
        });
        expect(patch.status).toBe(200);
        const after = await runNode(t, { executorId: 'http.request', providerConfigId: id });
        expect(after.envelope.body).toEqual({ where: 'moved' });
        expect(moved.requests).toHaveLength(1);

        for (const action of ['disable', 'enable']) {
          const res = await t.http(`/v1/provider-configurations/${id}/${action}`, { method: 'POST', headers: authJson(), body: '{}' });
          expect(res.status).toBe(200);
        }
        await runNode(t, { executorId: 'http.request', providerConfigId: id });
        expect(moved.requests).toHaveLength(2);

        const disable = await t.http(`/v1/provider-configurations/${id}/disable`, { method: 'POST', headers: authJson(), body: '{}' });
        expect(disable.status).toBe(200);
        expect((await t.http(`/v1/provider-configurations/${id}`, { method: 'DELETE', headers: authJson() })).status).toBe(204);
        const gone = await rejectionOf(runNode(t, { executorId: 'http.request', providerConfigId: id }));
        expect(gone.message).toMatch(/does not exist: FLK-0504$/);
      } finally {
        opened.mockRestore();
        await moved.close();
      }
    });

    it('never puts a query api key into a failure message', async () => {
      const failing = await fakeServer(() => ({ status: 400, body: { error: 'bad' } }));
      try {
        const id = await providerConfig(t, 'http', { base_url: failing.url, auth: { type: 'api_key', key: API_KEY, location: 'query' } });
        const err = await rejectionOf(runNode(t, { executorId: 'http.request', providerConfigId: id }));
        expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1, lastStatus: 400 });
        expect(err.message).toContain('api_key=REDACTED');
        expect(err.message).not.toContain(API_KEY);
      } finally {
        await failing.close();
      }
    });
  });
});
