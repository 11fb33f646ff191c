import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ConfigError } from '../../src/config/app-config';
import { buildOnce, freePort, ROOT } from '../support/service-process';
import { startTestApp, TEST_API_KEY, TEST_SECRETS_KEY, usingPostgres } from '../support/test-app';

/**
 * Start-up against a database setting that cannot work: the service says so in one line naming the setting and exits
 * 78 (EX_CONFIG), as for any other bad setting, instead of retrying an answer that will not change. Only a server that
 * is not reachable (yet) is waited for.
 */
describe('Start-up: a wrong database setting, and what the start says', () => {
  jest.setTimeout(90_000);
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flowker-dbstart-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs dist/main.js to its end (it must end by itself) and returns its exit code and what it wrote. */
  const runToExit = (env: Record<string, string>) =>
    new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir(), API_KEY: TEST_API_KEY, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.once('exit', (code) => resolve({ code, stderr, stdout }));
    });

  beforeAll(() => buildOnce(), 60_000);

  it('a postgres:// URL without a host exits 78 with one line naming DATABASE_URL, without trying to connect', async () => {
    const run = await runToExit({ DATABASE_URL: 'postgres:///flowker', SECRETS_KEY: TEST_SECRETS_KEY });
    expect(run.stderr).toBe(
      'Invalid configuration:\n  - DATABASE_URL names no host: write it into the URL (e.g. postgres://user:password@db.example.com:5432/flowker), or set PGHOST\n',
    );
    expect(run.code).toBe(78);
    expect(run.stdout).not.toMatch(/Retrying/);
  });

  it('with PORT=0 the start-up line names the port the system chose, on which the service answers', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: tempDir(), API_KEY: TEST_API_KEY, LOG_LEVEL: 'fatal' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const line = await new Promise<string>((resolve) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const match = /^Flowker .* listening on .*$/m.exec(out);
          if (match) resolve(match[0]);
        });
        child.once('exit', () => resolve(`exited: ${out}`));
      });
      const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+) /.exec(line)?.[1]);
      expect(port).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  });

  (usingPostgres() ? describe : describe.skip)('PostgreSQL answers that will not change', () => {
    const withPath = (pathname: string, user?: string) => {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = pathname;
      if (user !== undefined) url.username = user;
      return url.toString();
    };

    it('a database that does not exist: refused at once, by name, as a configuration error', async () => {
      const started = startTestApp({ DATABASE_URL: withPath('/flowker_no_such_database') });
      await expect(started).rejects.toBeInstanceOf(ConfigError);
      await expect(started).rejects.toThrow(/DATABASE_URL: PostgreSQL at .* refused Flowker: database "flowker_no_such_database" does not exist \(3D000\)/);
    });

    it('a login the server refuses: the service exits 78 with that one reason, and never retries', async () => {
      const run = await runToExit({ DATABASE_URL: withPath(new URL(process.env.TEST_DATABASE_URL!).pathname, 'flowker_no_such_role'), SECRETS_KEY: TEST_SECRETS_KEY });
      expect(run.stderr).toMatch(/^Invalid configuration:\n {2}- DATABASE_URL: PostgreSQL at .* refused Flowker: role "flowker_no_such_role" does not exist \(28000\)\. Correct DATABASE_URL [^\n]*\n$/);
      expect(run.code).toBe(78);
      expect(run.stdout).not.toMatch(/Retrying/);
    });
  });

  (usingPostgres() ? describe.skip : describe)('SQLite', () => {
    it('a database file that is not SQLite, or a directory, is refused at once naming the file', async () => {
      const notADatabase = tempDir();
      writeFileSync(path.join(notADatabase, 'flowker.sqlite'), 'not a database; '.repeat(64));
      const started = startTestApp({ DATA_DIR: notADatabase });
      await expect(started).rejects.toBeInstanceOf(ConfigError);
      await expect(started).rejects.toThrow(/DATA_DIR or DATABASE_URL: .*flowker\.sqlite cannot be used as the SQLite database: file is not a database \(SQLITE_NOTADB\)/);

      const directory = tempDir();
      mkdirSync(path.join(directory, 'flowker.sqlite'));
      await expect(startTestApp({ DATA_DIR: directory })).rejects.toThrow(/cannot be used as the SQLite database: .*\(SQLITE_CANTOPEN\)/);
    });

    it('a file another program keeps busy is waited for, and the retry is not refused as "another Flowker process"', async () => {
      const dir = tempDir();
      // Another program holds the file's write lock past busy_timeout: the first attempt fails with SQLITE_BUSY.
      const other = new BetterSqlite3(path.join(dir, 'flowker.sqlite'));
      other.exec('CREATE TABLE other_program (x INTEGER)');
      other.exec('BEGIN EXCLUSIVE');
      const port = await freePort();
      const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, API_KEY: TEST_API_KEY, LOG_LEVEL: 'error' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // Polls `check` until it holds, or until the service has exited (then says so, with what it wrote).
      const until = async (check: () => boolean | Promise<boolean>, value: string): Promise<string> => {
        for (;;) {
          if (child.exitCode !== null) return `exited ${child.exitCode}: ${output}`;
          if (await check()) return value;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      try {
        // TypeORM logs the retry right after the failed attempt; only then does the other program let go.
        expect(await until(() => /Unable to connect to the database\. Message: database is locked/.test(output), 'retrying')).toBe('retrying');
        other.exec('COMMIT');
        other.close();
        const health = async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status === 200;
        expect(await until(health, 'healthy')).toBe('healthy');
        expect(output).not.toMatch(/Another Flowker process/);
      } finally {
        if (other.open) other.close();
        child.kill('SIGKILL');
        await exited;
      }
    });
  });
});
