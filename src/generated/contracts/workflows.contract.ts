/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import type { CloneWorkflowInput, CreateWorkflowFromTemplateInput, CreateWorkflowInput, UpdateWorkflowInput } from '../dtos';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Workflows" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface WorkflowsContract {
  /** POST /v1/workflows/{id}/activate — Activate a workflow */
  activateWorkflow(path: NonNullable<operations["activateWorkflow"]['parameters']['path']>): Promise<operations["activateWorkflow"]['responses'][200]['content']['application/json']>;
  /** POST /v1/workflows/{id}/clone — Clone a workflow */
  cloneWorkflow(path: NonNullable<operations["cloneWorkflow"]['parameters']['path']>, body: CloneWorkflowInput | undefined): Promise<operations["cloneWorkflow"]['responses'][201]['content']['application/json']>;
  /** POST /v1/workflows — Create a workflow */
  createWorkflow(body: CreateWorkflowInput): Promise<operations["createWorkflow"]['responses'][201]['content']['application/json']>;
  /** POST /v1/workflows/from-template — Create a workflow from a template */
  createWorkflowFromTemplate(body: CreateWorkflowFromTemplateInput): Promise<operations["createWorkflowFromTemplate"]['responses'][201]['content']['application/json']>;
  /** POST /v1/workflows/{id}/deactivate — Deactivate a workflow */
  deactivateWorkflow(path: NonNullable<operations["deactivateWorkflow"]['parameters']['path']>): Promise<operations["deactivateWorkflow"]['responses'][200]['content']['application/json']>;
  /** DELETE /v1/workflows/{id} — Delete a workflow */
  deleteWorkflow(path: NonNullable<operations["deleteWorkflow"]['parameters']['path']>): Promise<void>;
  /** GET /v1/workflows/{id} — Get a workflow */
  getWorkflow(path: NonNullable<operations["getWorkflow"]['parameters']['path']>): Promise<operations["getWorkflow"]['responses'][200]['content']['application/json']>;
  /** GET /v1/workflows — List workflows */
  listWorkflows(query: NonNullable<operations["listWorkflows"]['parameters']['query']>): Promise<operations["listWorkflows"]['responses'][200]['content']['application/json']>;
  /** POST /v1/workflows/{id}/draft — Move a workflow back to draft */
  moveWorkflowToDraft(path: NonNullable<operations["moveWorkflowToDraft"]['parameters']['path']>): Promise<operations["moveWorkflowToDraft"]['responses'][200]['content']['application/json']>;
  /** PUT /v1/workflows/{id} — Update a draft workflow */
  updateWorkflow(path: NonNullable<operations["updateWorkflow"]['parameters']['path']>, body: UpdateWorkflowInput): Promise<operations["updateWorkflow"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const WorkflowsRoutes = {
  activateWorkflow: () => applyDecorators(
    Post("/v1/workflows/:id/activate"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "activateWorkflow"),
    ApiOperation({ operationId: "activateWorkflow", summary: "Activate a workflow" }),
    ApiTags("Workflows"),
  ),
  cloneWorkflow: () => applyDecorators(
    Post("/v1/workflows/:id/clone"),
    HttpCode(201),
    SetMetadata(OPERATION_ID, "cloneWorkflow"),
    ApiOperation({ operationId: "cloneWorkflow", summary: "Clone a workflow" }),
    ApiTags("Workflows"),
  ),
  createWorkflow: () => applyDecorators(
    Post("/v1/workflows"),
    HttpCode(201),
    SetMetadata(OPERATION_ID, "createWorkflow"),
    ApiOperation({ operationId: "createWorkflow", summary: "Create a workflow" }),
    ApiTags("Workflows"),
  ),
  createWorkflowFromTemplate: () => applyDecorators(
    Post("/v1/workflows/from-template"),
    HttpCode(201),
    SetMetadata(OPERATION_ID, "createWorkflowFromTemplate"),
    ApiOperation({ operationId: "createWorkflowFromTemplate", summary: "Create a workflow from a template" }),
    ApiTags("Workflows"),
  ),
  deactivateWorkflow: () => applyDecorators(
    Post("/v1/workflows/:id/deactivate"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "deactivateWorkflow"),
    ApiOperation({ operationId: "deactivateWorkflow", summary: "Deactivate a workflow" }),
    ApiTags("Workflows"),
  ),
  deleteWorkflow: () => applyDecorators(
    Delete("/v1/workflows/:id"),
    HttpCode(204),
    SetMetadata(OPERATION_ID, "deleteWorkflow"),
    ApiOperation({ operationId: "deleteWorkflow", summary: "Delete a workflow" }),
    ApiTags("Workflows"),
  ),
  getWorkflow: () => applyDecorators(
    Get("/v1/workflows/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getWorkflow"),
    ApiOperation({ operationId: "getWorkflow", summary: "Get a workflow" }),
    ApiTags("Workflows"),
  ),
  listWorkflows: () => applyDecorators(
    Get("/v1/workflows"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "listWorkflows"),
    ApiOperation({ operationId: "listWorkflows", summary: "List workflows" }),
    ApiTags("Workflows"),
  ),
  moveWorkflowToDraft: () => applyDecorators(
    Post("/v1/workflows/:id/draft"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "moveWorkflowToDraft"),
    ApiOperation({ operationId: "moveWorkflowToDraft", summary: "Move a workflow back to draft" }),
    ApiTags("Workflows"),
  ),
  updateWorkflow: () => applyDecorators(
    Put("/v1/workflows/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "updateWorkflow"),
    ApiOperation({ operationId: "updateWorkflow", summary: "Update a draft workflow" }),
    ApiTags("Workflows"),
  ),
} as const;
