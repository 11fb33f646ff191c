#!/usr/bin/env node
/**
 * Webhook ingest, in one run per database (SQLite, then PostgreSQL when reachable):
 *   1. durability: a burst of webhooks, the service SIGKILLed while the last answers arrive, restarted on the same
 *      database; every accepted call must have exactly one execution, and every execution must complete;
 *   2. throughput: (a) bare Fastify POST /echo, run just before and just after (b) since this machine's speed
 *      drifts, (b) asynchronous webhook ingest into an active workflow, then every accepted call's execution id is
 *      looked up among the stored rows; (c) synchronous mode on a 2-node workflow; (d) PostgreSQL only: two service processes on
 *      one database, 25 connections each, against (b)'s one process with 50. On PostgreSQL the run also reports the
 *      WAL written per call during (b) and the server's WAL segment files before and after it. For (b) the run also
 *      reports the service's garbage-collection pauses (from its /metrics), which reach p99 directly, and how much of
 *      the run its main thread spent on a CPU and waiting for one, against the machine's idle CPU (from /proc), and its group
 *      commit's flushes (from its /metrics).
 * Usage: npm run build && node bench/webhooks.mjs [seconds] [postgres-url]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { BENCH_API_KEY, BENCH_JSON_HEADERS, WEBHOOK_PAYLOAD, api, hookWorkflow, resetPostgres, schedulingReading, schedulingShares, startBaseline, startService, withCpuPerRequest } from './lib.mjs';

const duration = Number(process.argv[2] ?? 10);
const pgUrl = process.argv[3] ?? 'postgres://root@127.0.0.1:5432/flk_webhooks';
const SECRETS_KEY = Buffer.alloc(32, 9).toString('base64');
const auth = BENCH_JSON_HEADERS;
const payload = WEBHOOK_PAYLOAD;

/** Every execution of a workflow (id → status), through the list API. */
async function executionsOf(service, workflowId) {
  const found = new Map();
  let cursor;
  do {
    const page = await api(service, 'GET', `/v1/executions?workflowId=${workflowId}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    for (const item of page.items) found.set(item.executionId, item.status);
    cursor = page.hasMore ? page.nextCursor : undefined;
  } while (cursor);
  return found;
}

async function waitAllFinished(service, workflowId, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await executionsOf(service, workflowId);
    const open = [...all.values()].filter((s) => s !== 'completed' && s !== 'failed').length;
    if (open === 0 || Date.now() > deadline) return all;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function run(label, opts) {
  const result = await autocannon({ connections: 50, ...opts });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return { label, rps: Math.round(result.requests.total / result.duration), p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, ok: result['2xx'], non2xx, sent: result.requests.sent };
}

/**
 * Webhook ingest for `duration` seconds, the same load shape as the bare baseline (a): all connections busy until the
 * end. Every 2xx answer's execution id (X-Webhook-Execution-ID) is kept, so the rows can be checked call by call.
 * (A fixed `amount` of requests, used before, splits the amount between the connections: the ones that finish first
 * leave the last part of the run to fewer and fewer connections. On one service, alternating runs measured 3,993 /
 * 3,987 / 3,993 req/s that way against 4,458 / 4,361 / 4,584 with a duration, p99 24–28 against 22–25 ms.)
 */
async function ingest(label, url, opts = {}) {
  const accepted = new Set();
  // autocannon hands over the header names as received; looking the two spellings up costs the load generator less
  // than searching every name case-insensitively (its CPU comes out of the same two vCPUs as the service's).
  const onResponse = (status, _body, _context, headers) => {
    if (status < 200 || status >= 300) return;
    const id = headers['X-Webhook-Execution-ID'] ?? headers['x-webhook-execution-id'];
    if (id) accepted.add(id);
  };
  const result = await run(label, { url, duration, ...opts, requests: [{ method: 'POST', headers: auth, body: payload, onResponse }] });
  return { ...result, accepted };
}

/**
 * Rows stored for a run (an `ingest` result, or their sum): every 2xx answer must have named its execution, and every
 * accepted call must have its own stored execution (by id); rows beyond those can only be calls the end of the run
 * cut off after the service had read them (sent, never answered), and are reported apart.
 */
function checkRows(all, before, r) {
  const missing = [...r.accepted].filter((id) => !all.has(id)).length;
  const unanswered = [...all.keys()].filter((id) => !before.has(id) && !r.accepted.has(id)).length;
  return { missing, unanswered, ok: r.accepted.size === r.ok && missing === 0 && unanswered <= r.sent - r.total };
}
const rowsLine = (label, r, rows) =>
  `    execution rows for ${label}: ${r.accepted.size} accepted calls, ${r.accepted.size - rows.missing} of them with their own stored execution` +
  ` (${rows.missing} without); ${rows.unanswered} more stored for calls cut off unanswered at the end (at most ${r.sent - r.total} were)` +
  ` → ${rows.ok ? 'exactly one each' : 'MISMATCH'}`;
/**
 * CPU time per request of each side, from /proc: the rate of (b) against (a) follows the work per request, since the
 * service's event loop is saturated in (b) and the two vCPUs are shared by everything (docs/benchmarks.md).
 */
const cpuLine = (t) => {
  const a = [t.before, t.after].map((r) => `${r.cpu.server} + ${r.cpu.loadGenerator}`).join(' and ');
  const pg = t.b.cpu.postgres === undefined ? '' : ` + PostgreSQL ${t.b.cpu.postgres}`;
  return `    CPU per request (µs, from /proc): (a) server + load generator ${a}; (b) service ${t.b.cpu.service}${pg} + load generator ${t.b.cpu.loadGenerator}`;
};
const show = (r) => `${r.label.padEnd(34)} ${String(r.rps).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  2xx ${r.ok}  non-2xx ${r.non2xx}`;

async function durability(env) {
  let service = await startService(env);
  const wf = await hookWorkflow(service);
  const total = 1500;
  const accepted = new Map(); // delivery id → execution id
  let answered = 0;
  let killed = false;
  const fire = async (i) => {
    const delivery = `burst-${i}`;
    try {
      const res = await fetch(`${service.url}/v1/webhooks/${wf.path}`, { method: 'POST', headers: { ...auth, 'X-Webhook-Delivery-Id': delivery }, body: payload });
      if (res.status === 201) accepted.set(delivery, (await res.json()).executionId);
    } catch {
      /* connection cut by the kill: not accepted */
    }
    answered += 1;
    if (!killed && answered >= total - 60) {
      killed = true;
      service.child.kill('SIGKILL');
    }
  };
  const queue = Array.from({ length: total }, (_, i) => i);
  await Promise.all(Array.from({ length: 100 }, async () => {
    while (queue.length > 0) await fire(queue.shift());
  }));
  await new Promise((r) => (service.child.exitCode !== null || service.child.signalCode ? r() : service.child.once('exit', r)));
  service = await startService(env);
  try {
    const all = await waitAllFinished(service, wf.id);
    const missing = [...accepted.values()].filter((id) => !all.has(id)).length;
    const unfinished = [...all.values()].filter((s) => s !== 'completed').length;
    // Deliveries the killed process committed without managing to answer may exist too; a re-send finds them.
    const resent = await Promise.all([...accepted.keys()].slice(0, 50).map(async (delivery) => {
      const res = await fetch(`${service.url}/v1/webhooks/${wf.path}`, { method: 'POST', headers: { ...auth, 'X-Webhook-Delivery-Id': delivery }, body: payload });
      const body = await res.json();
      return res.status === 200 && body.deduplicated === true && body.executionId === accepted.get(delivery);
    }));
    return { accepted: accepted.size, rows: all.size, missing, unfinished, resentDeduplicated: resent.filter(Boolean).length, resent: resent.length };
  } finally {
    await service.stop();
  }
}

/** The bare Fastify baseline (a), in its own process while the service idles. */
async function bare() {
  const baseline = await startBaseline();
  try {
    const { result, cpu } = await withCpuPerRequest({ server: baseline.pid }, () =>
      run('(a) bare Fastify POST /echo', { url: `${baseline.url}/echo`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: payload, duration }),
    );
    return { ...result, cpu };
  } finally {
    await baseline.stop();
  }
}

/**
 * PostgreSQL only: the server's write-ahead log position and how many segment files it holds. A server that has to
 * create segments while (b) runs stalls its commits (docs/deployment.md), so the run reports both next to p99.
 * Undefined when the role may not list the WAL directory.
 */
async function walState(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const lsn = (await client.query('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0].lsn;
    const segments = await client.query('SELECT count(*)::int AS n FROM pg_ls_waldir()').then((r) => r.rows[0].n, () => undefined);
    return { lsn, segments };
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * What the service's /metrics says so far, read just before and just after (b): its garbage collections by kind
 * (minor = scavenge, major = mark-compact; prom-client's `nodejs_gc_duration_seconds`), whose pauses stop the event
 * loop, so that with 50 calls in flight each one lengthens a whole group commit's latency (read next to p99); and its
 * group commit's flushes (`flowker_execution_store_flush_*`: how many, how many writes, how long each).
 */
async function metricsReading(service) {
  const res = await fetch(`${service.url}/metrics`, { headers: { 'X-API-Key': BENCH_API_KEY } }).catch(() => undefined);
  if (!res?.ok) return undefined;
  const text = await res.text();
  const gc = {};
  for (const [, field, kind, value] of text.matchAll(/^nodejs_gc_duration_seconds_(sum|count)\{kind="(\w+)"\} (\S+)$/gm)) {
    gc[kind] ??= { sum: 0, count: 0 };
    gc[kind][field] = Number(value);
  }
  const sample = (name) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  const flushes = {
    count: sample('flowker_execution_store_flush_writes_count'),
    writes: sample('flowker_execution_store_flush_writes_sum'),
    seconds: sample('flowker_execution_store_flush_duration_seconds_sum'),
  };
  return { gc, flushes };
}

/** What `metricsReading` counted of garbage collection between two readings, as a report line for a run of `seconds`. */
function gcLine(before, after, seconds) {
  if (!before || !after) return '    garbage collection in the service during (b): unknown (its /metrics did not answer)';
  const of = (kind, word) => {
    const count = (after.gc[kind]?.count ?? 0) - (before.gc[kind]?.count ?? 0);
    const ms = ((after.gc[kind]?.sum ?? 0) - (before.gc[kind]?.sum ?? 0)) * 1000;
    // A kind that did not run has no mean pause to show.
    const mean = count > 0 ? ` (${(ms / count).toFixed(1)} ms each on average)` : '';
    return { ms, text: `${count} ${count === 1 ? word : `${word}s`}${mean}` };
  };
  const minor = of('minor', 'scavenge');
  const major = of('major', 'mark-compact');
  const share = ((minor.ms + major.ms) / (seconds * 10)).toFixed(1);
  return `    garbage collection in the service during (b): ${minor.text}, ${major.text}; the event loop paused for them ${share} % of the run`;
}

/**
 * The group commit between two readings: flushes a second, writes in each, the time from a flush to its commit, and
 * how many flushes were in flight on average (on SQLite, one at a time: the share of the run spent flushing; on
 * PostgreSQL up to three overlap).
 */
function flushLine(before, after, seconds) {
  const count = after && before ? after.flushes.count - before.flushes.count : NaN;
  if (!(count > 0)) return "    group commit during (b): unknown (no flushes in the service's /metrics)";
  const writes = after.flushes.writes - before.flushes.writes;
  const busy = after.flushes.seconds - before.flushes.seconds;
  return `    group commit during (b): ${Math.round(count / seconds)} flushes a second of ${(writes / count).toFixed(1)} writes each, ` +
    `${((1000 * busy) / count).toFixed(2)} ms each from flush to commit, ${(busy / seconds).toFixed(2)} in flight on average`;
}

/** Where (b)'s bound lay: the service's event loop, or the machine (see schedulingShares). */
function loopLine(shares) {
  if (!shares) return "    the service's main thread during (b): unknown (no /proc)";
  const pct = (share) => `${(100 * share).toFixed(1)} %`;
  return `    the service's main thread during (b): on a CPU ${pct(shares.onCpu)} of the run, waiting in a run queue ${pct(shares.waiting)}; ` +
    `the machine's CPUs ${pct(shares.machineIdle)} idle, ${pct(shares.machineStolen)} taken by the host`;
}

/** Bytes between two WAL positions (`X/Y`, hexadecimal halves of a 64-bit offset). */
function walOffset(lsn) {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}
const walBytes = (from, to) => Number(walOffset(to.lsn) - walOffset(from.lsn));

async function throughput(env) {
  const service = await startService(env);
  try {
    const wf = await hookWorkflow(service);
    const url = `${service.url}/v1/webhooks/${wf.path}`;
    await run('warm-up', { url, method: 'POST', headers: auth, body: payload, duration: 2 });
    // Requests the warm-up cut off may still be committing: let them land before counting.
    await new Promise((r) => setTimeout(r, 1500));
    const before = await waitAllFinished(service, wf.id);
    // This machine's speed drifts by tens of percent within minutes: (a) is measured right before and right after
    // (b), and (b) is compared with their mean.
    const bareBefore = await bare();
    const walBefore = env.DATABASE_URL ? await walState(env.DATABASE_URL) : undefined;
    const metricsBefore = await metricsReading(service);
    const scheduledBefore = schedulingReading(service.pid);
    const measured = await withCpuPerRequest({ service: service.pid }, () => ingest('(b) async webhook ingest', url), { postgres: Boolean(env.DATABASE_URL) });
    const loop = loopLine(schedulingShares(scheduledBefore, schedulingReading(service.pid)));
    const b = { ...measured.result, cpu: measured.cpu };
    const metricsAfter = await metricsReading(service);
    const gc = gcLine(metricsBefore, metricsAfter, duration);
    const flushes = flushLine(metricsBefore, metricsAfter, duration);
    const walAfter = walBefore ? await walState(env.DATABASE_URL) : undefined;
    const after = await bare();
    await new Promise((r) => setTimeout(r, 1000));
    const rows = checkRows(await waitAllFinished(service, wf.id), before, b);
    const sync = await hookWorkflow(service, { responseMode: 'sync' });
    const c = await run('(c) sync webhook, 2-node workflow', { url: `${service.url}/v1/webhooks/${sync.path}`, method: 'POST', headers: auth, body: payload, duration });
    const wal = walBefore && walAfter ? { bytes: walBytes(walBefore, walAfter), segments: [walBefore.segments, walAfter.segments] } : undefined;
    return { before: bareBefore, after, b, c, rows, wal, gc, flushes, loop, ratio: (100 * b.rps) / ((bareBefore.rps + after.rps) / 2) };
  } finally {
    await service.stop();
  }
}

/**
 * (d) PostgreSQL only: two service processes on one database, 25 connections each, into the same active workflow
 * (figures summed); afterwards the execution rows are checked against the accepted calls, as for (b).
 */
async function twoProcesses(env) {
  const services = [await startService(env), await startService(env)];
  try {
    const wf = await hookWorkflow(services[0]);
    const urls = services.map((service) => `${service.url}/v1/webhooks/${wf.path}`);
    const both = (opts) => Promise.all(urls.map((url) => ingest('(d)', url, { connections: 25, ...opts })));
    await both({ duration: 2 });
    await new Promise((r) => setTimeout(r, 1500));
    const before = await waitAllFinished(services[0], wf.id);
    const runs = await both({});
    await new Promise((r) => setTimeout(r, 1000));
    const sum = (key) => runs.reduce((total, r) => total + r[key], 0);
    const summed = { ok: sum('ok'), sent: sum('sent'), total: sum('total'), accepted: new Set(runs.flatMap((r) => [...r.accepted])) };
    const rows = checkRows(await waitAllFinished(services[0], wf.id), before, summed);
    return {
      ...summed,
      label: '(d) async ingest, 2 processes',
      rps: sum('rps'),
      p50: Math.max(...runs.map((r) => r.p50)),
      p99: Math.max(...runs.map((r) => r.p99)),
      non2xx: sum('non2xx'),
      rows,
    };
  } finally {
    await Promise.all(services.map((service) => service.stop()));
  }
}

const databases = [['SQLite', () => ({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'flowker-bench-wh-')) })]];
if (await resetPostgres(pgUrl)) databases.push(['PostgreSQL', () => ({ DATABASE_URL: pgUrl, SECRETS_KEY })]);
for (const [name, envOf] of databases) {
  console.log(`\n== ${name}`);
  const env = envOf();
  if (name === 'PostgreSQL') await resetPostgres(pgUrl);
  const d = await durability(env);
  const dOk = d.missing === 0 && d.unfinished === 0 && d.rows >= d.accepted && d.resentDeduplicated === d.resent;
  console.log(`durability: ${d.accepted} accepted before SIGKILL, ${d.rows} execution rows after restart, ${d.missing} accepted without a row, ` +
    `${d.unfinished} not completed, ${d.resentDeduplicated}/${d.resent} re-sent deliveries deduplicated → ${dOk ? 'OK' : 'FAILED'}`);
  const t = await throughput(name === 'PostgreSQL' ? env : envOf());
  console.log(`${show(t.before)}  (just before (b))`);
  console.log(show(t.b) + `  → ${t.ratio.toFixed(1)} % of (a), the mean of the runs just before and just after`);
  console.log(`${show(t.after)}  (just after (b))`);
  console.log(rowsLine('(b)', t.b, t.rows));
  console.log(cpuLine(t));
  console.log(t.gc);
  console.log(t.flushes);
  console.log(t.loop);
  if (t.wal) {
    console.log(`    WAL during (b): ${(t.wal.bytes / Math.max(1, t.b.total) / 1024).toFixed(1)} KB per call; segment files in pg_wal before / after: ` +
      `${t.wal.segments.map((n) => n ?? 'unknown').join(' / ')} (new segments stall commits: docs/deployment.md)`);
  }
  console.log(show(t.c));
  if (name === 'PostgreSQL') {
    const d2 = await twoProcesses(env);
    console.log(`${show(d2)}  (sum; p50/p99: the slower process)`);
    console.log(rowsLine('(d)', d2, d2.rows));
  }
  const goals = t.ratio >= 25 && t.b.p99 < 25 && t.b.non2xx === 0 && t.rows.ok;
  console.log(`goals (≥ 25 % of (a), p99 < 25 ms, zero non-2xx, one row per accepted call): ${goals ? 'met' : 'NOT met'}`);
}
