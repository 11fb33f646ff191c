import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema';

export interface ProviderDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly version: string;
  readonly configSchema: JsonSchema;
}

// `writeOnly` flags the values that must never be echoed back; the provider-configuration service masks them.
const midaz: ProviderDefinition = {
  id: 'midaz',
  name: 'Midaz',
  description: 'Midaz open-source ledger: onboarding (accounts) and transaction APIs of one ledger.',
  version: 'v1',
  configSchema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Midaz connection settings',
    type: 'object',
    required: ['onboarding_base_url', 'transaction_base_url', 'organization_id', 'ledger_id'],
    properties: {
      onboarding_base_url: {
        type: 'string',
        format: 'uri',
        description: 'Root URL of the Midaz onboarding service (organisations, ledgers, accounts).',
      },
      transaction_base_url: {
        type: 'string',
        format: 'uri',
        description: 'Root URL of the Midaz transaction service (transactions, balances).',
      },
      organization_id: {
        type: 'string',
        format: 'uuid',
        description: 'Organisation that owns the ledger.',
      },
      ledger_id: {
        type: 'string',
        format: 'uuid',
        description: 'Ledger every call of this configuration works on.',
      },
      auth: {
        type: 'object',
        description: 'Optional OAuth2 client-credentials login; without it calls are sent unauthenticated.',
        required: ['issuer_url', 'client_id', 'client_secret'],
        properties: {
          issuer_url: {
            type: 'string',
            format: 'uri',
            description: 'OpenID issuer; its discovery document names the token endpoint.',
          },
          client_id: { type: 'string', minLength: 1, description: 'OAuth2 client identifier.' },
          client_secret: {
            type: 'string',
            minLength: 1,
            writeOnly: true,
            description: 'OAuth2 client secret.',
          },
          scopes: {
            type: 'array',
            items: { type: 'string' },
            description: 'Scopes asked for when a token is requested.',
          },
        },
      },
    },
    additionalProperties: true,
  },
};

const tracer: ProviderDefinition = {
  id: 'tracer',
  name: 'Tracer',
  description: 'Tracer transaction-validation service: approves, denies or flags transactions for review.',
  version: 'v1',
  configSchema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Tracer connection settings',
    type: 'object',
    required: ['base_url', 'api_key'],
    properties: {
      base_url: {
        type: 'string',
        format: 'uri',
        description: 'Root URL of the Tracer API; node paths are joined onto it.',
      },
      api_key: {
        type: 'string',
        minLength: 1,
        writeOnly: true,
        description: 'API key issued by Tracer.',
      },
    },
    // Extra settings such as auth_type, headers or timeout_seconds are read by the HTTP call builder.
    additionalProperties: true,
  },
};

export const PROVIDERS: readonly ProviderDefinition[] = [midaz, tracer];
