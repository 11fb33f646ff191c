import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseInUseError } from '../../src/database/sqlite-process-lock';
import { buildOnce, startServiceProcess, stopServiceProcess, type ServiceProcess } from '../support/service-process';
import { startTestApp, TEST_API_KEY, usingPostgres, type TestApp } from '../support/test-app';

/**
 * One process per SQLite file (docs/deployment.md): a second process (or a second app in one process) on a file in
 * use refuses to start with a clear message, at once and before it migrates or resumes anything; the lock goes with
 * the process that held it, however it ended, so a restart right after a SIGKILL starts normally.
 */
(usingPostgres() ? describe.skip : describe)('SQLite: one process per database file', () => {
  const dirs: string[] = [];
  const apps: TestApp[] = [];
  const services: ServiceProcess[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flowker-lock-'));
    dirs.push(dir);
    return dir;
  };
  jest.setTimeout(90_000);

  afterAll(async () => {
    for (const service of services) await stopServiceProcess(service, 'SIGKILL');
    for (const app of apps) await app.close().catch(() => undefined);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a second app on the same file is refused while the first runs, and starts once the first has closed', async () => {
    const dir = dataDir();
    const first = await startTestApp({ DATA_DIR: dir });
    apps.push(first);
    await expect(startTestApp({ DATA_DIR: dir })).rejects.toBeInstanceOf(DatabaseInUseError);
    // Another file is not affected.
    const elsewhere = await startTestApp({ DATA_DIR: dataDir() });
    apps.push(elsewhere);
    await first.close();
    apps.splice(apps.indexOf(first), 1);
    const second = await startTestApp({ DATA_DIR: dir });
    apps.push(second);
    expect((await second.http('/health')).status).toBe(200);
  });

  it('a second service process exits at once saying why; after a SIGKILL of the first, a new one starts at once', async () => {
    buildOnce();
    const env = { API_KEY: TEST_API_KEY, DATA_DIR: dataDir(), LOG_LEVEL: 'fatal' };
    const first = await startServiceProcess(env, { label: 'first' });
    services.push(first);
    const began = Date.now();
    const refused = await startServiceProcess(env, { label: 'second' }).then(
      (unexpected) => {
        services.push(unexpected);
        return 'started';
      },
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/^second exited with 1: Flowker failed to start: Another Flowker process is already using the SQLite database .*flowker\.sqlite\. Run one process per SQLite file/);
    expect(Date.now() - began).toBeLessThan(30_000);

    await stopServiceProcess(first, 'SIGKILL');
    const after = await startServiceProcess(env, { label: 'after the kill' });
    services.push(after);
    expect((await fetch(`${after.url}/health`)).status).toBe(200);
  });
});
