import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { deleteInBatches, PURGE_INTERVAL_MS } from '../../database/delete-in-batches';
import { ExecutionHistoryRepository } from './execution-history.repository';

/**
 * Deletes executions that ended longer ago than EXECUTION_RETENTION_DAYS (off by default: upstream keeps every
 * execution), so that a service taking webhooks all day does not fill its disk, in short transactions
 * (deleteInBatches). Every process that serves or runs executions may do it; deleting what another process already
 * deleted is harmless.
 */
@Injectable()
export class ExecutionRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ExecutionRetention');
  private readonly retentionMs: number;
  private timer?: NodeJS.Timeout;
  private running: Promise<number> = Promise.resolve(0);
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly history: ExecutionHistoryRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.retentionMs = config.executionRetentionMs;
  }

  onApplicationBootstrap(): void {
    if (this.retentionMs === 0) return;
    const run = () => {
      this.running = this.purgeExpired();
    };
    run();
    this.timer = setInterval(run, PURGE_INTERVAL_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Deletes what has expired by `nowMs` (for tests; the timer uses the clock); answers how many executions went. */
  async purgeExpired(nowMs = Date.now()): Promise<number> {
    if (this.retentionMs === 0) return 0;
    const before = new Date(nowMs - this.retentionMs).toISOString();
    let purged = 0;
    try {
      purged = await deleteInBatches(this.db, (m, limit) => this.history.purgeFinished(m, before, limit), () => this.stopped);
    } catch (err) {
      if (!this.stopped) this.logger.error(`Deleting expired executions failed: ${String(err)}`);
    }
    if (purged > 0) this.logger.log(`${purged} executions that ended before ${before} deleted, with their steps`);
    return purged;
  }
}
