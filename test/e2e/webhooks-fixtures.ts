import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { checkResponse } from '../support/contract';
import { authJson, type TestApp, type TestResponse } from '../support/test-app';
import { action, create, edge, post, unique } from './workflows-fixtures';

/** Shared builders for the webhook e2e files: every workflow listens on its own random path. */

export const randomPath = (prefix = 'hook') => `${prefix}/${randomUUID().slice(0, 8)}`;

export interface WebhookWorkflow {
  readonly id: string;
  readonly path: string;
  readonly method: string;
}

/** A workflow `webhook trigger → set_output action`; `data` is merged into the trigger node's data. */
export function webhookDefinition(path: string, method = 'POST', data: Record<string, unknown> = {}) {
  return {
    name: unique('wh'),
    nodes: [
      { id: 'hook', type: 'trigger', name: 'Hook', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path, method, ...data } },
      action('finish'),
    ],
    edges: [edge('hook', 'finish')],
  };
}

export async function webhookWorkflow(
  t: TestApp,
  options: { method?: string; data?: Record<string, unknown>; status?: 'active' | 'draft' | 'inactive'; path?: string } = {},
): Promise<WebhookWorkflow> {
  const path = options.path ?? randomPath();
  const method = options.method ?? 'POST';
  const id = await create(t, webhookDefinition(path, method, options.data));
  const status = options.status ?? 'active';
  if (status !== 'draft') expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
  if (status === 'inactive') expect((await post(t, `/v1/workflows/${id}/deactivate`)).status).toBe(200);
  return { id, path, method };
}

/** Calls a webhook through the contract-checking fetch. `headers` replace the default API key + JSON headers. */
export function callHook(t: TestApp, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; query?: string; raw?: string | Buffer } = {}) {
  const headers = init.headers ?? authJson();
  const method = init.method ?? 'POST';
  // fetch cannot send a body with GET: GET calls go without one.
  const body = method === 'GET' ? undefined : init.raw !== undefined ? init.raw : init.body === undefined ? undefined : JSON.stringify(init.body);
  return t.http(`/v1/webhooks/${path}${init.query ? `?${init.query}` : ''}`, { method, headers, body });
}

/** Polls the execution until it is terminal (test helper only). */
export async function settled(t: TestApp, executionId: string): Promise<{ status: string }> {
  for (let i = 0; i < 200; i++) {
    const res = await t.http(`/v1/executions/${executionId}`, { headers: authJson() });
    const json = await res.json();
    if (json.status === 'completed' || json.status === 'failed') return json;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`execution ${executionId} did not finish`);
}

/**
 * A request through node:http, for what fetch refuses to send (a GET with a body, a header on several lines: an
 * array value). A body given as a list of chunks is sent chunked, without Content-Length. The answer is still
 * checked against the spec.
 */
export function rawRequest(
  t: TestApp, method: string, path: string, headers: Record<string, string | string[]>, body: string | Buffer | readonly Buffer[],
): Promise<TestResponse> {
  const chunked = Array.isArray(body);
  // Node chunks a GET body only when told to.
  const length = chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(Buffer.byteLength(body as string | Buffer)) };
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${t.baseUrl}${path}`, { method, headers: { ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const contentType = String(res.headers['content-type'] ?? '');
        checkResponse(method, `${t.baseUrl}${path}`, res.statusCode ?? 0, contentType, text);
        resolve(new Response(text, { status: res.statusCode, headers: { 'content-type': contentType } }) as TestResponse);
      });
    });
    req.on('error', reject);
    if (!chunked) {
      req.end(body);
      return;
    }
    for (const chunk of body as readonly Buffer[]) req.write(chunk);
    req.end();
  });
}
