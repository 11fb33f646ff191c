import { Redis, type RedisOptions } from 'ioredis';
import type { RedisConfig } from '../../config/app-config';

/**
 * A Redis connection for Flowker's own commands (rate limits, readiness). Commands fail after a few reconnect
 * attempts instead of queueing forever, so a request never hangs on a Redis outage.
 */
export function openRedis(config: RedisConfig, name: string, options: RedisOptions = {}): Redis {
  const client = new Redis(config.url, {
    connectionName: `flowker-${name}`,
    maxRetriesPerRequest: 2,
    connectTimeout: 2_000,
    // Reconnect forever, at most every 2 s: the process must come back by itself when Redis does.
    retryStrategy: (times) => Math.min(times * 100, 2_000),
    ...options,
  });
  // Errors surface on the commands; without a listener ioredis would print every reconnect failure. The last one is
  // kept: it says why commands fail while the connection is down.
  client.on('error', (err: Error) => connectionErrors.set(client, err.message));
  client.on('ready', () => connectionErrors.delete(client));
  return client;
}

/** The last connection error of each client opened by openRedis, until it is connected again. */
const connectionErrors = new WeakMap<Redis, string>();

/**
 * Connection options for BullMQ, which opens its own connections (workers need maxRetriesPerRequest: null). They
 * reconnect forever until `abandoned()` says the owner gave up closing them gracefully: BullMQ's close waits for
 * Redis, and connections still retrying after it was abandoned kept the process (or a test run) alive.
 */
export function bullConnection(
  config: RedisConfig,
  abandoned: () => boolean,
): { url: string; maxRetriesPerRequest: null; retryStrategy: (times: number) => number | null } {
  return { url: config.url, maxRetriesPerRequest: null, retryStrategy: (times) => (abandoned() ? null : Math.min(times * 100, 2_000)) };
}

/** PING bounded by `timeoutMs`. */
export async function pingRedis(client: Redis, timeoutMs: number): Promise<{ up: boolean; latencyMs: number; error?: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout exceeded')), timeoutMs);
      }),
    ]);
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    // While disconnected a command fails with ioredis's own words ("Reached the max retries per request limit …"),
    // which say nothing of the cause: the connection's last error does.
    const error = client.status === 'ready' ? (err as Error).message : `not connected (${connectionErrors.get(client) ?? client.status})`;
    return { up: false, latencyMs: Math.round(performance.now() - started), error };
  } finally {
    clearTimeout(timer);
  }
}
