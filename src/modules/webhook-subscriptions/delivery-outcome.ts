import type { DeliveryOutcome } from './deliveries.repository';
import type { AttemptResult } from './delivery-sender';
import { retryDelayMs } from './retry-policy';
import type { AttemptCause, WebhookDeliveryEntity } from './webhook-subscription.entities';

/** Why an attempt happened, read from the delivery's counters before the attempt. */
export function causeOf(delivery: Pick<WebhookDeliveryEntity, 'attempts' | 'retryStep'>): AttemptCause {
  if (delivery.attempts === 0) return 'event';
  return delivery.retryStep === 0 ? 'resend' : 'retry';
}

/**
 * What a delivery becomes after one attempt: delivered; given up (410 Gone, or `retry` false); waiting for the next
 * retry of the schedule; or exhausted when the schedule is used up.
 */
export function outcomeOf(
  delivery: Pick<WebhookDeliveryEntity, 'attempts' | 'retryStep'>,
  result: AttemptResult,
  schedule: readonly number[],
  now: number,
  retry = true,
  random: () => number = Math.random,
): DeliveryOutcome {
  const base = {
    attempts: delivery.attempts + 1,
    retryStep: delivery.retryStep,
    lastStatusCode: result.statusCode ?? null,
    lastError: result.error ?? null,
    updatedAt: new Date(now).toISOString(),
    nextAttemptAt: null,
  };
  if (result.succeeded) return { ...base, status: 'succeeded' };
  if (result.gone || !retry) return { ...base, status: 'failed' };
  const delay = retryDelayMs(schedule, delivery.retryStep, result.retryAfterMs, random);
  if (delay === null) return { ...base, status: 'exhausted' };
  return { ...base, status: 'pending', retryStep: delivery.retryStep + 1, nextAttemptAt: new Date(now + delay).toISOString() };
}
