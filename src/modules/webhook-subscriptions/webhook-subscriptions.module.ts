import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveryProcessor } from './delivery-processor';
import { DeliveryHttp, DeliverySender } from './delivery-sender';
import { DeliveryScheduler, InProcessDeliveryWorker } from './delivery-worker';
import { ListenedEventTypes } from './listened-event-types';
import { OutboxCommitSubscriber } from './outbox-commit.subscriber';
import { ResealSubscriptionSecrets } from './reseal-subscription-secrets';
import { SubscriptionsRepository } from './subscriptions.repository';
import { WebhookDeliveryToolsService } from './webhook-delivery-tools.service';
import {
  WebhookDeliveryAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEventEntity,
  WebhookSubscriptionEntity,
} from './webhook-subscription.entities';
import { WebhookSubscriptionsController } from './webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';
import { WorkflowEventOutbox } from './workflow-event-outbox';

/**
 * Outgoing webhooks. Global so the execution engine can inject WorkflowEventOutbox without importing this module
 * (and without an import cycle). Database and SecretBox come from global modules.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([WebhookSubscriptionEntity, WebhookEventEntity, WebhookDeliveryEntity, WebhookDeliveryAttemptEntity]),
  ],
  controllers: [WebhookSubscriptionsController],
  providers: [
    SubscriptionsRepository,
    DeliveriesRepository,
    WebhookSubscriptionsService,
    WebhookDeliveryToolsService,
    ResealSubscriptionSecrets,
    DeliveryHttp,
    DeliverySender,
    DeliveryProcessor,
    InProcessDeliveryWorker,
    { provide: DeliveryScheduler, useExisting: InProcessDeliveryWorker },
    OutboxCommitSubscriber,
    ListenedEventTypes,
    WorkflowEventOutbox,
  ],
  exports: [WorkflowEventOutbox],
})
export class WebhookSubscriptionsModule {}
