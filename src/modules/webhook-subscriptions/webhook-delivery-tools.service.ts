import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import { offsetPage } from '../../common/pagination/offset-page';
import { SecretBox } from '../../common/secrets';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { DeliveriesRepository, type DeliveryQuery } from './deliveries.repository';
import { causeOf, outcomeOf } from './delivery-outcome';
import { attemptRow, type FinishedAttempt } from './delivery-processor';
import { DeliverySender } from './delivery-sender';
import { DeliveryScheduler } from './delivery-worker';
import {
  openTarget,
  toAttemptOutput,
  toDeliveryOutput,
  type WebhookDeliveryAttemptOutput,
  type WebhookDeliveryOutput,
} from './subscription-output';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';
import type { WebhookEventType } from './webhook-subscription.entities';
import { buildEvent, pendingDelivery } from './workflow-event-outbox';

export interface LogQuery {
  eventType?: WebhookEventType;
  limit: number;
  offset: number;
}

/** The delivery log, the test event and resending. */
@Injectable()
export class WebhookDeliveryToolsService {
  private readonly retrySchedule: readonly number[];

  constructor(
    private readonly db: Database,
    private readonly subscriptions: WebhookSubscriptionsService,
    private readonly deliveries: DeliveriesRepository,
    private readonly sender: DeliverySender,
    private readonly scheduler: DeliveryScheduler,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.retrySchedule = config.subscriptions.retryScheduleMs;
  }

  async logs(organizationId: string, subscriptionId: string | undefined, query: LogQuery) {
    if (subscriptionId !== undefined) await this.subscriptions.find(organizationId, subscriptionId);
    const { items, total } = await this.db.read((m) =>
      this.deliveries.pageAttempts(m, { organizationId, subscriptionId, ...query }),
    );
    return offsetPage(items.map(toAttemptOutput), total, query.limit, query.offset);
  }

  /** A subscription's deliveries with how each ended: also those cancelled before any attempt, which no log shows. */
  async listDeliveries(organizationId: string, subscriptionId: string, query: Omit<DeliveryQuery, 'subscriptionId'>) {
    await this.subscriptions.find(organizationId, subscriptionId);
    const { items, total } = await this.db.read((m) => this.deliveries.pageDeliveries(m, { subscriptionId, ...query }));
    return offsetPage(items.map(toDeliveryOutput), total, query.limit, query.offset);
  }

  /**
   * Sends a `workflow.completed` test event now and answers with the attempt. It is logged like any attempt but
   * never retried and leaves the subscription's health alone: a test must not disable a subscription. The delivery
   * is marked `test`, so a resend of it keeps these rules.
   */
  async test(organizationId: string, subscriptionId: string): Promise<WebhookDeliveryAttemptOutput> {
    const subscription = await this.subscriptions.find(organizationId, subscriptionId);
    const now = new Date().toISOString();
    const event = buildEvent(organizationId, 'workflow.completed', {
      test: true,
      subscriptionId,
      message: 'Test event sent from the Flowker API; it does not describe a real execution.',
    }, now);
    const token = randomUUID();
    const delivery = {
      ...pendingDelivery(event, subscriptionId, now),
      status: 'delivering' as const,
      claimToken: token,
      claimedAt: now,
      nextAttemptAt: null,
      test: true,
    };
    await this.db.write((m) => this.deliveries.insertEvent(m, event, [delivery]));
    const result = await this.sender.send(openTarget(this.box, subscription), event.id, Buffer.from(event.payload, 'utf8'));
    const finished: FinishedAttempt = { token, delivery, sentTo: subscription.url, result, at: Date.now() };
    const outcome = outcomeOf(delivery, result, this.retrySchedule, finished.at);
    const attempt = attemptRow(finished, outcome, causeOf(delivery));
    await this.db.write(async (m) => {
      if (await this.deliveries.finish(m, delivery.id, token, outcome)) await this.deliveries.insertAttempts(m, [attempt]);
    });
    return toAttemptOutput(attempt);
  }

  /** Queues a past delivery again, same body and webhook-id, with a fresh retry schedule. */
  async resend(organizationId: string, subscriptionId: string, deliveryId: string): Promise<WebhookDeliveryOutput> {
    const subscription = await this.subscriptions.find(organizationId, subscriptionId);
    const delivery = await this.db.read((m) => this.deliveries.findDelivery(m, subscriptionId, deliveryId));
    if (!delivery) throw new FlkError('FLK-0703', `Webhook subscription ${subscriptionId} has no delivery with id ${deliveryId}.`);
    if (!subscription.active) {
      throw new FlkError('FLK-0710', 'The webhook subscription is not active; enable it before resending deliveries.');
    }
    const busy = () => new FlkError('FLK-0350', 'The delivery is being sent right now; wait for the attempt to finish and retry.');
    if (delivery.status === 'delivering') throw busy();
    const now = new Date().toISOString();
    const requeued = await this.db.write((m) => this.deliveries.requeue(m, deliveryId, delivery.status, now));
    if (!requeued) throw busy();
    this.scheduler.wake();
    return toDeliveryOutput({ ...delivery, status: 'pending', retryStep: 0, nextAttemptAt: now, updatedAt: now });
  }
}
