import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';

describe('Request logging', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' }, { captureLogs: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes JSON lines with the request id that was returned, and never a secret', async () => {
    const secrets = ['Bearer sk_live_abcdef123456', 'whsec_webhooktoken987654', 'querytoken-5555-secret', 'session=cookie-4444-secret', 'Basic cHJveHk6c2VjcmV0'];
    const res = await t.http(`/v1/catalog/providers?token=${secrets[2]}&page=1`, {
      headers: {
        'X-API-Key': TEST_API_KEY, Authorization: secrets[0], 'X-Webhook-Token': secrets[1], Cookie: secrets[3], 'Proxy-Authorization': secrets[4],
        'X-Request-Id': 'log-test-1',
      },
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const lines = t.logs.map((l) => JSON.parse(l));
    const mine = lines.filter((l) => l.requestId === 'log-test-1');
    expect(mine.length).toBeGreaterThan(0);
    const completed = mine.find((l) => l.res?.statusCode === 200);
    expect(completed.req.url).toContain('token=[REDACTED]');
    expect(completed.req.url).toContain('page=1');
    for (const header of ['x-api-key', 'authorization', 'x-webhook-token', 'cookie', 'proxy-authorization']) {
      expect(completed.req.headers[header]).toBe('[REDACTED]');
    }
    const everything = t.logs.join('\n');
    for (const secret of [TEST_API_KEY, ...secrets, 'sk_live_abcdef123456']) expect(everything).not.toContain(secret);
  });

  // The query parser decodes parameter names, so `%74oken` is `token` to the webhook authentication as well.
  it('redacts a secret query parameter whose name is percent-encoded', async () => {
    const secret = 'encoded-name-token-7777';
    const res = await t.http(`/v1/catalog/providers?%74oken=${secret}&tok%65n=${secret}&API%5FKEY=${secret}&page=2`, {
      headers: { 'X-API-Key': TEST_API_KEY, 'X-Request-Id': 'log-test-2' },
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const completed = t.logs.map((l) => JSON.parse(l)).find((l) => l.requestId === 'log-test-2' && l.res?.statusCode === 200);
    expect(completed.req.url).toBe('/v1/catalog/providers?%74oken=[REDACTED]&tok%65n=[REDACTED]&API%5FKEY=[REDACTED]&page=2');
    expect(t.logs.join('\n')).not.toContain(secret);
  });

  it('redacts every query parameter the secret rule names, not only a few fixed names', async () => {
    // `key`, `sig`, `password` and `client_secret` were logged in clear.
    const res = await t.http('/v1/catalog/providers?key=k-SECRET-1&sig=s-SECRET-2&password=p-SECRET-3&client_secret=c-SECRET-4&page=3', {
      headers: { 'X-API-Key': TEST_API_KEY, 'X-Request-Id': 'log-test-3' },
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const completed = t.logs.map((l) => JSON.parse(l)).find((l) => l.requestId === 'log-test-3' && l.res?.statusCode === 200);
    expect(completed.req.url).toBe('/v1/catalog/providers?key=[REDACTED]&sig=[REDACTED]&password=[REDACTED]&client_secret=[REDACTED]&page=3');
    expect(t.logs.join('\n')).not.toMatch(/[kspc]-SECRET-\d/);
  });

  it('logs an unexpected failure with its stack, while the client gets no internals', async () => {
    const res = await t.http('/v1/catalog/providers', { headers: { 'X-API-Key': TEST_API_KEY, 'X-Test-Fault-Injection': 'error' } });
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain('fault injected');
    await new Promise((r) => setTimeout(r, 50));
    expect(t.logs.some((l) => l.includes('fault injected') && l.includes('"level":50'))).toBe(true);
  });
});
