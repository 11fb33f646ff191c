import { authJson, startTestApp, type TestApp } from '../support/test-app';

describe('GET /metrics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is public and speaks the Prometheus text format', async () => {
    const res = await t.http('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP process_cpu_user_seconds_total/m);
    expect(text).toMatch(/^flowker_db_pool_connections\{state="total"\} \d+$/m);
  });

  it('records HTTP latency by route template, never by raw URL', async () => {
    await t.http('/v1/catalog/providers/tracer', { headers: authJson() });
    await t.http('/v1/catalog/providers/midaz', { headers: authJson() });
    const text = await (await t.http('/metrics')).text();
    const line = text.split('\n').find((l) => l.startsWith('flowker_http_request_duration_seconds_count{') && l.includes('route="/v1/catalog/providers/:id"'));
    expect(line).toMatch(/method="GET"/);
    expect(line).toMatch(/status_code="200"/);
    expect(Number(line!.split(' ').pop())).toBe(2);
    expect(text).not.toContain('/v1/catalog/providers/tracer');
  });

  it('counts requests refused before routing: a URL the router refuses, and requests that could not be read', async () => {
    // Neither appeared in /metrics, so an operator could not see a client sending broken requests.
    const metric = async (prefix: string, ...parts: string[]) => {
      const text = await (await t.http('/metrics')).text();
      const line = text.split('\n').find((l) => l.startsWith(prefix) && parts.every((part) => l.includes(part)));
      return line === undefined ? 0 : Number(line.split(' ').pop());
    };
    const refusedUrl = () => metric('flowker_http_request_duration_seconds_count{', 'route="unmatched"', 'status_code="400"');
    const unread = () => metric('flowker_http_unreadable_requests_total{', 'status_code="431"');
    const [urlsBefore, unreadBefore] = [await refusedUrl(), await unread()];

    const bad = await fetch(`${t.baseUrl}/v1/workflows/%zz`, { headers: authJson() });
    expect(bad.status).toBe(400);
    await bad.text();
    const huge = await fetch(`${t.baseUrl}/v1/workflows/${'a'.repeat(20_000)}`, { headers: authJson() });
    expect(huge.status).toBe(431);
    await huge.text();

    expect(await refusedUrl()).toBe(urlsBefore + 1);
    expect(await unread()).toBe(unreadBefore + 1);
  });
});
