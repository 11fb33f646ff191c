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
  // Errors surface on the commands; without a listener ioredis would print every reconnect failure.
  client.on('error', () => undefined);
  return client;
}

/** Connection options for BullMQ, which opens its own connections (workers need maxRetriesPerRequest: null). */
export function bullConnection(config: RedisConfig): { url: string; maxRetriesPerRequest: null; retryStrategy: (times: number) => number } {
  return { url: config.url, maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 100, 2_000) };
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
    return { up: false, latencyMs: Math.round(performance.now() - started), error: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
