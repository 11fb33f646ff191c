import { maskSecrets, type SecretBox } from '../../common/secrets';
import type { components } from '../../generated';
import type { DeliveryTarget } from './delivery-sender';
import type {
  WebhookDeliveryAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEventType,
  WebhookSubscriptionEntity,
} from './webhook-subscription.entities';

export type WebhookSubscriptionOutput = components['schemas']['WebhookSubscriptionOutput'];
export type WebhookSubscriptionCreateOutput = components['schemas']['WebhookSubscriptionCreateOutput'];
export type WebhookDeliveryAttemptOutput = components['schemas']['WebhookDeliveryAttemptOutput'];
export type WebhookDeliveryOutput = components['schemas']['WebhookDeliveryOutput'];

/** Secret(s), headers and URL in clear: only for sending. The replaced secret is there while it still signs. */
export function openTarget(box: SecretBox, row: WebhookSubscriptionEntity, now = Date.now()): DeliveryTarget {
  const { secret } = box.open({ secret: row.secret });
  const previous = previousSecretExpiry(row, now) ? (box.open({ secret: row.previousSecret }).secret as string) : undefined;
  return {
    url: box.open(row.url),
    secret: secret as string,
    ...(previous !== undefined ? { previousSecret: previous } : {}),
    headers: box.open(JSON.parse(row.headers) as Record<string, string>),
  };
}

/** When the secret replaced by the last rotation stops signing; undefined when it no longer does. */
function previousSecretExpiry(row: WebhookSubscriptionEntity, now: number): string | undefined {
  if (row.previousSecret === null || row.previousSecretUntil === null) return undefined;
  return Date.parse(row.previousSecretUntil) > now ? row.previousSecretUntil : undefined;
}

/** What clients see: no secret, credential-like header values and the values of secret URL query parameters masked. */
export function toSubscriptionOutput(box: SecretBox, row: WebhookSubscriptionEntity): WebhookSubscriptionOutput {
  const previousSecretExpiresAt = previousSecretExpiry(row, Date.now());
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    url: maskSecrets(box.open(row.url)),
    events: JSON.parse(row.events) as WebhookEventType[],
    headers: maskSecrets(box.open(JSON.parse(row.headers) as Record<string, string>)),
    active: Boolean(row.active),
    ...(row.disabledReason ? { disabledReason: row.disabledReason } : {}),
    ...(row.disabledAt ? { disabledAt: row.disabledAt } : {}),
    ...(previousSecretExpiresAt ? { previousSecretExpiresAt } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toAttemptOutput(row: WebhookDeliveryAttemptEntity): WebhookDeliveryAttemptOutput {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    deliveryId: row.deliveryId,
    eventId: row.eventId,
    eventType: row.eventType,
    attempt: row.attempt,
    trigger: row.cause,
    succeeded: Boolean(row.succeeded),
    ...(row.statusCode !== null ? { statusCode: row.statusCode } : {}),
    durationMs: row.durationMs,
    ...(row.error ? { error: row.error } : {}),
    ...(row.responseExcerpt !== null ? { responseBody: row.responseExcerpt } : {}),
    responseTruncated: Boolean(row.responseTruncated),
    ...(row.nextAttemptAt ? { nextAttemptAt: row.nextAttemptAt } : {}),
    createdAt: row.createdAt,
  };
}

export function toDeliveryOutput(row: WebhookDeliveryEntity): WebhookDeliveryOutput {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    ...(row.nextAttemptAt ? { nextAttemptAt: row.nextAttemptAt } : {}),
    ...(row.lastStatusCode !== null ? { lastStatusCode: row.lastStatusCode } : {}),
    ...(row.lastError ? { lastError: row.lastError } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
