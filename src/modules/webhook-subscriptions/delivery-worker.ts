import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type SubscriptionsConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryProcessor } from './delivery-processor';

/**
 * What the rest of the module needs from whatever runs deliveries: to be told that new work was committed.
 * Today an in-process poller; a queue (BullMQ) can take its place without the outbox or the API changing.
 */
export abstract class DeliveryScheduler {
  /** New deliveries were committed: look for due work now rather than at the next poll. */
  abstract wake(): void;
}

/** Concurrent claim/send/record loops; each claims its own batch, so sending overlaps with database work. */
const LANES = 3;

/**
 * The in-process delivery worker. All state is in the database, so a restart loses nothing: deliveries another
 * process left `delivering` are sent again once their claim lease has expired (at once on SQLite, where no other
 * process can hold one), with the same webhook-id.
 */
@Injectable()
export class InProcessDeliveryWorker extends DeliveryScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WebhookDeliveries');
  private readonly settings: SubscriptionsConfig;
  private readonly stopping = new AbortController();
  private readonly instance = randomUUID();
  private loops: Promise<void>[] = [];
  private sleepers: Array<() => void> = [];
  /** A wake-up that found every loop busy: the next loop to go idle looks again instead of sleeping. */
  private wokenWhileBusy = false;
  private lastSweep = 0;

  constructor(
    private readonly db: Database,
    private readonly processor: DeliveryProcessor,
    private readonly deliveries: DeliveriesRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.settings = config.subscriptions;
  }

  wake(): void {
    const sleepers = this.sleepers;
    this.sleepers = [];
    if (sleepers.length === 0) this.wokenWhileBusy = true;
    for (const resolve of sleepers) resolve();
  }

  onApplicationBootstrap(): void {
    if (!this.settings.workerEnabled) return;
    this.loops = Array.from({ length: LANES }, (_, lane) => this.loop(lane));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    this.wake();
    await Promise.all(this.loops);
  }

  private async loop(lane: number): Promise<void> {
    const signal = this.stopping.signal;
    if (lane === 0) await this.sweep(true);
    while (!signal.aborted) {
      let claimed = 0;
      try {
        if (lane === 0) await this.sweep(false);
        claimed = await this.processor.runBatch(signal);
      } catch (err) {
        if (signal.aborted) break;
        this.logger.error(`Delivery round failed (${this.instance}): ${err instanceof Error ? err.message : String(err)}`);
      }
      if (claimed < this.settings.batchSize) await this.sleep(this.settings.pollIntervalMs);
    }
  }

  /** Returns abandoned claims to the queue: all of them at start on SQLite, expired leases otherwise. */
  private async sweep(starting: boolean): Promise<void> {
    const now = Date.now();
    if (!starting && now - this.lastSweep < Math.min(this.settings.claimLeaseMs / 2, 10_000)) return;
    this.lastSweep = now;
    const cutoff = starting && this.db.dialect === 'sqlite' ? now + 1 : now - this.settings.claimLeaseMs;
    try {
      const released = await this.db.write((m) =>
        this.deliveries.releaseAbandoned(m, new Date(cutoff).toISOString(), new Date(now).toISOString()),
      );
      if (released > 0) this.logger.warn(`${released} interrupted webhook deliveries queued again`);
    } catch (err) {
      if (!this.stopping.signal.aborted) this.logger.error(`Releasing abandoned deliveries failed: ${String(err)}`);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.wokenWhileBusy && !this.stopping.signal.aborted) {
      this.wokenWhileBusy = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.sleepers.push(done);
    });
  }
}
