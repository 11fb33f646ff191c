/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { ArmWebhookInput, RotateWebhookSecretInput, TriggerWebhookBody, TriggerWebhookDeleteBody, TriggerWebhookGetBody, TriggerWebhookPatchBody, TriggerWebhookPutBody } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Webhooks" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface WebhooksContract {
  /** POST /v1/workflows/{id}/webhook/arm — Arm the webhook for a single call */
  armWebhook(path: NonNullable<operations["armWebhook"]['parameters']['path']>, body: ArmWebhookInput | undefined): Promise<operations["armWebhook"]['responses'][201]['content']['application/json']>;
  /** POST /v1/workflows/{id}/webhook/secret — Generate or rotate the webhook secret */
  rotateWebhookSecret(path: NonNullable<operations["rotateWebhookSecret"]['parameters']['path']>, body: RotateWebhookSecretInput | undefined): Promise<operations["rotateWebhookSecret"]['responses'][201]['content']['application/json']>;
  /** POST /v1/webhooks/{path} — Receive a webhook (POST) */
  triggerWebhook(path: NonNullable<operations["triggerWebhook"]['parameters']['path']>, query: NonNullable<operations["triggerWebhook"]['parameters']['query']>, body: TriggerWebhookBody | undefined, headers: NonNullable<operations["triggerWebhook"]['parameters']['header']>): Promise<operations["triggerWebhook"]['responses'][200]['content']['application/json'] | operations["triggerWebhook"]['responses'][201]['content']['application/json'] | operations["triggerWebhook"]['responses'][202]['content']['application/json']>;
  /** DELETE /v1/webhooks/{path} — Receive a webhook (DELETE) */
  triggerWebhookDelete(path: NonNullable<operations["triggerWebhookDelete"]['parameters']['path']>, query: NonNullable<operations["triggerWebhookDelete"]['parameters']['query']>, body: TriggerWebhookDeleteBody | undefined, headers: NonNullable<operations["triggerWebhookDelete"]['parameters']['header']>): Promise<operations["triggerWebhookDelete"]['responses'][200]['content']['application/json'] | operations["triggerWebhookDelete"]['responses'][201]['content']['application/json'] | operations["triggerWebhookDelete"]['responses'][202]['content']['application/json']>;
  /** GET /v1/webhooks/{path} — Receive a webhook (GET) */
  triggerWebhookGet(path: NonNullable<operations["triggerWebhookGet"]['parameters']['path']>, query: NonNullable<operations["triggerWebhookGet"]['parameters']['query']>, body: TriggerWebhookGetBody | undefined, headers: NonNullable<operations["triggerWebhookGet"]['parameters']['header']>): Promise<operations["triggerWebhookGet"]['responses'][200]['content']['application/json'] | operations["triggerWebhookGet"]['responses'][201]['content']['application/json'] | operations["triggerWebhookGet"]['responses'][202]['content']['application/json']>;
  /** PATCH /v1/webhooks/{path} — Receive a webhook (PATCH) */
  triggerWebhookPatch(path: NonNullable<operations["triggerWebhookPatch"]['parameters']['path']>, query: NonNullable<operations["triggerWebhookPatch"]['parameters']['query']>, body: TriggerWebhookPatchBody | undefined, headers: NonNullable<operations["triggerWebhookPatch"]['parameters']['header']>): Promise<operations["triggerWebhookPatch"]['responses'][200]['content']['application/json'] | operations["triggerWebhookPatch"]['responses'][201]['content']['application/json'] | operations["triggerWebhookPatch"]['responses'][202]['content']['application/json']>;
  /** PUT /v1/webhooks/{path} — Receive a webhook (PUT) */
  triggerWebhookPut(path: NonNullable<operations["triggerWebhookPut"]['parameters']['path']>, query: NonNullable<operations["triggerWebhookPut"]['parameters']['query']>, body: TriggerWebhookPutBody | undefined, headers: NonNullable<operations["triggerWebhookPut"]['parameters']['header']>): Promise<operations["triggerWebhookPut"]['responses'][200]['content']['application/json'] | operations["triggerWebhookPut"]['responses'][201]['content']['application/json'] | operations["triggerWebhookPut"]['responses'][202]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const WebhooksRoutes = {
  armWebhook: () => applyDecorators(
    Post("/v1/workflows/:id/webhook/arm"),
    HttpCode(201),
    SetMetadata(OPERATION_ID, "armWebhook"),
    ApiOperation({ operationId: "armWebhook", summary: "Arm the webhook for a single call" }),
    ApiTags("Webhooks"),
  ),
  rotateWebhookSecret: () => applyDecorators(
    Post("/v1/workflows/:id/webhook/secret"),
    HttpCode(201),
    SetMetadata(OPERATION_ID, "rotateWebhookSecret"),
    ApiOperation({ operationId: "rotateWebhookSecret", summary: "Generate or rotate the webhook secret" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhook: () => applyDecorators(
    Post("/v1/webhooks/*"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhook"),
    ApiOperation({ operationId: "triggerWebhook", summary: "Receive a webhook (POST)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookDelete: () => applyDecorators(
    Delete("/v1/webhooks/*"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookDelete"),
    ApiOperation({ operationId: "triggerWebhookDelete", summary: "Receive a webhook (DELETE)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookGet: () => applyDecorators(
    Get("/v1/webhooks/*"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookGet"),
    ApiOperation({ operationId: "triggerWebhookGet", summary: "Receive a webhook (GET)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookPatch: () => applyDecorators(
    Patch("/v1/webhooks/*"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookPatch"),
    ApiOperation({ operationId: "triggerWebhookPatch", summary: "Receive a webhook (PATCH)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookPut: () => applyDecorators(
    Put("/v1/webhooks/*"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookPut"),
    ApiOperation({ operationId: "triggerWebhookPut", summary: "Receive a webhook (PUT)" }),
    ApiTags("Webhooks"),
  ),
} as const;
