/**
 * WorkflowEventOutbox — how workflow events reach webhook subscriptions.
 *
 * INTEGRATION (execution engine): inject `WorkflowEventOutbox` (exported by the global WebhookSubscriptionsModule)
 * and call it with the SAME EntityManager, inside the SAME `Database.write` transaction, as the state change it
 * reports, so the event exists if and only if the change committed:
 *
 *   await db.write(async (manager) => {
 *     await executions.markCompleted(manager, execution);                  // the state change
 *     await outbox.enqueue(manager, {
 *       type: 'workflow.completed',                                        // one of WEBHOOK_EVENT_TYPES
 *       organizationId: execution.organizationId,                          // omit → 'default'
 *       data: { executionId, workflowId, status, startedAt, completedAt },  // JSON, no secrets
 *     });
 *   });
 *
 * Where: execution pending→running: `workflow.started`; →completed: `workflow.completed`; →failed:
 * `workflow.failed` (include the error); each step start/success/failure: `workflow.step.started`,
 * `workflow.step.completed`, `workflow.step.failed` (include executionId, nodeId, and the error on failure).
 * `data` must not contain secrets: it is sent to third-party endpoints. Never call it outside a transaction.
 * `data` may be a function: it is then called only when some subscription wants the event, so costly payloads
 * (serialised outputs) cost nothing while nobody listens. Whether anybody listens comes from ListenedEventTypes, an
 * in-memory answer, so an event without subscribers costs no query either.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { timeOrderedId } from '../../common/ids';
import type { EntityManager } from 'typeorm';
import { DeliveriesRepository } from './deliveries.repository';
import { ListenedEventTypes } from './listened-event-types';
import { markOutboxWritten } from './outbox-commit.subscriber';
import { SubscriptionsRepository } from './subscriptions.repository';
import { DEFAULT_ORGANIZATION } from './subscription-input';
import {
  WEBHOOK_EVENT_TYPES,
  type WebhookDeliveryEntity,
  type WebhookEventEntity,
  type WebhookEventType,
} from './webhook-subscription.entities';

export interface WorkflowEvent {
  readonly type: WebhookEventType;
  /** Organisation whose subscriptions receive the event; `default` when omitted. */
  readonly organizationId?: string;
  /** Event details, sent as `data`. Must be JSON-serialisable; a function is called only if someone listens. */
  readonly data: Record<string, unknown> | (() => Record<string, unknown>);
}

export interface EnqueuedEvent {
  /** The webhook-id receivers see; null when no active subscription wanted the event (nothing was written). */
  readonly eventId: string | null;
  readonly deliveries: number;
}

/** A new event id: the Standard Webhooks `webhook-id`, identical on every attempt and resend. */
export const newEventId = () => `evt_${randomUUID().replace(/-/g, '')}`;

@Injectable()
export class WorkflowEventOutbox {
  /**
   * The timestamp of the events of each open transaction, taken at its first event: receivers are told that events
   * committed together share their timestamp. Every transaction has its own EntityManager, and a finished one is
   * released with it.
   */
  private readonly transactionTimes = new WeakMap<EntityManager, string>();

  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly listened: ListenedEventTypes,
  ) {}

  /**
   * True when events of the organisation certainly reach nobody right now (see ListenedEventTypes.surelyUnheard), so
   * a busy writer can skip building them. Enqueueing them anyway would write nothing either.
   */
  nobodyListens(organizationId: string = DEFAULT_ORGANIZATION): boolean {
    return this.listened.surelyUnheard(organizationId);
  }

  /**
   * Writes the event and one pending delivery per active subscription of the organisation that listens to its type,
   * within the caller's transaction. The body `{id, type, timestamp, data}` is serialised here, once: those exact
   * bytes are what every attempt sends and signs.
   */
  async enqueue(manager: EntityManager, event: WorkflowEvent): Promise<EnqueuedEvent> {
    if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(event.type)) {
      throw new Error(`Unknown workflow event type "${event.type}"`);
    }
    const organizationId = event.organizationId ?? DEFAULT_ORGANIZATION;
    if (!(await this.listened.anyListens(manager, organizationId, event.type))) return { eventId: null, deliveries: 0 };
    const listening = (await this.subscriptions.listActive(manager, organizationId)).filter((s) =>
      (JSON.parse(s.events) as string[]).includes(event.type),
    );
    if (listening.length === 0) return { eventId: null, deliveries: 0 };
    const now = this.transactionTime(manager);
    const data = typeof event.data === 'function' ? event.data() : event.data;
    const row = buildEvent(organizationId, event.type, data, now);
    const deliveries = listening.map((s) => pendingDelivery(row, s.id, now));
    await this.deliveries.insertEvent(manager, row, deliveries);
    markOutboxWritten(manager);
    return { eventId: row.id, deliveries: deliveries.length };
  }

  private transactionTime(manager: EntityManager): string {
    let time = this.transactionTimes.get(manager);
    if (time === undefined) this.transactionTimes.set(manager, (time = new Date().toISOString()));
    return time;
  }
}

export function buildEvent(organizationId: string, type: WebhookEventType, data: Record<string, unknown>, now: string): WebhookEventEntity {
  const id = newEventId();
  return { id, organizationId, type, payload: JSON.stringify({ id, type, timestamp: now, data }), createdAt: now };
}

export function pendingDelivery(event: WebhookEventEntity, subscriptionId: string, now: string): WebhookDeliveryEntity {
  return {
    id: timeOrderedId(),
    eventId: event.id,
    subscriptionId,
    organizationId: event.organizationId,
    eventType: event.type,
    status: 'pending',
    attempts: 0,
    retryStep: 0,
    nextAttemptAt: now,
    claimToken: null,
    claimedAt: null,
    lastStatusCode: null,
    lastError: null,
    test: false,
    createdAt: now,
    updatedAt: now,
  };
}
