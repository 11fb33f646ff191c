import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema';

export interface ExecutorDefinition {
  readonly id: string;
  readonly name: string;
  /** The display name of the provider the executor belongs to. */
  readonly category: string;
  readonly version: string;
  readonly providerId: string;
  readonly schema: JsonSchema;
}

/**
 * Node `data` keys the workflow engine itself consumes. They are stripped before the remainder is checked
 * against an executor's schema, so schemas never need to mention them.
 */
export const EXECUTOR_NODE_INTERNAL_KEYS: readonly string[] = [
  'executorId',
  'providerConfigId',
  'endpointName',
  'inputMapping',
  'outputMapping',
  'transforms',
  'method',
  'path',
  'timeout',
];

const INTERNAL_KEYS: ReadonlySet<string> = new Set(EXECUTOR_NODE_INTERNAL_KEYS);

/** The executor-specific keys of a node's `data`: what the executor's schema describes. */
export function executorSettings(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !INTERNAL_KEYS.has(key)));
}

// Money travels as a string so no precision is lost to floating point.
const DECIMAL_STRING = '^[0-9]+(\\.[0-9]+)?$';
const TRANSACTION_TYPES = ['CARD', 'WIRE', 'PIX', 'CRYPTO'];

const freeMetadata = { type: 'object', description: 'Free key/value data stored with the record.' };
const uuid = (description: string) => ({ type: 'string', format: 'uuid', description });
const text = (maxLength: number, description: string) => ({ type: 'string', maxLength, description });
const pageLimit = {
  type: 'integer',
  minimum: 1,
  maximum: 100,
  default: 10,
  description: 'Page size.',
};

const createTransaction: ExecutorDefinition = {
  id: 'midaz.create-transaction',
  name: 'Create Transaction',
  category: 'Midaz',
  version: 'v1',
  providerId: 'midaz',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Midaz transaction',
    type: 'object',
    required: ['send'],
    properties: {
      description: text(256, 'Human-readable purpose of the transaction.'),
      code: text(100, 'Caller-chosen transaction code.'),
      pending: { type: 'boolean', default: false, description: 'Create the transaction as pending (two-phase).' },
      chartOfAccountsGroupName: { type: 'string', description: 'Chart-of-accounts group to book under.' },
      metadata: freeMetadata,
      send: {
        type: 'object',
        description: 'What moves: the asset, the total and where it comes from and goes to.',
        required: ['asset', 'value'],
        properties: {
          asset: { type: 'string', description: 'Asset code, e.g. BRL.' },
          value: { type: 'string', pattern: DECIMAL_STRING, description: 'Total amount as a decimal string.' },
          source: {
            type: 'object',
            description: 'Debited side.',
            properties: { from: { type: 'array', items: { $ref: '#/$defs/leg' } } },
          },
          distribute: {
            type: 'object',
            description: 'Credited side.',
            properties: { to: { type: 'array', items: { $ref: '#/$defs/leg' } } },
          },
        },
      },
    },
    $defs: {
      leg: {
        type: 'object',
        description: 'One account taking part in the transaction.',
        required: ['accountAlias'],
        properties: {
          accountAlias: { type: 'string', description: 'Alias of the account.' },
          amount: {
            type: 'object',
            description: 'Fixed amount for this account.',
            properties: {
              asset: { type: 'string', description: 'Asset code.' },
              value: { type: 'string', pattern: DECIMAL_STRING, description: 'Amount as a decimal string.' },
            },
          },
          share: { type: 'object', description: 'Percentage split instead of a fixed amount.' },
          description: { type: 'string', description: 'Note for this leg.' },
          metadata: freeMetadata,
        },
      },
    },
  },
};

const createAccount: ExecutorDefinition = {
  id: 'midaz.create-account',
  name: 'Create Account',
  category: 'Midaz',
  version: 'v1',
  providerId: 'midaz',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Midaz account',
    type: 'object',
    required: ['assetCode', 'type'],
    properties: {
      name: text(256, 'Display name of the account.'),
      assetCode: text(100, 'Asset the account holds.'),
      type: text(256, 'Account type, e.g. deposit.'),
      alias: text(100, 'Unique alias used to address the account in transactions.'),
      parentAccountId: uuid('Parent account, for sub-accounts.'),
      portfolioId: uuid('Portfolio the account belongs to.'),
      segmentId: uuid('Segment the account belongs to.'),
      entityId: text(256, 'External identifier of the account holder.'),
      status: {
        type: 'object',
        description: 'Initial status.',
        properties: {
          code: { type: 'string', description: 'Status code, e.g. ACTIVE.' },
          description: { type: 'string', description: 'Why the account has this status.' },
        },
      },
      metadata: freeMetadata,
    },
  },
};

const getAccount: ExecutorDefinition = {
  id: 'midaz.get-account',
  name: 'Get Account',
  category: 'Midaz',
  version: 'v1',
  providerId: 'midaz',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Midaz account lookup',
    type: 'object',
    required: ['accountId'],
    properties: { accountId: uuid('Account to read.') },
  },
};

const getAccountBalance: ExecutorDefinition = {
  id: 'midaz.get-account-balance',
  name: 'Get Account Balance',
  category: 'Midaz',
  version: 'v1',
  providerId: 'midaz',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Midaz balance lookup',
    type: 'object',
    required: ['accountId'],
    properties: {
      accountId: uuid('Account whose balances are read.'),
      limit: pageLimit,
      cursor: { type: 'string', description: 'Opaque cursor of the page to read.' },
    },
  },
};

