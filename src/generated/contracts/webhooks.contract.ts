/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { TriggerWebhookBody, TriggerWebhookDeleteBody, TriggerWebhookGetBody, TriggerWebhookPatchBody, TriggerWebhookPutBody } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Webhooks" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface WebhooksContract {
  /** POST /v1/webhooks/{path} — Receive a webhook (POST) */
  triggerWebhook(path: NonNullable<operations["triggerWebhook"]['parameters']['path']>, body: TriggerWebhookBody | undefined, headers: NonNullable<operations["triggerWebhook"]['parameters']['header']>): Promise<operations["triggerWebhook"]['responses'][200]['content']['application/json'] | operations["triggerWebhook"]['responses'][201]['content']['application/json']>;
  /** DELETE /v1/webhooks/{path} — Receive a webhook (DELETE) */
  triggerWebhookDelete(path: NonNullable<operations["triggerWebhookDelete"]['parameters']['path']>, body: TriggerWebhookDeleteBody | undefined, headers: NonNullable<operations["triggerWebhookDelete"]['parameters']['header']>): Promise<operations["triggerWebhookDelete"]['responses'][200]['content']['application/json'] | operations["triggerWebhookDelete"]['responses'][201]['content']['application/json']>;
  /** GET /v1/webhooks/{path} — Receive a webhook (GET) */
  triggerWebhookGet(path: NonNullable<operations["triggerWebhookGet"]['parameters']['path']>, body: TriggerWebhookGetBody | undefined, headers: NonNullable<operations["triggerWebhookGet"]['parameters']['header']>): Promise<operations["triggerWebhookGet"]['responses'][200]['content']['application/json'] | operations["triggerWebhookGet"]['responses'][201]['content']['application/json']>;
  /** PATCH /v1/webhooks/{path} — Receive a webhook (PATCH) */
  triggerWebhookPatch(path: NonNullable<operations["triggerWebhookPatch"]['parameters']['path']>, body: TriggerWebhookPatchBody | undefined, headers: NonNullable<operations["triggerWebhookPatch"]['parameters']['header']>): Promise<operations["triggerWebhookPatch"]['responses'][200]['content']['application/json'] | operations["triggerWebhookPatch"]['responses'][201]['content']['application/json']>;
  /** PUT /v1/webhooks/{path} — Receive a webhook (PUT) */
  triggerWebhookPut(path: NonNullable<operations["triggerWebhookPut"]['parameters']['path']>, body: TriggerWebhookPutBody | undefined, headers: NonNullable<operations["triggerWebhookPut"]['parameters']['header']>): Promise<operations["triggerWebhookPut"]['responses'][200]['content']['application/json'] | operations["triggerWebhookPut"]['responses'][201]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const WebhooksRoutes = {
  triggerWebhook: () => applyDecorators(
    Post("/v1/webhooks/:path"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhook"),
    ApiOperation({ operationId: "triggerWebhook", summary: "Receive a webhook (POST)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookDelete: () => applyDecorators(
    Delete("/v1/webhooks/:path"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookDelete"),
    ApiOperation({ operationId: "triggerWebhookDelete", summary: "Receive a webhook (DELETE)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookGet: () => applyDecorators(
    Get("/v1/webhooks/:path"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookGet"),
    ApiOperation({ operationId: "triggerWebhookGet", summary: "Receive a webhook (GET)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookPatch: () => applyDecorators(
    Patch("/v1/webhooks/:path"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookPatch"),
    ApiOperation({ operationId: "triggerWebhookPatch", summary: "Receive a webhook (PATCH)" }),
    ApiTags("Webhooks"),
  ),
  triggerWebhookPut: () => applyDecorators(
    Put("/v1/webhooks/:path"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "triggerWebhookPut"),
    ApiOperation({ operationId: "triggerWebhookPut", summary: "Receive a webhook (PUT)" }),
    ApiTags("Webhooks"),
  ),
} as const;
