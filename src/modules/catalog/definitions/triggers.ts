import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema';

export interface TriggerDefinition {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly schema: JsonSchema;
}

// Describes trigger node `data`; it documents the shape for clients and is not enforced on workflow save.
const webhook: TriggerDefinition = {
  id: 'webhook',
  name: 'Webhook',
  version: 'v1',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Webhook trigger',
    type: 'object',
    properties: {
      triggerType: {
        type: 'string',
        const: 'webhook',
        description: 'Marks the node as a webhook entry point, so activation registers its route.',
      },
      triggerId: {
        type: 'string',
        description: 'Catalog id of the trigger; kept with the node for clients, not read by the engine.',
      },
      path: {
        type: 'string',
        minLength: 1,
        description: 'Route under /v1/webhooks that starts the workflow.',
      },
      method: {
        type: 'string',
        enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        description: 'HTTP method the route answers to.',
      },
      verify_token: {
        type: 'string',
        description: 'Shared secret callers must present in the X-Webhook-Token header.',
      },
    },
    additionalProperties: false,
  },
};

export const TRIGGERS: readonly TriggerDefinition[] = [webhook];
