/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { applyDecorators, HttpCode, SetMetadata, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { operations } from '../openapi-types';
import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';

/** Operations of the "Audit" tag. The controller implements this, so a signature that drifts from the spec does not compile. */

export interface AuditContract {
  /** GET /v1/audit-events/{id} — Get an audit event */
  getAuditEvent(path: NonNullable<operations["getAuditEvent"]['parameters']['path']>): Promise<operations["getAuditEvent"]['responses'][200]['content']['application/json']>;
  /** GET /v1/audit-events — Search audit events */
  searchAuditEvents(query: NonNullable<operations["searchAuditEvents"]['parameters']['query']>): Promise<operations["searchAuditEvents"]['responses'][200]['content']['application/json']>;
  /** GET /v1/audit-events/{id}/verify — Verify the audit hash chain */
  verifyAuditHashChain(path: NonNullable<operations["verifyAuditHashChain"]['parameters']['path']>): Promise<operations["verifyAuditHashChain"]['responses'][200]['content']['application/json']>;
}

/** Route decorators: method, path and success status come from the spec, never from hand-written code. */

export const AuditRoutes = {
  getAuditEvent: () => applyDecorators(
    Get("/v1/audit-events/:id"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "getAuditEvent"),
    ApiOperation({ operationId: "getAuditEvent", summary: "Get an audit event" }),
    ApiTags("Audit"),
  ),
  searchAuditEvents: () => applyDecorators(
    Get("/v1/audit-events"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "searchAuditEvents"),
    ApiOperation({ operationId: "searchAuditEvents", summary: "Search audit events" }),
    ApiTags("Audit"),
  ),
  verifyAuditHashChain: () => applyDecorators(
    Get("/v1/audit-events/:id/verify"),
    HttpCode(200),
    SetMetadata(OPERATION_ID, "verifyAuditHashChain"),
    ApiOperation({ operationId: "verifyAuditHashChain", summary: "Verify the audit hash chain" }),
    ApiTags("Audit"),
  ),
} as const;
