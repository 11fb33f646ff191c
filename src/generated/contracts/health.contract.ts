/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Health" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface HealthContract {
  /** GET /health — Service health */
  getHealth(): Promise<operations["getHealth"]['responses'][200]['content']['application/json']>;
  /** GET /health/live — Liveness probe */
  getHealthLive(): Promise<operations["getHealthLive"]['responses'][200]['content']['application/json']>;
  /** GET /health/ready — Readiness probe (health format) */
  getHealthReady(): Promise<operations["getHealthReady"]['responses'][200]['content']['application/json']>;
  /** GET /metrics — Prometheus metrics */
  getMetrics(): Promise<string>;
  /** GET /readyz — Readiness probe (dependency detail) */
  getReadyz(): Promise<operations["getReadyz"]['responses'][200]['content']['application/json']>;
  /** GET /version — Service version */
  getVersion(): Promise<operations["getVersion"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const HealthRoutes = {
  getHealth: () => applyDecorators(
    Get("/health"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getHealth"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getHealth", summary: "Service health" }),
    ApiTags("Health"),
  ),
  getHealthLive: () => applyDecorators(
    Get("/health/live"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getHealthLive"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getHealthLive", summary: "Liveness probe" }),
    ApiTags("Health"),
  ),
  getHealthReady: () => applyDecorators(
    Get("/health/ready"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getHealthReady"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getHealthReady", summary: "Readiness probe (health format)" }),
    ApiTags("Health"),
  ),
  getMetrics: () => applyDecorators(
    Get("/metrics"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getMetrics"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getMetrics", summary: "Prometheus metrics" }),
    ApiTags("Health"),
  ),
  getReadyz: () => applyDecorators(
    Get("/readyz"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getReadyz"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getReadyz", summary: "Readiness probe (dependency detail)" }),
    ApiTags("Health"),
  ),
  getVersion: () => applyDecorators(
    Get("/version"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getVersion"),
    SetMetadata(IS_PUBLIC, true),
    ApiOperation({ operationId: "getVersion", summary: "Service version" }),
    ApiTags("Health"),
  ),
} as const;
