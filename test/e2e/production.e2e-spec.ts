import {
  API_KEY,
  PG_URL,
  CuttableRelay,
  MockExecutor,
  OwnRedis,
  bounded,
  build,
  callHook,
  executorWebhookWorkflow,
  freePort,
  missingPrerequisite,
  resetDatabase,
  settle,
  sleep,
  sql,
  type HookResult,
  startProcess,
  stopProcess,
  statusCounts,
  type ServiceProcess,
} from './production-cluster';

/**
 * Production mode (REDIS_URL): two API and two worker processes of the built service on one PostgreSQL database
 * and one Redis. Runs in the PostgreSQL pass of `npm test` (TEST_DATABASE_URL set) or with PRODUCTION_E2E=1.
 * Outside CI a missing Redis/PostgreSQL skips it with a message; in CI it fails.
 */
const CI = process.env.CI === 'true' || process.env.CI === '1';
const wanted = process.env.PRODUCTION_E2E === '1' || /^postgres/.test(process.env.TEST_DATABASE_URL ?? '');

let skipReason: string | null = null;
// The SQLite pass of `npm test` reports these as skipped: they run in the PostgreSQL pass.
const describeWhenWanted = wanted ? describe : describe.skip;

describeWhenWanted('production mode: api and worker processes on PostgreSQL + Redis (BullMQ)', () => {
  const mock = new MockExecutor();
  let redis: OwnRedis;
  const apis: ServiceProcess[] = [];
  const workers: ServiceProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    if (skipReason) return;
    const missing = await missingPrerequisite();
    if (missing) {
      if (CI) throw new Error(`production tests need Redis and PostgreSQL in CI: ${missing}`);
      skipReason = missing;
      return;
    }
    build();
    await resetDatabase();
    redis = new OwnRedis(await freePort());
    await redis.start();
    await mock.start();
    env = { DATABASE_URL: PG_URL, REDIS_URL: redis.url, REDIS_PREFIX: `flk-test-${process.pid}` };
    // The first process runs the migrations alone; the others start on the migrated schema.
    apis.push(await startProcess('api', env));
    const rest = await Promise.all([startProcess('api', env), startProcess('worker', env), startProcess('worker', env)]);
    apis.push(rest[0]);
    workers.push(rest[1], rest[2]);
  }, 150_000);

  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((p) => stopProcess(p)));
    await mock.stop();
    await redis?.remove();
  }, 60_000);

  const skipped = () => {
    if (skipReason) process.stderr.write(`production e2e skipped: ${skipReason}\n`);
    return skipReason !== null;
  };

  it('2,000 webhooks over both APIs give exactly 2,000 completed executions, each executed once', async () => {
    if (skipped()) return;
    const wf = await executorWebhookWorkflow(apis[0].url, mock.url);
    const results = await bounded(2000, 40, (i) => callHook(apis[i % 2].url, wf.path, { n: i }));
    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    const ids = new Set(results.map((r) => r.executionId));
    expect(ids.size).toBe(2000);

    const counts = await settle(PG_URL, wf.id, 90_000);
    expect(counts).toEqual({ completed: 2000 });
    const keys = [...ids].map((id) => `${id}:call`);
    expect(keys.filter((k) => mock.calls.get(k) !== 1)).toEqual([]);

    // /metrics reports the cluster-wide figures; readiness checks both stores.
    const metrics = await (await fetch(`${workers[0].url}/metrics`)).text();
    expect(metrics).toMatch(/^flowker_executions\{status="completed"\} \d+/m);
    expect(metrics).toMatch(/^flowker_queue_jobs\{queue="executions",state="waiting"\} \d+/m);
    expect(metrics).toMatch(/^flowker_queue_oldest_waiting_job_age_seconds\{queue="executions"\} [\d.e+-]+$/m);
    expect(metrics).toMatch(/^# TYPE flowker_delivery_attempts_total counter$/m);
    expect(metrics).toMatch(/^flowker_http_request_duration_seconds_count\{/m);
    const ready = (await (await fetch(`${apis[1].url}/readyz`)).json()) as { checks: unknown };
    expect(ready.checks).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  }, 150_000);

  it('a webhook rate limit is one budget shared by both APIs (kept in Redis)', async () => {
    if (skipped()) return;
    const wf = await executorWebhookWorkflow(apis[0].url, mock.url, { rateLimit: { requests: 6, perSeconds: 3600 } });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await callHook(apis[i % 2].url, wf.path, { n: i })).status);
    // Per-process buckets would have let 6 calls through on each API.
    expect(statuses.filter((s) => s === 201)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    expect(statuses.slice(0, 6)).toEqual([201, 201, 201, 201, 201, 201]);
  }, 30_000);

  it('a worker killed with SIGKILL mid-run: its jobs are taken over, all complete, no completed step is called again', async () => {
    if (skipped()) return;
    const wf = await executorWebhookWorkflow(apis[0].url, mock.url);
    mock.delayMs = 150;
    try {
      const sending = bounded(600, 30, (i) => callHook(apis[i % 2].url, wf.path, { n: i }));
      // Kill once some executions are done and others are running.
      for (let i = 0; i < 200; i++) {
        const c = await statusCounts(PG_URL, wf.id);
        if ((c.completed ?? 0) >= 100 && (c.running ?? 0) >= 20) break;
        await sleep(100);
      }
      await stopProcess(workers[0], 'SIGKILL');
      const doneBeforeKill = await sql<{ execution_id: string }>(
        PG_URL,
        `SELECT s.execution_id FROM execution_steps s JOIN executions e ON e.id = s.execution_id
         WHERE e.workflow_id = $1 AND s.node_id = 'call' AND s.status = 'completed'`,
        [wf.id],
      );
      expect(doneBeforeKill.length).toBeGreaterThan(0);
      const results = await sending;
      const accepted = results.filter((r) => r.status === 201);
      expect(accepted.length).toBe(600);

      const counts = await settle(PG_URL, wf.id, 90_000);
      expect(counts).toEqual({ completed: 600 });
      expect(doneBeforeKill.filter((s) => mock.calls.get(`${s.execution_id}:call`) !== 1)).toEqual([]);
    } finally {
      mock.delayMs = 0;
      // Back to two workers for the next tests.
      workers[0] = await startProcess('worker', env);
    }
  }, 150_000);

  it('Redis killed and restarted mid-run (append-only file): no accepted webhook is lost', async () => {
    if (skipped()) return;
    const wf = await executorWebhookWorkflow(apis[0].url, mock.url);
    mock.delayMs = 20;
    try {
      // Calls keep going until well after the restart, however fast the service answers: the outage is always
      // mid-run (a fixed number of calls could all be answered within the outage on a fast machine).
      const results: HookResult[] = [];
      let stop = false;
      let n = 0;
      const sending = Promise.all(
        Array.from({ length: 20 }, async () => {
          while (!stop) results.push(await callHook(apis[n % 2].url, wf.path, { n: n++ }));
        }),
      );
      while (results.length < 100) await sleep(20);
      await redis.kill();
      const answeredBeforeKill = results.length;
      await sleep(1_000);
      const answeredAtRestart = results.length;
      await redis.start();
      while (results.length < answeredAtRestart + 100) await sleep(20);
      stop = true;
      await sending;
      // Calls were answered before, during and after the outage.
      expect(answeredBeforeKill).toBeGreaterThan(0);
      expect(answeredAtRestart).toBeGreaterThan(answeredBeforeKill);
      const accepted = results.filter((r) => r.status === 201);
      // The database was up the whole time: every call was stored and answered.
      expect(accepted.length).toBe(results.length);
      const counts = await settle(PG_URL, wf.id, 90_000);
      expect(counts).toEqual({ completed: accepted.length });
    } finally {
      mock.delayMs = 0;
    }
  }, 150_000);

  it('with PostgreSQL and Redis both down, the API answers 503 FLK-0009 and accepts nothing', async () => {
    if (skipped()) return;
    const relay = new CuttableRelay(await freePort());
    await relay.open();
    const dbName = new URL(PG_URL).pathname;
    const viaRelay = await startProcess('api', { ...env, DATABASE_URL: `postgres://root@127.0.0.1:${relay.port}${dbName}` });
    try {
      const wf = await executorWebhookWorkflow(viaRelay.url, mock.url);
      expect((await callHook(viaRelay.url, wf.path, { before: true })).status).toBe(201);

      await redis.kill();
      await relay.cut();
      const refused = await callHook(viaRelay.url, wf.path, { during: true });
      expect(refused.status).toBe(503);
      expect(refused.body?.code).toBe('FLK-0009');
      const execute = await fetch(`${viaRelay.url}/v1/workflows/${wf.id}/executions`, {
        method: 'POST',
        headers: { 'X-API-Key': API_KEY, 'Content-Type': 'application/json', 'Idempotency-Key': 'both-down' },
        body: JSON.stringify({ inputData: {} }),
      });
      expect(execute.status).toBe(503);
      expect(((await execute.json()) as { code: string }).code).toBe('FLK-0009');
      const ready = await fetch(`${viaRelay.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: unknown }).checks).toMatchObject({ database: { status: 'down' }, redis: { status: 'down' } });

      // Only the call made before the outage was stored.
      expect(await statusCounts(PG_URL, wf.id).then((c) => Object.values(c).reduce((a, b) => a + b, 0))).toBe(1);
    } finally {
      await stopProcess(viaRelay, 'SIGKILL');
      await relay.cut();
    }
  }, 120_000);
});
