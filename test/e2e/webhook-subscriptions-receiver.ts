import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request as the receiver got it, with the verdict of both signature checks. */
export interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: Buffer;
  readonly at: number;
  readonly webhookId: string;
  /** Verified with the `standardwebhooks` package AND our X-Webhook-Signature recomputed over the raw bytes. */
  readonly verified: boolean;
  readonly problem?: string;
}

/** How the endpoint at one path answers; `n` counts requests to that path, from 1. */
export type Behaviour = (n: number, res: ServerResponse) => void;

export const ok: Behaviour = (_n, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
export const failTimes = (times: number, status = 503): Behaviour => (n, res) =>
  n <= times ? void res.writeHead(status).end(`failure ${n}`) : ok(n, res);
export const always = (status: number, headers: Record<string, string> = {}): Behaviour => (_n, res) =>
  void res.writeHead(status, headers).end(`status ${status}`);

/**
 * A local webhook receiver (127.0.0.1) that verifies EVERY delivery: the Standard Webhooks signature with the
 * `standardwebhooks` package, and X-Webhook-Signature recomputed over the raw body bytes.
 */
export class Receiver {
  readonly received: Received[] = [];
  private readonly endpoints = new Map<string, { secret?: string; behaviour: Behaviour; count: number }>();
  private readonly held: ServerResponse[] = [];
  private server!: Server;
  url = '';

  static async start(): Promise<Receiver> {
    const receiver = new Receiver();
    receiver.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => receiver.handle(req.url ?? '/', req.headers, Buffer.concat(chunks), res));
    });
    await new Promise<void>((r) => receiver.server.listen(0, '127.0.0.1', r));
    receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`;
    return receiver;
  }

  /** Registers an endpoint path; returns its full URL. The secret is filled in once the API has returned it. */
  endpoint(path: string, behaviour: Behaviour = ok): string {
    this.endpoints.set(path, { behaviour, count: 0 });
    return `${this.url}${path}`;
  }

  /** The URL of `path`, registering it with `ok` unless it already has a behaviour. */
  ensure(path: string): string {
    return this.endpoints.has(path) ? `${this.url}${path}` : this.endpoint(path);
  }

  setSecret(path: string, secret: string): void {
    this.endpoints.get(path)!.secret = secret;
  }

  setBehaviour(path: string, behaviour: Behaviour): void {
    this.endpoints.get(path)!.behaviour = behaviour;
  }

  /** Never answers (until `releaseHeld`). */
  readonly hang: Behaviour = (_n, res) => void this.held.push(res);

  releaseHeld(): void {
    for (const res of this.held.splice(0)) if (!res.writableEnded) res.writeHead(200).end('late');
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    this.releaseHeld();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private handle(path: string, headers: IncomingHttpHeaders, raw: Buffer, res: ServerResponse): void {
    const endpoint = this.endpoints.get(path);
    let problem = endpoint?.secret ? verify(endpoint.secret, headers, raw) : 'no secret registered for this path';
    if (problem === undefined && headers['content-type'] !== 'application/json') problem = 'wrong content type';
    this.received.push({
      path,
      headers,
      raw,
      at: Date.now(),
      webhookId: String(headers['webhook-id']),
      verified: problem === undefined,
      ...(problem ? { problem } : {}),
    });
    if (!endpoint) return void res.writeHead(404).end();
    endpoint.count += 1;
    endpoint.behaviour(endpoint.count, res);
  }
}

/** Undefined when both signatures check out; otherwise what is wrong. */
export function verify(secret: string, headers: IncomingHttpHeaders, raw: Buffer): string | undefined {
  const flat = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
  try {
    // whsec_ secrets are base64 keys; any other secret is used as its UTF-8 bytes (documented).
    const hook = secret.startsWith('whsec_') ? new Webhook(secret) : new Webhook(Buffer.from(secret, 'utf8'), { format: 'raw' });
    hook.verify(raw.toString('utf8'), flat);
  } catch (err) {
    return `standard webhooks: ${(err as Error).message}`;
  }
  const expected = `sha256=${createHmac('sha256', Buffer.from(secret, 'utf8')).update(raw).digest('hex')}`;
  if (flat['x-webhook-signature'] !== expected) return 'X-Webhook-Signature does not match the raw body';
  const body = JSON.parse(raw.toString('utf8')) as { id?: string };
  if (body.id !== flat['webhook-id']) return 'body id differs from webhook-id';
  return undefined;
}
