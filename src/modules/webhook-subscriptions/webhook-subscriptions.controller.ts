import { Body, Controller, Param, Query } from '@nestjs/common';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
// DTO classes are imported as values: their runtime type is what the validation pipe validates against.
import {
  CreateWebhookSubscriptionInput,
  UpdateWebhookSubscriptionInput,
  WebhookSubscriptionsRoutes,
  type operations,
  type WebhookSubscriptionsContract,
} from '../../generated';
import type { AuditActor } from '../audit/audit-writer';
import { OrganizationHeader, orgOf, type OrganizationHeaders } from './organization.decorator';
import { WebhookDeliveryToolsService } from './webhook-delivery-tools.service';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

type PageQuery = NonNullable<operations['listWebhookSubscriptions']['parameters']['query']>;
type LogsQuery = NonNullable<operations['listAllWebhookLogs']['parameters']['query']>;
type DeliveriesQuery = NonNullable<operations['listWebhookDeliveries']['parameters']['query']>;

/**
 * Thin HTTP layer; the `X-Organization-Id` header arrives validated (or defaulted) through @OrganizationHeader(). The
 * actor parameter is optional only because the generated contract has no slot for it.
 */
@Controller()
export class WebhookSubscriptionsController implements WebhookSubscriptionsContract {
  constructor(
    private readonly subscriptions: WebhookSubscriptionsService,
    private readonly tools: WebhookDeliveryToolsService,
  ) {}

  @WebhookSubscriptionsRoutes.createWebhookSubscription()
  createWebhookSubscription(
    @Body() body: CreateWebhookSubscriptionInput,
    @OrganizationHeader() headers: OrganizationHeaders,
    @CurrentActor() actor?: AuditActor,
  ) {
    return this.subscriptions.create(orgOf(headers), body, actor!);
  }

  @WebhookSubscriptionsRoutes.listWebhookSubscriptions()
  listWebhookSubscriptions(@Query() query: PageQuery, @OrganizationHeader() headers: OrganizationHeaders) {
    // The params guard has validated the query and applied the spec's defaults.
    return this.subscriptions.list(orgOf(headers), query.limit!, query.offset!);
  }

  @WebhookSubscriptionsRoutes.listAllWebhookLogs()
  listAllWebhookLogs(@Query() query: LogsQuery, @OrganizationHeader() headers: OrganizationHeaders) {
    return this.tools.logs(orgOf(headers), undefined, { eventType: query.eventType, limit: query.limit!, offset: query.offset! });
  }

  @WebhookSubscriptionsRoutes.getWebhookSubscription()
  getWebhookSubscription(@Param() path: { id: string }, @OrganizationHeader() headers: OrganizationHeaders) {
    return this.subscriptions.get(orgOf(headers), path.id);
  }

  @WebhookSubscriptionsRoutes.updateWebhookSubscription()
  updateWebhookSubscription(
    @Param() path: { id: string },
    @Body() body: UpdateWebhookSubscriptionInput,
    @OrganizationHeader() headers: OrganizationHeaders,
    @CurrentActor() actor?: AuditActor,
  ) {
    return this.subscriptions.update(orgOf(headers), path.id, body, actor!);
  }

  @WebhookSubscriptionsRoutes.deleteWebhookSubscription()
  async deleteWebhookSubscription(
    @Param() path: { id: string },
    @OrganizationHeader() headers: OrganizationHeaders,
    @CurrentActor() actor?: AuditActor,
  ) {
    await this.subscriptions.delete(orgOf(headers), path.id, actor!);
  }

  @WebhookSubscriptionsRoutes.listWebhookSubscriptionLogs()
  listWebhookSubscriptionLogs(@Param() path: { id: string }, @Query() query: LogsQuery, @OrganizationHeader() headers: OrganizationHeaders) {
    return this.tools.logs(orgOf(headers), path.id, { eventType: query.eventType, limit: query.limit!, offset: query.offset! });
  }

  @WebhookSubscriptionsRoutes.listWebhookDeliveries()
  listWebhookDeliveries(@Param() path: { id: string }, @Query() query: DeliveriesQuery, @OrganizationHeader() headers: OrganizationHeaders) {
    return this.tools.listDeliveries(orgOf(headers), path.id, { status: query.status, limit: query.limit!, offset: query.offset! });
  }

  @WebhookSubscriptionsRoutes.testWebhookSubscription()
  testWebhookSubscription(@Param() path: { id: string }, @OrganizationHeader() headers: OrganizationHeaders) {
    return this.tools.test(orgOf(headers), path.id);
  }

  @WebhookSubscriptionsRoutes.resendWebhookDelivery()
  resendWebhookDelivery(@Param() path: { id: string; deliveryId: string }, @OrganizationHeader() headers: OrganizationHeaders) {
    return this.tools.resend(orgOf(headers), path.id, path.deliveryId);
  }
}
