#!/usr/bin/env node
/**
 * Execution engine throughput against the BUILT service, on SQLite and PostgreSQL:
 *   (a) bare Fastify POST /echo (machine reference, same run)
 *   (b) 50 clients start executions of trigger → executor (mock answers at once) → set_output through the API for
 *       N seconds; completed executions per second = completed / (first request → last completion); p50/p99 of
 *       request → terminal state from each execution's startedAt/completedAt; peak RSS of the service
 *   (c) engine time of a 100-node linear workflow (trigger + 99 actions): completedAt − startedAt, median of 20
 * Usage: npm run build && node bench/executions.mjs [seconds] [sqlite|postgres|both]
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://root@127.0.0.1:5432/flk_engine_bench; its schema is reset).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { api, BENCH_JSON_HEADERS, freePort, load, resetPostgres, startBaseline, startService, withPeakRss } from './lib.mjs';

const duration = Number(process.argv[2] ?? 10);
const which = process.argv[3] ?? 'both';
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/flk_engine_bench';
const auth = BENCH_JSON_HEADERS;

/** A mock executor answering at once, in its own process so it does not share the benchmark's event loop. */
async function startMockExecutor() {
  const port = await freePort();
  const code = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => s.writeHead(200, {'content-type':'application/json'}).end('{"ok":true}')); }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 300));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}


async function activeWorkflow(service, nodes, edges) {
  const wf = await api(service, 'POST', '/v1/workflows', { name: `bench ${randomUUID().slice(0, 8)}`, nodes, edges });
  await api(service, 'POST', `/v1/workflows/${wf.workflowId}/activate`);
  return wf.workflowId;
}

const node = (id, type, data) => ({ id, type, position: { x: 0, y: 0 }, data });
const chain = (ids) => ids.slice(1).map((target, i) => ({ id: `e${i}`, source: ids[i], target }));
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function unfinished(service) {
  const s = await api(service, 'GET', '/v1/dashboards/executions');
  return s.running + s.pending;
}

/** Every execution of a workflow (status objects), through the list API. */
async function executionsOf(service, workflowId) {
  const all = [];
  let page = await api(service, 'GET', `/v1/executions?workflowId=${workflowId}&limit=100`);
  all.push(...page.items);
  while (page.hasMore) {
    page = await api(service, 'GET', `/v1/executions?workflowId=${workflowId}&limit=100&cursor=${page.nextCursor}`);
    all.push(...page.items);
  }
  return all;
}

async function benchDatabase(label, env) {
  const mock = await startMockExecutor();
  const service = await startService({ OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8', EXECUTOR_MAX_ATTEMPTS: '1', ...env });
  try {
    const config = await api(service, 'POST', '/v1/provider-configurations', {
      name: `bench ${randomUUID().slice(0, 8)}`,
      providerId: 'http',
      config: { base_url: mock.url },
    });
    const threeNodes = await activeWorkflow(
      service,
      [
        node('start', 'trigger', { triggerType: 'manual' }),
        node('call', 'executor', { executorId: 'http.request', providerConfigId: config.id, path: '/call', method: 'POST' }),
        node('done', 'action', { actionType: 'set_output', output: { ok: true } }),
      ],
      chain(['start', 'call', 'done']),
    );

    // (b) throughput: every request carries its own Idempotency-Key.
    const began = Date.now();
    const { result: run, peakRssMb } = await withPeakRss(service.pid, async () => {
      const result = await autocannon({
        url: `${service.url}/v1/workflows/${threeNodes}/executions`,
        method: 'POST',
        connections: 50,
        duration,
        requests: [{ setupRequest: (req) => ({ ...req, headers: { ...auth, 'Idempotency-Key': randomUUID() }, body: '{"inputData":{"amount":1}}' }) }],
      });
      while ((await unfinished(service)) > 0) await sleep(50);
      return result;
    });
    const executions = await executionsOf(service, threeNodes);
    const lastCompletion = Math.max(...executions.map((e) => Date.parse(e.completedAt ?? e.startedAt)));
    const completed = executions.filter((e) => e.status === 'completed');
    const latencies = completed.map((e) => Date.parse(e.completedAt) - Date.parse(e.startedAt)).sort((a, b) => a - b);
    const seconds = (lastCompletion - began) / 1000;

    // (c) engine time of 100 nodes: trigger + 99 actions in a line, one execution at a time.
    const ids = ['start', ...Array.from({ length: 99 }, (_, i) => `a${i}`)];
    const hundred = await activeWorkflow(
      service,
      ids.map((id, i) => (i === 0 ? node(id, 'trigger', { triggerType: 'manual' }) : node(id, 'action', { actionType: 'set_output', output: { i } }))),
      chain(ids),
    );
    const engineMs = [];
    for (let i = 0; i < 20; i++) {
      const started = await api(service, 'POST', `/v1/workflows/${hundred}/executions`, { inputData: {} }, { 'Idempotency-Key': randomUUID() });
      let status;
      do status = await api(service, 'GET', `/v1/executions/${started.executionId}`);
      while (status.status === 'running' && (await sleep(5), true));
      engineMs.push(Date.parse(status.completedAt) - Date.parse(status.startedAt));
    }
    engineMs.sort((a, b) => a - b);

    return {
      label,
      accepted: run['2xx'],
      non2xx: run.non2xx + run.errors + run.timeouts,
      requestsPerSec: Math.round(run.requests.average),
      completed: completed.length,
      failed: executions.length - completed.length,
      completedPerSec: Math.round(completed.length / seconds),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      engine100Median: engineMs[10],
      peakRssMb,
    };
  } finally {
    await service.stop();
    mock.stop();
  }
}

const baseline = await startBaseline();
const echo = await load({ url: `${baseline.url}/echo`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"inputData":{"amount":1}}', duration });
await baseline.stop();
console.log(`(a) bare Fastify POST /echo: ${echo.requestsPerSec} req/s, p50 ${echo.p50Ms} ms, p99 ${echo.p99Ms} ms`);

const results = [];
if (which !== 'postgres') results.push(await benchDatabase('SQLite', {}));
if (which !== 'sqlite') {
  await resetPostgres(PG_URL);
  results.push(await benchDatabase('PostgreSQL', { DATABASE_URL: PG_URL, SECRETS_KEY: Buffer.alloc(32, 9).toString('base64') }));
}
console.log('\n| database | started (2xx) | non-2xx | completed | failed | completed/s | request→terminal p50 | p99 | 100-node engine time (median of 20) | peak RSS |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.label} | ${r.accepted} | ${r.non2xx} | ${r.completed} | ${r.failed} | ${r.completedPerSec} | ${r.p50} ms | ${r.p99} ms | ${r.engine100Median} ms | ${r.peakRssMb} MB |`);
}
