import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authJson, type TestApp, type TestResponse } from '../support/test-app';

/** Builders and a recording mock executor for the execution e2e files. */

export const unique = (prefix = 'exec') => `${prefix} ${randomUUID().slice(0, 8)}`;

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

export interface MockReply {
  readonly status?: number;
  readonly body?: unknown;
  readonly delayMs?: number;
}

export interface MockExecutor {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** How the mock answers a path (default: 200 `{ok: true, echo: <request body>}`). */
  readonly replies: Map<string, MockReply>;
  callsTo(path: string): RecordedCall[];
  /** Answers every delayed request now (so no execution is left running when a test app closes). */
  flush(): void;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that records every request (method, path, headers incl. Idempotency-Key, body). */
export async function startMockExecutor(defaultDelayMs = 0): Promise<MockExecutor> {
  const calls: RecordedCall[] = [];
  const replies = new Map<string, MockReply>();
  const held = new Map<NodeJS.Timeout, () => void>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        /* keep the text */
      }
      const path = (req.url ?? '').split('?')[0];
      calls.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const reply = replies.get(path) ?? {};
      const answer = () => {
        if (res.destroyed) return;
        res
          .writeHead(reply.status ?? 200, { 'content-type': 'application/json' })
          .end(JSON.stringify(reply.body ?? { ok: true, echo: body ?? null }));
      };
      const delay = reply.delayMs ?? defaultDelayMs;
      if (delay > 0) {
        const timer = setTimeout(() => {
          held.delete(timer);
          answer();
        }, delay);
        held.set(timer, answer);
      } else answer();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    replies,
    callsTo: (path) => calls.filter((c) => c.path.split('?')[0] === path),
    flush: () => {
      for (const [timer, answer] of held) {
        clearTimeout(timer);
        answer();
      }
      held.clear();
    },
    close: () =>
      new Promise((r) => {
        for (const timer of held.keys()) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export async function send(t: TestApp, method: string, path: string, body?: unknown, headers: Record<string, string> = authJson()) {
  return t.http(path, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
}

export async function expectError(res: TestResponse, status: number, code: string) {
  const body = await res.json();
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  return body;
}

/** An active `http` provider configuration pointing at the mock. */
export async function httpConfig(t: TestApp, baseUrl: string): Promise<string> {
  const res = await send(t, 'POST', '/v1/provider-configurations', { name: unique('cfg'), providerId: 'http', config: { base_url: baseUrl } });
  const json = await res.json();
  if (res.status !== 201) throw new Error(`provider config create failed: ${res.status} ${JSON.stringify(json)}`);
  return json.id;
}

type Node = { id: string; type: string; name?: string; position: { x: number; y: number }; data?: Record<string, unknown> };

export const triggerNode = (id = 'start'): Node => ({ id, type: 'trigger', name: 'Start', position: { x: 0, y: 0 }, data: { triggerType: 'manual' } });
export const actionNode = (id: string, data: Record<string, unknown> = { actionType: 'set_output', output: { ok: true } }): Node => ({
  id,
  type: 'action',
  position: { x: 0, y: 0 },
  data,
});
export const conditionalNode = (id: string, condition: string): Node => ({ id, type: 'conditional', position: { x: 0, y: 0 }, data: { condition } });
export const executorNode = (id: string, providerConfigId: string, data: Record<string, unknown> = {}): Node => ({
  id,
  type: 'executor',
  name: `Call ${id}`,
  position: { x: 0, y: 0 },
  data: { executorId: 'http.request', providerConfigId, path: `/${id}`, method: 'POST', ...data },
});
export const edge = (source: string, target: string, extra: Record<string, unknown> = {}) => ({
  id: `${source}->${target}${extra.sourceHandle ? `:${String(extra.sourceHandle)}` : ''}`,
  source,
  target,
  ...extra,
});

/** Creates and activates a workflow; returns its id. */
export async function activeWorkflow(t: TestApp, nodes: Node[], edges: ReturnType<typeof edge>[]): Promise<string> {
  const res = await send(t, 'POST', '/v1/workflows', { name: unique('wf'), nodes, edges });
  const json = await res.json();
  if (res.status !== 201) throw new Error(`workflow create failed: ${res.status} ${JSON.stringify(json)}`);
  const activated = await send(t, 'POST', `/v1/workflows/${json.workflowId}/activate`);
  if (activated.status !== 200) throw new Error(`activate failed: ${activated.status} ${JSON.stringify(await activated.json())}`);
  return json.workflowId;
}

export function execute(t: TestApp, workflowId: string, inputData: unknown = {}, key: string = randomUUID()) {
  return send(t, 'POST', `/v1/workflows/${workflowId}/executions`, { inputData }, authJson({ 'Idempotency-Key': key }));
}

/** Polls the status until the execution is completed or failed. */
export async function waitForEnd(t: TestApp, executionId: string, timeoutMs = 15_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await send(t, 'GET', `/v1/executions/${executionId}`);
    const body = await res.json();
    if (body.status === 'completed' || body.status === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`execution ${executionId} still ${body.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Ends a test file without leaving running executions behind (PostgreSQL runs share one database). */
export async function settle(t: TestApp, mock?: MockExecutor, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    mock?.flush();
    const page = await (await send(t, 'GET', '/v1/executions?status=running&limit=100')).json();
    if (page.items.length === 0) return;
    if (Date.now() > deadline) throw new Error(`executions still running: ${page.items.map((e: any) => e.executionId).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Executes and waits; returns the results body. */
export async function runToEnd(t: TestApp, workflowId: string, inputData: unknown = {}): Promise<any> {
  const res = await execute(t, workflowId, inputData);
  const started = await res.json();
  if (res.status !== 201) throw new Error(`execute failed: ${res.status} ${JSON.stringify(started)}`);
  await waitForEnd(t, started.executionId);
  return (await send(t, 'GET', `/v1/executions/${started.executionId}/results`)).json();
}

export const stepsByNode = (results: any): Record<string, any> =>
  Object.fromEntries(results.stepResults.map((s: any) => [s.nodeId, s]));
