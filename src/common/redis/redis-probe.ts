import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, type RedisConfig } from '../../config/app-config';
import { openRedis, pingRedis } from './redis-client';

const PROBE_TIMEOUT_MS = 2_000;

/** Readiness check of Redis in production mode: PING on a connection of its own, bounded to 2 s. */
@Injectable()
export class RedisProbe implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = openRedis(config.redis as RedisConfig, 'probe', { maxRetriesPerRequest: 0 });
  }

  ping(): Promise<{ up: boolean; latencyMs: number; error?: string }> {
    return pingRedis(this.client, PROBE_TIMEOUT_MS);
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
