/**
 * Shared benchmark plumbing: a bare Fastify baseline, the built service as a child process, and autocannon runs.
 * Every benchmark script starts its own baseline in the same run so figures are ratios on the same machine state.
 * Only loopback addresses are used.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_API_KEY = 'bench-key-0123456789abcdef';
/** Headers of a JSON call with the benchmark's API key (management routes, and webhooks that take the key). */
export const BENCH_JSON_HEADERS = { 'X-API-Key': BENCH_API_KEY, 'Content-Type': 'application/json' };
/** The small JSON webhook body every ingest benchmark sends. */
export const WEBHOOK_PAYLOAD = JSON.stringify({ orderId: 'ord_1029', amount: '99.90', status: 'paid' });

export const freePort = () =>
  new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/**
 * A bare Fastify server answering small JSON, in a child process so it does not share the benchmark's CPU.
 * `cpus`: a CPU list for `taskset -c` to keep it (every thread) on.
 */
export async function startBaseline({ cpus } = {}) {
  const port = await freePort();
  const child = spawnNode([path.join(ROOT, 'bench', 'baseline-server.mjs'), String(port)], cpus, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForPort(port, child);
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopChild(child) };
}

/** A management API call with the benchmark's API key; the parsed JSON answer, or an error for any status ≥ 300. */
export async function api(service, method, path, body, headers = {}) {
  const res = await fetch(`${service.url}${path}`, {
    method,
    headers: { ...BENCH_JSON_HEADERS, ...headers },
    body: body && JSON.stringify(body),
  });
  const json = await res.json().catch(() => undefined);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * Creates and activates `webhook trigger → set_output {ok: true}` on a fresh path (`data`: more trigger settings, e.g.
 * `{ responseMode: 'sync' }`); returns {id, path}.
 */
export async function hookWorkflow(service, data = {}) {
  const hookPath = `bench/${randomUUID().slice(0, 8)}`;
  const wf = await api(service, 'POST', '/v1/workflows', {
    name: `bench ${randomUUID().slice(0, 8)}`,
    nodes: [
      { id: 'hook', type: 'trigger', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path: hookPath, method: 'POST', ...data } },
      { id: 'done', type: 'action', position: { x: 0, y: 100 }, data: { actionType: 'set_output', output: { ok: true } } },
    ],
    edges: [{ id: 'e1', source: 'hook', target: 'done' }],
  });
  await api(service, 'POST', `/v1/workflows/${wf.workflowId}/activate`);
  return { id: wf.workflowId, path: hookPath };
}

/** The Node.js flags of `npm start` (package.json), so the benchmarks measure the service as it is started. */
export const SERVICE_NODE_FLAGS = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
  .scripts.start.split(/\s+/)
  .filter((word) => word.startsWith('--'));

/**
 * Starts dist/main.js (run `npm run build` first) with the given environment; resolves once /health answers 200.
 * `main`: another build's main.js (inside this checkout, so it finds node_modules); `cpus`: as for startBaseline.
 */
export async function startService(env = {}, { main = path.join(ROOT, 'dist', 'main.js'), cpus } = {}) {
  const port = await freePort();
  const child = spawnNode([...SERVICE_NODE_FLAGS, main], cpus, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      API_KEY: BENCH_API_KEY,
      LOG_LEVEL: 'warn',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'flowker-bench-')),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error('service did not become healthy in 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid, child, stop: () => stopChild(child) };
}

/** Node.js with `args`, under `taskset -c <cpus>` when asked (taskset execs it: the pid is Node's). */
function spawnNode(args, cpus, options) {
  return cpus === undefined ? spawn(process.execPath, args, options) : spawn('taskset', ['-c', cpus, process.execPath, ...args], options);
}

