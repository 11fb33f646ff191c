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
        'x-base-url': true,
        description: 'Root URL of the Midaz onboarding service (organisations, ledgers, accounts).',
      },
      transaction_base_url: {
        type: 'string',
        format: 'uri',
        'x-base-url': true,
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
            'x-base-url': true,
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
        'x-base-url': true,
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

const secretString = (description: string) => ({ type: 'string', minLength: 1, writeOnly: true, description });
const tokenRequestFields = {
  client_id: { type: 'string', minLength: 1, description: 'OAuth2 client identifier.' },
  client_secret: secretString('OAuth2 client secret.'),
  scopes: { type: 'array', items: { type: 'string' }, description: 'Scopes asked for, sent space-separated.' },
  audience: { type: 'string', description: 'Optional `audience` form parameter.' },
  client_auth_method: {
    type: 'string',
    enum: ['client_secret_basic', 'client_secret_post'],
    default: 'client_secret_basic',
    description: 'How the client authenticates to the token endpoint.',
  },
  extra_params: {
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Additional form parameters of the token request.',
  },
};

/** One schema branch per authentication type; `type` selects it. */
const httpAuth = {
  type: 'object',
  description: 'How calls authenticate. Omit (or type none) for unauthenticated calls.',
  required: ['type'],
  oneOf: [
    { properties: { type: { const: 'none' } } },
    {
      required: ['key'],
      properties: {
        type: { const: 'api_key' },
        key: secretString('The API key.'),
        location: { type: 'string', enum: ['header', 'query'], default: 'header', description: 'Where the key travels.' },
        header_name: { type: 'string', minLength: 1, default: 'X-API-Key', description: 'Header carrying the key.' },
        query_param_name: { type: 'string', minLength: 1, default: 'api_key', description: 'Query parameter carrying the key.' },
        prefix: { type: 'string', description: 'Text put before the key, e.g. "ApiKey ".' },
      },
    },
    { required: ['token'], properties: { type: { const: 'bearer' }, token: secretString('Bearer token.') } },
    {
      required: ['username', 'password'],
      properties: {
        type: { const: 'basic' },
        username: { type: 'string', description: 'User name.' },
        password: secretString('Password.'),
      },
    },
    {
      required: ['token_url', 'client_id', 'client_secret'],
      properties: {
        type: { const: 'oauth2_client_credentials' },
        token_url: { type: 'string', format: 'uri', 'x-base-url': true, description: 'OAuth2 token endpoint.' },
        ...tokenRequestFields,
      },
    },
    {
      required: ['issuer_url', 'client_id', 'client_secret'],
      properties: {
        type: { const: 'oidc_client_credentials' },
        issuer_url: { type: 'string', format: 'uri', 'x-base-url': true, description: 'OpenID issuer; its discovery document names the token endpoint.' },
        ...tokenRequestFields,
      },
    },
  ],
};

const http: ProviderDefinition = {
  id: 'http',
  name: 'HTTP',
  description: 'Any HTTP/JSON API: nodes name the path and method, the configuration holds the base URL and credentials.',
  version: 'v1',
  configSchema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'HTTP API connection settings',
    type: 'object',
    required: ['base_url'],
    properties: {
      base_url: { type: 'string', format: 'uri', 'x-base-url': true, description: 'Root URL; node paths are joined onto it.' },
      headers: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Headers sent with every call.',
      },
      query: {
        type: 'object',
        additionalProperties: { type: ['string', 'number', 'boolean'] },
        description: 'Query parameters sent with every call (a node may override them).',
      },
      timeout_seconds: { type: 'integer', minimum: 1, maximum: 300, description: 'Per-request timeout; default 30.' },
      auth: httpAuth,
    },
    additionalProperties: false,
  },
};

const s3: ProviderDefinition = {
  id: 's3',
  name: 'S3',
  description: 'Amazon S3 or an S3-compatible object store (MinIO, Ceph, R2, …): one bucket per configuration.',
  version: 'v1',
  configSchema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'S3 bucket settings',
    type: 'object',
    required: ['region', 'bucket', 'access_key_id', 'secret_access_key'],
    properties: {
      endpoint: {
        type: 'string',
        format: 'uri',
        'x-base-url': true,
        description: 'Endpoint of an S3-compatible store; omit for Amazon S3 itself.',
      },
      region: { type: 'string', minLength: 1, description: 'Region, e.g. us-east-1.' },
      bucket: { type: 'string', minLength: 3, maxLength: 63, description: 'Bucket objects are written to.' },
      access_key_id: { type: 'string', minLength: 1, writeOnly: true, description: 'Access key id.' },
      secret_access_key: secretString('Secret access key.'),
      force_path_style: {
        type: 'boolean',
        default: false,
        description: 'Address the bucket in the path (needed by most S3-compatible stores) instead of the host name.',
      },
      timeout_seconds: { type: 'integer', minimum: 1, maximum: 300, description: 'Per-request timeout; default 30.' },
    },
    additionalProperties: false,
  },
};

export const PROVIDERS: readonly ProviderDefinition[] = [midaz, tracer, http, s3];
