import { DataSource } from 'typeorm';
import { LifecycleService } from '../../src/common/lifecycle/lifecycle.service';
import { onPostgresServer, scratchDatabase } from '../support/scratch-database';
import { freePort } from '../support/service-process';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';

/** Runs `sql` on the server of TEST_DATABASE_URL, connected to its maintenance database `postgres`. */

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
  it('readiness turns 503 while draining: /readyz with no checks, /health/ready naming the shutdown', async () => {
    const t = await startTestApp();
    try {
      t.app.get(LifecycleService).beginDrain();
      const res = await t.http('/readyz');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unhealthy', checks: {} });
      const ready = await t.http('/health/ready');
      expect(ready.status).toBe(503);
      // The body says why, not only that: the database is fine, the instance is shutting down.
      expect((await ready.json()).checks).toEqual({
        database: expect.objectContaining({ status: 'healthy' }),
        shutdown: { status: 'unhealthy', message: expect.stringContaining('draining') },
      });
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

  // A scratch database of its own, renamed under the running app: the test database stays untouched.
  (usingPostgres() ? it : it.skip)('answers 503 FLK-0009 with Retry-After while its PostgreSQL database is renamed away, and serves again once it is back', async () => {
    const { name, url, drop } = await scratchDatabase('gone');
    let t: TestApp | undefined;
    try {
      t = await startTestApp({ DATABASE_URL: url });
      expect((await t.http('/v1/workflows', { headers: authJson() })).status).toBe(200);
      // Renaming needs the app's connections gone; the pool then has to reconnect to a database that does not exist.
      await onPostgresServer(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
      await onPostgresServer(`ALTER DATABASE "${name}" RENAME TO "${name}_moved"`);
      const refused = await t.http('/v1/workflows', { headers: authJson() });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await refused.json()).toMatchObject({ code: 'FLK-0009' });
      expect((await t.http('/readyz')).status).toBe(503);

      await onPostgresServer(`ALTER DATABASE "${name}_moved" RENAME TO "${name}"`);
      expect((await t.http('/v1/workflows', { headers: authJson() })).status).toBe(200);
    } finally {
      await t?.close().catch(() => undefined);
      await drop();
      await onPostgresServer(`DROP DATABASE IF EXISTS "${name}_moved" WITH (FORCE)`);
    }
  });
});

// Production mode needs PostgreSQL; a port nothing listens on stands for a Redis that is down from the start.
(usingPostgres() ? describe : describe.skip)('Production mode with Redis down', () => {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await startTestApp({
      REDIS_URL: `redis://127.0.0.1:${await freePort()}/7`,
      REDIS_PREFIX: `flk-health-${process.pid}`,
      EXECUTION_DRAIN_MS: '100',
    });
  });
  afterAll(() => t?.close());

  it('/health/ready names Redis as the reason it is not ready, as /readyz does', async () => {
    const ready = await t!.http('/health/ready');
    expect(ready.status).toBe(503);
    expect((await ready.json()).checks).toEqual({
      database: expect.objectContaining({ status: 'healthy' }),
      redis: { status: 'unhealthy', message: expect.stringMatching(/^redis: not connected \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/) },
    });
    expect((await (await t!.http('/readyz')).json()).checks.redis).toMatchObject({ status: 'down' });
  });

  it('shutdown ends although Redis never answered (BullMQ\'s forced close waited for it forever)', async () => {
    const app = t!;
    t = undefined;
    await app.close();
  }, 60_000);
});
