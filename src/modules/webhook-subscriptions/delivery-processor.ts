import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '../../common/ids';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { Counter } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { MetricsService } from '../../common/metrics/metrics.service';
import { SecretBox } from '../../common/secrets';
import { APP_CONFIG, type AppConfig, type SubscriptionsConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { DeliveriesRepository, type DeliveryOutcome } from './deliveries.repository';
import { outcomeOf, causeOf } from './delivery-outcome';
import { DeliverySender, type AttemptResult, type DeliveryTarget } from './delivery-sender';
import { openTarget } from './subscription-output';
import { SubscriptionsRepository } from './subscriptions.repository';
import {
  WebhookDeliveryAttemptEntity,
  type DisabledReason,
  type WebhookDeliveryEntity,
  type WebhookSubscriptionEntity,
} from './webhook-subscription.entities';

/** One finished attempt, ready to be recorded. */
export interface FinishedAttempt {
  /** The claim the delivery was sent under: recording only applies while it still holds. */
  readonly token: string;
  readonly delivery: WebhookDeliveryEntity;
  /** The subscription's `url` column when the attempt was sent: an answer from a URL replaced since says nothing. */
  readonly sentTo: string;
  readonly result: AttemptResult;
  /** When the answer (or the failure) came: retries are scheduled from here. */
  readonly at: number;
}

const DISABLED_MESSAGES: Record<DisabledReason, string> = {
  endpoint_gone: 'subscription disabled: the endpoint answered 410 Gone',
  failing_continuously: 'subscription disabled: the endpoint kept failing',
  disabled_by_user: 'subscription disabled by a client',
};

export const cancelledBecause = (reason: DisabledReason) => DISABLED_MESSAGES[reason];

/** Attempts that end within this long of each other are recorded in one transaction. */
const RECORD_COALESCE_MS = 5;

/** A finished attempt waiting for its transaction; `release` when shutdown cut it short (not counted). */
interface Settled {
  readonly attempt: FinishedAttempt;
  readonly release: boolean;
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

export interface Dispatched {
  /** One per claimed delivery: settles once its attempt is recorded (or its claim handed back). */
  readonly sends: Promise<void>[];
  /** Due deliveries may be left: claim again without waiting for the next poll. */
  readonly more: boolean;
}

/**
 * The delivery worker's sends: claim due deliveries, send each, and record each attempt and its delivery's next
 * state as soon as it ends (attempts ending within a few ms share a transaction), applying what the answers say
 * about each subscription (a success ends a run of failures; 410 Gone or failing for too long disables it).
 * A send never waits for another one, so a slow endpoint delays only its own deliveries, and a crash re-sends
 * only the attempts that had not ended.
 */
@Injectable()
export class DeliveryProcessor {
  private readonly logger = new Logger('WebhookDeliveries');
  private readonly settings: SubscriptionsConfig;
  private readonly attemptsCounter?: Counter;
  private queued: Settled[] = [];
  private flushTimer?: NodeJS.Timeout;
  /** Record transactions run one after another: each takes whatever ended meanwhile. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly deliveries: DeliveriesRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly sender: DeliverySender,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() metrics?: MetricsService,
  ) {
    this.settings = config.subscriptions;
    this.attemptsCounter = metrics?.counter('flowker_delivery_attempts_total', 'Webhook delivery attempts by outcome (succeeded, retry_scheduled, failed, exhausted)', ['outcome']);
  }

  /** Claims up to `limit` due deliveries and starts sending them; does not wait for the sends. */
  async dispatch(signal: AbortSignal, limit: number): Promise<Dispatched> {
    const token = randomUUID();
    const { claimed, more } = await this.db.write((m) =>
      this.deliveries.claimDue(m, token, new Date().toISOString(), limit, this.settings.maxInFlightPerSubscription),
    );
    if (claimed.length === 0) return { sends: [], more };
    const { events, targets } = await this.db.read(async (m) => ({
      events: await this.deliveries.findEvents(m, [...new Set(claimed.map((d) => d.eventId))]),
      targets: await this.subscriptions.findByIds(m, [...new Set(claimed.map((d) => d.subscriptionId))]),
    }));
    const eventById = new Map(events.map((e) => [e.id, e]));
    const subscriptionById = new Map(targets.map((s) => [s.id, s]));
    const opened = new Map<string, DeliveryTarget>();
    const sends = claimed.map(async (delivery) => {
      const event = eventById.get(delivery.eventId);
      const subscription = subscriptionById.get(delivery.subscriptionId);
      if (!event || !subscription) return; // deleted meanwhile
      let target = opened.get(subscription.id);
      if (!target) opened.set(subscription.id, (target = openTarget(this.box, subscription)));
      const result = await this.sender.send(target, event.id, Buffer.from(event.payload, 'utf8'), signal);
      // Interrupted by shutdown: an attempt cut short is not counted; its delivery goes back to the queue.
      const release = signal.aborted && !result.succeeded && result.statusCode === undefined;
      await this.settle({ token, delivery, sentTo: subscription.url, result, at: Date.now() }, release);
    });
    return { sends, more };
  }

  private settle(attempt: FinishedAttempt, release: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queued.push({ attempt, release, resolve, reject });
      this.flushTimer ??= setTimeout(() => this.flush(), RECORD_COALESCE_MS);
    });
  }

  private flush(): void {
    this.flushTimer = undefined;
    // One batch's worth per transaction keeps its statements within the database's parameter limits.
    const group = this.queued.splice(0, this.settings.batchSize);
    if (this.queued.length > 0) this.flushTimer = setTimeout(() => this.flush(), 0);
    this.writing = this.writing.then(() => this.write(group));
  }

  /**
   * Records a group in one transaction. When that fails, each attempt is recorded again in a transaction of its own:
   * an attempt that cannot be stored must not take the others down with it, since every delivery left `delivering`
   * is sent again once its claim lease ends, and its receiver would get it twice.
   */
  private async write(group: readonly Settled[]): Promise<void> {
    try {
      await this.writeTogether(group);
      for (const s of group) s.resolve();
    } catch (err) {
      if (group.length === 1) return group[0].reject(err);
      for (const s of group) {
        try {
          await this.writeTogether([s]);
          s.resolve();
        } catch (alone) {
          s.reject(alone);
        }
      }
    }
  }

  private writeTogether(group: readonly Settled[]): Promise<void> {
    return this.db.write(async (m) => {
      await this.record(m, group.filter((s) => !s.release).map((s) => s.attempt));
      await this.release(m, group.filter((s) => s.release).map((s) => s.attempt));
    });
  }

  private async release(manager: EntityManager, interrupted: readonly FinishedAttempt[]): Promise<void> {
    const now = new Date().toISOString();
    for (const [token, attempts] of groupBy(interrupted, (f) => f.token)) {
      await this.deliveries.releaseClaim(manager, token, attempts.map((f) => f.delivery.id), now);
    }
  }

  /**
   * Records attempts and outcomes, then the subscriptions' health. Runs inside the caller's transaction. The
   * subscriptions are read again here, locked, rather than taken from before the sends: one disabled meanwhile must
   * not get a retry scheduled (its disabling only cancelled what was `pending`, and these were `delivering`). The
   * lock orders this against a concurrent PATCH on PostgreSQL: either the PATCH committed first and is seen here, or
   * it waits for this commit and then cancels the retries written here.
   */
  async record(manager: EntityManager, finished: readonly FinishedAttempt[]): Promise<void> {
    if (finished.length === 0) return;
    const now = Date.now();
    const nowIso = new Date(now).toISOString();
    const subscriptionIds = [...new Set(finished.map((f) => f.delivery.subscriptionId))];
    const subscriptionById = new Map((await this.subscriptions.lockByIds(manager, subscriptionIds)).map((s) => [s.id, s]));
    // Test events, resent ones included, say nothing about the endpoint's health, nor do answers from a URL the
    // subscription no longer has (changed while the attempt was out): its 410 must not disable the new endpoint.
    const current = (f: FinishedAttempt) => subscriptionById.get(f.delivery.subscriptionId)?.url === f.sentTo;
    const counted = finished.filter((f) => !f.delivery.test && current(f));
    const disabling = this.subscriptionsToDisable(counted, subscriptionById, now);
    const still = await this.deliveries.existing(manager, finished.map((f) => f.delivery.id));
    const attempts: WebhookDeliveryAttemptEntity[] = [];
    const succeeded: FinishedAttempt[] = [];
    for (const f of finished) {
      if (!still.has(f.delivery.id)) continue;
      // A 410 from a replaced URL is an ordinary failure: the retry goes to the new URL.
      const result = f.result.gone && !current(f) ? { ...f.result, gone: false } : f.result;
      let outcome: DeliveryOutcome = outcomeOf(f.delivery, result, this.settings.retryScheduleMs, f.at);
      const reason = disabling.get(f.delivery.subscriptionId) ?? inactiveReason(subscriptionById.get(f.delivery.subscriptionId));
      if (reason && outcome.status === 'pending') {
        outcome = { ...outcome, status: 'failed', nextAttemptAt: null, lastError: cancelledBecause(reason) };
      }
      attempts.push(attemptRow(f, outcome, causeOf(f.delivery)));
      this.attemptsCounter?.labels(outcome.status === 'pending' ? 'retry_scheduled' : outcome.status).inc();
      if (outcome.status === 'succeeded') succeeded.push(f);
      else await this.deliveries.finish(manager, f.delivery.id, f.token, outcome);
    }
    for (const same of groupBy(succeeded, (f) => `${f.token} ${f.result.statusCode!}`).values()) {
      const { token, result } = same[0];
      await this.deliveries.finishSucceeded(manager, same.map((f) => f.delivery.id), token, result.statusCode!, nowIso);
    }
    await this.deliveries.insertAttempts(manager, attempts);
    await this.applyHealth(manager, counted, subscriptionById, disabling, nowIso);
  }

  /** 410 Gone disables at once; failures without any success for `disableAfterMs` disable too. */
  private subscriptionsToDisable(
    finished: readonly FinishedAttempt[],
    subscriptionById: ReadonlyMap<string, WebhookSubscriptionEntity>,
    now: number,
  ): Map<string, DisabledReason> {
    const out = new Map<string, DisabledReason>();
    for (const [id, results] of groupBySubscription(finished)) {
      const subscription = subscriptionById.get(id);
      if (!subscription?.active) continue;
      if (results.some((f) => f.result.gone)) {
        out.set(id, 'endpoint_gone');
      } else if (!results.some((f) => f.result.succeeded) && subscription.failingSince !== null) {
        if (now - Date.parse(subscription.failingSince) >= this.settings.disableAfterMs) out.set(id, 'failing_continuously');
      }
    }
    return out;
  }

  private async applyHealth(
    manager: EntityManager,
    finished: readonly FinishedAttempt[],
    subscriptionById: ReadonlyMap<string, WebhookSubscriptionEntity>,
    disabling: ReadonlyMap<string, DisabledReason>,
    nowIso: string,
  ): Promise<void> {
    for (const [id, results] of groupBySubscription(finished)) {
      const subscription = subscriptionById.get(id);
      // A disabled subscription's run of failures starts afresh when it is enabled again.
      if (!subscription?.active) continue;
      const reason = disabling.get(id);
      if (reason) {
        if (await this.subscriptions.disable(manager, id, reason, nowIso)) {
          await this.deliveries.cancelPending(manager, id, cancelledBecause(reason), nowIso);
          this.logger.warn(`Webhook subscription ${id} disabled (${reason})`);
        }
      } else if (results.some((f) => f.result.succeeded)) {
        if (subscription.failingSince !== null) await this.subscriptions.setFailingSince(manager, id, null);
      } else if (subscription.failingSince === null) {
        const first = Math.min(...results.map((f) => f.at));
        await this.subscriptions.setFailingSince(manager, id, new Date(first).toISOString());
      }
    }
  }
}

