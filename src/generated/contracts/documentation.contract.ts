/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Documentation" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface DocumentationContract {
  /** GET /swagger/openapi.json — OpenAPI document (JSON) */
  getOpenApiJson(): Promise<operations["getOpenApiJson"]['responses'][200]['content']['application/json']>;
  /** GET /swagger/openapi.yaml — OpenAPI document (YAML) */
  getOpenApiYaml(): Promise<string>;
  /** GET /swagger — Interactive API documentation */
  getSwaggerUi(): Promise<string>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const DocumentationRoutes = {
  getOpenApiJson: () => applyDecorators(
    Get("/swagger/openapi.json"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getOpenApiJson"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getOpenApiJson", summary: "OpenAPI document (JSON)" }),
    ApiTags("Documentation"),
  ),
  getOpenApiYaml: () => applyDecorators(
    Get("/swagger/openapi.yaml"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getOpenApiYaml"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getOpenApiYaml", summary: "OpenAPI document (YAML)" }),
    ApiTags("Documentation"),
  ),
  getSwaggerUi: () => applyDecorators(
    Get("/swagger"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getSwaggerUi"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getSwaggerUi", summary: "Interactive API documentation" }),
    ApiTags("Documentation"),
  ),
} as const;
