/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Delete, Get, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { CreateProviderConfigurationInput, UpdateProviderConfigurationInput } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Provider Configurations" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface ProviderConfigurationsContract {
  /** POST /v1/provider-configurations — Create a provider configuration */
  createProviderConfiguration(body: CreateProviderConfigurationInput): Promise<operations["createProviderConfiguration"]['responses'][201]['content']['application/json']>;
  /** DELETE /v1/provider-configurations/{id} — Delete a provider configuration */
  deleteProviderConfiguration(path: NonNullable<operations["deleteProviderConfiguration"]['parameters']['path']>): Promise<void>;
  /** POST /v1/provider-configurations/{id}/disable — Disable a provider configuration */
  disableProviderConfiguration(path: NonNullable<operations["disableProviderConfiguration"]['parameters']['path']>): Promise<operations["disableProviderConfiguration"]['responses'][200]['content']['application/json']>;
  /** POST /v1/provider-configurations/{id}/enable — Enable a provider configuration */
  enableProviderConfiguration(path: NonNullable<operations["enableProviderConfiguration"]['parameters']['path']>): Promise<operations["enableProviderConfiguration"]['responses'][200]['content']['application/json']>;
  /** GET /v1/provider-configurations/{id} — Get a provider configuration */
  getProviderConfiguration(path: NonNullable<operations["getProviderConfiguration"]['parameters']['path']>): Promise<operations["getProviderConfiguration"]['responses'][200]['content']['application/json']>;
  /** GET /v1/provider-configurations — List provider configurations */
  listProviderConfigurations(query: NonNullable<operations["listProviderConfigurations"]['parameters']['query']>): Promise<operations["listProviderConfigurations"]['responses'][200]['content']['application/json']>;
  /** POST /v1/provider-configurations/{id}/test — Test provider connectivity */
  testProviderConfiguration(path: NonNullable<operations["testProviderConfiguration"]['parameters']['path']>): Promise<operations["testProviderConfiguration"]['responses'][200]['content']['application/json']>;
  /** PATCH /v1/provider-configurations/{id} — Update a provider configuration */
  updateProviderConfiguration(path: NonNullable<operations["updateProviderConfiguration"]['parameters']['path']>, body: UpdateProviderConfigurationInput): Promise<operations["updateProviderConfiguration"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const ProviderConfigurationsRoutes = {
  createProviderConfiguration: () => applyDecorators(
    Post("/v1/provider-configurations"),
    HttpCode(201),
    SetMetadata(OPERATION_ID, "createProviderConfiguration"),
    ApiOperation({ operationId: "createProviderConfiguration", summary: "Create a provider configuration" }),
    ApiTags("Provider Configurations"),
  ),
  deleteProviderConfiguration: () => applyDecorators(
    Delete("/v1/provider-configurations/:id"),
    HttpCode(204),
    SetMetadata(OPERATION_ID, "deleteProviderConfiguration"),
    ApiOperation({ operationId: "deleteProviderConfiguration", summary: "Delete a provider configuration" }),
    ApiTags("Provider Configurations"),
  ),
  disableProviderConfiguration: () => applyDecorators(
    Post("/v1/provider-configurations/:id/disable"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "disableProviderConfiguration"),
    ApiOperation({ operationId: "disableProviderConfiguration", summary: "Disable a provider configuration" }),
    ApiTags("Provider Configurations"),
  ),
  enableProviderConfiguration: () => applyDecorators(
    Post("/v1/provider-configurations/:id/enable"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "enableProviderConfiguration"),
    ApiOperation({ operationId: "enableProviderConfiguration", summary: "Enable a provider configuration" }),
    ApiTags("Provider Configurations"),
  ),
  getProviderConfiguration: () => applyDecorators(
    Get("/v1/provider-configurations/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getProviderConfiguration"),
    ApiOperation({ operationId: "getProviderConfiguration", summary: "Get a provider configuration" }),
    ApiTags("Provider Configurations"),
  ),
  listProviderConfigurations: () => applyDecorators(
    Get("/v1/provider-configurations"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listProviderConfigurations"),
    ApiOperation({ operationId: "listProviderConfigurations", summary: "List provider configurations" }),
    ApiTags("Provider Configurations"),
  ),
  testProviderConfiguration: () => applyDecorators(
    Post("/v1/provider-configurations/:id/test"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "testProviderConfiguration"),
    ApiOperation({ operationId: "testProviderConfiguration", summary: "Test provider connectivity" }),
    ApiTags("Provider Configurations"),
  ),
  updateProviderConfiguration: () => applyDecorators(
    Patch("/v1/provider-configurations/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "updateProviderConfiguration"),
    ApiOperation({ operationId: "updateProviderConfiguration", summary: "Update a provider configuration" }),
    ApiTags("Provider Configurations"),
  ),
} as const;
