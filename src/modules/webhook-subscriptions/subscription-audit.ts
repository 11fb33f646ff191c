import type { EntityManager } from 'typeorm';
import type { AuditActor, AuditWriter } from '../audit/audit-writer';
import { destinationOrigin, withDefined } from '../audit/destination-origin';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entities';

export type SubscriptionChange = 'created' | 'updated' | 'deleted';

const EVENTS = {
  created: ['WEBHOOK_SUBSCRIPTION_CREATED', 'CREATE'],
  updated: ['WEBHOOK_SUBSCRIPTION_UPDATED', 'UPDATE'],
  deleted: ['WEBHOOK_SUBSCRIPTION_DELETED', 'DELETE'],
} as const;

/**
 * Where a subscription sends workflow events decides who receives their data, so every change is audited, in the
 * caller's transaction. The metadata names the destination by origin only: a URL path or query can itself be the
 * credential (chat webhooks put their token there), and the trail is append-only and readable by every caller.
 * The signing secret and header values never enter it.
 */
export async function auditSubscription(
  audit: AuditWriter,
  manager: EntityManager,
  actor: AuditActor,
  change: SubscriptionChange,
  subscription: Pick<WebhookSubscriptionEntity, 'id' | 'organizationId'> & Partial<WebhookSubscriptionEntity>,
  details: Record<string, unknown> = {},
): Promise<void> {
  const [eventType, action] = EVENTS[change];
  await audit.append(manager, actor, {
    eventType,
    action,
    result: 'SUCCESS',
    resourceType: 'webhook_subscription',
    resourceId: subscription.id,
    metadata: {
      'webhook_subscription.organization_id': subscription.organizationId,
      ...(subscription.name !== undefined ? { 'webhook_subscription.name': subscription.name } : {}),
      ...withDefined('webhook_subscription.destination', subscription.url === undefined ? undefined : destinationOrigin(subscription.url)),
      ...(subscription.active !== undefined ? { 'webhook_subscription.active': Boolean(subscription.active) } : {}),
      ...details,
    },
  });
}
