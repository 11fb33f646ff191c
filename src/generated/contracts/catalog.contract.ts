/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { CatalogTemplateValidationRequest, CatalogValidationRequest } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Catalog" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface CatalogContract {
  /** GET /v1/catalog/executors/{id} — Get a catalog executor */
  getCatalogExecutor(path: NonNullable<operations["getCatalogExecutor"]['parameters']['path']>): Promise<operations["getCatalogExecutor"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/providers/{id} — Get a catalog provider */
  getCatalogProvider(path: NonNullable<operations["getCatalogProvider"]['parameters']['path']>): Promise<operations["getCatalogProvider"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/templates/{id} — Get a catalog template */
  getCatalogTemplate(path: NonNullable<operations["getCatalogTemplate"]['parameters']['path']>): Promise<operations["getCatalogTemplate"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/triggers/{id} — Get a catalog trigger */
  getCatalogTrigger(path: NonNullable<operations["getCatalogTrigger"]['parameters']['path']>): Promise<operations["getCatalogTrigger"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/executors — List catalog executors */
  listCatalogExecutors(): Promise<operations["listCatalogExecutors"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/providers/{id}/executors — List executors of a provider */
  listCatalogProviderExecutors(path: NonNullable<operations["listCatalogProviderExecutors"]['parameters']['path']>): Promise<operations["listCatalogProviderExecutors"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/providers — List catalog providers */
  listCatalogProviders(): Promise<operations["listCatalogProviders"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/templates — List catalog templates */
  listCatalogTemplates(): Promise<operations["listCatalogTemplates"]['responses'][200]['content']['application/json']>;
  /** GET /v1/catalog/triggers — List catalog triggers */
  listCatalogTriggers(): Promise<operations["listCatalogTriggers"]['responses'][200]['content']['application/json']>;
  /** POST /v1/catalog/executors/{id}/validate — Validate an executor configuration */
  validateCatalogExecutorConfig(path: NonNullable<operations["validateCatalogExecutorConfig"]['parameters']['path']>, body: CatalogValidationRequest): Promise<operations["validateCatalogExecutorConfig"]['responses'][200]['content']['application/json']>;
  /** POST /v1/catalog/templates/{id}/validate — Validate template parameters */
  validateCatalogTemplateParams(path: NonNullable<operations["validateCatalogTemplateParams"]['parameters']['path']>, body: CatalogTemplateValidationRequest): Promise<operations["validateCatalogTemplateParams"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const CatalogRoutes = {
  getCatalogExecutor: () => applyDecorators(
    Get("/v1/catalog/executors/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getCatalogExecutor"),
    ApiOperation({ operationId: "getCatalogExecutor", summary: "Get a catalog executor" }),
    ApiTags("Catalog"),
  ),
  getCatalogProvider: () => applyDecorators(
    Get("/v1/catalog/providers/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getCatalogProvider"),
    ApiOperation({ operationId: "getCatalogProvider", summary: "Get a catalog provider" }),
    ApiTags("Catalog"),
  ),
  getCatalogTemplate: () => applyDecorators(
    Get("/v1/catalog/templates/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getCatalogTemplate"),
    ApiOperation({ operationId: "getCatalogTemplate", summary: "Get a catalog template" }),
    ApiTags("Catalog"),
  ),
  getCatalogTrigger: () => applyDecorators(
    Get("/v1/catalog/triggers/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getCatalogTrigger"),
    ApiOperation({ operationId: "getCatalogTrigger", summary: "Get a catalog trigger" }),
    ApiTags("Catalog"),
  ),
  listCatalogExecutors: () => applyDecorators(
    Get("/v1/catalog/executors"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listCatalogExecutors"),
    ApiOperation({ operationId: "listCatalogExecutors", summary: "List catalog executors" }),
    ApiTags("Catalog"),
  ),
  listCatalogProviderExecutors: () => applyDecorators(
    Get("/v1/catalog/providers/:id/executors"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listCatalogProviderExecutors"),
    ApiOperation({ operationId: "listCatalogProviderExecutors", summary: "List executors of a provider" }),
    ApiTags("Catalog"),
  ),
  listCatalogProviders: () => applyDecorators(
    Get("/v1/catalog/providers"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listCatalogProviders"),
    ApiOperation({ operationId: "listCatalogProviders", summary: "List catalog providers" }),
    ApiTags("Catalog"),
  ),
  listCatalogTemplates: () => applyDecorators(
    Get("/v1/catalog/templates"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listCatalogTemplates"),
    ApiOperation({ operationId: "listCatalogTemplates", summary: "List catalog templates" }),
    ApiTags("Catalog"),
  ),
  listCatalogTriggers: () => applyDecorators(
    Get("/v1/catalog/triggers"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listCatalogTriggers"),
    ApiOperation({ operationId: "listCatalogTriggers", summary: "List catalog triggers" }),
    ApiTags("Catalog"),
  ),
  validateCatalogExecutorConfig: () => applyDecorators(
    Post("/v1/catalog/executors/:id/validate"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "validateCatalogExecutorConfig"),
    ApiOperation({ operationId: "validateCatalogExecutorConfig", summary: "Validate an executor configuration" }),
    ApiTags("Catalog"),
  ),
  validateCatalogTemplateParams: () => applyDecorators(
    Post("/v1/catalog/templates/:id/validate"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "validateCatalogTemplateParams"),
    ApiOperation({ operationId: "validateCatalogTemplateParams", summary: "Validate template parameters" }),
    ApiTags("Catalog"),
  ),
} as const;
