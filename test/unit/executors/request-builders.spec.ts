import { resolveAuth } from '../../../src/engine/executors/auth/auth-settings';
import { CallSetupError } from '../../../src/engine/executors/executor-failures';
import { buildGenericRequest } from '../../../src/engine/executors/http/generic-request';
import { buildMidazRequest } from '../../../src/engine/executors/http/midaz-request';
import { joinUrl, redactUrl } from '../../../src/engine/executors/http/url';

const ORG = '4f0c2f3e-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const LEDGER = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const ACCOUNT = '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e';
const midazConfig = {
  onboarding_base_url: 'https://onboarding.example.net/',
  transaction_base_url: 'https://tx.example.net/base',
  organization_id: ORG,
  ledger_id: LEDGER,
};

describe('Midaz request builder', () => {
  it.each([
    ['midaz.create-transaction', 'POST', `https://tx.example.net/base/v1/organizations/${ORG}/ledgers/${LEDGER}/transactions/json`],
    ['midaz.create-account', 'POST', `https://onboarding.example.net/v1/organizations/${ORG}/ledgers/${LEDGER}/accounts`],
    ['midaz.get-account', 'GET', `https://onboarding.example.net/v1/organizations/${ORG}/ledgers/${LEDGER}/accounts/${ACCOUNT}`],
    ['midaz.get-account-balance', 'GET', `https://tx.example.net/base/v1/organizations/${ORG}/ledgers/${LEDGER}/accounts/${ACCOUNT}/balances`],
  ])('%s → %s %s', (executorId, method, url) => {
    const plan = buildMidazRequest({ executorId, nodeData: { accountId: ACCOUNT }, config: midazConfig, body: { send: { asset: 'BRL' } } });
    expect(plan.method).toBe(method);
    expect(plan.url.toString()).toBe(url);
    expect(plan.body).toBe(method === 'POST' ? '{"send":{"asset":"BRL"}}' : undefined);
    expect(plan.auth).toEqual({ type: 'none' });
  });

  it('takes path parameters from the configuration, then node data, then the top level of the body', () => {
    const fromBody = buildMidazRequest({ executorId: 'midaz.get-account', nodeData: {}, config: midazConfig, body: { accountId: 'acc-1' } });
    expect(fromBody.url.pathname).toMatch(/\/accounts\/acc-1$/);
    const fromData = buildMidazRequest({ executorId: 'midaz.get-account', nodeData: { accountId: 'acc-2' }, config: midazConfig, body: { accountId: 'acc-1' } });
    expect(fromData.url.pathname).toMatch(/\/accounts\/acc-2$/);
    const fromConfig = buildMidazRequest({
      executorId: 'midaz.get-account',
      nodeData: { accountId: 'acc-2' },
      config: { ...midazConfig, accountId: 'acc-3' },
      body: undefined,
    });
    expect(fromConfig.url.pathname).toMatch(/\/accounts\/acc-3$/);
  });

  it('percent-encodes parameters so they cannot add path segments, and refuses a missing one', () => {
    const plan = buildMidazRequest({ executorId: 'midaz.get-account', nodeData: { accountId: '../../admin?x=1' }, config: midazConfig, body: {} });
    expect(plan.url.pathname).toMatch(/\/accounts\/..%2F..%2Fadmin%3Fx%3D1$/);
    expect(plan.url.search).toBe('');
    expect(() => buildMidazRequest({ executorId: 'midaz.get-account', nodeData: {}, config: midazConfig, body: {} })).toThrow(
      /missing path parameter "accountId"/,
    );
  });

  it.each(['..', '.', ' .. '])('refuses a parameter %j the URL parser would resolve away', (accountId) => {
    for (const executorId of ['midaz.get-account', 'midaz.get-account-balance']) {
      expect(() => buildMidazRequest({ executorId, nodeData: {}, config: midazConfig, body: { accountId } })).toThrow(
        new RegExp(`path parameter "accountId" must not be "${accountId.trim().replace(/\./g, '\\.')}"`),
      );
    }
    const encoded = buildMidazRequest({ executorId: 'midaz.get-account-balance', nodeData: {}, config: midazConfig, body: { accountId: '%2e%2e' } });
    expect(encoded.url.pathname).toMatch(/\/accounts\/%252e%252e\/balances$/);
  });

  it('uses the auth object as OIDC client credentials', () => {
    const plan = buildMidazRequest({
      executorId: 'midaz.create-account',
      nodeData: {},
      config: { ...midazConfig, auth: { issuer_url: 'https://idp.example.net', client_id: 'c', client_secret: 's', scopes: ['a', 'b'] } },
      body: {},
    });
    expect(plan.auth).toMatchObject({
      type: 'oidc_client_credentials',
      issuerUrl: 'https://idp.example.net',
      client: { clientId: 'c', clientSecret: 's', scopes: ['a', 'b'], method: 'client_secret_basic' },
    });
  });
});

