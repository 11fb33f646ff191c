import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DELIVERY_EVENT_SUBSCRIPTION_INDEX, SUBSCRIPTION_NAME_INDEX } from '../../database/migrations/1764400000007-webhook-subscriptions';

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
@Index(SUBSCRIPTION_NAME_INDEX, ['organizationId', 'name'], { unique: true })
@Index('IDX_webhook_subscriptions_org_created', ['organizationId', 'createdAt', 'id'])
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
@Index('IDX_webhook_events_org_created', ['organizationId', 'createdAt'])
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
@Index(DELIVERY_EVENT_SUBSCRIPTION_INDEX, ['eventId', 'subscriptionId'], { unique: true })
@Index('IDX_webhook_deliveries_due', ['status', 'nextAttemptAt'])
@Index('IDX_webhook_deliveries_claim', ['claimToken'])
@Index('IDX_webhook_deliveries_subscription', ['subscriptionId', 'status'])
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

  /**
   * A test event: never retried and never counted towards disabling, also when resent. The default is the SQL text
   * both databases store (migration 1764400000017): TypeORM writes a boolean default as 0 for SQLite, which then
   * differed from the stored `false` (the same value) in the schema check.
   */
  @Column({ type: 'boolean', default: () => 'false' })
  test!: boolean;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}

/** The delivery log: one row per HTTP attempt. */
@Entity({ name: 'webhook_delivery_attempts' })
@Index('IDX_webhook_attempts_delivery', ['deliveryId'])
@Index('IDX_webhook_attempts_org', ['organizationId', 'createdAt'])
@Index('IDX_webhook_attempts_subscription', ['subscriptionId', 'createdAt'])
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
