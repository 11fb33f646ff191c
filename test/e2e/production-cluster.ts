import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { buildOnce, freePort, startServiceProcess, stopServiceProcess, type ServiceProcess as BaseProcess } from '../support/service-process';

export { freePort };

/**
 * Plumbing for the production-mode tests: the BUILT service (dist/main.js) as api/worker child processes on a
 * PostgreSQL database of their own and a Redis server of their own (started here, with persistence, so a test can
 * kill and restart it without touching the machine's shared Redis), plus a mock executor counting calls per
 * Idempotency-Key.
 */

export const ROOT = path.resolve(__dirname, '..', '..');
export const API_KEY = 'production-test-key-0123456789';
export const PG_URL = process.env.PRODUCTION_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/flk_prod';
const SECRETS_KEY = randomBytes(32).toString('base64');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });

/** Why production tests cannot run here, or null when they can (redis-server and PostgreSQL present). */
export async function missingPrerequisite(): Promise<string | null> {
  if (spawnSync('redis-server', ['--version']).status !== 0) return 'redis-server is not installed';
  if (!(await portOpen(6379))) return 'Redis is not reachable on 127.0.0.1:6379';
  if (!(await portOpen(5432))) return 'PostgreSQL is not reachable on 127.0.0.1:5432';
  return null;
}

/** Compiles dist/ once, so the processes run the code under test. */
export const build = buildOnce;

/** Creates the test database if needed and empties it, so migrations run from scratch. */
export async function resetDatabase(url = PG_URL): Promise<void> {
  const admin = new Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await sql(url, 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
}

export async function sql<T = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A redis-server of this test's own, with append-only persistence in a temporary directory. */
export class OwnRedis {
  private child?: ChildProcess;
  readonly dir = mkdtempSync(path.join(tmpdir(), 'flk-redis-'));

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--dir', this.dir],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100 && !(await portOpen(this.port)); i++) await sleep(50);
    if (!(await portOpen(this.port))) throw new Error('redis-server did not start');
  }

  /** SIGKILL: no clean shutdown, only what the append-only file already holds survives. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async remove(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A TCP relay to PostgreSQL that a test can cut, to make the database unreachable for one process. */
export class CuttableRelay {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  constructor(readonly port: number, private readonly target = 5432) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

/** Counts executor calls per Idempotency-Key; answers after `delayMs`. */
export class MockExecutor {
  readonly calls = new Map<string, number>();
  delayMs = 0;
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const key = String(req.headers['idempotency-key'] ?? '');
      req.resume();
      req.on('end', () => {
        setTimeout(() => {
          this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        }, this.delayMs);
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export type ServiceProcess = BaseProcess & { readonly role: 'api' | 'worker' };

/** Starts dist/main.js with a role and the production-mode test settings; resolves once /health answers 200. */
export async function startProcess(role: 'api' | 'worker', env: Record<string, string>): Promise<ServiceProcess> {
  const proc = await startServiceProcess(
    {
      API_KEY,
      SECRETS_KEY,
      LOG_LEVEL: 'warn',
      OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8',
      EXECUTOR_MAX_ATTEMPTS: '1',
      EXECUTION_CONCURRENCY: '64',
      QUEUE_LOCK_MS: '4000',
      QUEUE_STALLED_INTERVAL_MS: '1000',
      QUEUE_SWEEP_INTERVAL_MS: '2000',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'flk-prod-')),
      ...env,
    },
    { args: [role], label: role },
  );
  return Object.assign(proc, { role });
}

export const stopProcess = (proc: ServiceProcess | undefined, signal: NodeJS.Signals = 'SIGTERM') => stopServiceProcess(proc, signal);

export const authJson = { 'X-API-Key': API_KEY, 'Content-Type': 'application/json' };

export async function api<T = Record<string, unknown>>(base: string, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${route}`, { method, headers: authJson, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await res.json().catch(() => undefined)) as T;
  if (res.status >= 300) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Creates and activates `webhook trigger → http executor (mock) → set_output`; returns the id and hook path. */
export async function executorWebhookWorkflow(
  base: string,
  mockUrl: string,
  triggerData: Record<string, unknown> = {},
): Promise<{ id: string; path: string }> {
  const config = await api<{ id: string }>(base, 'POST', '/v1/provider-configurations', {
    name: `mock ${randomUUID().slice(0, 8)}`,
    providerId: 'http',
    config: { base_url: mockUrl },
  });
  const hookPath = `prod/${randomUUID().slice(0, 8)}`;
  const node = (id: string, type: string, data: Record<string, unknown>) => ({ id, type, position: { x: 0, y: 0 }, data });
  const wf = await api<{ workflowId: string }>(base, 'POST', '/v1/workflows', {
    name: `production ${randomUUID().slice(0, 8)}`,
    nodes: [
      node('hook', 'trigger', { triggerType: 'webhook', path: hookPath, method: 'POST', ...triggerData }),
      node('call', 'executor', { executorId: 'http.request', providerConfigId: config.id, path: '/call', method: 'POST' }),
      node('done', 'action', { actionType: 'set_output', output: { ok: true } }),
    ],
    edges: [
      { id: 'e1', source: 'hook', target: 'call' },
      { id: 'e2', source: 'call', target: 'done' },
    ],
  });
  await api(base, 'POST', `/v1/workflows/${wf.workflowId}/activate`);
  return { id: wf.workflowId, path: hookPath };
}

export interface HookResult {
  readonly status: number;
  readonly executionId?: string;
  readonly body?: { code?: string };
}

/** One webhook call; network errors count as status 0 (not accepted). */
export async function callHook(base: string, hookPath: string, payload: unknown): Promise<HookResult> {
  try {
    const res = await fetch(`${base}/v1/webhooks/${hookPath}`, { method: 'POST', headers: authJson, body: JSON.stringify(payload) });
    const body = (await res.json().catch(() => undefined)) as { code?: string } | undefined;
    return { status: res.status, executionId: res.headers.get('x-webhook-execution-id') ?? undefined, body };
  } catch {
    return { status: 0 };
  }
}

/** Runs `count` tasks with at most `concurrency` in flight. */
export async function bounded<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/** Status counts of a workflow's executions, straight from the database. */
export async function statusCounts(url: string, workflowId: string): Promise<Record<string, number>> {
  const rows = await sql<{ status: string; n: string }>(url, 'SELECT status, COUNT(*) AS n FROM executions WHERE workflow_id = $1 GROUP BY status', [workflowId]);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Waits until the workflow has no pending/running execution left, or the time is up. */
export async function settle(url: string, workflowId: string, timeoutMs: number): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await statusCounts(url, workflowId);
    if ((counts.pending ?? 0) + (counts.running ?? 0) === 0 || Date.now() > deadline) return counts;
    await sleep(250);
  }
}
