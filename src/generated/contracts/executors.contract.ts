/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Delete, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { UpdateExecutorConfigurationInput } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Executors" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface ExecutorsContract {
  /** DELETE /v1/executors/{id} — Delete an executor configuration */
  deleteExecutorConfiguration(path: NonNullable<operations["deleteExecutorConfiguration"]['parameters']['path']>): Promise<void>;
  /** GET /v1/executors/{id} — Get an executor configuration */
  getExecutorConfiguration(path: NonNullable<operations["getExecutorConfiguration"]['parameters']['path']>): Promise<operations["getExecutorConfiguration"]['responses'][200]['content']['application/json']>;
  /** GET /v1/executors — List executor configurations */
  listExecutorConfigurations(query: NonNullable<operations["listExecutorConfigurations"]['parameters']['query']>): Promise<operations["listExecutorConfigurations"]['responses'][200]['content']['application/json']>;
  /** PATCH /v1/executors/{id} — Update an executor configuration */
  updateExecutorConfiguration(path: NonNullable<operations["updateExecutorConfiguration"]['parameters']['path']>, body: UpdateExecutorConfigurationInput): Promise<operations["updateExecutorConfiguration"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const ExecutorsRoutes = {
  deleteExecutorConfiguration: () => applyDecorators(
    Delete("/v1/executors/:id"),
    HttpCode(204),
    SetMetadata(OPERATION_ID, "deleteExecutorConfiguration"),
    ApiOperation({ operationId: "deleteExecutorConfiguration", summary: "Delete an executor configuration" }),
    ApiTags("Executors"),
  ),
  getExecutorConfiguration: () => applyDecorators(
    Get("/v1/executors/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getExecutorConfiguration"),
    ApiOperation({ operationId: "getExecutorConfiguration", summary: "Get an executor configuration" }),
    ApiTags("Executors"),
  ),
  listExecutorConfigurations: () => applyDecorators(
    Get("/v1/executors"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listExecutorConfigurations"),
    ApiOperation({ operationId: "listExecutorConfigurations", summary: "List executor configurations" }),
    ApiTags("Executors"),
  ),
  updateExecutorConfiguration: () => applyDecorators(
    Patch("/v1/executors/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "updateExecutorConfiguration"),
    ApiOperation({ operationId: "updateExecutorConfiguration", summary: "Update an executor configuration" }),
    ApiTags("Executors"),
  ),
} as const;
