import type { MigrationInterface } from 'typeorm';
import { AuditEvents1764400000001 } from './1764400000001-audit-events';
import { Workflows1764400000002 } from './1764400000002-workflows';
import { ProviderConfigurations1764400000003 } from './1764400000003-provider-configurations';
import { ExecutorConfigurations1764400000004 } from './1764400000004-executor-configurations';
import { Executions1764400000005 } from './1764400000005-executions';
import { Webhooks1764400000006 } from './1764400000006-webhooks';
import { WebhookSubscriptions1764400000007 } from './1764400000007-webhook-subscriptions';
import { AuditAppendFunction1764400000008 } from './1764400000008-audit-append-function';
import { DropRedundantStepIndex1764400000009 } from './1764400000009-drop-redundant-step-index';
import { AuditAppendJson1764400000010 } from './1764400000010-audit-append-json';
import { ExecutionEntryNode1764400000011 } from './1764400000011-execution-entry-node';
import { PartialIdempotencyIndex1764400000012 } from './1764400000012-partial-idempotency-index';
import { CompletionOrderIndexes1764400000013 } from './1764400000013-completion-order-indexes';
import { WebhookRateBuckets1764400000014 } from './1764400000014-webhook-rate-buckets';
import { PartialFilterIndexes1764400000015 } from './1764400000015-partial-filter-indexes';
import { SqlitePartialFilterIndexes1764400000016 } from './1764400000016-sqlite-partial-filter-indexes';
import { WebhookTestDeliveries1764400000017 } from './1764400000017-webhook-test-deliveries';
import { SubscriptionUrlText1764400000018 } from './1764400000018-subscription-url-text';
import { SubscriptionPreviousSecret1764400000019 } from './1764400000019-subscription-previous-secret';
import { SqliteSubscriptionUrlText1764400000020 } from './1764400000020-sqlite-subscription-url-text';
import { WebhookPathsNfc1764400000021 } from './1764400000021-webhook-paths-nfc';

/**
 * Every migration, in order. One set runs unchanged on SQLite and PostgreSQL: shared tables use TypeORM's Table API
 * and driver-mapped types; hand-written SQL only creates objects that exist on PostgreSQL alone (functions,
 * triggers, the unlogged rate-limit buckets) and the partial filter indexes.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  AuditEvents1764400000001,
  Workflows1764400000002,
  ProviderConfigurations1764400000003,
  ExecutorConfigurations1764400000004,
  Executions1764400000005,
  Webhooks1764400000006,
  WebhookSubscriptions1764400000007,
  AuditAppendFunction1764400000008,
  DropRedundantStepIndex1764400000009,
  AuditAppendJson1764400000010,
  ExecutionEntryNode1764400000011,
  PartialIdempotencyIndex1764400000012,
  CompletionOrderIndexes1764400000013,
  WebhookRateBuckets1764400000014,
  PartialFilterIndexes1764400000015,
  SqlitePartialFilterIndexes1764400000016,
  WebhookTestDeliveries1764400000017,
  SubscriptionUrlText1764400000018,
  SubscriptionPreviousSecret1764400000019,
  SqliteSubscriptionUrlText1764400000020,
  WebhookPathsNfc1764400000021,
];
