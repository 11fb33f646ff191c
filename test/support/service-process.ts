import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/**
 * The BUILT service (dist/main.js) as a child process, for the tests that must kill it (SIGKILL) or run several
 * processes: crash recovery, delivery restarts, production mode. (bench/lib.mjs does the same for benchmarks.)
 */
export const ROOT = path.resolve(__dirname, '..', '..');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

let built = false;

/** Compiles src/ into dist/ once per test process, so child processes run the code under test. */
export function buildOnce(): void {
  if (built) return;
  const res = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`build failed:\n${res.stdout}\n${res.stderr}`);
  built = true;
}

export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** The last 20 kB the process wrote to stderr (for failure messages). */
  stderr: string;
}

/** Starts dist/main.js with `args` and `env` on a free loopback port; resolves once /health answers 200. */
export async function startServiceProcess(
  env: Record<string, string>,
  options: { args?: string[]; label?: string; timeoutMs?: number } = {},
): Promise<ServiceProcess> {
  const label = options.label ?? 'service';
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js'), ...(options.args ?? [])], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const proc: ServiceProcess = { url: `http://127.0.0.1:${port}`, child, stderr: '' };
  child.stderr!.on('data', (chunk: Buffer) => {
    proc.stderr = (proc.stderr + chunk.toString('utf8')).slice(-20_000);
  });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}: ${proc.stderr}`);
    if (await fetch(`${proc.url}/health`).then((r) => r.ok, () => false)) return proc;
    if (Date.now() > deadline) throw new Error(`${label} did not become healthy in time: ${proc.stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends `signal` (SIGKILL never waits for anything) and resolves when the process has exited. */
export function stopServiceProcess(proc: ServiceProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return resolve();
    proc.child.once('exit', () => resolve());
    proc.child.kill(signal);
    setTimeout(() => proc.child.kill('SIGKILL'), 10_000).unref();
  });
}
