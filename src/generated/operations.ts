/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

export interface OperationParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: Readonly<Record<string, unknown>>;
  readonly flkCodes?: Readonly<Record<string, string>>;
}

export interface OperationDefinition {
  readonly operationId: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';
  /** The path as the spec writes it, e.g. /v1/workflows/{id}. */
  readonly path: string;
  /** The path as the router registers it, e.g. /v1/workflows/:id. */
  readonly routePath: string;
  readonly tag: string;
  readonly isPublic: boolean;
  readonly successStatus: number;
  readonly statuses: readonly number[];
  /** The code a too-large body answers on this operation, when it is not the generic FLK-0006 (x-payload-too-large-code). */
  readonly payloadTooLargeCode: string | null;
  readonly parameters: readonly OperationParameter[];
  readonly requestBody: { readonly dto: string; readonly required: boolean } | null;
}

export const OPERATIONS = {
  activateWorkflow: {
    "operationId": "activateWorkflow",
    "method": "POST",
    "path": "/v1/workflows/{id}/activate",
    "routePath": "/v1/workflows/:id/activate",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": null
  },
  armWebhook: {
    "operationId": "armWebhook",
    "method": "POST",
    "path": "/v1/workflows/{id}/webhook/arm",
    "routePath": "/v1/workflows/:id/webhook/arm",
    "tag": "Webhooks",
    "isPublic": false,
    "successStatus": 201,
    "statuses": [
      201,
      400,
      401,
      404,
      409,
      413,
      415,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": {
      "dto": "ArmWebhookInput",
      "required": false
    }
  },
  cloneWorkflow: {
    "operationId": "cloneWorkflow",
    "method": "POST",
    "path": "/v1/workflows/{id}/clone",
    "routePath": "/v1/workflows/:id/clone",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 201,
    "statuses": [
      201,
      400,
      401,
      404,
      409,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": {
      "dto": "CloneWorkflowInput",
      "required": false
    }
  },
  createProviderConfiguration: {
    "operationId": "createProviderConfiguration",
    "method": "POST",
    "path": "/v1/provider-configurations",
    "routePath": "/v1/provider-configurations",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 201,
    "statuses": [
      201,
      400,
      401,
      404,
      409,
      413,
      415,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": {
      "dto": "CreateProviderConfigurationInput",
      "required": true
    }
  },
  createWebhookSubscription: {
    "operationId": "createWebhookSubscription",
    "method": "POST",
    "path": "/v1/webhook-subscriptions",
    "routePath": "/v1/webhook-subscriptions",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 201,
    "statuses": [
      201,
      400,
      401,
      409,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": {
      "dto": "CreateWebhookSubscriptionInput",
      "required": true
    }
  },
  createWorkflow: {
    "operationId": "createWorkflow",
    "method": "POST",
    "path": "/v1/workflows",
    "routePath": "/v1/workflows",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 201,
    "statuses": [
      201,
      400,
      401,
      404,
      409,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": {
      "dto": "CreateWorkflowInput",
      "required": true
    }
  },
  createWorkflowFromTemplate: {
    "operationId": "createWorkflowFromTemplate",
    "method": "POST",
    "path": "/v1/workflows/from-template",
    "routePath": "/v1/workflows/from-template",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 201,
    "statuses": [
      201,
      400,
      401,
      404,
      409,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": {
      "dto": "CreateWorkflowFromTemplateInput",
      "required": true
    }
  },
  deactivateWorkflow: {
    "operationId": "deactivateWorkflow",
    "method": "POST",
    "path": "/v1/workflows/{id}/deactivate",
    "routePath": "/v1/workflows/:id/deactivate",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": null
  },
  deleteExecutorConfiguration: {
    "operationId": "deleteExecutorConfiguration",
    "method": "DELETE",
    "path": "/v1/executors/{id}",
    "routePath": "/v1/executors/:id",
    "tag": "Executors",
    "isPublic": false,
    "successStatus": 204,
    "statuses": [
      204,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "b2c3d4e5-f6a7-4901-bcde-f23456789012"
        }
      }
    ],
    "requestBody": null
  },
  deleteProviderConfiguration: {
    "operationId": "deleteProviderConfiguration",
    "method": "DELETE",
    "path": "/v1/provider-configurations/{id}",
    "routePath": "/v1/provider-configurations/:id",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 204,
    "statuses": [
      204,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "c3d4e5f6-a7b8-4012-8def-345678901234"
        }
      }
    ],
    "requestBody": null
  },
  deleteWebhookSubscription: {
    "operationId": "deleteWebhookSubscription",
    "method": "DELETE",
    "path": "/v1/webhook-subscriptions/{id}",
    "routePath": "/v1/webhook-subscriptions/:id",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 204,
    "statuses": [
      204,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f1e2d3c4-b5a6-4978-8877-665544332211"
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  deleteWorkflow: {
    "operationId": "deleteWorkflow",
    "method": "DELETE",
    "path": "/v1/workflows/{id}",
    "routePath": "/v1/workflows/:id",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 204,
    "statuses": [
      204,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": null
  },
  disableProviderConfiguration: {
    "operationId": "disableProviderConfiguration",
    "method": "POST",
    "path": "/v1/provider-configurations/{id}/disable",
    "routePath": "/v1/provider-configurations/:id/disable",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "c3d4e5f6-a7b8-4012-8def-345678901234"
        }
      }
    ],
    "requestBody": null
  },
  enableProviderConfiguration: {
    "operationId": "enableProviderConfiguration",
    "method": "POST",
    "path": "/v1/provider-configurations/{id}/enable",
    "routePath": "/v1/provider-configurations/:id/enable",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "c3d4e5f6-a7b8-4012-8def-345678901234"
        }
      }
    ],
    "requestBody": null
  },
  executeWorkflow: {
    "operationId": "executeWorkflow",
    "method": "POST",
    "path": "/v1/workflows/{workflowId}/executions",
    "routePath": "/v1/workflows/:workflowId/executions",
    "tag": "Executions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      201,
      400,
      401,
      404,
      413,
      415,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": "FLK-0506",
    "parameters": [
      {
        "name": "workflowId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      },
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "example": "5f0c2d7e-8a1b-4c3d-9e4f-a5b6c7d8e9f0"
        }
      }
    ],
    "requestBody": {
      "dto": "ExecuteWorkflowInput",
      "required": true
    }
  },
  getAuditEvent: {
    "operationId": "getAuditEvent",
    "method": "GET",
    "path": "/v1/audit-events/{id}",
    "routePath": "/v1/audit-events/:id",
    "tag": "Audit",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "9d8e7f6a-5b4c-4321-9876-a1b2c3d4e5f6"
        }
      }
    ],
    "requestBody": null
  },
  getCatalogExecutor: {
    "operationId": "getCatalogExecutor",
    "method": "GET",
    "path": "/v1/catalog/executors/{id}",
    "routePath": "/v1/catalog/executors/:id",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[A-Za-z0-9._-]+$",
          "example": "midaz.create-transaction"
        }
      }
    ],
    "requestBody": null
  },
  getCatalogProvider: {
    "operationId": "getCatalogProvider",
    "method": "GET",
    "path": "/v1/catalog/providers/{id}",
    "routePath": "/v1/catalog/providers/:id",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[A-Za-z0-9._-]+$",
          "example": "tracer"
        }
      }
    ],
    "requestBody": null
  },
  getCatalogTemplate: {
    "operationId": "getCatalogTemplate",
    "method": "GET",
    "path": "/v1/catalog/templates/{id}",
    "routePath": "/v1/catalog/templates/:id",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[A-Za-z0-9._-]+$",
          "example": "tracer-midaz-validation"
        }
      }
    ],
    "requestBody": null
  },
  getCatalogTrigger: {
    "operationId": "getCatalogTrigger",
    "method": "GET",
    "path": "/v1/catalog/triggers/{id}",
    "routePath": "/v1/catalog/triggers/:id",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[A-Za-z0-9._-]+$",
          "example": "webhook"
        }
      }
    ],
    "requestBody": null
  },
  getExecutionResults: {
    "operationId": "getExecutionResults",
    "method": "GET",
    "path": "/v1/executions/{id}/results",
    "routePath": "/v1/executions/:id/results",
    "tag": "Executions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f7e6d5c4-b3a2-4098-8654-321fedcba098"
        }
      }
    ],
    "requestBody": null
  },
  getExecutionStatus: {
    "operationId": "getExecutionStatus",
    "method": "GET",
    "path": "/v1/executions/{id}",
    "routePath": "/v1/executions/:id",
    "tag": "Executions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f7e6d5c4-b3a2-4098-8654-321fedcba098"
        }
      }
    ],
    "requestBody": null
  },
  getExecutionSummary: {
    "operationId": "getExecutionSummary",
    "method": "GET",
    "path": "/v1/dashboards/executions",
    "routePath": "/v1/dashboards/executions",
    "tag": "Dashboard",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "startTime",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "date-time",
          "example": "2026-03-01T00:00:00Z"
        },
        "flkCodes": {
          "format": "FLK-0302",
          "type": "FLK-0302"
        }
      },
      {
        "name": "endTime",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "date-time",
          "example": "2026-03-31T23:59:59Z"
        },
        "flkCodes": {
          "format": "FLK-0302",
          "type": "FLK-0302"
        }
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "pending",
            "running",
            "completed",
            "failed"
          ]
        },
        "flkCodes": {
          "enum": "FLK-0302",
          "type": "FLK-0302"
        }
      }
    ],
    "requestBody": null
  },
  getExecutorConfiguration: {
    "operationId": "getExecutorConfiguration",
    "method": "GET",
    "path": "/v1/executors/{id}",
    "routePath": "/v1/executors/:id",
    "tag": "Executors",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "b2c3d4e5-f6a7-4901-bcde-f23456789012"
        }
      }
    ],
    "requestBody": null
  },
  getHealth: {
    "operationId": "getHealth",
    "method": "GET",
    "path": "/health",
    "routePath": "/health",
    "tag": "Health",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getHealthLive: {
    "operationId": "getHealthLive",
    "method": "GET",
    "path": "/health/live",
    "routePath": "/health/live",
    "tag": "Health",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getHealthReady: {
    "operationId": "getHealthReady",
    "method": "GET",
    "path": "/health/ready",
    "routePath": "/health/ready",
    "tag": "Health",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getMetrics: {
    "operationId": "getMetrics",
    "method": "GET",
    "path": "/metrics",
    "routePath": "/metrics",
    "tag": "Health",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getOpenApiJson: {
    "operationId": "getOpenApiJson",
    "method": "GET",
    "path": "/swagger/openapi.json",
    "routePath": "/swagger/openapi.json",
    "tag": "Documentation",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getOpenApiYaml: {
    "operationId": "getOpenApiYaml",
    "method": "GET",
    "path": "/swagger/openapi.yaml",
    "routePath": "/swagger/openapi.yaml",
    "tag": "Documentation",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getProviderConfiguration: {
    "operationId": "getProviderConfiguration",
    "method": "GET",
    "path": "/v1/provider-configurations/{id}",
    "routePath": "/v1/provider-configurations/:id",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "c3d4e5f6-a7b8-4012-8def-345678901234"
        }
      }
    ],
    "requestBody": null
  },
  getReadyz: {
    "operationId": "getReadyz",
    "method": "GET",
    "path": "/readyz",
    "routePath": "/readyz",
    "tag": "Health",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getSwaggerUi: {
    "operationId": "getSwaggerUi",
    "method": "GET",
    "path": "/swagger",
    "routePath": "/swagger",
    "tag": "Documentation",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getVersion: {
    "operationId": "getVersion",
    "method": "GET",
    "path": "/version",
    "routePath": "/version",
    "tag": "Health",
    "isPublic": true,
    "successStatus": 200,
    "statuses": [
      200
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  getWebhookSubscription: {
    "operationId": "getWebhookSubscription",
    "method": "GET",
    "path": "/v1/webhook-subscriptions/{id}",
    "routePath": "/v1/webhook-subscriptions/:id",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f1e2d3c4-b5a6-4978-8877-665544332211"
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  getWorkflow: {
    "operationId": "getWorkflow",
    "method": "GET",
    "path": "/v1/workflows/{id}",
    "routePath": "/v1/workflows/:id",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": null
  },
  getWorkflowSummary: {
    "operationId": "getWorkflowSummary",
    "method": "GET",
    "path": "/v1/dashboards/workflows/summary",
    "routePath": "/v1/dashboards/workflows/summary",
    "tag": "Dashboard",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  listAllWebhookLogs: {
    "operationId": "listAllWebhookLogs",
    "method": "GET",
    "path": "/v1/webhook-subscriptions/logs/all",
    "routePath": "/v1/webhook-subscriptions/logs/all",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "eventType",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "workflow.started",
            "workflow.completed",
            "workflow.failed",
            "workflow.step.started",
            "workflow.step.completed",
            "workflow.step.failed"
          ],
          "example": "workflow.completed"
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 50
        }
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000,
          "default": 0
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  listCatalogExecutors: {
    "operationId": "listCatalogExecutors",
    "method": "GET",
    "path": "/v1/catalog/executors",
    "routePath": "/v1/catalog/executors",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  listCatalogProviderExecutors: {
    "operationId": "listCatalogProviderExecutors",
    "method": "GET",
    "path": "/v1/catalog/providers/{id}/executors",
    "routePath": "/v1/catalog/providers/:id/executors",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[A-Za-z0-9._-]+$",
          "example": "midaz"
        }
      }
    ],
    "requestBody": null
  },
  listCatalogProviders: {
    "operationId": "listCatalogProviders",
    "method": "GET",
    "path": "/v1/catalog/providers",
    "routePath": "/v1/catalog/providers",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  listCatalogTemplates: {
    "operationId": "listCatalogTemplates",
    "method": "GET",
    "path": "/v1/catalog/templates",
    "routePath": "/v1/catalog/templates",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  listCatalogTriggers: {
    "operationId": "listCatalogTriggers",
    "method": "GET",
    "path": "/v1/catalog/triggers",
    "routePath": "/v1/catalog/triggers",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [],
    "requestBody": null
  },
  listExecutions: {
    "operationId": "listExecutions",
    "method": "GET",
    "path": "/v1/executions",
    "routePath": "/v1/executions",
    "tag": "Executions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "workflowId",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        },
        "flkCodes": {
          "format": "FLK-0002"
        }
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "pending",
            "running",
            "completed",
            "failed"
          ]
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 10
        },
        "flkCodes": {
          "minimum": "FLK-0309",
          "maximum": "FLK-0309"
        }
      },
      {
        "name": "cursor",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "eyJpZCI6ImExYjJjM2Q0In0="
        }
      },
      {
        "name": "sortBy",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "startedAt",
            "completedAt"
          ]
        }
      },
      {
        "name": "sortOrder",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^([Aa][Ss][Cc]|[Dd][Ee][Ss][Cc])$",
          "example": "DESC"
        },
        "flkCodes": {
          "pattern": "FLK-0310",
          "type": "FLK-0310"
        }
      }
    ],
    "requestBody": null
  },
  listExecutorConfigurations: {
    "operationId": "listExecutorConfigurations",
    "method": "GET",
    "path": "/v1/executors",
    "routePath": "/v1/executors",
    "tag": "Executors",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "unconfigured",
            "configured",
            "tested",
            "active",
            "disabled"
          ]
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 10
        }
      },
      {
        "name": "cursor",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "eyJpZCI6ImExYjJjM2Q0In0="
        }
      },
      {
        "name": "sortBy",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "createdAt",
            "updatedAt",
            "name"
          ],
          "default": "createdAt"
        }
      },
      {
        "name": "sortOrder",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "ASC",
            "DESC"
          ],
          "default": "DESC"
        }
      }
    ],
    "requestBody": null
  },
  listProviderConfigurations: {
    "operationId": "listProviderConfigurations",
    "method": "GET",
    "path": "/v1/provider-configurations",
    "routePath": "/v1/provider-configurations",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "active",
            "disabled"
          ]
        }
      },
      {
        "name": "providerId",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "tracer"
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 10
        }
      },
      {
        "name": "cursor",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "eyJpZCI6ImExYjJjM2Q0In0="
        }
      },
      {
        "name": "sortBy",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "createdAt",
            "updatedAt",
            "name"
          ],
          "default": "createdAt"
        }
      },
      {
        "name": "sortOrder",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "ASC",
            "DESC"
          ],
          "default": "DESC"
        }
      }
    ],
    "requestBody": null
  },
  listWebhookDeliveries: {
    "operationId": "listWebhookDeliveries",
    "method": "GET",
    "path": "/v1/webhook-subscriptions/{id}/deliveries",
    "routePath": "/v1/webhook-subscriptions/:id/deliveries",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f1e2d3c4-b5a6-4978-8877-665544332211"
        }
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "pending",
            "delivering",
            "succeeded",
            "failed",
            "exhausted"
          ],
          "example": "failed"
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 50
        }
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000,
          "default": 0
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  listWebhookSubscriptionLogs: {
    "operationId": "listWebhookSubscriptionLogs",
    "method": "GET",
    "path": "/v1/webhook-subscriptions/{id}/logs",
    "routePath": "/v1/webhook-subscriptions/:id/logs",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f1e2d3c4-b5a6-4978-8877-665544332211"
        }
      },
      {
        "name": "eventType",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "workflow.started",
            "workflow.completed",
            "workflow.failed",
            "workflow.step.started",
            "workflow.step.completed",
            "workflow.step.failed"
          ],
          "example": "workflow.completed"
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 50
        }
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000,
          "default": 0
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  listWebhookSubscriptions: {
    "operationId": "listWebhookSubscriptions",
    "method": "GET",
    "path": "/v1/webhook-subscriptions",
    "routePath": "/v1/webhook-subscriptions",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 50
        }
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000,
          "default": 0
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  listWorkflows: {
    "operationId": "listWorkflows",
    "method": "GET",
    "path": "/v1/workflows",
    "routePath": "/v1/workflows",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "status",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "draft",
            "active",
            "inactive"
          ]
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 10
        }
      },
      {
        "name": "cursor",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "eyJpZCI6ImExYjJjM2Q0In0="
        }
      },
      {
        "name": "sortBy",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "createdAt",
            "updatedAt",
            "name"
          ],
          "default": "createdAt"
        }
      },
      {
        "name": "sortOrder",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "ASC",
            "DESC"
          ],
          "default": "DESC"
        }
      }
    ],
    "requestBody": null
  },
  moveWorkflowToDraft: {
    "operationId": "moveWorkflowToDraft",
    "method": "POST",
    "path": "/v1/workflows/{id}/draft",
    "routePath": "/v1/workflows/:id/draft",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": null
  },
  resendWebhookDelivery: {
    "operationId": "resendWebhookDelivery",
    "method": "POST",
    "path": "/v1/webhook-subscriptions/{id}/deliveries/{deliveryId}/resend",
    "routePath": "/v1/webhook-subscriptions/:id/deliveries/:deliveryId/resend",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 202,
    "statuses": [
      202,
      400,
      401,
      404,
      409,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f1e2d3c4-b5a6-4978-8877-665544332211"
        }
      },
      {
        "name": "deliveryId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  rotateWebhookSecret: {
    "operationId": "rotateWebhookSecret",
    "method": "POST",
    "path": "/v1/workflows/{id}/webhook/secret",
    "routePath": "/v1/workflows/:id/webhook/secret",
    "tag": "Webhooks",
    "isPublic": false,
    "successStatus": 201,
    "statuses": [
      201,
      400,
      401,
      404,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": {
      "dto": "RotateWebhookSecretInput",
      "required": false
    }
  },
  searchAuditEvents: {
    "operationId": "searchAuditEvents",
    "method": "GET",
    "path": "/v1/audit-events",
    "routePath": "/v1/audit-events",
    "tag": "Audit",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "eventType",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "WORKFLOW_CREATED",
            "WORKFLOW_UPDATED",
            "WORKFLOW_ACTIVATED",
            "WORKFLOW_DEACTIVATED",
            "WORKFLOW_DRAFTED",
            "WORKFLOW_DELETED",
            "EXECUTION_STARTED",
            "EXECUTION_COMPLETED",
            "EXECUTION_FAILED",
            "PROVIDER_CALL_STARTED",
            "PROVIDER_CALL_COMPLETED",
            "PROVIDER_CALL_FAILED",
            "PROVIDER_CONFIG_CREATED",
            "PROVIDER_CONFIG_UPDATED",
            "PROVIDER_CONFIG_DELETED",
            "WEBHOOK_SUBSCRIPTION_CREATED",
            "WEBHOOK_SUBSCRIPTION_UPDATED",
            "WEBHOOK_SUBSCRIPTION_DELETED",
            "EXECUTOR_CONFIG_UPDATED",
            "EXECUTOR_CONFIG_DELETED"
          ]
        },
        "flkCodes": {
          "enum": "FLK-0611"
        }
      },
      {
        "name": "action",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "CREATE",
            "UPDATE",
            "DELETE",
            "ACTIVATE",
            "DEACTIVATE",
            "DRAFT",
            "EXECUTE"
          ]
        },
        "flkCodes": {
          "enum": "FLK-0611"
        }
      },
      {
        "name": "result",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "SUCCESS",
            "FAILED"
          ]
        },
        "flkCodes": {
          "enum": "FLK-0611"
        }
      },
      {
        "name": "resourceType",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "workflow",
            "execution",
            "provider_config",
            "webhook_subscription",
            "executor_config"
          ]
        },
        "flkCodes": {
          "enum": "FLK-0611"
        }
      },
      {
        "name": "resourceId",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        },
        "flkCodes": {
          "format": "FLK-0002"
        }
      },
      {
        "name": "dateFrom",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "date-time",
          "example": "2026-03-01T00:00:00Z"
        },
        "flkCodes": {
          "format": "FLK-0305"
        }
      },
      {
        "name": "dateTo",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "date-time",
          "example": "2026-03-31T23:59:59Z"
        },
        "flkCodes": {
          "format": "FLK-0305"
        }
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      {
        "name": "cursor",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "1042"
        }
      },
      {
        "name": "sortOrder",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "ASC",
            "DESC"
          ],
          "default": "DESC"
        }
      }
    ],
    "requestBody": null
  },
  testProviderConfiguration: {
    "operationId": "testProviderConfiguration",
    "method": "POST",
    "path": "/v1/provider-configurations/{id}/test",
    "routePath": "/v1/provider-configurations/:id/test",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "c3d4e5f6-a7b8-4012-8def-345678901234"
        }
      }
    ],
    "requestBody": null
  },
  testWebhookSubscription: {
    "operationId": "testWebhookSubscription",
    "method": "POST",
    "path": "/v1/webhook-subscriptions/{id}/test",
    "routePath": "/v1/webhook-subscriptions/:id/test",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f1e2d3c4-b5a6-4978-8877-665544332211"
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": null
  },
  triggerWebhook: {
    "operationId": "triggerWebhook",
    "method": "POST",
    "path": "/v1/webhooks/{path}",
    "routePath": "/v1/webhooks/*",
    "tag": "Webhooks",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      201,
      202,
      400,
      401,
      404,
      409,
      410,
      413,
      415,
      422,
      429,
      500,
      503
    ],
    "payloadTooLargeCode": "FLK-0363",
    "parameters": [
      {
        "name": "path",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "example": "orders/paid"
        }
      },
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 255,
          "example": "evt_1NqZ2x4k"
        }
      },
      {
        "name": "X-Webhook-Token",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "whsec_3c9f1a"
        }
      },
      {
        "name": "token",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "3q2-7wEAAAD_secret_example"
        }
      },
      {
        "name": "X-Webhook-Delivery-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "dlv_2f1c9a"
        }
      },
      {
        "name": "X-GitHub-Delivery",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "72d3162e-cc78-11e3-81ab-4c9367dc0958"
        }
      },
      {
        "name": "webhook-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "svix-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "wait",
        "in": "query",
        "required": false,
        "schema": {
          "type": "boolean",
          "example": true
        }
      },
      {
        "name": "Prefer",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "wait=10"
        }
      }
    ],
    "requestBody": {
      "dto": "TriggerWebhookBody",
      "required": false
    }
  },
  triggerWebhookDelete: {
    "operationId": "triggerWebhookDelete",
    "method": "DELETE",
    "path": "/v1/webhooks/{path}",
    "routePath": "/v1/webhooks/*",
    "tag": "Webhooks",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      201,
      202,
      400,
      401,
      404,
      409,
      410,
      413,
      415,
      422,
      429,
      500,
      503
    ],
    "payloadTooLargeCode": "FLK-0363",
    "parameters": [
      {
        "name": "path",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "example": "orders/paid"
        }
      },
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 255,
          "example": "evt_1NqZ2x4k"
        }
      },
      {
        "name": "X-Webhook-Token",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "whsec_3c9f1a"
        }
      },
      {
        "name": "token",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "3q2-7wEAAAD_secret_example"
        }
      },
      {
        "name": "X-Webhook-Delivery-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "dlv_2f1c9a"
        }
      },
      {
        "name": "X-GitHub-Delivery",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "72d3162e-cc78-11e3-81ab-4c9367dc0958"
        }
      },
      {
        "name": "webhook-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "svix-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "wait",
        "in": "query",
        "required": false,
        "schema": {
          "type": "boolean",
          "example": true
        }
      },
      {
        "name": "Prefer",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "wait=10"
        }
      }
    ],
    "requestBody": {
      "dto": "TriggerWebhookDeleteBody",
      "required": false
    }
  },
  triggerWebhookGet: {
    "operationId": "triggerWebhookGet",
    "method": "GET",
    "path": "/v1/webhooks/{path}",
    "routePath": "/v1/webhooks/*",
    "tag": "Webhooks",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      201,
      202,
      400,
      401,
      404,
      409,
      410,
      413,
      415,
      422,
      429,
      500,
      503
    ],
    "payloadTooLargeCode": "FLK-0363",
    "parameters": [
      {
        "name": "path",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "example": "orders/paid"
        }
      },
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 255,
          "example": "evt_1NqZ2x4k"
        }
      },
      {
        "name": "X-Webhook-Token",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "whsec_3c9f1a"
        }
      },
      {
        "name": "token",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "3q2-7wEAAAD_secret_example"
        }
      },
      {
        "name": "X-Webhook-Delivery-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "dlv_2f1c9a"
        }
      },
      {
        "name": "X-GitHub-Delivery",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "72d3162e-cc78-11e3-81ab-4c9367dc0958"
        }
      },
      {
        "name": "webhook-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "svix-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "wait",
        "in": "query",
        "required": false,
        "schema": {
          "type": "boolean",
          "example": true
        }
      },
      {
        "name": "Prefer",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "wait=10"
        }
      }
    ],
    "requestBody": {
      "dto": "TriggerWebhookGetBody",
      "required": false
    }
  },
  triggerWebhookPatch: {
    "operationId": "triggerWebhookPatch",
    "method": "PATCH",
    "path": "/v1/webhooks/{path}",
    "routePath": "/v1/webhooks/*",
    "tag": "Webhooks",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      201,
      202,
      400,
      401,
      404,
      409,
      410,
      413,
      415,
      422,
      429,
      500,
      503
    ],
    "payloadTooLargeCode": "FLK-0363",
    "parameters": [
      {
        "name": "path",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "example": "orders/paid"
        }
      },
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 255,
          "example": "evt_1NqZ2x4k"
        }
      },
      {
        "name": "X-Webhook-Token",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "whsec_3c9f1a"
        }
      },
      {
        "name": "token",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "3q2-7wEAAAD_secret_example"
        }
      },
      {
        "name": "X-Webhook-Delivery-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "dlv_2f1c9a"
        }
      },
      {
        "name": "X-GitHub-Delivery",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "72d3162e-cc78-11e3-81ab-4c9367dc0958"
        }
      },
      {
        "name": "webhook-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "svix-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "wait",
        "in": "query",
        "required": false,
        "schema": {
          "type": "boolean",
          "example": true
        }
      },
      {
        "name": "Prefer",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "wait=10"
        }
      }
    ],
    "requestBody": {
      "dto": "TriggerWebhookPatchBody",
      "required": false
    }
  },
  triggerWebhookPut: {
    "operationId": "triggerWebhookPut",
    "method": "PUT",
    "path": "/v1/webhooks/{path}",
    "routePath": "/v1/webhooks/*",
    "tag": "Webhooks",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      201,
      202,
      400,
      401,
      404,
      409,
      410,
      413,
      415,
      422,
      429,
      500,
      503
    ],
    "payloadTooLargeCode": "FLK-0363",
    "parameters": [
      {
        "name": "path",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "example": "orders/paid"
        }
      },
      {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 255,
          "example": "evt_1NqZ2x4k"
        }
      },
      {
        "name": "X-Webhook-Token",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "whsec_3c9f1a"
        }
      },
      {
        "name": "token",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "example": "3q2-7wEAAAD_secret_example"
        }
      },
      {
        "name": "X-Webhook-Delivery-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "dlv_2f1c9a"
        }
      },
      {
        "name": "X-GitHub-Delivery",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "72d3162e-cc78-11e3-81ab-4c9367dc0958"
        }
      },
      {
        "name": "webhook-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "svix-id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "maxLength": 200,
          "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
        }
      },
      {
        "name": "wait",
        "in": "query",
        "required": false,
        "schema": {
          "type": "boolean",
          "example": true
        }
      },
      {
        "name": "Prefer",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "example": "wait=10"
        }
      }
    ],
    "requestBody": {
      "dto": "TriggerWebhookPutBody",
      "required": false
    }
  },
  updateExecutorConfiguration: {
    "operationId": "updateExecutorConfiguration",
    "method": "PATCH",
    "path": "/v1/executors/{id}",
    "routePath": "/v1/executors/:id",
    "tag": "Executors",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      413,
      415,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "b2c3d4e5-f6a7-4901-bcde-f23456789012"
        }
      }
    ],
    "requestBody": {
      "dto": "UpdateExecutorConfigurationInput",
      "required": true
    }
  },
  updateProviderConfiguration: {
    "operationId": "updateProviderConfiguration",
    "method": "PATCH",
    "path": "/v1/provider-configurations/{id}",
    "routePath": "/v1/provider-configurations/:id",
    "tag": "Provider Configurations",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      413,
      415,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "c3d4e5f6-a7b8-4012-8def-345678901234"
        }
      }
    ],
    "requestBody": {
      "dto": "UpdateProviderConfigurationInput",
      "required": true
    }
  },
  updateWebhookSubscription: {
    "operationId": "updateWebhookSubscription",
    "method": "PATCH",
    "path": "/v1/webhook-subscriptions/{id}",
    "routePath": "/v1/webhook-subscriptions/:id",
    "tag": "Webhook Subscriptions",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "f1e2d3c4-b5a6-4978-8877-665544332211"
        }
      },
      {
        "name": "X-Organization-Id",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]{1,64}$",
          "example": "acme-payments"
        }
      }
    ],
    "requestBody": {
      "dto": "UpdateWebhookSubscriptionInput",
      "required": true
    }
  },
  updateWorkflow: {
    "operationId": "updateWorkflow",
    "method": "PUT",
    "path": "/v1/workflows/{id}",
    "routePath": "/v1/workflows/:id",
    "tag": "Workflows",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      409,
      413,
      415,
      422,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
        }
      }
    ],
    "requestBody": {
      "dto": "UpdateWorkflowInput",
      "required": true
    }
  },
  validateCatalogExecutorConfig: {
    "operationId": "validateCatalogExecutorConfig",
    "method": "POST",
    "path": "/v1/catalog/executors/{id}/validate",
    "routePath": "/v1/catalog/executors/:id/validate",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[A-Za-z0-9._-]+$",
          "example": "midaz.get-account"
        }
      }
    ],
    "requestBody": {
      "dto": "CatalogValidationRequest",
      "required": true
    }
  },
  validateCatalogTemplateParams: {
    "operationId": "validateCatalogTemplateParams",
    "method": "POST",
    "path": "/v1/catalog/templates/{id}/validate",
    "routePath": "/v1/catalog/templates/:id/validate",
    "tag": "Catalog",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      413,
      415,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[A-Za-z0-9._-]+$",
          "example": "tracer-midaz-validation"
        }
      }
    ],
    "requestBody": {
      "dto": "CatalogTemplateValidationRequest",
      "required": true
    }
  },
  verifyAuditHashChain: {
    "operationId": "verifyAuditHashChain",
    "method": "GET",
    "path": "/v1/audit-events/{id}/verify",
    "routePath": "/v1/audit-events/:id/verify",
    "tag": "Audit",
    "isPublic": false,
    "successStatus": 200,
    "statuses": [
      200,
      400,
      401,
      404,
      500,
      503
    ],
    "payloadTooLargeCode": null,
    "parameters": [
      {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid",
          "example": "9d8e7f6a-5b4c-4321-9876-a1b2c3d4e5f6"
        }
      }
    ],
    "requestBody": null
  },
} as const satisfies Record<string, OperationDefinition>;

export type OperationId = keyof typeof OPERATIONS;

export const OPERATION_LIST: readonly OperationDefinition[] = Object.values(OPERATIONS);
