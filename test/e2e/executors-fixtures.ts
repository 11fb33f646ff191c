import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeExecutor, type ExecutorCall } from '../../src/engine/executors/node-executor';
import { authJson, type TestApp } from '../support/test-app';
import { createConfig, unique } from './provider-configurations-fixtures';

export interface SeenRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** performance.now() when the request arrived. */
  readonly at: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface FakeServer {
  readonly url: string;
  readonly requests: SeenRequest[];
  /** Requests whose path starts with `prefix`. */
  seen(prefix: string): SeenRequest[];
  close(): Promise<void>;
}

/** A local HTTP server answering with `reply(request, indexOfThisRequest)`; it records everything it receives. */
export async function fakeServer(reply: (req: SeenRequest, index: number) => Reply | Promise<Reply>): Promise<FakeServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      requests.push(seen);
      void (async () => {
        const answer = await reply(seen, requests.length - 1);
        // unref: a reply still waiting when the test ends must not keep Jest alive.
        if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs).unref());
        if (res.destroyed) return;
        const isObject = answer.body !== undefined && typeof answer.body === 'object' && !Buffer.isBuffer(answer.body);
        const body = isObject ? JSON.stringify(answer.body) : (answer.body as string | Buffer | undefined);
        res.writeHead(answer.status ?? 200, { ...(isObject ? { 'content-type': 'application/json' } : {}), ...(answer.headers ?? {}) });
        res.end(body);
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    seen: (prefix) => requests.filter((r) => r.url.startsWith(prefix)),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const created = new WeakMap<TestApp, string[]>();

/** Creates a provider configuration through the API and returns its id (removed again by deleteProviderConfigs). */
export async function providerConfig(t: TestApp, providerId: string, config: Record<string, unknown>): Promise<string> {
  const id = await createConfig(t, { name: unique(providerId), providerId, config });
  created.set(t, [...(created.get(t) ?? []), id]);
  return id;
}

/**
 * Deletes the configurations this app's tests created: on PostgreSQL every test file shares one database, and other
 * files (the catalog's template choices) expect to see only their own configurations.
 */
export async function deleteProviderConfigs(t: TestApp): Promise<void> {
  for (const id of created.get(t) ?? []) {
    const res = await t.http(`/v1/provider-configurations/${id}`, { method: 'DELETE', headers: authJson() });
    if (res.status !== 204) throw new Error(`could not delete provider configuration ${id}: ${res.status}`);
  }
  created.delete(t);
}

/** Calls the executors directly, as the engine does. */
export function runNode(t: TestApp, call: Partial<ExecutorCall> & Pick<ExecutorCall, 'executorId' | 'providerConfigId'>) {
  return t.app.get(NodeExecutor).call({
    executionId: randomUUID(),
    nodeId: 'node-1',
    nodeData: {},
    body: undefined,
    signal: new AbortController().signal,
    stepTimeoutMs: 30_000,
    ...call,
  });
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ message: string; code: string; attempts: number; lastStatus?: number }> {
  try {
    await promise;
  } catch (err) {
    return err as { message: string; code: string; attempts: number; lastStatus?: number };
  }
  throw new Error('expected the call to fail');
}
