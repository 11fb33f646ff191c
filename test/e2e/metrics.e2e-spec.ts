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
});
