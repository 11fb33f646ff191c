import http from 'node:http';
import net, { type Socket } from 'node:net';
import { HttpDrain } from '../../src/common/lifecycle/http-drain';
import { LifecycleService } from '../../src/common/lifecycle/lifecycle.service';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import { actionNode, activeWorkflow, edge, execute, triggerNode } from './executions-fixtures';

/** One GET over `agent`, with the socket it used. */
function get(agent: http.Agent, url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, socket: req.socket as Socket }));
    });
    req.on('error', reject);
  });
}

describe('once shutdown has begun (SIGTERM)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ EXECUTION_DRAIN_MS: '100', LOG_LEVEL: 'info' }, { captureLogs: true });
  });
  afterEach(() => t.close());

  it('a start it refuses answers 503 FLK-0009 with Retry-After, as for an unreachable database', async () => {
    const wf = await activeWorkflow(t, [triggerNode(), actionNode('a')], [edge('start', 'a')]);
    t.app.get(LifecycleService).beginDrain();
    const refused = await execute(t, wf, {});
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ code: 'FLK-0009' });
    expect(refused.headers.get('retry-after')).toBe('5');
    // An expected refusal: its request line is a warning, and nothing is logged as a failure (no error, no stack).
    const lines = t.logs.map((line) => JSON.parse(line) as { level: number; msg?: string; res?: { statusCode: number } });
    expect(lines.filter((line) => line.res?.statusCode === 503).map((line) => [line.msg, line.level])).toEqual([['request completed', 40]]);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('each answer closes its keep-alive connection, so no client connection holds the process open', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = await get(agent, `${t.baseUrl}/health/live`);
      expect(before.headers.connection).toBe('keep-alive');

      t.app.get(LifecycleService).beginDrain();
      const closed = new Promise<void>((resolve) => before.socket.once('close', () => resolve()));
      const during = await get(agent, `${t.baseUrl}/health/live`);
      // The same connection, reused: the server ends it after this answer instead of keeping it for the client.
      expect(during.socket).toBe(before.socket);
      expect(during.status).toBe(200);
      expect(during.headers.connection).toBe('close');
      await closed;
    } finally {
      agent.destroy();
    }
  });
});

describe('while the HTTP server closes', () => {
  it('a request still arriving on an open connection is answered by the app, never by the framework in another shape', async () => {
    const t = await startTestApp();
    const socket = net.connect(Number(new URL(t.baseUrl).port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // A request whose headers are still arriving keeps its connection busy, so closing the server does not end it.
    socket.write(`POST /v1/workflows HTTP/1.1\r\nHost: flowker\r\nX-API-Key: ${TEST_API_KEY}\r\nContent-Type: application/json\r\n`);
    const closing = t.close();
    while (t.app.getHttpServer().listening) await new Promise((resolve) => setTimeout(resolve, 10));
    socket.write('Content-Length: 2\r\n\r\n{}');
    await Promise.all([ended, closing]);

    expect(received).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'FLK-0110' });
  });
});

describe('stopping the HTTP server (HttpDrain, what SIGTERM does after SHUTDOWN_DELAY_MS)', () => {
  /** A raw connection that collects what the server sends, and tells when the server has ended it. */
  async function rawConnection(port: number) {
    const socket = net.connect(port, '127.0.0.1');
    const connection = { socket, received: '', error: null as string | null, ended: null as unknown as Promise<void> };
    socket.on('data', (chunk) => (connection.received += chunk.toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) => (connection.error = error.code ?? error.message));
    connection.ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    return connection;
  }
  const request = 'GET /health/live HTTP/1.1\r\nHost: flowker\r\n\r\n';
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('answers the next request of every connection already open, then ends them all; new connections are refused', async () => {
    const t = await startTestApp();
    const server = t.app.getHttpServer() as http.Server;
    const drain = new HttpDrain(server, t.app.get(LifecycleService));
    const port = Number(new URL(t.baseUrl).port);
    try {
      // One connection that has not sent anything yet, one keep-alive connection between two requests.
      const fresh = await rawConnection(port);
      const idle = await rawConnection(port);
      idle.socket.write(request);
      await until(() => /\r\n\r\n/.test(idle.received));
      expect(idle.received).toMatch(/^HTTP\/1\.1 200 [^]*connection: keep-alive/i);
      await until(() => (server as unknown as { _connections: number })._connections === 2);

      t.app.get(LifecycleService).beginDrain();
      // A long grace, so that the test does not depend on how fast this machine is.
      const closing = drain.close(60_000);
      await until(() => !server.listening);
      // The listener is closed: a new connection is refused, cleanly.
      const refused = await new Promise<string>((resolve) => net.connect(port, '127.0.0.1').once('connect', () => resolve('connected')).once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? '')));
      expect(refused).toBe('ECONNREFUSED');

      // http.Server.close destroyed both at this point: the requests were reset instead of answered.
      idle.received = '';
      fresh.socket.write(request);
      idle.socket.write(request);
      await Promise.all([fresh.ended, idle.ended, closing]);
      for (const connection of [fresh, idle]) {
        expect(connection.error).toBeNull();
        expect(connection.received).toMatch(/^HTTP\/1\.1 200 [^]*connection: close/i);
      }
    } finally {
      await t.close();
    }
  });

  it('waits for a request in progress however long the grace, and closes an idle connection once the grace is over', async () => {
    const t = await startTestApp();
    const server = t.app.getHttpServer() as http.Server;
    const drain = new HttpDrain(server, t.app.get(LifecycleService));
    const port = Number(new URL(t.baseUrl).port);
    try {
      const idle = await rawConnection(port);
      const busy = await rawConnection(port);
      // Headers still arriving: a request in progress.
      busy.socket.write(`POST /v1/workflows HTTP/1.1\r\nHost: flowker\r\nX-API-Key: ${TEST_API_KEY}\r\nContent-Type: application/json\r\n`);
      await until(() => (server as unknown as { _connections: number })._connections === 2);
      t.app.get(LifecycleService).beginDrain();
      const closing = drain.close(0);
      await idle.ended;
      expect(idle.received).toBe('');
      busy.socket.write('Content-Length: 2\r\n\r\n{}');
      await Promise.all([busy.ended, closing]);
      expect(busy.received).toMatch(/^HTTP\/1\.1 400 [^]*connection: close/i);
    } finally {
      await t.close();
    }
  });
});
