import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.factory';
import { resolveApiKey } from './config/api-key';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { HttpDrain } from './common/lifecycle/http-drain';
import { LifecycleService } from './common/lifecycle/lifecycle.service';
import { listenProblem } from './common/lifecycle/listen-problem';
import { databaseUnreachableAtStart } from './database/database-start-problem';
import { DatabaseInUseError } from './database/sqlite-process-lock';

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(withRoleFromArgs(process.argv.slice(2), process.env));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const apiKey = resolveApiKey(config);
  const { app } = await createApp(config, apiKey).catch((error: unknown) => {
    const unreachable = databaseUnreachableAtStart(error, config.database);
    if (unreachable === null) throw error;
    process.stderr.write(`Flowker failed to start: ${unreachable}\n`);
    process.exit(1);
  });
  // Watches every connection from the first, so that a stop answers each request already read (HttpDrain).
  const httpDrain = new HttpDrain(app.getHttpServer(), app.get(LifecycleService));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    const problem = listenProblem(err, config.host, config.port);
    if (problem === null) throw err;
    process.stderr.write(`Flowker failed to start: ${problem}\n`);
    process.exit(1);
  }
  // The port listened on: with PORT=0 the system chooses it, and the line said ":0".
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  if (apiKey?.generated) {
    // Printed once, on the first start only: only the key's hash is kept on disk.
    process.stdout.write(
      `\n  Flowker generated an API key (shown only this once; store it now):\n\n    X-API-Key: ${apiKey.generated}\n\n` +
        `  To choose your own, set API_KEY; for local experiments without auth, API_KEY_ENABLED=false.\n\n`,
    );
  }
  const mode = config.redis ? `role ${config.role}, production mode` : 'embedded mode';
  process.stdout.write(`Flowker ${config.version} listening on ${url} (${mode}; Swagger UI: ${url}/swagger)\n`);

  const lifecycle = app.get(LifecycleService);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.beginDrain();
    process.stdout.write(`${signal} received: draining for ${config.shutdownDelayMs} ms, then stopping\n`);
    await new Promise((r) => setTimeout(r, config.shutdownDelayMs));
    // HTTP first: every request read gets its answer while the database and the engine still run; then the rest.
    await httpDrain.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** `node dist/main.js worker` (or `api`, `all`) is the same as FLOWKER_ROLE=worker; the argument wins. */
function withRoleFromArgs(args: readonly string[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const role = args[0];
  if (role === undefined) return env;
  if (!['api', 'worker', 'all'].includes(role)) {
    process.stderr.write(`Unknown command "${role}": use api, worker or all (or no argument, same as all)\n`);
    process.exit(64); // EX_USAGE
  }
  return { ...env, FLOWKER_ROLE: role };
}

bootstrap().catch((err) => {
  // An expected refusal is said in one sentence; anything else with its stack.
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(78); // EX_CONFIG, as for the settings themselves
  }
  const detail = err instanceof DatabaseInUseError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`Flowker failed to start: ${detail}\n`);
  process.exit(1);
});
