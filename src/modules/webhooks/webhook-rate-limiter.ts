import type { RateLimit } from './webhook-trigger-config';

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Per-workflow call budget. Kept behind this small interface so a shared store (Redis) can replace the in-process
 * buckets when several instances must share one budget.
 */
export abstract class WebhookRateLimiter {
  abstract take(key: string, limit: RateLimit, nowMs?: number): RateDecision | Promise<RateDecision>;
}

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
    // The limit is part of the key: editing a trigger's limit starts a fresh bucket.
    const bucketKey = `${key}|${limit.requests}/${limit.perSeconds}`;
    const ratePerMs = limit.requests / (limit.perSeconds * 1000);
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
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
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