async function waitForPort(port, child) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('baseline exited');
    const open = await new Promise((resolve) => {
      const s = net.connect({ port, host: '127.0.0.1' }, () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('baseline did not start');
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** One autocannon run; returns the figures we report. */
export async function load({ url, method = 'GET', headers = {}, body, connections = 50, duration = 10 }) {
  const result = await autocannon({ url, method, headers, body, connections, duration });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    non2xx,
  };
}

/** Peak resident memory of a process, sampled from /proc while `work` runs. */
export async function withPeakRss(pid, work) {
  let peak = 0;
  const sample = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    } catch {
      /* process gone */
    }
  };
  const timer = setInterval(sample, 250);
  try {
    const result = await work();
    sample();
    return { result, peakRssMb: Math.round(peak / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * CPU time (user + system) a process has used so far, in microseconds; 0 once it is gone. Every thread's, or with
 * `mainThreadOnly` only the main thread's (Node's event loop: what bounds a service's rate).
 */
export function cpuMicrosOf(pid, { mainThreadOnly = false } = {}) {
  try {
    // Fields after the command name (which may hold spaces) start at the state; utime and stime are the 12th and 13th.
    const file = mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
    const fields = readFileSync(file, 'utf8').split(') ').pop().split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * A reading for `schedulingShares`: how long a process's main thread (its event loop) has been on a CPU and how long
 * it has waited in a run queue for one (nanoseconds, /proc/<pid>/task/<pid>/schedstat), and the machine's CPU time by
 * kind (clock ticks summed over its CPUs, the first line of /proc/stat). Undefined where /proc cannot be read.
 */
export function schedulingReading(pid) {
  try {
    const [onCpu, waiting] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { at: process.hrtime.bigint(), onCpu, waiting, machine: { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal } };
  } catch {
    return undefined;
  }
}

/**
 * Between two readings, as shares of the time that passed: the main thread's on a CPU and waiting for one, and the
 * machine's CPUs idle and taken by the host (steal). A main thread near 100 % with a run queue wait near 0 means the
 * event loop bounds the rate; a long wait or little idle CPU means the machine does.
 */
export function schedulingShares(before, after) {
  if (!before || !after) return undefined;
  const wall = Number(after.at - before.at);
  const ticks = (kind) => after.machine[kind] - before.machine[kind];
  const allTicks = ticks('busy') + ticks('idle') + ticks('steal');
  return {
    onCpu: (after.onCpu - before.onCpu) / wall,
    waiting: (after.waiting - before.waiting) / wall,
    machineIdle: ticks('idle') / Math.max(1, allTicks),
    machineStolen: ticks('steal') / Math.max(1, allTicks),
  };
}

/** PostgreSQL server processes on this machine (none when the server is elsewhere or `pgrep` is missing). */
function localPostgresPids() {
  try {
    return execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * CPU time per request while `work` runs: of each named process (`pids`: name → pid), of this script's own process
 * (the load generator: autocannon runs here) and, with `postgres`, of every local PostgreSQL process (its backends
 * come and go: they are listed before and after). Resolves `{ result, cpu }`, `cpu` in µs per request of `result.total`.
 */
export async function withCpuPerRequest(pids, work, { postgres = false } = {}) {
  const named = Object.entries(pids);
  const pgBefore = postgres ? localPostgresPids() : [];
  const before = named.map(([, pid]) => cpuMicrosOf(pid));
  const pgStart = new Map(pgBefore.map((pid) => [pid, cpuMicrosOf(pid)]));
  const selfBefore = process.cpuUsage();
  const result = await work();
  const self = process.cpuUsage(selfBefore);
  const after = named.map(([, pid]) => cpuMicrosOf(pid));
  const perRequest = (micros) => Math.round(micros / Math.max(1, result.total));
  const cpu = Object.fromEntries(named.map(([name], n) => [name, perRequest(after[n] - before[n])]));
  cpu.loadGenerator = perRequest(self.user + self.system);
  if (postgres) {
    const pids = new Set([...pgBefore, ...localPostgresPids()]);
    // A backend that exited during the run cannot be read any more; its time is missing, so this is a lower bound.
    const used = [...pids].reduce((sum, pid) => sum + Math.max(0, cpuMicrosOf(pid) - (pgStart.get(pid) ?? 0)), 0);
    if (pids.size > 0) cpu.postgres = perRequest(used);
  }
  return { result, cpu };
}

export const fmt = (r) => `${r.requestsPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, non-2xx ${r.non2xx}`;

/**
 * Makes `url`'s database exist (created through the server's `postgres` database when missing) and empties its
 * public schema. Resolves false when the server cannot be reached, so a script can skip its PostgreSQL part.
 */
export async function resetPostgres(url) {
  const { default: pg } = await import('pg');
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  try {
    await admin.connect();
    if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } catch {
    return false;
  } finally {
    await admin.end().catch(() => {});
  }
  await postgresQuery(url, 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
  return true;
}

/** Runs `sql` on its own connection to `url`; the result's rows. */
export async function postgresQuery(url, sql) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
