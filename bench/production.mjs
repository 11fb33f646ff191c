#!/usr/bin/env node
/**
 * Production mode (PostgreSQL + Redis/BullMQ) against the BUILT service, in one run:
 *   (a) bare Fastify POST /echo (machine reference, same run)
 *   (b) ingest: asynchronous webhooks into `webhook trigger → http executor (mock) → set_output`, 50 connections for
 *       N seconds, against 1 API process, then against 2 API processes (25 connections each, summed). No worker
 *       runs during ingest, so the accepted executions pile up in the queue.
 *   (c) workers: that backlog is drained by 1 worker process for N seconds, then by 2 worker processes for N
 *       seconds; completed executions/s = completed in the window ÷ window length (a short warm-up is skipped).
 * Usage: npm run build && node bench/production.mjs [seconds]
 * Needs redis-server (a private one is started on a free port) and PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://root@127.0.0.1:5432/flk_prod_bench; its schema is reset).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_JSON_HEADERS, api, fmt, freePort, load, resetPostgres, startBaseline, startService } from './lib.mjs';

const duration = Number(process.argv[2] ?? 10);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/flk_prod_bench';
const auth = BENCH_JSON_HEADERS;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function query(text, params = []) {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function startRedis() {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'flk-bench-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  await sleep(300);
  return { url: `redis://127.0.0.1:${port}`, stop: () => { child.kill('SIGKILL'); rmSync(dir, { recursive: true, force: true }); } };
}

async function startMockExecutor() {
  const port = await freePort();
  const code = `require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => s.writeHead(200, {'content-type':'application/json'}).end('{"ok":true}')); }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await sleep(300);
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

const node = (id, type, data) => ({ id, type, position: { x: 0, y: 0 }, data });

async function workflow(service, mockUrl) {
  const config = await api(service, 'POST', '/v1/provider-configurations', { name: `bench ${randomUUID().slice(0, 8)}`, providerId: 'http', config: { base_url: mockUrl } });
  const hookPath = `bench/${randomUUID().slice(0, 8)}`;
  const wf = await api(service, 'POST', '/v1/workflows', {
    name: `production bench ${randomUUID().slice(0, 8)}`,
    nodes: [
      node('hook', 'trigger', { triggerType: 'webhook', path: hookPath, method: 'POST' }),
      node('call', 'executor', { executorId: 'http.request', providerConfigId: config.id, path: '/call', method: 'POST' }),
      node('done', 'action', { actionType: 'set_output', output: { ok: true } }),
    ],
    edges: [{ id: 'e1', source: 'hook', target: 'call' }, { id: 'e2', source: 'call', target: 'done' }],
  });
  await api(service, 'POST', `/v1/workflows/${wf.workflowId}/activate`);
  return { id: wf.workflowId, path: hookPath };
}

/** Webhook ingest against several API processes at once; the connections are split between them. */
async function ingest(services, hookPath) {
  const connections = Math.floor(50 / services.length);
  const results = await Promise.all(
    services.map((s) => autocannon({ url: `${s.url}/v1/webhooks/${hookPath}`, method: 'POST', headers: auth, body: '{"amount":1}', connections, duration })),
  );
  const sum = (f) => results.reduce((a, r) => a + f(r), 0);
  return {
    requestsPerSec: Math.round(sum((r) => r.requests.average)),
    p50Ms: Math.max(...results.map((r) => r.latency.p50)),
    p99Ms: Math.max(...results.map((r) => r.latency.p99)),
    total: sum((r) => r.requests.total),
    non2xx: sum((r) => r.non2xx + r.errors + r.timeouts),
  };
}

const countByStatus = async (workflowId) =>
  Object.fromEntries((await query('SELECT status, COUNT(*)::int AS n FROM executions WHERE workflow_id = $1 GROUP BY status', [workflowId])).map((r) => [r.status, r.n]));

