import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema';
import { ROUTABLE_WEBHOOK_PATH, WEBHOOK_PATH_MAX_LENGTH } from './triggers';

export type WorkflowNodeType = 'trigger' | 'executor' | 'conditional' | 'action';

/** A create-workflow request as a template produces it; the workflows module validates and stores it. */
export interface WorkflowDraft {
  name: string;
  description?: string;
  nodes: Array<{
    id: string;
    type: WorkflowNodeType;
    name?: string;
    position: { x: number; y: number };
    data?: Record<string, unknown>;
  }>;
  edges: Array<{
    id: string;
    source: string;
    target: string;
    sourceHandle?: string;
    condition?: string;
    label?: string;
  }>;
  metadata?: Record<string, unknown>;
}

/** Parameters that already passed the template's `paramSchema`. */
export type TemplateParams = Readonly<Record<string, unknown>>;

export interface TemplateDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly version: string;
  /**
   * Properties annotated with `x-provider-config: <providerId>` hold a provider-configuration id; the catalog
   * fills in their choices when the template is read.
   */
  readonly paramSchema: JsonSchema;
  build(params: TemplateParams): WorkflowDraft;
}

/** Reads an own string property only, so nothing inherited can leak into a built workflow. */
function ownString(params: TemplateParams, key: string): string | undefined {
  const value = Object.hasOwn(params, key) ? params[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

const mapping = (source: string, target: string) => ({ source, target });

const DEFAULT_WEBHOOK_PATH = '/validate-and-transact';
const DEFAULT_WEBHOOK_METHOD = 'POST';
const TRACER_MIDAZ_ID = 'tracer-midaz-validation';
const TRACER_MIDAZ_VERSION = 'v1';

const tracerMidazValidation: TemplateDefinition = {
  id: TRACER_MIDAZ_ID,
  name: 'Tracer Validation + Midaz Transaction',
  description:
    'Takes a transaction from a webhook, asks Tracer whether it is allowed and, only when the answer is ALLOW, ' +
    'books it in Midaz.',
  category: 'Compliance',
  version: TRACER_MIDAZ_VERSION,
  paramSchema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Tracer validation + Midaz transaction parameters',
    type: 'object',
    required: ['workflowName', 'tracerProviderConfigId', 'midazProviderConfigId'],
    properties: {
      workflowName: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        // A name of white space only is no name (create answers FLK-0110): validation must refuse it too.
        pattern: '\\S',
        description: 'Name of the workflow to create (not white space only); must not clash with an existing workflow.',
      },
      workflowDescription: {
        type: 'string',
        maxLength: 500,
        description: 'Optional description stored with the workflow.',
      },
      tracerProviderConfigId: {
        type: 'string',
        format: 'uuid',
        'x-provider-config': 'tracer',
        description: 'Active Tracer provider configuration used for the validation call.',
      },
      midazProviderConfigId: {
        type: 'string',
        format: 'uuid',
        'x-provider-config': 'midaz',
        description: 'Active Midaz provider configuration used to book the transaction.',
      },
      webhookPath: {
        type: 'string',
        maxLength: WEBHOOK_PATH_MAX_LENGTH,
        // The webhook trigger's rule (empty still means the default): a path activation would refuse made a
        // workflow that validated and was created but could never be activated.
        pattern: `^$|${ROUTABLE_WEBHOOK_PATH}`,
        default: DEFAULT_WEBHOOK_PATH,
        description: 'Webhook route that starts the workflow (not `/` alone, no control characters; empty means the default).',
      },
      webhookMethod: {
        type: 'string',
        enum: ['POST'],
        default: DEFAULT_WEBHOOK_METHOD,
        description: 'HTTP method of the webhook route.',
      },
    },
  },
  build(params) {
    // An empty path would leave the trigger without a route, so it falls back to the default like a missing one.
    const path = ownString(params, 'webhookPath') || DEFAULT_WEBHOOK_PATH;
    const method = ownString(params, 'webhookMethod') || DEFAULT_WEBHOOK_METHOD;
    const description = ownString(params, 'workflowDescription');
    return {
      name: ownString(params, 'workflowName') ?? '',
      ...(description !== undefined ? { description } : {}),
      nodes: [
        {
          id: 'webhook-trigger',
          type: 'trigger',
          name: 'Webhook Trigger',
          position: { x: 250, y: 0 },
          data: { triggerType: 'webhook', path, method },
        },
        {
          id: 'tracer-validate',
          type: 'executor',
          name: 'Tracer Validate Transaction',
          position: { x: 250, y: 150 },
          data: {
            executorId: 'tracer.validate-transaction',
            providerConfigId: ownString(params, 'tracerProviderConfigId'),
            method: 'POST',
            path: '/v1/validations',
            inputMapping: [
              mapping('workflow.requestId', 'requestId'),
              mapping('workflow.transactionType', 'transactionType'),
              mapping('workflow.amount', 'amount'),
              mapping('workflow.currency', 'currency'),
              mapping('workflow.transactionTimestamp', 'transactionTimestamp'),
              mapping('workflow.account', 'account'),
            ],
          },
        },
        {
          id: 'decision-check',
          type: 'conditional',
          name: 'Decision Check',
          position: { x: 250, y: 300 },
          data: { condition: 'tracer-validate.body.decision == "ALLOW"' },
        },
        {
          id: 'midaz-create-tx',
          type: 'executor',
          name: 'Midaz Create Transaction',
          position: { x: 100, y: 450 },
          data: {
            executorId: 'midaz.create-transaction',
            providerConfigId: ownString(params, 'midazProviderConfigId'),
            inputMapping: [
              mapping('workflow.transaction', 'send'),
              mapping('workflow.transactionDescription', 'description'),
            ],
          },
        },
      ],
      edges: [
        { id: 'webhook-to-tracer', source: 'webhook-trigger', target: 'tracer-validate' },
        { id: 'tracer-to-decision', source: 'tracer-validate', target: 'decision-check' },
        {
          id: 'decision-to-midaz',
          source: 'decision-check',
          target: 'midaz-create-tx',
          sourceHandle: 'true',
          label: 'Approved',
        },
      ],
      metadata: { templateId: TRACER_MIDAZ_ID, templateVersion: TRACER_MIDAZ_VERSION },
    };
  },
};

export const TEMPLATES: readonly TemplateDefinition[] = [tracerMidazValidation];
