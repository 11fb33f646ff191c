import { Column, Entity, PrimaryColumn } from 'typeorm';

export const WEBHOOK_EVENT_TYPES = [
  'workflow.started',
  'workflow.completed',
  'workflow.failed',
  'workflow.step.started',
  'workflow.step.completed',
  'workflow.step.failed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export type DisabledReason = 'endpoint_gone' | 'failing_continuously' | 'disabled_by_user';
export type DeliveryStatus = 'pending' | 'delivering' | 'succeeded' | 'failed' | 'exhausted';
/** What caused an attempt: first try of an event, automatic retry, resend request, test operation. */
export type AttemptCause = 'event' | 'retry' | 'resend' | 'test';

/** Timestamps are ISO-8601 UTC strings with milliseconds, so they compare correctly as text. */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  /** As sent (at most 2,048 characters), with the values of its secret query parameters encrypted (SecretBox). */
  @Column({ type: 'text' })
  url!: string;

  /** JSON array of event types. */
  @Column({ type: 'text' })
  events!: string;

  /** `v1:` ciphertext of the signing secret. */
  @Column({ type: 'text' })
  secret!: string;

  /** `v1:` ciphertext of the secret the last rotation replaced, which also signs until `previousSecretUntil`. */
  @Column({ name: 'previous_secret', type: 'text', nullable: true })
  previousSecret!: string | null;

  @Column({ name: 'previous_secret_until', type: 'varchar', length: 30, nullable: true })
  previousSecretUntil!: string | null;

  /** JSON object; credential-like values are ciphertexts (SecretBox). */
  @Column({ type: 'text' })
  headers!: string;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ name: 'disabled_reason', type: 'varchar', length: 32, nullable: true })
  disabledReason!: DisabledReason | null;

  @Column({ name: 'disabled_at', type: 'varchar', length: 30, nullable: true })
  disabledAt!: string | null;

  @Column({ name: 'failing_since', type: 'varchar', length: 30, nullable: true })
  failingSince!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}

/** The outbox: one row per event, its body serialised once. */
@Entity({ name: 'webhook_events' })
export class WebhookEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: WebhookEventType;

  @Column({ type: 'text' })
  payload!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}

/** One event for one subscription, with its retry state. */
@Entity({ name: 'webhook_deliveries' })
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 40 })
  eventId!: string;

  @Column({ name: 'subscription_id', type: 'varchar', length: 36 })
  subscriptionId!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType!: WebhookEventType;

  @Column({ type: 'varchar', length: 16 })
  status!: DeliveryStatus;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'retry_step', type: 'integer' })
  retryStep!: number;

  @Column({ name: 'next_attempt_at', type: 'varchar', length: 30, nullable: true })
  nextAttemptAt!: string | null;

  @Column({ name: 'claim_token', type: 'varchar', length: 36, nullable: true })
  claimToken!: string | null;

  @Column({ name: 'claimed_at', type: 'varchar', length: 30, nullable: true })
  claimedAt!: string | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  /** A test event: never retried and never counted towards disabling, also when resent. */
  @Column({ type: 'boolean', default: false })
  test!: boolean;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}

/** The delivery log: one row per HTTP attempt. */
@Entity({ name: 'webhook_delivery_attempts' })
export class WebhookDeliveryAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'delivery_id', type: 'varchar', length: 36 })
  deliveryId!: string;

  @Column({ name: 'subscription_id', type: 'varchar', length: 36 })
  subscriptionId!: string;

  @Column({ name: 'organization_id', type: 'varchar', length: 64 })
  organizationId!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 40 })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType!: WebhookEventType;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'varchar', length: 8 })
  cause!: AttemptCause;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ name: 'response_excerpt', type: 'text', nullable: true })
  responseExcerpt!: string | null;

  @Column({ name: 'response_truncated', type: 'boolean' })
  responseTruncated!: boolean;

  @Column({ name: 'next_attempt_at', type: 'varchar', length: 30, nullable: true })
  nextAttemptAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}
