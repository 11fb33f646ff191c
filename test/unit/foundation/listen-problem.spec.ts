import net from 'node:net';
import { listenProblem } from '../../../src/common/lifecycle/listen-problem';

/** The error a real listen fails with. */
function listenError(port: number, host: string): Promise<Error> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', resolve);
    server.listen(port, host, () => server.close(() => reject(new Error(`listening on ${host}:${port} succeeded`))));
  });
}

describe('listenProblem: a start that cannot listen says why in one sentence, naming the variable', () => {
  it('a port already in use', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const problem = listenProblem(await listenError(port, '127.0.0.1'), '127.0.0.1', port);
      expect(problem).toBe(`cannot listen on HOST=127.0.0.1 PORT=${port}: the port is already in use; stop the other process or set another PORT.`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('a HOST that is not an address of this machine, or does not resolve', async () => {
    expect(listenProblem(await listenError(0, '192.0.2.1'), '192.0.2.1', 0)).toMatch(/^cannot listen on HOST=192\.0\.2\.1 PORT=0: HOST is not an address of this machine/);
    expect(listenProblem(await listenError(0, 'no-such-host.invalid'), 'no-such-host.invalid', 0)).toMatch(/HOST does not resolve/);
  });

  it('anything else is left to the caller, to be reported with its stack', () => {
    expect(listenProblem(new Error('boom'), '0.0.0.0', 4021)).toBeNull();
  });
});
