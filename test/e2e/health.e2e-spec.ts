import { DataSource } from 'typeorm';
import { LifecycleService } from '../../src/common/lifecycle/lifecycle.service';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Health, readiness and version', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /health reports healthy with the database check, without an API key', async () => {
    const res = await t.http('/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('healthy');
    expect(body.checks.database.status).toBe('healthy');
    expect(body.version).toBe('1.1.0');
    expect(body.uptime).toMatch(/^(\d+h)?(\d+m)?[\d.]+s$/);
    expect(Date.parse(body.timestamp)).not.toBeNaN();
  });

  it('GET /health/live answers 200 without consulting dependencies', async () => {
    const res = await t.http('/health/live');
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('healthy');
  });

  it('GET /health/ready and /readyz report the database as up', async () => {
    const ready = await t.http('/health/ready');
    expect(ready.status).toBe(200);
    const readyz = await t.http('/readyz');
    expect(readyz.status).toBe(200);
    const body = await readyz.json();
    expect(body).toMatchObject({ status: 'healthy', deployment_mode: 'local', version: '1.1.0' });
    expect(body.checks.database.status).toBe('up');
    expect(typeof body.checks.database.latency_ms).toBe('number');
  });

  it('GET /version answers the configured version and the request time', async () => {
    const before = Date.now();
    const res = await t.http('/version');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.version).toBe('1.1.0');
    expect(Date.parse(body.requestDate)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('every response carries a request id, and a sane caller id is echoed', async () => {
    const generated = await t.http('/version');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await t.http('/version', { headers: { 'X-Request-Id': 'trace-abc.123' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-abc.123');
    const hostile = await t.http('/version', { headers: { 'X-Request-Id': 'x'.repeat(300) } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Health when the service cannot serve', () => {
  it('readiness turns 503 with no checks while draining', async () => {
    const t = await startTestApp();
    try {
      t.app.get(LifecycleService).beginDrain();
      const res = await t.http('/readyz');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unhealthy', checks: {} });
      expect((await t.http('/health/ready')).status).toBe(503);
      // Liveness is about the process, not traffic: still 200.
      expect((await t.http('/health/live')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('health and readiness turn 503 and name the database when it is gone', async () => {
    const t = await startTestApp();
    try {
      await t.app.get(DataSource).destroy();
      const health = await t.http('/health');
      expect(health.status).toBe(503);
      const body = await health.json();
      expect(body.status).toBe('unhealthy');
      expect(body.checks.database.status).toBe('unhealthy');
      const readyz = await t.http('/readyz');
      expect(readyz.status).toBe(503);
      expect((await readyz.json()).checks.database).toMatchObject({ status: 'down' });
      expect((await t.http('/health/ready')).status).toBe(503);
    } finally {
      await t.close().catch(() => undefined);
    }
  });
});
