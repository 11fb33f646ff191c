import { Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { RedisConfig } from '../../config/app-config';
import { bucketKeyOf, refillPerMs, WebhookRateLimiter, type RateDecision } from '../../modules/webhooks/webhook-rate-limiter';
import type { RateLimit } from '../../modules/webhooks/webhook-trigger-config';
import { openRedis } from './redis-client';

/**
 * The same token bucket as the in-process limiter, kept in one Redis hash per trigger so every instance spends one
 * shared budget. The script runs atomically in Redis and reads Redis's clock, so instances with skewed clocks
 * agree. Returns {allowed (1/0), milliseconds until one token is back}.
 */
const TAKE = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil then
  tokens = capacity
else
  tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
end
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
local wait = 0
if allowed == 0 then wait = math.ceil((1 - tokens) / per_ms) end
return {allowed, wait}
`;

/** How long a webhook call waits for Redis before it is let through unmetered. */
const TAKE_TIMEOUT_MS = 500;

export class RedisRateLimiter extends WebhookRateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger('RedisRateLimiter');
  private readonly redis: Redis;

  constructor(private readonly config: RedisConfig) {
    super();
    this.redis = openRedis(config, 'rate-limit');
    this.redis.defineCommand('flowkerTakeToken', { numberOfKeys: 1, lua: TAKE });
  }

  async take(key: string, limit: RateLimit): Promise<RateDecision> {
    const bucketKey = `${this.config.prefix}:ratelimit:${bucketKeyOf(key, limit)}`;
    const perMs = refillPerMs(limit);
    let timer: NodeJS.Timeout | undefined;
    try {
      const command = (this.redis as unknown as Record<string, (...args: unknown[]) => Promise<[number, number]>>).flowkerTakeToken;
      const [allowed, waitMs] = await Promise.race([
        command.call(this.redis, bucketKey, limit.requests, perMs),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('Redis did not answer in time')), TAKE_TIMEOUT_MS);
        }),
      ]);
      if (allowed === 1) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    } catch (err) {
      // Fail open: the call is still stored in the database; losing the limit for a moment beats refusing work.
      this.logger.warn(`Rate limit not applied (Redis unavailable): ${(err as Error).message}`);
      return { allowed: true };
    } finally {
      clearTimeout(timer);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