describe('generic request builder', () => {
  const config = { base_url: 'https://api.example.net/root/', api_key: 'k-123' };

  it('joins base_url with data.path, defaults to POST and sends the body as JSON', () => {
    const plan = buildGenericRequest({ executorId: 'tracer.validate-transaction', nodeData: { path: '/v1/validations' }, config, body: { a: 1 } });
    expect(plan.url.toString()).toBe('https://api.example.net/root/v1/validations');
    expect(plan.method).toBe('POST');
    expect(plan.body).toBe('{"a":1}');
    expect(plan.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(plan.timeoutMs).toBe(30_000);
  });

  it('falls back to endpointName, then to the base URL alone', () => {
    expect(buildGenericRequest({ executorId: 'x', nodeData: { endpointName: 'check' }, config, body: undefined }).url.pathname).toBe('/root/check');
    expect(buildGenericRequest({ executorId: 'x', nodeData: {}, config, body: undefined }).url.pathname).toBe('/root/');
  });

  it('sends Tracer api_key as X-API-Key without auth_type (quirk 7 fixed)', () => {
    expect(buildGenericRequest({ executorId: 'tracer.validate-transaction', nodeData: {}, config, body: {} }).auth).toEqual({
      type: 'api_key',
      key: 'k-123',
      location: 'header',
      headerName: 'X-API-Key',
      queryParamName: 'api_key',
      prefix: '',
    });
  });

  it('merges query from configuration and node, node winning; GET turns body scalars into query', () => {
    const plan = buildGenericRequest({
      executorId: 'http.request',
      nodeData: { method: 'get', path: 'items?fixed=1', query: { page: 2 } },
      config: { base_url: 'https://api.example.net', query: { page: 1, lang: 'en' } },
      body: { decision: 'ALLOW', limit: 5, nested: { no: true } },
    });
    expect(plan.method).toBe('GET');
    expect(plan.body).toBeUndefined();
    expect(Object.fromEntries(plan.url.searchParams)).toEqual({ fixed: '1', page: '2', lang: 'en', decision: 'ALLOW', limit: '5' });
  });

  it('uses node timeout, then timeout_seconds', () => {
    // The node timeout as the step reads it (nodeTimeoutMs): 7.9 s, not its integer part (the attempts were 7 s in a
    // 7.9 s step, so a slow provider ended as a failed attempt with no time left for another instead of a step timeout).
    expect(buildGenericRequest({ executorId: 'x', nodeData: { timeout: 7.9 }, config: { ...config, timeout_seconds: 3 }, body: {} }).timeoutMs).toBe(7900);
    expect(buildGenericRequest({ executorId: 'x', nodeData: { timeout: '5' }, config: { ...config, timeout_seconds: 3 }, body: {} }).timeoutMs).toBe(5000);
    expect(buildGenericRequest({ executorId: 'x', nodeData: {}, config: { ...config, timeout_seconds: 3 }, body: {} }).timeoutMs).toBe(3000);
  });

  it('refuses paths that climb out of the base URL, bad methods, bad headers and a missing base_url', () => {
    for (const path of ['../admin', 'a/../../b', 'https://evil.example/x', 'a\\b']) {
      expect(() => buildGenericRequest({ executorId: 'x', nodeData: { path }, config, body: {} })).toThrow(CallSetupError);
    }
    expect(() => buildGenericRequest({ executorId: 'x', nodeData: { method: 'TRACE' }, config, body: {} })).toThrow(/method/);
    expect(() => buildGenericRequest({ executorId: 'x', nodeData: {}, config: { ...config, headers: { 'Bad Name': 'x' } }, body: {} })).toThrow(/header/);
    expect(() => buildGenericRequest({ executorId: 'x', nodeData: {}, config: { headers: {} }, body: {} })).toThrow(/base_url/);
  });
});

describe('resolveAuth', () => {
  it('reads the http provider auth object', () => {
    expect(resolveAuth({ auth: { type: 'bearer', token: 't' } })).toEqual({ type: 'bearer', token: 't' });
    expect(resolveAuth({ auth: { type: 'basic', username: 'u', password: 'p' } })).toEqual({ type: 'basic', username: 'u', password: 'p' });
    expect(resolveAuth({ auth: { type: 'api_key', key: 'k', location: 'query', query_param_name: 'token', prefix: 'P ' } })).toMatchObject({
      location: 'query',
      queryParamName: 'token',
      prefix: 'P ',
    });
    expect(resolveAuth({ auth: { type: 'oauth2_client_credentials', token_url: 'https://idp/t', client_id: 'c', client_secret: 's', client_auth_method: 'client_secret_post', extra_params: { resource: 'r' } } })).toMatchObject({
      type: 'oauth2_client_credentials',
      tokenUrl: 'https://idp/t',
      client: { method: 'client_secret_post', extraParams: { resource: 'r' } },
    });
    expect(resolveAuth({ auth: { type: 'none' }, api_key: 'ignored' })).toEqual({ type: 'none' });
  });

  it('translates the flat upstream auth_type form', () => {
    expect(resolveAuth({ auth_type: 'bearer', bearer_token: 'b' })).toEqual({ type: 'bearer', token: 'b' });
    expect(resolveAuth({ auth_type: 'api_key', api_key: 'k', header_name: 'X-Key' })).toMatchObject({ key: 'k', headerName: 'X-Key' });
  });

  it('refuses unknown types and missing secrets without echoing values', () => {
    expect(() => resolveAuth({ auth: { type: 'oidc_user' } })).toThrow(/unsupported authentication type "oidc_user"/);
    expect(() => resolveAuth({ auth: { type: 'bearer', token: '' } })).toThrow(/needs a non-empty "token"/);
  });
});

describe('URL helpers', () => {
  it('joins with exactly one slash', () => {
    expect(joinUrl('https://h.example/a/', '/b/c').toString()).toBe('https://h.example/a/b/c');
    expect(joinUrl('https://h.example', 'b').toString()).toBe('https://h.example/b');
  });

  it('keeps the path below the base path: dot segments are refused, also percent-encoded', () => {
    for (const path of ['../x', 'a/../../x', './x', '%2e%2e/x', '/%2E%2e/%2e%2e/escaped', '.%2e/x', '%2e/x', 'a\\..\\x', 'http://other/x']) {
      expect(() => joinUrl('https://h.example/ok/a', path)).toThrow(/must be a relative path below the base URL/);
    }
    // Dots inside a segment are ordinary characters.
    expect(joinUrl('https://h.example/ok/a', 'v1.2/..x/%2e%2ex').pathname).toBe('/ok/a/v1.2/..x/%2e%2ex');
  });

  it('redacts secret query parameters and user info', () => {
    const shown = redactUrl('https://user:pw@h.example/x?api_key=abc&token=t&page=2&custom=s&sig=g', ['custom']);
    expect(shown).toBe('https://REDACTED@h.example/x?api_key=REDACTED&token=REDACTED&page=2&custom=REDACTED&sig=REDACTED');
  });
});
