import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { SPEC_FILE } from '../../src/modules/docs/swagger';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';

describe('API key authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ API_KEY_ENABLED: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['missing', {}],
    ['wrong', { 'X-API-Key': 'not-the-key-0123456789' }],
    ['almost right', { 'X-API-Key': `${TEST_API_KEY}x` }],
    ['empty', { 'X-API-Key': '' }],
  ])('a %s X-API-Key on /v1 → 401 FLK-0003', async (_, headers) => {
    const res = await t.http('/v1/catalog/executors', { headers });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'FLK-0003', title: 'Unauthorized', message: expect.any(String) });
    // RFC 9110 requires every 401 to name the credentials it wants.
    expect(res.headers.get('www-authenticate')).toBe('ApiKey realm="flowker", header="X-API-Key"');
  });

  it('the right key is accepted', async () => {
    const res = await t.http('/v1/catalog/executors', { headers: { 'X-API-Key': TEST_API_KEY } });
    expect(res.status).toBe(200);
  });

  it.each(['/health', '/health/live', '/health/ready', '/readyz', '/version', '/swagger', '/swagger/openapi.json', '/swagger/openapi.yaml'])(
    '%s stays public',
    async (route) => {
      const res = await t.http(route);
      expect(res.status).toBe(200);
    },
  );

  it('serves the spec from openapi/ at /swagger/openapi.json and .yaml', async () => {
    const json = await (await t.http('/swagger/openapi.json')).json();
    expect(json.info.version).toBe('1.1.0');
    expect(json.openapi).toBe('3.1.0');
    const yamlResponse = await t.http('/swagger/openapi.yaml');
    expect(yamlResponse.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(await yamlResponse.text()).toMatch(/Flowker API/);
    expect((await t.http('/swagger/openapi.yaml?download=1')).headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect((await t.http('/swagger/openapi.json')).headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('serves the spec exactly as openapi/flowker.yaml holds it, in JSON and in YAML', async () => {
    const file = YAML.parse(readFileSync(SPEC_FILE, 'utf8'));
    expect(await (await t.http('/swagger/openapi.json')).json()).toEqual(file);
    expect(YAML.parse(await (await t.http('/swagger/openapi.yaml')).text())).toEqual(file);
  });
});

describe('API key authentication turned off explicitly', () => {
  it('API_KEY_ENABLED=false lets /v1 through without a key', async () => {
    const t = await startTestApp({ API_KEY_ENABLED: 'false', API_KEY: '' });
    try {
      const res = await t.http('/v1/catalog/providers');
      expect(res.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('CORS', () => {
  it('answers preflight only for configured origins', async () => {
    const t = await startTestApp({ CORS_ALLOWED_ORIGINS: 'https://app.example.com' });
    try {
      const allowed = await fetch(`${t.baseUrl}/v1/catalog/providers`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'GET' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      const denied = await fetch(`${t.baseUrl}/v1/catalog/providers`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example.net', 'Access-Control-Request-Method': 'GET' },
      });
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await t.close();
    }
  });

  it('gives a browser request (with Origin) the CORS headers, and a request without Origin only Vary: Origin', async () => {
    const t = await startTestApp({ CORS_ALLOWED_ORIGINS: 'https://app.example.com' });
    try {
      const headers = { 'X-API-Key': TEST_API_KEY };
      const browser = await fetch(`${t.baseUrl}/v1/workflows`, { headers: { ...headers, Origin: 'https://app.example.com' } });
      expect(browser.status).toBe(200);
      expect(browser.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(browser.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
      expect(browser.headers.get('vary')).toContain('Origin');
      // Errors answered by the exception filter carry them too.
      const refused = await fetch(`${t.baseUrl}/v1/workflows`, { headers: { Origin: 'https://app.example.com' } });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      const server = await fetch(`${t.baseUrl}/v1/workflows`, { headers });
      expect(server.status).toBe(200);
      expect([...server.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(server.headers.get('vary')).toBe('Origin');
    } finally {
      await t.close();
    }
  });

  it('an OPTIONS request that is not a preflight is routed like any method the path does not take', async () => {
    const t = await startTestApp({ CORS_ALLOWED_ORIGINS: 'https://app.example.com' });
    try {
      const plain = await fetch(`${t.baseUrl}/v1/workflows`, { method: 'OPTIONS', headers: { 'X-API-Key': TEST_API_KEY } });
      expect(plain.status).toBe(405);
      expect(plain.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'POST']);
      expect(await plain.json()).toMatchObject({ code: 'FLK-0005', title: 'Method Not Allowed' });
      // An Origin alone is not a preflight either; without the key, /v1 answers 401 first, as for any method.
      const originOnly = await fetch(`${t.baseUrl}/v1/workflows`, { method: 'OPTIONS', headers: { Origin: 'https://app.example.com' } });
      expect(originOnly.status).toBe(401);
      expect(await originOnly.json()).toMatchObject({ code: 'FLK-0003' });
      const unknown = await fetch(`${t.baseUrl}/nothing-here`, { method: 'OPTIONS' });
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: 'FLK-0004', title: 'Not Found' });
      // A real preflight still gets the CORS answer.
      const preflight = await fetch(`${t.baseUrl}/v1/workflows`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://app.example.com', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    } finally {
      await t.close();
    }
  });
});
