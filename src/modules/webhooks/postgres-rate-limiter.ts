import { Logger, type OnModuleDestroy } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Database } from '../../database/database.service';
import { bucketKeyOf, refillPerMs, secondsUntilToken, WebhookRateLimiter, type RateDecision } from './webhook-rate-limiter';
import type { RateLimit } from './webhook-trigger-config';

/**
 * Takes up to `granted` tokens (the number asked, at most the capacity) from one bucket in one statement: the
 * upsert holds the row's lock, so concurrent takes through any process are counted one after the other. A new
 * bucket starts full. Time is the server's clock, read once per statement (`EXCLUDED.updated_ms`), so processes
 * whose clocks disagree share one refill rate; `GREATEST` keeps a statement that waited for the lock with an earlier
 * reading from moving the bucket's time backwards.
 */
const REFILLED = 'LEAST(EXCLUDED.capacity, b.tokens + GREATEST(0, EXCLUDED.updated_ms - b.updated_ms) * EXCLUDED.per_ms)';
const TAKE = `
INSERT INTO webhook_rate_buckets AS b (bucket_key, capacity, per_ms, tokens, updated_ms, granted)
VALUES (?, ?, ?, ?, extract(epoch from clock_timestamp()) * 1000, ?)
ON CONFLICT (bucket_key) DO UPDATE SET
  tokens = ${REFILLED} - LEAST(FLOOR(${REFILLED}), EXCLUDED.granted),
  granted = LEAST(FLOOR(${REFILLED}), EXCLUDED.granted),
  updated_ms = GREATEST(b.updated_ms, EXCLUDED.updated_ms)
RETURNING tokens, granted`;

/** A bucket untouched for as long as it takes to refill from empty is full again: the same as no row. */
const FORGET_FULL = `DELETE FROM webhook_rate_buckets WHERE updated_ms < extract(epoch from clock_timestamp()) * 1000 - capacity / per_ms RETURNING 1`;

const FORGET_EVERY_MS = 10 * 60_000;
const ALLOWED: RateDecision = { allowed: true };

interface Take {
  readonly bucketKey: string;
  readonly limit: RateLimit;
}

/**
 * Embedded mode on PostgreSQL: several processes may serve one database, and a trigger's limit must hold across all
 * of them, so its bucket is a row (unlogged table, migration 14) rather than process memory. Calls that arrive
 * together share one statement per bucket (DataLoader, without its cache), taking as many tokens as there are calls:
 * a burst on one trigger costs one round trip and one row lock instead of one each (measured: docs/benchmarks.md).
 */
export class PostgresRateLimiter extends WebhookRateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimiter');
  private readonly forgetTimer: NodeJS.Timeout;
  private readonly loader = new DataLoader<Take, RateDecision>((takes) => this.takeAll(takes), {
    cache: false,
    batchScheduleFn: (dispatch) => setImmediate(dispatch),
  });

  constructor(private readonly db: Database) {
    super();
    this.forgetTimer = setInterval(() => void this.forgetFullBuckets(), FORGET_EVERY_MS).unref();
  }

  take(key: string, limit: RateLimit): Promise<RateDecision> {
    return this.loader.load({ bucketKey: bucketKeyOf(key, limit), limit });
  }

  /** Deletes the buckets that are full again, so the table holds only triggers called recently; how many. */
  async forgetFullBuckets(): Promise<number> {
    try {
      return (await this.db.standalone(FORGET_FULL, [])).length;
    } catch (err) {
      this.logger.debug(`Rate-limit buckets not cleaned up: ${(err as Error).message}`);
      return 0;
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.forgetTimer);
  }

  private async takeAll(takes: readonly Take[]): Promise<RateDecision[]> {
    const byBucket = new Map<string, number[]>();
    takes.forEach((take, at) => {
      const calls = byBucket.get(take.bucketKey);
      if (calls) calls.push(at);
      else byBucket.set(take.bucketKey, [at]);
    });
    const decisions = new Array<RateDecision>(takes.length);
    await Promise.all(
      [...byBucket.values()].map(async (calls) => {
        const { bucketKey, limit } = takes[calls[0]!]!;
        const outcome = await this.takeTokens(bucketKey, limit, calls.length);
        // The first calls to arrive get the tokens.
        calls.forEach((at, n) => (decisions[at] = n < outcome.granted ? ALLOWED : { allowed: false, retryAfterSeconds: outcome.retryAfterSeconds }));
      }),
    );
    return decisions;
  }

  private async takeTokens(bucketKey: string, limit: RateLimit, wanted: number): Promise<{ granted: number; retryAfterSeconds: number }> {
    const perMs = refillPerMs(limit);
    const firstGrant = Math.min(wanted, limit.requests);
    try {
      const [row] = await this.db.standalone(TAKE, [bucketKey, limit.requests, perMs, limit.requests - firstGrant, firstGrant]);
      return { granted: Number(row?.granted ?? 0), retryAfterSeconds: secondsUntilToken(Number(row?.tokens ?? 0), perMs) };
    } catch (err) {
      // Fail open, like the Redis buckets: each call is then stored or refused by the database on its own merits.
      this.logger.warn(`Rate limit not applied (bucket not reachable): ${(err as Error).message}`);
      return { granted: wanted, retryAfterSeconds: 1 };
    }
  }
}