/** Completed executions per second over `seconds`, after a 2 s warm-up. */
async function drainRate(workflowId, seconds) {
  await sleep(2_000);
  const before = (await countByStatus(workflowId)).completed ?? 0;
  const started = Date.now();
  await sleep(seconds * 1000);
  const after = await countByStatus(workflowId);
  const elapsed = (Date.now() - started) / 1000;
  const left = (after.running ?? 0) + (after.pending ?? 0);
  return { perSec: Math.round(((after.completed ?? 0) - before) / elapsed), left, failed: after.failed ?? 0 };
}

const redis = await startRedis();
const mock = await startMockExecutor();
await resetPostgres(PG_URL);
const env = {
  DATABASE_URL: PG_URL,
  REDIS_URL: redis.url,
  SECRETS_KEY: randomBytes(32).toString('base64'),
  OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8',
  EXECUTOR_MAX_ATTEMPTS: '1',
  QUEUE_SWEEP_INTERVAL_MS: '600000', // the backlog is queued by the APIs; a sweep would only add noise
};
const processes = [];
const start = async (role) => {
  const p = await startService({ ...env, FLOWKER_ROLE: role });
  processes.push(p);
  return p;
};

try {
  const baseline = await startBaseline();
  const a = await load({ url: `${baseline.url}/echo`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"amount":1}', duration });
  await baseline.stop();
  console.log(`(a) bare Fastify POST /echo: ${fmt(a)}`);

  const api1 = await start('api');
  const wf = await workflow(api1, mock.url);
  const one = await ingest([api1], wf.path);
  console.log(`(b) ingest, 1 API process: ${fmt(one)}`);
  const api2 = await start('api');
  const two = await ingest([api1, api2], wf.path);
  console.log(`(b) ingest, 2 API processes: ${fmt(two)}`);
  const backlog = await countByStatus(wf.id);
  console.log(`    backlog for the workers: ${JSON.stringify(backlog)}`);

  await start('worker');
  const w1 = await drainRate(wf.id, duration);
  console.log(`(c) 1 worker process: ${w1.perSec} completed/s (left ${w1.left}, failed ${w1.failed})`);
  await start('worker');
  const w2 = await drainRate(wf.id, duration);
  console.log(`(c) 2 worker processes: ${w2.perSec} completed/s (left ${w2.left}, failed ${w2.failed})`);
  if (w2.left === 0) console.log('    note: the backlog ran out during the 2-worker window; its rate is a lower bound');

  // Let the rest finish so the run ends with a consistent database (and check nothing was lost).
  for (let i = 0; i < 600; i++) {
    const c = await countByStatus(wf.id);
    if ((c.running ?? 0) + (c.pending ?? 0) === 0) break;
    await sleep(500);
  }
  const final = await countByStatus(wf.id);
  console.log(`    final: ${JSON.stringify(final)}; accepted by ingest ${one.total + two.total - one.non2xx - two.non2xx}`);
  console.log('\n| | requests/s or completed/s | p50 | p99 | vs (a) |');
  console.log('|---|---|---|---|---|');
  const pct = (v) => `${((v / a.requestsPerSec) * 100).toFixed(1)} %`;
  console.log(`| (a) bare Fastify POST /echo | ${a.requestsPerSec} req/s | ${a.p50Ms} ms | ${a.p99Ms} ms | 100 % |`);
  console.log(`| (b) webhook ingest, 1 API | ${one.requestsPerSec} req/s | ${one.p50Ms} ms | ${one.p99Ms} ms | ${pct(one.requestsPerSec)} |`);
  console.log(`| (b) webhook ingest, 2 APIs | ${two.requestsPerSec} req/s | ${two.p50Ms} ms | ${two.p99Ms} ms | ${pct(two.requestsPerSec)} |`);
  console.log(`| (c) completed executions, 1 worker | ${w1.perSec}/s | | | ${pct(w1.perSec)} |`);
  console.log(`| (c) completed executions, 2 workers | ${w2.perSec}/s | | | ${pct(w2.perSec)} |`);
} finally {
  await Promise.all(processes.map((p) => p.stop()));
  mock.stop();
  redis.stop();
}
