import { createServer } from 'node:net';
import { CircuitBreakers } from '../../src/engine/executors/resilience/breakers';
import { startTestApp, type TestApp } from '../support/test-app';
import { deleteProviderConfigs, fakeServer, providerConfig, rejectionOf, runNode, type FakeServer, type Reply } from './executors-fixtures';

const RESET_MS = 400;

describe('Executors: retries, circuit breaker, deadlines and the outbound policy', () => {
  let t: TestApp;
  let script: Reply[] = [];
  let fallback: Reply = { status: 200, body: { ok: true } };
  let provider: FakeServer;

  beforeAll(async () => {
    t = await startTestApp({ EXECUTOR_RETRY_BASE_MS: '20', EXECUTOR_BREAKER_RESET_MS: String(RESET_MS) });
    provider = await fakeServer(() => script.shift() ?? fallback);
  });
  afterAll(async () => {
    await provider.close();
    await deleteProviderConfigs(t);
    await t.close();
  });
  beforeEach(() => {
    script = [];
    fallback = { status: 200, body: { ok: true } };
  });

  const httpConfig = (base = provider.url) => providerConfig(t, 'http', { base_url: base });
  const call = (id: string, extra: Partial<Parameters<typeof runNode>[1]> = {}) =>
    runNode(t, { executorId: 'http.request', providerConfigId: id, executionId: 'exec-r', nodeId: 'n1', ...extra });

  describe('retries', () => {
    it('retries 503 twice then succeeds on the 3rd attempt, with the same Idempotency-Key each time', async () => {
      const id = await httpConfig();
      script = [{ status: 503 }, { status: 503 }, { status: 200, body: { done: true } }];
      const before = provider.requests.length;
      const result = await call(id);
      expect(result.attempts).toBe(3);
      expect(result.envelope.body).toEqual({ done: true });
      const keys = provider.requests.slice(before).map((r) => r.headers['idempotency-key']);
      expect(keys).toEqual(['exec-r:n1', 'exec-r:n1', 'exec-r:n1']);
    });

    it.each([400, 404, 422, 500])('does not retry a %i', async (status) => {
      const id = await httpConfig();
      fallback = { status, body: { error: 'no' } };
      const before = provider.requests.length;
      const err = await rejectionOf(call(id));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1, lastStatus: status });
      expect(err.message).toMatch(new RegExp(`^executor call failed after 1 attempt: POST .*: provider answered ${status} .*: FLK-0504$`));
      expect(provider.requests.length - before).toBe(1);
    });

    it('gives up after the configured attempts on network errors', async () => {
      const port = await closedPort();
      const id = await httpConfig(`http://127.0.0.1:${port}`);
      const err = await rejectionOf(call(id));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 5 });
      expect(err.lastStatus).toBeUndefined();
      expect(err.message).toMatch(/failed after 5 attempts: .*ECONNREFUSED.*: FLK-0504$/);
    });

    it('honours Retry-After before the next attempt', async () => {
      const id = await httpConfig();
      script = [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200, body: { ok: 1 } }];
      const before = provider.requests.length;
      const result = await call(id);
      expect(result.attempts).toBe(2);
      const [first, second] = provider.requests.slice(before);
      // Retry-After: 1 → at least a second between the attempts (the base backoff here is 20 ms).
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    });

    it('does not wait for a Retry-After beyond the step deadline', async () => {
      const id = await httpConfig();
      script = [{ status: 503, headers: { 'retry-after': '120' } }];
      const err = await rejectionOf(call(id, { stepTimeoutMs: 5_000 }));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1, lastStatus: 503 });
      expect(err.message).toMatch(/retry after 120 s, beyond the step deadline\): FLK-0504$/);
    });
  });

  describe('circuit breaker', () => {
    const breakers = () => t.app.get(CircuitBreakers);

    it('opens after 5 consecutive failures, fails fast with FLK-0507, then closes after a successful trial', async () => {
      const id = await httpConfig();
      fallback = { status: 503 };
      const first = await rejectionOf(call(id));
      expect(first).toMatchObject({ code: 'FLK-0504', attempts: 5, lastStatus: 503 });
      expect(breakers().state(id)).toBe('open');

      const before = provider.requests.length;
      const fast = await rejectionOf(call(id));
      expect(fast).toMatchObject({ code: 'FLK-0507', attempts: 0 });
      expect(fast.message).toMatch(/circuit breaker open .*: FLK-0507$/);
      expect(provider.requests.length).toBe(before);

      await new Promise((r) => setTimeout(r, RESET_MS + 100));
      expect(breakers().state(id)).toBe('half-open');
      fallback = { status: 200, body: { back: true } };
      const trial = await call(id);
      expect(trial).toMatchObject({ attempts: 1, envelope: { body: { back: true } } });
      expect(breakers().state(id)).toBe('closed');
      await expect(call(id)).resolves.toMatchObject({ attempts: 1 });
    });

    it('re-opens when the half-open trial fails, and the call stops retrying', async () => {
      const id = await httpConfig();
      fallback = { status: 502 };
      await rejectionOf(call(id));
      await new Promise((r) => setTimeout(r, RESET_MS + 100));
      const before = provider.requests.length;
      const err = await rejectionOf(call(id));
      expect(err).toMatchObject({ code: 'FLK-0507', attempts: 1, lastStatus: 502 });
      // What the trial got (the message said only that the breaker was open).
      expect(err.message).toMatch(/it opened after 1 attempt of this step \(last: .*502 Bad Gateway\)\): FLK-0507$/);
      expect(provider.requests.length - before).toBe(1);
      expect(breakers().state(id)).toBe('open');
    });

    it('does not count non-transient 4xx answers as failures', async () => {
      const id = await httpConfig();
      fallback = { status: 404 };
      const before = provider.requests.length;
      for (let i = 0; i < 7; i += 1) expect(await rejectionOf(call(id))).toMatchObject({ code: 'FLK-0504', attempts: 1 });
      expect(provider.requests.length - before).toBe(7);
      expect(breakers().state(id)).toBe('closed');
    });

    it('keeps one breaker per provider configuration', async () => {
      const broken = await httpConfig();
      const healthy = await httpConfig();
      fallback = { status: 503 };
      await rejectionOf(call(broken));
      fallback = { status: 200, body: {} };
      await expect(call(healthy)).resolves.toMatchObject({ attempts: 1 });
      expect(breakers().state(broken)).toBe('open');
    });
  });

  describe('deadlines', () => {
    it('stops at the step timeout, attempts included', async () => {
      const id = await httpConfig();
      fallback = { delayMs: 3_000, status: 200 };
      const err = await rejectionOf(call(id, { nodeData: { timeout: 1 }, stepTimeoutMs: 1_500 }));
      expect(err.attempts).toBeGreaterThanOrEqual(1);
      // Either the second attempt, given what was left of the step, ran out with it (a timeout), or no time was left
      // to make one.
      if (/no time left before the step deadline/.test(err.message)) expect(err.code).toBe('FLK-0504');
      else expect(err).toMatchObject({ code: 'FLK-0503', message: expect.stringMatching(/step timeout of 1500 ms passed/) });
    });

    it('an attempt cut at the step deadline is the step timeout (FLK-0503) every time, whichever timer fires first', async () => {
      const id = await httpConfig();
      fallback = { delayMs: 3_000, status: 200 };
      // The attempt's own timeout (5 s) is longer than the step's: it is given what is left of the step.
      for (let round = 0; round < 4; round += 1) {
        const err = await rejectionOf(call(id, { nodeData: { timeout: 5 }, stepTimeoutMs: 300 }));
        expect(err).toMatchObject({ code: 'FLK-0503', attempts: 1, message: expect.stringMatching(/interrupted: the step timeout/) });
      }
    });

    it('stops at once when the execution signal aborts', async () => {
      const id = await httpConfig();
      fallback = { delayMs: 30_000, status: 200 };
      const controller = new AbortController();
      const pending = rejectionOf(call(id, { signal: controller.signal }));
      setTimeout(() => controller.abort(), 100);
      const err = await pending;
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1 });
      expect(err.message).toMatch(/interrupted: the execution was stopped/);
    });
  });

  describe('outbound policy', () => {
    let strict: TestApp;
    beforeAll(async () => {
      strict = await startTestApp({ OUTBOUND_ALLOW_PRIVATE: '' });
    });
    afterAll(async () => {
      await deleteProviderConfigs(strict);
      await strict.close();
    });

    it.each(['localhost', '127.0.0.1'])('refuses a provider at %s when the allow-list does not admit it', async (host) => {
      const port = new URL(provider.url).port;
      const id = await providerConfig(strict, 'http', { base_url: `http://${host}:${port}/api` });
      const before = provider.requests.length;
      const err = await rejectionOf(runNode(strict, { executorId: 'http.request', providerConfigId: id }));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1 });
      expect(err.message).toMatch(/refused: .*blocked.*loopback/);
      expect(provider.requests.length).toBe(before);
    });

    it('applies the policy to the identity provider too', async () => {
      const port = new URL(provider.url).port;
      const id = await providerConfig(strict, 'http', {
        base_url: 'http://93.184.216.34/',
        auth: { type: 'oidc_client_credentials', issuer_url: `http://127.0.0.1:${port}/realm`, client_id: 'c', client_secret: 'client-secret-value' },
      });
      const before = provider.requests.length;
      const err = await rejectionOf(runNode(strict, { executorId: 'http.request', providerConfigId: id }));
      expect(err).toMatchObject({ code: 'FLK-0504', attempts: 1 });
      expect(err.message).toMatch(/OIDC discovery refused/);
      expect(provider.requests.length).toBe(before);
    });
  });
});

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}
