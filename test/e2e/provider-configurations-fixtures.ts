import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { authJson, type TestApp, type TestResponse } from '../support/test-app';

/** Clear-text secrets that must never leave the service unmasked. Each is long and distinctive. */
export const TRACER_KEY = 'trc_live_SECRET_9a8b7c6d5e4f';
export const MIDAZ_SECRET = 'midaz-client-SECRET-0987654321';
export const HEADER_TOKEN = 'hdr-SECRET-token-abcdef123456';
export const SECRETS = [TRACER_KEY, MIDAZ_SECRET, HEADER_TOKEN];
/** The parts a leak would show even if a prefix were cut off. */
export const SECRET_CORES = ['SECRET_9a8b7c6d', 'SECRET-09876543', 'SECRET-token-abc'];

export const unique = (prefix = 'cfg') => `${prefix} ${randomUUID().slice(0, 8)}`;

export const tracerConfig = (baseUrl = 'https://tracer.example.net', extra: Record<string, unknown> = {}) => ({
  base_url: baseUrl,
  api_key: TRACER_KEY,
  headers: { Authorization: `Bearer ${HEADER_TOKEN}`, 'X-Client': 'flowker-tests' },
  ...extra,
});

export const midazConfig = (baseUrl = 'https://midaz.example.net') => ({
  onboarding_base_url: baseUrl,
  transaction_base_url: baseUrl,
  organization_id: '4f0c2f3e-1b2a-4c3d-9e8f-0a1b2c3d4e5f',
  ledger_id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  auth: { issuer_url: 'https://idp.example.net', client_id: 'flowker', client_secret: MIDAZ_SECRET, scopes: ['ledger'] },
});

export function send(t: TestApp, method: string, path: string, body?: unknown, headers: Record<string, string> = authJson()) {
  return t.http(path, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
}

export async function createConfig(t: TestApp, body: Record<string, unknown>): Promise<string> {
  const res = await send(t, 'POST', '/v1/provider-configurations', body);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(await res.json())}`);
  return (await res.json()).id;
}

export async function expectError(res: TestResponse, status: number, code: string) {
  const body = await res.json();
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  return body;
}

export const dataSource = (t: TestApp) => t.app.get(DataSource);

export async function countRows(t: TestApp, table: string): Promise<number> {
  return dataSource(t).createQueryBuilder().from(table, 'x').getCount();
}

/** Raw rows of a table, as the driver returns them (what a database reader would see). */
export function rawRows(t: TestApp, table: string): Promise<Record<string, unknown>[]> {
  return dataSource(t).createQueryBuilder().select('*').from(table, 'x').getRawMany();
}

export function expectNoSecret(text: string) {
  for (const secret of [...SECRETS, ...SECRET_CORES]) expect(text).not.toContain(secret);
}

export interface FakeProvider {
  readonly url: string;
  readonly requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/**
 * A provider on 127.0.0.1: `/ok` answers 200 JSON, `/auth` 200 only with the expected bearer token (401 otherwise),
 * `/broken` 500, `/not-json` 200 text.
 */
export async function startFakeProvider(expectedBearer: string): Promise<FakeProvider> {
  const requests: FakeProvider['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    const path = (req.url ?? '').split('?')[0];
    if (path.startsWith('/broken')) return void res.writeHead(500).end('boom');
    if (path.startsWith('/auth') && req.headers.authorization !== `Bearer ${expectedBearer}`) {
      return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized"}');
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
