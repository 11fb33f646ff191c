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
  readonly capacity: number;
  readonly perMs: number;
}

/** A bucket refilled to its capacity by `nowMs`: forgetting it changes nothing, the next call starts a full one. */
const isRefilled = (bucket: Bucket, nowMs: number): boolean =>
  bucket.tokens + (nowMs - bucket.updatedMs) * bucket.perMs >= bucket.capacity;

/** Token buckets in this process: `requests` calls at once, refilled evenly over `perSeconds`. */
export class InProcessRateLimiter extends WebhookRateLimiter {
  /** In order of last use: a bucket moves to the end whenever it is taken from. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly maxBuckets = 10_000) {
    super();
  }

  take(key: string, limit: RateLimit, nowMs = Date.now()): RateDecision {
    const bucketKey = bucketKeyOf(key, limit);
    let bucket = this.buckets.get(bucketKey);
    if (!bucket) {
      this.evictIfFull(nowMs);
      bucket = { tokens: limit.requests, updatedMs: nowMs, capacity: limit.requests, perMs: refillPerMs(limit) };
    } else {
      bucket.tokens = Math.min(bucket.capacity, bucket.tokens + Math.max(0, nowMs - bucket.updatedMs) * bucket.perMs);
      bucket.updatedMs = Math.max(bucket.updatedMs, nowMs);
      this.buckets.delete(bucketKey);
    }
    this.buckets.set(bucketKey, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: secondsUntilToken(bucket.tokens, bucket.perMs) };
  }

  /**
   * Keeps the number of buckets bounded. Buckets that have refilled go first, since forgetting them changes nothing;
   * only when that is not enough do the least recently used go. Evicting in creation order, as before 2026-12-02,
   * dropped the drained bucket of a trigger under attack as readily as an idle one, handing it a fresh burst.
   */
  private evictIfFull(nowMs: number): void {
    if (this.buckets.size < this.maxBuckets) return;
    for (const [key, bucket] of this.buckets) if (isRefilled(bucket, nowMs)) this.buckets.delete(key);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxBuckets * 0.9) break;
      this.buckets.delete(key);
    }
  }
}
