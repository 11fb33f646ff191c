import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { timeOrderedIdFloor } from '../../common/ids';
import { APP_CONFIG, type AppConfig, type SubscriptionsConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { deleteInBatches, PURGE_INTERVAL_MS } from '../../database/delete-in-batches';
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

/** Sends one process has in flight at most, in batches: claiming goes on while earlier sends are still out. */
const BATCHES_IN_FLIGHT = 3;

/**
 * The in-process delivery worker: one loop claims due deliveries whenever send slots are free, and every send holds
 * its slot until its attempt is recorded, so a slow endpoint holds only the slots of its own sends (at most
 * `maxInFlightPerSubscription`, counted in the database). All state is in the database, so a restart loses nothing:
 * deliveries another process left `delivering` are sent again once their claim lease has expired (at once on
 * SQLite, where no other process can hold one), with the same webhook-id.
 */
@Injectable()
export class InProcessDeliveryWorker extends DeliveryScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WebhookDeliveries');
  private readonly settings: SubscriptionsConfig;
  private readonly stopping = new AbortController();
  private readonly instance = randomUUID();
  private claiming: Promise<void> = Promise.resolve();
  private readonly sends = new Set<Promise<void>>();
  private readonly slots: number;
  private sleepers: Array<() => void> = [];
  /** A wake-up that found the loop busy: it looks again instead of sleeping. */
  private wokenWhileBusy = false;
  private lastSweep = 0;
  private lastPurge = 0;

  constructor(
    private readonly db: Database,
    private readonly processor: DeliveryProcessor,
    private readonly deliveries: DeliveriesRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.settings = config.subscriptions;
    this.slots = this.settings.batchSize * BATCHES_IN_FLIGHT;
  }

  wake(): void {
    const sleepers = this.sleepers;
    this.sleepers = [];
    if (sleepers.length === 0) this.wokenWhileBusy = true;
    for (const resolve of sleepers) resolve();
  }

  onApplicationBootstrap(): void {
    if (!this.settings.workerEnabled) return;
    this.claiming = this.loop();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    this.wake();
    await this.claiming;
    await Promise.all(this.sends);
  }

  private async loop(): Promise<void> {
    const signal = this.stopping.signal;
    await this.sweep(true);
    while (!signal.aborted) {
      const free = this.slots - this.sends.size;
      let more = false;
      try {
        await this.sweep(false);
        if (Date.now() - this.lastPurge >= PURGE_INTERVAL_MS) await this.purgeExpired();
        if (free > 0) more = await this.dispatch(signal, Math.min(free, this.settings.batchSize));
      } catch (err) {
        if (signal.aborted) break;
        this.logger.error(`Delivery round failed (${this.instance}): ${err instanceof Error ? err.message : String(err)}`);
      }
      // The next send to end wakes the loop, whether every slot is taken or a subscription was at its cap.
      if (!more || this.sends.size >= this.slots) await this.sleep(this.settings.pollIntervalMs);
    }
  }

  /** Claims and starts sends; says whether more may be due right away. */
  private async dispatch(signal: AbortSignal, limit: number): Promise<boolean> {
    const { sends, more } = await this.processor.dispatch(signal, limit);
    for (const send of sends) this.hold(send);
    return more;
  }

  /** A send holds its slot until its attempt is recorded. */
  private hold(send: Promise<void>): void {
    const held = send
      .catch((err: unknown) => {
        if (!this.stopping.signal.aborted) this.logger.error(`Recording a webhook delivery attempt failed (${this.instance}): ${String(err)}`);
      })
      .finally(() => {
        this.sends.delete(held);
        // A slot and a share of its subscription are free again: its backlog must not wait for the next poll.
        this.wake();
      });
    this.sends.add(held);
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

  /**
   * Deletes delivery history older than the retention (`SUBSCRIPTION_RETENTION_DAYS`): finished deliveries, their
   * attempts and the event bodies nothing needs any more, in short transactions (deleteInBatches); answers how many
   * deliveries went. `nowMs` is for tests.
   */
  async purgeExpired(nowMs = Date.now()): Promise<number> {
    this.lastPurge = nowMs;
    if (this.settings.retentionMs === 0) return 0;
    const cutoff = nowMs - this.settings.retentionMs;
    const before = new Date(cutoff).toISOString();
    const idFloor = timeOrderedIdFloor(cutoff);
    let purged = 0;
    try {
      purged = await deleteInBatches(
        this.db,
        (m, limit) => this.deliveries.purgeFinished(m, before, idFloor, limit),
        () => this.stopping.signal.aborted,
      );
    } catch (err) {
      if (!this.stopping.signal.aborted) this.logger.error(`Deleting expired webhook delivery history failed: ${String(err)}`);
    }
    if (purged > 0) this.logger.log(`${purged} webhook deliveries older than the retention deleted, with their attempts`);
    return purged;
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
