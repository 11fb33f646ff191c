/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Delete, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Webhook Subscriptions" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface WebhookSubscriptionsContract {
  /** POST /v1/webhook-subscriptions — Create a webhook subscription */
  createWebhookSubscription(body: CreateWebhookSubscriptionInput, headers: NonNullable<operations["createWebhookSubscription"]['parameters']['header']>): Promise<operations["createWebhookSubscription"]['responses'][201]['content']['application/json']>;
  /** DELETE /v1/webhook-subscriptions/{id} — Delete a webhook subscription */
  deleteWebhookSubscription(path: NonNullable<operations["deleteWebhookSubscription"]['parameters']['path']>, headers: NonNullable<operations["deleteWebhookSubscription"]['parameters']['header']>): Promise<void>;
  /** GET /v1/webhook-subscriptions/{id} — Get a webhook subscription */
  getWebhookSubscription(path: NonNullable<operations["getWebhookSubscription"]['parameters']['path']>, headers: NonNullable<operations["getWebhookSubscription"]['parameters']['header']>): Promise<operations["getWebhookSubscription"]['responses'][200]['content']['application/json']>;
  /** GET /v1/webhook-subscriptions/logs/all — List delivery logs of every subscription */
  listAllWebhookLogs(query: NonNullable<operations["listAllWebhookLogs"]['parameters']['query']>, headers: NonNullable<operations["listAllWebhookLogs"]['parameters']['header']>): Promise<operations["listAllWebhookLogs"]['responses'][200]['content']['application/json']>;
  /** GET /v1/webhook-subscriptions/{id}/deliveries — List the deliveries of a subscription */
  listWebhookDeliveries(path: NonNullable<operations["listWebhookDeliveries"]['parameters']['path']>, query: NonNullable<operations["listWebhookDeliveries"]['parameters']['query']>, headers: NonNullable<operations["listWebhookDeliveries"]['parameters']['header']>): Promise<operations["listWebhookDeliveries"]['responses'][200]['content']['application/json']>;
  /** GET /v1/webhook-subscriptions/{id}/logs — List delivery logs of a subscription */
  listWebhookSubscriptionLogs(path: NonNullable<operations["listWebhookSubscriptionLogs"]['parameters']['path']>, query: NonNullable<operations["listWebhookSubscriptionLogs"]['parameters']['query']>, headers: NonNullable<operations["listWebhookSubscriptionLogs"]['parameters']['header']>): Promise<operations["listWebhookSubscriptionLogs"]['responses'][200]['content']['application/json']>;
  /** GET /v1/webhook-subscriptions — List webhook subscriptions */
  listWebhookSubscriptions(query: NonNullable<operations["listWebhookSubscriptions"]['parameters']['query']>, headers: NonNullable<operations["listWebhookSubscriptions"]['parameters']['header']>): Promise<operations["listWebhookSubscriptions"]['responses'][200]['content']['application/json']>;
  /** POST /v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/resend — Resend a delivery */
  resendWebhookDelivery(path: NonNullable<operations["resendWebhookDelivery"]['parameters']['path']>, headers: NonNullable<operations["resendWebhookDelivery"]['parameters']['header']>): Promise<operations["resendWebhookDelivery"]['responses'][202]['content']['application/json']>;
  /** POST /v1/webhook-subscriptions/{id}/test — Send a test event */
  testWebhookSubscription(path: NonNullable<operations["testWebhookSubscription"]['parameters']['path']>, headers: NonNullable<operations["testWebhookSubscription"]['parameters']['header']>): Promise<operations["testWebhookSubscription"]['responses'][200]['content']['application/json']>;
  /** PATCH /v1/webhook-subscriptions/{id} — Update a webhook subscription */
  updateWebhookSubscription(path: NonNullable<operations["updateWebhookSubscription"]['parameters']['path']>, body: UpdateWebhookSubscriptionInput, headers: NonNullable<operations["updateWebhookSubscription"]['parameters']['header']>): Promise<operations["updateWebhookSubscription"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const WebhookSubscriptionsRoutes = {
  createWebhookSubscription: () => applyDecorators(
    Post("/v1/webhook-subscriptions"),
    HttpCode(201),
    SetMetadata(OPERATION_ID, "createWebhookSubscription"),
    ApiOperation({ operationId: "createWebhookSubscription", summary: "Create a webhook subscription" }),
    ApiTags("Webhook Subscriptions"),
  ),
  deleteWebhookSubscription: () => applyDecorators(
    Delete("/v1/webhook-subscriptions/:id"),
    HttpCode(204),
    SetMetadata(OPERATION_ID, "deleteWebhookSubscription"),
    ApiOperation({ operationId: "deleteWebhookSubscription", summary: "Delete a webhook subscription" }),
    ApiTags("Webhook Subscriptions"),
  ),
  getWebhookSubscription: () => applyDecorators(
    Get("/v1/webhook-subscriptions/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getWebhookSubscription"),
    ApiOperation({ operationId: "getWebhookSubscription", summary: "Get a webhook subscription" }),
    ApiTags("Webhook Subscriptions"),
  ),
  listAllWebhookLogs: () => applyDecorators(
    Get("/v1/webhook-subscriptions/logs/all"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listAllWebhookLogs"),
    ApiOperation({ operationId: "listAllWebhookLogs", summary: "List delivery logs of every subscription" }),
    ApiTags("Webhook Subscriptions"),
  ),
  listWebhookDeliveries: () => applyDecorators(
    Get("/v1/webhook-subscriptions/:id/deliveries"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listWebhookDeliveries"),
    ApiOperation({ operationId: "listWebhookDeliveries", summary: "List the deliveries of a subscription" }),
    ApiTags("Webhook Subscriptions"),
  ),
  listWebhookSubscriptionLogs: () => applyDecorators(
    Get("/v1/webhook-subscriptions/:id/logs"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listWebhookSubscriptionLogs"),
    ApiOperation({ operationId: "listWebhookSubscriptionLogs", summary: "List delivery logs of a subscription" }),
    ApiTags("Webhook Subscriptions"),
  ),
  listWebhookSubscriptions: () => applyDecorators(
    Get("/v1/webhook-subscriptions"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listWebhookSubscriptions"),
    ApiOperation({ operationId: "listWebhookSubscriptions", summary: "List webhook subscriptions" }),
    ApiTags("Webhook Subscriptions"),
  ),
  resendWebhookDelivery: () => applyDecorators(
    Post("/v1/webhook-subscriptions/:id/deliveries/:deliveryId/resend"),
    HttpCode(202),
    SetMetadata(OPERATION_ID, "resendWebhookDelivery"),
    ApiOperation({ operationId: "resendWebhookDelivery", summary: "Resend a delivery" }),
    ApiTags("Webhook Subscriptions"),
  ),
  testWebhookSubscription: () => applyDecorators(
    Post("/v1/webhook-subscriptions/:id/test"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "testWebhookSubscription"),
    ApiOperation({ operationId: "testWebhookSubscription", summary: "Send a test event" }),
    ApiTags("Webhook Subscriptions"),
  ),
  updateWebhookSubscription: () => applyDecorators(
    Patch("/v1/webhook-subscriptions/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "updateWebhookSubscription"),
    ApiOperation({ operationId: "updateWebhookSubscription", summary: "Update a webhook subscription" }),
    ApiTags("Webhook Subscriptions"),
  ),
} as const;
