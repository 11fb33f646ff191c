import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  OutboundBlockedError,
  OutboundDnsError,
  OutboundHttp,
  OutboundInvalidUrlError,
  OutboundNetworkError,
  OutboundTimeoutError,
  type Resolver,
} from '../../../src/common/outbound';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

describe('OutboundHttp', () => {
  let server: Server;
  let port: number;
  let handler: Handler;
  const seen: Array<{ url?: string; host?: string; auth?: string }> = [];
  const clients: OutboundHttp[] = [];

  const client = (allowList: string[], resolver?: Resolver) => {
    const c = new OutboundHttp({ allowList, resolver });
    clients.push(c);
    return c;
  };
  /** A DNS that answers every name with the given addresses, in order of calls. */
  const fakeDns = (...answers: string[][]): Resolver & { calls: number } => {
    const resolver = Object.assign(
      async () => {
        const answer = answers[Math.min(resolver.calls, answers.length - 1)];
        resolver.calls += 1;
        return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      },
      { calls: 0 },
    );
    return resolver;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url, host: req.headers.host, auth: req.headers.authorization });
      handler(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await new Promise((r) => server.close(r));
  });
  beforeEach(() => {
    seen.length = 0;
    handler = (_req, res) => res.end('ok');
  });

  it('refuses a loopback literal unless the allow-list admits it', async () => {
    await expect(client([]).request({ url: `http://127.0.0.1:${port}/` })).rejects.toBeInstanceOf(OutboundBlockedError);
    await expect(client([]).request({ url: `http://2130706433:${port}/` })).rejects.toThrow(/loopback/);
    await expect(client([]).request({ url: `http://[::ffff:127.0.0.1]:${port}/` })).rejects.toThrow(/loopback/);
    const res = await client(['127.0.0.0/8']).request({ url: `http://127.0.0.1:${port}/x` });
    expect(res).toMatchObject({ status: 200, statusText: '200 OK', truncated: false });
    expect(res.body.toString()).toBe('ok');
    expect(seen).toHaveLength(1);
  });

  it('judges a host name on the address it resolves to, at connect time', async () => {
    const dns = fakeDns(['127.0.0.1']);
    const blocked = client([], dns);
    const err = await blocked.request({ url: `http://api.example.test:${port}/` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect((err as OutboundBlockedError).reason).toMatch(/resolves to a loopback address 127.0.0.1/);
    expect(seen).toHaveLength(0);
  });

  it('is not fooled by DNS rebinding: public at the pre-flight check, private when connecting', async () => {
    const dns = fakeDns(['93.184.216.34'], ['127.0.0.1']);
    const c = client([], dns);
    await expect(c.assertAllowed(`http://rebind.example.test:${port}/`)).resolves.toBeInstanceOf(URL);
    await expect(c.request({ url: `http://rebind.example.test:${port}/` })).rejects.toBeInstanceOf(OutboundBlockedError);
    expect(dns.calls).toBe(2);
    expect(seen).toHaveLength(0);
  });

  it('refuses a name when any of its addresses is private', async () => {
    const c = client([], fakeDns(['93.184.216.34', '10.0.0.5']));
    await expect(c.assertAllowed('http://mixed.example.test/')).rejects.toThrow(/private network address 10.0.0.5/);
  });

  it('connects to an allowed resolved address and sends the original Host header', async () => {
    const c = client(['127.0.0.0/8'], fakeDns(['127.0.0.1']));
    const res = await c.request({ url: `http://svc.example.test:${port}/ping` });
    expect(res.status).toBe(200);
    expect(seen[0]).toMatchObject({ url: '/ping', host: `svc.example.test:${port}` });
  });

  it('admits an allow-listed host name whatever its private address, but never a metadata address', async () => {
    const c = client(['svc.corp'], fakeDns(['127.0.0.1']));
    expect((await c.request({ url: `http://svc.corp:${port}/` })).status).toBe(200);
    const metadata = client(['svc.corp'], fakeDns(['169.254.169.254']));
    await expect(metadata.assertAllowed('http://svc.corp/')).rejects.toThrow(/metadata/);
  });

  it('reports unresolvable names and bad URLs with their own errors', async () => {
    const failing: Resolver = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    await expect(client([], failing).assertAllowed('http://nowhere.invalid/')).rejects.toBeInstanceOf(OutboundDnsError);
    await expect(client([]).request({ url: 'ftp://example.com/' })).rejects.toBeInstanceOf(OutboundInvalidUrlError);
  });

  it('times out a slow answer', async () => {
    handler = (_req, res) => setTimeout(() => res.end('late'), 1_000);
    const err = await client(['127.0.0.1']).request({ url: `http://127.0.0.1:${port}/`, timeoutMs: 100 }).catch((e) => e);
    expect(err).toBeInstanceOf(OutboundTimeoutError);
  });

  it('with statusIsTheAnswer, a body that never ends answers the status, what came of the body and why it stopped', async () => {
    handler = (_req, res) => {
      res.writeHead(202);
      res.write('started');
    };
    const url = `http://127.0.0.1:${port}/`;
    const err = await client(['127.0.0.1']).request({ url, timeoutMs: 300 }).catch((e) => e);
    expect(err).toBeInstanceOf(OutboundTimeoutError);
    const res = await client(['127.0.0.1']).request({ url, timeoutMs: 300, statusIsTheAnswer: true });
    expect(res).toMatchObject({ status: 202, truncated: true, bodyError: 'No complete response within 300 ms' });
    expect(res.body.toString()).toBe('started');
  });

  it('stops reading past the size cap and says so', async () => {
    handler = (_req, res) => {
      res.write('a'.repeat(40_000));
      res.end('b'.repeat(40_000));
    };
    const res = await client(['127.0.0.1']).request({ url: `http://127.0.0.1:${port}/`, maxResponseBytes: 50_000 });
    expect(res.truncated).toBe(true);
    expect(res.body.length).toBe(50_000);
  });

  it('undoes a content coding the server chose, within the size cap', async () => {
    const json = JSON.stringify({ decision: 'ALLOW', padding: 'x'.repeat(5_000) });
    handler = (req, res) => {
      if (req.url === '/gzip') res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync(json));
      else if (req.url === '/br') res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(json));
      else if (req.url === '/bomb') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(10_000_000)));
      else if (req.url === '/lying') res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all');
      else res.writeHead(200, { 'content-encoding': 'zstd' }).end('as sent');
    };
    const c = client(['127.0.0.1']);
    const gzipped = await c.request({ url: `http://127.0.0.1:${port}/gzip` });
    expect(JSON.parse(gzipped.body.toString())).toMatchObject({ decision: 'ALLOW' });
    expect(gzipped.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-type']).toBe('application/json');
    expect((await c.request({ url: `http://127.0.0.1:${port}/br` })).body.toString()).toBe(json);
    const bomb = await c.request({ url: `http://127.0.0.1:${port}/bomb`, maxResponseBytes: 100_000 });
    expect(bomb).toMatchObject({ truncated: true });
    expect(bomb.body).toEqual(Buffer.alloc(100_000));
    await expect(c.request({ url: `http://127.0.0.1:${port}/lying` })).rejects.toThrow(
      expect.objectContaining({ kind: 'unreadable-response', message: expect.stringMatching(/^The response body cannot be decoded as gzip/) }),
    );
    const unknown = await c.request({ url: `http://127.0.0.1:${port}/zstd` });
    expect(unknown).toMatchObject({ truncated: false, headers: { 'content-encoding': 'zstd' } });
    expect(unknown.body.toString()).toBe('as sent');
  });

  it('does not follow redirects unless asked, and re-checks every hop', async () => {
    handler = (req, res) => {
      if (req.url === '/start') res.writeHead(302, { location: '/next' }).end();
      else if (req.url === '/to-metadata') res.writeHead(307, { location: 'http://169.254.169.254/latest' }).end();
      else res.end(`at ${req.url}`);
    };
    const c = client(['127.0.0.1']);
    expect((await c.request({ url: `http://127.0.0.1:${port}/start` })).status).toBe(302);
    const followed = await c.request({ url: `http://127.0.0.1:${port}/start`, maxRedirects: 3 });
    expect(followed).toMatchObject({ status: 200, url: `http://127.0.0.1:${port}/next` });
    await expect(c.request({ url: `http://127.0.0.1:${port}/to-metadata`, maxRedirects: 3 })).rejects.toThrow(/metadata/);
  });

  it('sends only non-credential headers to another origin a redirect leads to', async () => {
    const received: Array<Record<string, string | string[] | undefined>> = [];
    const other = createServer((req, res) => {
      received.push(req.headers);
      res.end('elsewhere');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const otherPort = (other.address() as AddressInfo).port;
    try {
      handler = (req, res) => {
        if (req.url === '/same') res.writeHead(302, { location: '/here' }).end();
        else if (req.url === '/away') res.writeHead(302, { location: `http://127.0.0.1:${otherPort}/there` }).end();
        else res.end(JSON.stringify(req.headers));
      };
      const headers = { Accept: 'application/json', 'X-Api-Key': 'key-1234567890', 'X-Tenant': 't1', Authorization: 'Bearer tok' };
      const c = client(['127.0.0.1']);
      const same = await c.request({ url: `http://127.0.0.1:${port}/same`, headers, maxRedirects: 1 });
      expect(JSON.parse(same.body.toString())).toMatchObject({ 'x-api-key': 'key-1234567890', 'x-tenant': 't1', authorization: 'Bearer tok' });
      const away = await c.request({ url: `http://127.0.0.1:${port}/away`, headers, maxRedirects: 1 });
      expect(away.body.toString()).toBe('elsewhere');
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ accept: 'application/json' });
      expect(Object.keys(received[0]).filter((name) => ['x-api-key', 'x-tenant', 'authorization'].includes(name))).toEqual([]);
    } finally {
      await new Promise((r) => other.close(r));
    }
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(client(['127.0.0.1']).request({ url: `http://127.0.0.1:${freePort}/` })).rejects.toBeInstanceOf(
      OutboundNetworkError,
    );
  });
});
