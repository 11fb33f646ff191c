import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, type RegisteredRoute } from '../../src/app.factory';
import { createFlowkerClient, type FlowkerClient } from '../../src/client';
import { sha256 } from '../../src/config/api-key';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { contractFetch } from './contract';

/** Tests read bodies loosely on purpose: the contract checker has already validated their shape. */
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

export const TEST_API_KEY = 'test-key-0123456789abcdef';
/** base64 of 32 fixed bytes: only for PostgreSQL test runs, which need a shared SECRETS_KEY. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly config: AppConfig;
  readonly baseUrl: string;
  readonly routes: readonly RegisteredRoute[];
  /** Every log line the app wrote (JSON text), when started with `captureLogs`. */
  readonly logs: string[];
  /** The typed client users get, authenticated, with every response checked against the spec. */
  readonly client: FlowkerClient;
  /** fetch with every response checked against the spec (for requests the typed client cannot express). */
  readonly http: (pathAndQuery: string, init?: RequestInit) => Promise<TestResponse>;
  close(): Promise<void>;
}

/** Which database this run uses: TEST_DATABASE_URL (PostgreSQL) or a fresh SQLite file per app. */
export const usingPostgres = () => /^postgres/.test(process.env.TEST_DATABASE_URL ?? '');

/**
 * Starts the real application on a random loopback port, on the database of this run (a fresh SQLite file, or the
 * PostgreSQL named by TEST_DATABASE_URL). `env` overrides configuration variables for this app only.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { captureLogs?: boolean } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowker-test-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    API_KEY: TEST_API_KEY,
    FAULT_INJECTION_ENABLED: 'true',
    OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8,::1',
    DATA_DIR: dataDir,
    // On SQLite the app generates its secrets key in DATA_DIR; PostgreSQL requires one from the environment.
    ...(usingPostgres() ? { DATABASE_URL: process.env.TEST_DATABASE_URL!, SECRETS_KEY: TEST_SECRETS_KEY } : {}),
    ...env,
  });
  const apiKey = config.apiKey.enabled ? { sha256: sha256(config.apiKey.key ?? TEST_API_KEY) } : null;
  const logs: string[] = [];
  const destination = options.captureLogs
    ? { write: (chunk: string) => void logs.push(...String(chunk).split('\n').filter(Boolean)) }
    : undefined;
  const { app, routes } = await createApp(config, apiKey, destination);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const checked = contractFetch();
  return {
    app,
    config,
    baseUrl,
    routes,
    logs,
    client: createFlowkerClient({ baseUrl, apiKey: TEST_API_KEY, fetch: checked }),
    http: (p, init) => checked(`${baseUrl}${p}`, init) as Promise<TestResponse>,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Headers for raw requests: the API key plus JSON. */
export const authJson = (extra: Record<string, string> = {}) => ({
  'X-API-Key': TEST_API_KEY,
  'Content-Type': 'application/json',
  ...extra,
});
