/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { ExecuteWorkflowInput } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Executions" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface ExecutionsContract {
  /** POST /v1/workflows/{workflowId}/executions — Start an execution */
  executeWorkflow(path: NonNullable<operations["executeWorkflow"]['parameters']['path']>, body: ExecuteWorkflowInput, headers: NonNullable<operations["executeWorkflow"]['parameters']['header']>): Promise<operations["executeWorkflow"]['responses'][200]['content']['application/json'] | operations["executeWorkflow"]['responses'][201]['content']['application/json']>;
  /** GET /v1/executions/{id}/results — Get execution results */
  getExecutionResults(path: NonNullable<operations["getExecutionResults"]['parameters']['path']>): Promise<operations["getExecutionResults"]['responses'][200]['content']['application/json']>;
  /** GET /v1/executions/{id} — Get execution status */
  getExecutionStatus(path: NonNullable<operations["getExecutionStatus"]['parameters']['path']>): Promise<operations["getExecutionStatus"]['responses'][200]['content']['application/json']>;
  /** GET /v1/executions — List executions */
  listExecutions(query: NonNullable<operations["listExecutions"]['parameters']['query']>): Promise<operations["listExecutions"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const ExecutionsRoutes = {
  executeWorkflow: () => applyDecorators(
    Post("/v1/workflows/:workflowId/executions"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "executeWorkflow"),
    ApiOperation({ operationId: "executeWorkflow", summary: "Start an execution" }),
    ApiTags("Executions"),
  ),
  getExecutionResults: () => applyDecorators(
    Get("/v1/executions/:id/results"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getExecutionResults"),
    ApiOperation({ operationId: "getExecutionResults", summary: "Get execution results" }),
    ApiTags("Executions"),
  ),
  getExecutionStatus: () => applyDecorators(
    Get("/v1/executions/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getExecutionStatus"),
    ApiOperation({ operationId: "getExecutionStatus", summary: "Get execution status" }),
    ApiTags("Executions"),
  ),
  listExecutions: () => applyDecorators(
    Get("/v1/executions"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listExecutions"),
    ApiOperation({ operationId: "listExecutions", summary: "List executions" }),
    ApiTags("Executions"),
  ),
} as const;