/** Why deliveries of this subscription are no longer sent, if it was disabled while they were in flight. */
function inactiveReason(subscription: WebhookSubscriptionEntity | undefined): DisabledReason | undefined {
  if (!subscription || subscription.active) return undefined;
  return subscription.disabledReason ?? 'disabled_by_user';
}

function groupBySubscription(finished: readonly FinishedAttempt[]): Map<string, FinishedAttempt[]> {
  return groupBy(finished, (f) => f.delivery.subscriptionId);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(keyOf(item)) ?? [];
    list.push(item);
    out.set(keyOf(item), list);
  }
  return out;
}

export function attemptRow(
  f: FinishedAttempt,
  outcome: DeliveryOutcome,
  cause: WebhookDeliveryAttemptEntity['cause'],
): WebhookDeliveryAttemptEntity {
  return {
    id: timeOrderedId(),
    deliveryId: f.delivery.id,
    subscriptionId: f.delivery.subscriptionId,
    organizationId: f.delivery.organizationId,
    eventId: f.delivery.eventId,
    eventType: f.delivery.eventType,
    attempt: f.delivery.attempts + 1,
    cause,
    succeeded: f.result.succeeded,
    statusCode: f.result.statusCode ?? null,
    durationMs: f.result.durationMs,
    error: f.result.error ?? null,
    responseExcerpt: f.result.responseExcerpt ?? null,
    responseTruncated: f.result.responseTruncated,
    nextAttemptAt: outcome.status === 'pending' ? outcome.nextAttemptAt : null,
    createdAt: new Date(f.result.startedAt).toISOString(),
  };
}

