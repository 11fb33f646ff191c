import type { DeliveryOutcome } from './deliveries.repository';
import type { AttemptResult } from './delivery-sender';
import { retryDelayMs } from './retry-policy';
import type { AttemptCause, WebhookDeliveryEntity } from './webhook-subscription.entities';

/** The delivery fields an attempt's cause and outcome depend on; `test` is absent on rows built before it existed. */
type AttemptState = Pick<WebhookDeliveryEntity, 'attempts' | 'retryStep'> & { readonly test?: boolean };

/** Why an attempt happened, read from the delivery's counters before the attempt. A test event stays a test, resent or not. */
export function causeOf(delivery: AttemptState): AttemptCause {
  if (delivery.test) return 'test';
  if (delivery.attempts === 0) return 'event';
  return delivery.retryStep === 0 ? 'resend' : 'retry';
}

/**
 * What a delivery becomes after one attempt: delivered; given up (410 Gone, or a test event, which is never
 * retried); waiting for the next retry of the schedule; or exhausted when the schedule is used up.
 */
export function outcomeOf(
  delivery: AttemptState,
  result: AttemptResult,
  schedule: readonly number[],
  now: number,
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
  if (result.gone || delivery.test) return { ...base, status: 'failed' };
  const delay = retryDelayMs(schedule, delivery.retryStep, result.retryAfterMs, random);
  if (delay === null) return { ...base, status: 'exhausted' };
  return { ...base, status: 'pending', retryStep: delivery.retryStep + 1, nextAttemptAt: new Date(now + delay).toISOString() };
}
