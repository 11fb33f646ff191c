/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Dashboard" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface DashboardContract {
  /** GET /v1/dashboards/executions — Execution counts */
  getExecutionSummary(query: NonNullable<operations["getExecutionSummary"]['parameters']['query']>): Promise<operations["getExecutionSummary"]['responses'][200]['content']['application/json']>;
  /** GET /v1/dashboards/workflows/summary — Workflow counts */
  getWorkflowSummary(): Promise<operations["getWorkflowSummary"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const DashboardRoutes = {
  getExecutionSummary: () => applyDecorators(
    Get("/v1/dashboards/executions"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getExecutionSummary"),
    ApiOperation({ operationId: "getExecutionSummary", summary: "Execution counts" }),
    ApiTags("Dashboard"),
  ),
  getWorkflowSummary: () => applyDecorators(
    Get("/v1/dashboards/workflows/summary"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getWorkflowSummary"),
    ApiOperation({ operationId: "getWorkflowSummary", summary: "Workflow counts" }),
    ApiTags("Dashboard"),
  ),
} as const;
