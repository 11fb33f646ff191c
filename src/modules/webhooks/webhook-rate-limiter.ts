import type { RateLimit } from './webhook-trigger-config';

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Per-trigger call budget: a token bucket holding `requests` calls, refilled evenly over `perSeconds`. Where the
 * buckets live depends on who must share them: this process (SQLite: one process), PostgreSQL (several embedded-mode
 * processes on one database) or Redis (production mode).
 */
export abstract class WebhookRateLimiter {
  abstract take(key: string, limit: RateLimit, nowMs?: number): RateDecision | Promise<RateDecision>;
}

/** The bucket of a trigger under one limit: editing a trigger's limit starts a fresh bucket. */
export const bucketKeyOf = (key: string, limit: RateLimit): string => `${key}|${limit.requests}/${limit.perSeconds}`;

/** Tokens added per millisecond. */
export const refillPerMs = (limit: RateLimit): number => limit.requests / (limit.perSeconds * 1000);

/** Whole seconds until a bucket holding `tokens` (< 1) has one token again; at least 1. */
export const secondsUntilToken = (tokens: number, perMs: number): number => Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** Token buckets in this process: `requests` calls at once, refilled evenly over `perSeconds`. */
export class InProcessRateLimiter extends WebhookRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly maxBuckets = 10_000) {
    super();
  }

  take(key: string, limit: RateLimit, nowMs = Date.now()): RateDecision {
    const bucketKey = bucketKeyOf(key, limit);
    const ratePerMs = refillPerMs(limit);
    let bucket = this.buckets.get(bucketKey);
    if (!bucket) {
      this.evictIfFull(nowMs);
      bucket = { tokens: limit.requests, updatedMs: nowMs };
      this.buckets.set(bucketKey, bucket);
    } else {
      bucket.tokens = Math.min(limit.requests, bucket.tokens + (nowMs - bucket.updatedMs) * ratePerMs);
      bucket.updatedMs = nowMs;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: secondsUntilToken(bucket.tokens, ratePerMs) };
  }

  /** Forgets the oldest buckets when too many exist (an idle bucket is full again anyway). */
  private evictIfFull(nowMs: number): void {
    if (this.buckets.size < this.maxBuckets) return;
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size < this.maxBuckets * 0.9) break;
      if (nowMs >= bucket.updatedMs) this.buckets.delete(key);
    }
  }
}