const namedPart = (idKey: string, what: string) => ({
  type: 'object',
  description: `${what} the transaction is attributed to.`,
  properties: {
    [idKey]: { type: 'string', description: `Identifier of the ${what.toLowerCase()}.` },
    name: { type: 'string', description: `Name of the ${what.toLowerCase()}.` },
    metadata: freeMetadata,
  },
});

const validateTransaction: ExecutorDefinition = {
  id: 'tracer.validate-transaction',
  name: 'Validate Transaction',
  category: 'Tracer',
  version: 'v1',
  providerId: 'tracer',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Tracer validation request',
    type: 'object',
    required: ['requestId', 'transactionType', 'amount', 'currency', 'transactionTimestamp', 'account'],
    properties: {
      requestId: uuid('Caller-generated id that makes the request traceable.'),
      transactionType: { type: 'string', enum: TRANSACTION_TYPES, description: 'Payment rail.' },
      subType: text(50, 'Finer classification inside the rail.'),
      amount: { type: 'string', pattern: DECIMAL_STRING, description: 'Amount as a decimal string.' },
      currency: {
        type: 'string',
        pattern: '^[A-Z]{3}$',
        minLength: 3,
        maxLength: 3,
        description: 'ISO 4217 currency code.',
      },
      transactionTimestamp: { type: 'string', format: 'date-time', description: 'When the transaction happened.' },
      account: {
        type: 'object',
        description: 'Account the transaction is made on.',
        required: ['accountId', 'type', 'status'],
        properties: {
          accountId: uuid('Account identifier.'),
          type: { type: 'string', enum: ['checking', 'savings', 'credit'], description: 'Kind of account.' },
          status: { type: 'string', enum: ['active', 'suspended', 'closed'], description: 'Current account state.' },
          metadata: freeMetadata,
        },
      },
      segment: namedPart('segmentId', 'Segment'),
      portfolio: namedPart('portfolioId', 'Portfolio'),
      merchant: {
        type: 'object',
        description: 'Counterparty merchant, for card payments.',
        properties: {
          merchantId: { type: 'string', description: 'Merchant identifier.' },
          name: { type: 'string', description: 'Merchant name.' },
          category: { type: 'string', minLength: 4, maxLength: 4, description: 'Four-character merchant category code.' },
          country: { type: 'string', minLength: 2, maxLength: 2, description: 'Two-letter country code.' },
          metadata: freeMetadata,
        },
      },
      metadata: {
        type: 'object',
        description: 'Extra attributes the validation rules may look at.',
        maxProperties: 50,
        propertyNames: { maxLength: 64 },
      },
    },
  },
};

const listValidations: ExecutorDefinition = {
  id: 'tracer.list-validations',
  name: 'List Validations',
  category: 'Tracer',
  version: 'v1',
  providerId: 'tracer',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Tracer validation search',
    type: 'object',
    properties: {
      decision: { type: 'string', enum: ['ALLOW', 'DENY', 'REVIEW'], description: 'Only validations with this outcome.' },
      transactionType: { type: 'string', enum: TRANSACTION_TYPES, description: 'Only this payment rail.' },
      accountId: uuid('Only validations of this account.'),
      limit: pageLimit,
      cursor: { type: 'string', description: 'Opaque cursor of the page to read.' },
      sortBy: { type: 'string', enum: ['createdAt'], description: 'Sort field.' },
      sortOrder: { type: 'string', enum: ['ASC', 'DESC'], default: 'DESC', description: 'Sort direction.' },
    },
    additionalProperties: false,
  },
};

const httpRequest: ExecutorDefinition = {
  id: 'http.request',
  name: 'HTTP Request',
  category: 'HTTP',
  version: 'v1',
  providerId: 'http',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'HTTP request',
    type: 'object',
    properties: {
      query: {
        type: 'object',
        additionalProperties: { type: ['string', 'number', 'boolean'] },
        description: 'Query parameters of this call (they override those of the configuration).',
      },
      headers: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Extra headers of this call; keep credentials in the provider configuration instead.',
      },
      successStatuses: {
        type: 'array',
        minItems: 1,
        items: { type: 'integer', minimum: 100, maximum: 599 },
        description: 'Statuses that count as success (default 200-299); others fail the node.',
      },
    },
  },
};

const putObject: ExecutorDefinition = {
  id: 's3.put-object',
  name: 'Put Object',
  category: 'S3',
  version: 'v1',
  providerId: 's3',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'S3 object upload',
    type: 'object',
    required: ['key'],
    properties: {
      key: {
        type: 'string',
        minLength: 1,
        maxLength: 1024,
        description: 'Object key; {executionId} and {nodeId} are replaced, so each execution can write its own object.',
      },
      contentType: {
        type: 'string',
        description: 'Content-Type stored with the object (default application/json, or text/plain for a string body).',
      },
    },
  },
};

export const EXECUTORS: readonly ExecutorDefinition[] = [
  createTransaction,
  createAccount,
  getAccount,
  getAccountBalance,
  validateTransaction,
  listValidations,
  httpRequest,
  putObject,
];
