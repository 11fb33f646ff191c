import { Inject, Injectable, Optional } from '@nestjs/common';
import { RedisProbe } from '../../common/redis/redis-probe';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LifecycleService } from '../../common/lifecycle/lifecycle.service';
import type { components } from '../../generated';
import { DatabaseProbe } from './database-probe';

type HealthResponse = components['schemas']['HealthResponse'];
type ReadyzResponse = components['schemas']['ReadyzResponse'];

export interface Answer<T> {
  readonly ok: boolean;
  readonly body: T;
}

/** Go-style duration text (e.g. 3h2m5.25s), the format Flowker clients already parse. */
export function formatUptime(ms: number): string {
  // Rounded to hundredths once, before splitting: rounding only the seconds turned 59.996 s into "1m60s".
  const hundredths = Math.round(ms / 10);
  const h = Math.floor(hundredths / 360_000);
  const m = Math.floor((hundredths % 360_000) / 6_000);
  const s = (hundredths % 6_000) / 100;
  return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${s}s`;
}

@Injectable()
export class HealthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lifecycle: LifecycleService,
    private readonly database: DatabaseProbe,
    /** Present in production mode (REDIS_URL). */
    @Optional() private readonly redis?: RedisProbe,
  ) {}

  /** Liveness plus the database: 503 when the database does not answer. */
  async health(): Promise<Answer<HealthResponse>> {
    const probe = await this.database.ping();
    const ok = probe.up;
    return {
      ok,
      body: {
        status: ok ? 'healthy' : 'unhealthy',
        version: this.config.version,
        uptime: formatUptime(Date.now() - this.lifecycle.startedAt),
        timestamp: new Date().toISOString(),
        checks: {
          database: {
            status: ok ? 'healthy' : 'unhealthy',
            message: ok ? `${this.database.driver} answered in ${probe.latencyMs} ms` : `${this.database.driver}: ${probe.error}`,
          },
        },
      },
    };
  }

  /** The process is up and serving: no dependency is consulted. */
  live(): HealthResponse {
    return {
      status: 'healthy',
      version: this.config.version,
      uptime: formatUptime(Date.now() - this.lifecycle.startedAt),
      timestamp: new Date().toISOString(),
    };
  }

  /** Whether this instance should receive traffic: not while draining, not without its database. */
  async ready(): Promise<Answer<ReadyzResponse>> {
    const base = { version: this.config.version, deployment_mode: this.config.deploymentMode };
    if (this.lifecycle.draining) return { ok: false, body: { status: 'unhealthy', checks: {}, ...base } };
    const [probe, redis] = await Promise.all([this.database.ping(), this.redis?.ping()]);
    const asCheck = (p: { up: boolean; latencyMs: number; error?: string }) =>
      p.up ? { status: 'up' as const, latency_ms: p.latencyMs } : { status: 'down' as const, error: p.error ?? 'unreachable' };
    const ok = probe.up && (redis?.up ?? true);
    const checks = { database: asCheck(probe), ...(redis ? { redis: asCheck(redis) } : {}) };
    return { ok, body: { status: ok ? 'healthy' : 'unhealthy', checks, ...base } };
  }

  /**
   * /health/ready answers in the health shape, for platforms that probe one family of paths. Its checks say why it is
   * not ready: Redis (production mode) and a shutdown in progress are reported beside the database, as /readyz does.
   */
  async readyAsHealth(): Promise<Answer<HealthResponse>> {
    const [ready, health] = await Promise.all([this.ready(), this.health()]);
    const ok = ready.ok && health.ok;
    const checks = { ...health.body.checks };
    const redis = ready.body.checks.redis;
    if (redis) {
      checks.redis = redis.status === 'up'
        ? { status: 'healthy', message: `redis answered in ${redis.latency_ms} ms` }
        : { status: 'unhealthy', message: `redis: ${redis.error}` };
    }
    if (this.lifecycle.draining) checks.shutdown = { status: 'unhealthy', message: 'draining after a shutdown signal; not taking new work' };
    return { ok, body: { ...health.body, status: ok ? 'healthy' : 'unhealthy', checks } };
  }

  version(): { version: string; requestDate: string } {
    return { version: this.config.version, requestDate: new Date().toISOString() };
  }
}
