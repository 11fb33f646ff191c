#!/usr/bin/env node
/**
 * How far webhook ingest is from the floor of this machine: in alternating rounds, (a) the bare Fastify echo,
 * (f) bench/ingest-floor-server.mjs (the least a service can do per call and still store what ours stores, as
 * durably, on a copy of the service's own database) and (b) the service's asynchronous webhook ingest, each for the
 * same duration with 50 connections, with the CPU each server used per request. (f) against (a) says whether the
 * goal of bench/webhooks.mjs, (b) ≥ 25 % of (a), is within reach of any implementation on this machine; (b) against
 * (f) is what the service's own layers cost. The floor's stored executions are counted against its answers.
 * On PostgreSQL (a URL as third argument) the service and the floor each have a database (`<name>` and `<name>_floor`),
 * and each server's CPU includes every local PostgreSQL process's.
 * Usage: npm run build && node bench/ingest-floor.mjs [seconds] [rounds] [postgres-url]
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { BENCH_API_KEY, BENCH_JSON_HEADERS, ROOT, WEBHOOK_PAYLOAD, SERVICE_NODE_FLAGS, freePort, hookWorkflow, postgresQuery, resetPostgres, startBaseline, startService, withCpuPerRequest } from './lib.mjs';

const duration = Number(process.argv[2] ?? 8);
const rounds = Number(process.argv[3] ?? 3);
const headers = BENCH_JSON_HEADERS;
const body = WEBHOOK_PAYLOAD;

const pgUrl = process.argv[4];
const SECRETS_KEY = Buffer.alloc(32, 9).toString('base64');

/** A service's database with an active `webhook → set_output` route; returns the service (running) and the route. */
async function serviceWithRoute(env) {
  const service = await startService(env);
  return { service, hook: await hookWorkflow(service) };
}

let service, hook, floorTarget, floorRows;
if (pgUrl) {
  // Two databases: the service's, and the floor's (migrated and given its route by a service that is then stopped).
  const floorUrl = new URL(pgUrl);
  floorUrl.pathname += '_floor';
  const floorDatabase = floorUrl.href;
  if (!(await resetPostgres(pgUrl)) || !(await resetPostgres(floorDatabase))) throw new Error(`PostgreSQL not reachable at ${pgUrl}`);
  const forFloor = await serviceWithRoute({ DATABASE_URL: floorDatabase, SECRETS_KEY });
  await forFloor.service.stop();
  floorTarget = { database: floorDatabase, path: forFloor.hook.path };
  floorRows = async () => Number((await postgresQuery(floorDatabase, 'SELECT count(*) AS n FROM executions'))[0].n);
  ({ service, hook } = await serviceWithRoute({ DATABASE_URL: pgUrl, SECRETS_KEY }));
} else {
  // The floor writes a copy of the service's database, taken after a clean stop: same schema, same route.
  const serviceDir = mkdtempSync(path.join(tmpdir(), 'flowker-bench-floor-'));
  const first = await serviceWithRoute({ DATA_DIR: serviceDir });
  await first.service.stop();
  const floorFile = path.join(mkdtempSync(path.join(tmpdir(), 'flowker-bench-floor-')), 'flowker.sqlite');
  copyFileSync(path.join(serviceDir, 'flowker.sqlite'), floorFile);
  floorTarget = { database: floorFile, path: first.hook.path };
  const counter = new Database(floorFile, { readonly: true });
  floorRows = async () => counter.prepare('SELECT count(*) AS n FROM executions').get().n;
  hook = first.hook;
  service = await startService({ DATA_DIR: serviceDir });
}

const floorPort = await freePort();
const floorServer = spawn(process.execPath, [...SERVICE_NODE_FLAGS, path.join(ROOT, 'bench', 'ingest-floor-server.mjs'), String(floorPort), floorTarget.database, floorTarget.path, BENCH_API_KEY], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const floor = { url: `http://127.0.0.1:${floorPort}`, pid: floorServer.pid };
for (let tries = 0; ; tries += 1) {
  try {
    await fetch(floor.url);
    break;
  } catch (error) {
    if (tries > 100 || floorServer.exitCode !== null) throw error;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const baseline = await startBaseline();

async function measure(pid, url, seconds = duration, postgres = false) {
  const { result, cpu } = await withCpuPerRequest({ server: pid }, async () => {
    const r = await autocannon({ url, connections: 50, duration: seconds, method: 'POST', headers, body });
    return { ...r, total: r.requests.total };
  }, { postgres });
  return { rps: Math.round(result.requests.total / result.duration), p50: result.latency.p50, p99: result.latency.p99, ok: result['2xx'], bad: result.non2xx + result.errors + result.timeouts, cpu };
}
const line = (label, r, a) =>
  `${label.padEnd(22)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  non-2xx ${r.bad}  CPU µs a request: server ${r.cpu.server}${r.cpu.postgres === undefined ? '' : ` + PostgreSQL ${r.cpu.postgres}`} + load generator ${r.cpu.loadGenerator}` +
  (a ? `  → ${((r.rps / a.rps) * 100).toFixed(1)} % of (a)` : '');

const floorUrl = `${floor.url}/v1/webhooks/${floorTarget.path}`;
const serviceUrl = `${service.url}/v1/webhooks/${hook.path}`;
try {
  await measure(floor.pid, floorUrl, 2, Boolean(pgUrl));
  await measure(service.pid, serviceUrl, 2, Boolean(pgUrl));
  let unstored = 0;
  for (let round = 1; round <= rounds; round += 1) {
    const a = await measure(baseline.pid, `${baseline.url}/echo`);
    const rowsBefore = await floorRows();
    const f = await measure(floor.pid, floorUrl, duration, Boolean(pgUrl));
    await new Promise((r) => setTimeout(r, 200));
    // Calls cut off by the end of the run may be stored without having been counted: at most one per connection.
    const stored = (await floorRows()) - rowsBefore;
    if (f.bad > 0 || f.ok === 0 || stored < f.ok || stored > f.ok + 50) unstored += 1;
    const b = await measure(service.pid, serviceUrl, duration, Boolean(pgUrl));
    console.log(`round ${round}`);
    console.log(line('(a) bare Fastify echo', a));
    console.log(line('(f) ingest floor', f, a) + `  rows ${stored} for ${f.ok} answered`);
    console.log(line('(b) service ingest', b, a) + `  CPU ${(b.cpu.server / f.cpu.server).toFixed(2)}× (f)'s`);
  }
  console.log(unstored === 0 ? 'floor rows: every answered call stored → OK' : `floor rows: ${unstored} round(s) with refused calls, or missing or extra rows → FAILED`);
} finally {
  floorServer.kill('SIGTERM');
  await Promise.all([baseline.stop(), service.stop()]);
}
