import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { FlkError } from '../../../src/common/errors';
import {
  ActiveProviderConfigsPort,
  type ActiveProviderConfigRef,
} from '../../../src/modules/catalog/active-provider-configs.port';
import { CatalogService } from '../../../src/modules/catalog/catalog.service';
import { EXECUTOR_NODE_INTERNAL_KEYS } from '../../../src/modules/catalog/definitions/executors';

const TRACER_CONFIG = '3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const MIDAZ_CONFIG = '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
const UUID = 'c0ffee00-1234-4abc-8def-0123456789ab';
const DISABLED_TRACER_CONFIG = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';

class FakeProviderConfigs extends ActiveProviderConfigsPort {
  readonly calls: Array<{ providerId: string; limit: number }> = [];
  constructor(private readonly byProvider: Record<string, ActiveProviderConfigRef[]>) {
    super();
  }
  override async listActive(providerId: string, limit: number): Promise<ActiveProviderConfigRef[]> {
    this.calls.push({ providerId, limit });
    return this.byProvider[providerId] ?? [];
  }
  /** The configurations templateParams() names exist and are active, whatever listActive offers. */
  override async findById(id: string): Promise<{ providerId: string; status: string } | null> {
    const known: Record<string, { providerId: string; status: string }> = {
      [TRACER_CONFIG]: { providerId: 'tracer', status: 'active' },
      [MIDAZ_CONFIG]: { providerId: 'midaz', status: 'active' },
      [DISABLED_TRACER_CONFIG]: { providerId: 'tracer', status: 'disabled' },
    };
    return known[id] ?? null;
  }
}

/** Awaits `promise`, expects it to reject with an FlkError and hands that back. */
async function flkRejectionOf(promise: Promise<unknown>): Promise<FlkError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FlkError);
  return error as FlkError;
}

/** Runs `fn`, expects an FlkError and hands it back for closer inspection. */
function flkErrorOf(fn: () => unknown): FlkError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FlkError);
    return error as FlkError;
  }
  throw new Error('expected an FlkError, nothing was thrown');
}

const templateParams = (extra: Record<string, unknown> = {}) => ({
  workflowName: 'Card approvals',
  tracerProviderConfigId: TRACER_CONFIG,
  midazProviderConfigId: MIDAZ_CONFIG,
  ...extra,
});

describe('CatalogService', () => {
  let catalog: CatalogService;

  // The service holds no mutable state, so one instance (schemas compiled once) serves every test.
  beforeAll(() => {
    catalog = new CatalogService(new FakeProviderConfigs({}));
  });

  describe('lists', () => {
    it('lists the eight executors sorted by id with category = provider name', () => {
      expect(catalog.listExecutors()).toEqual([
        { id: 'http.request', name: 'HTTP Request', category: 'HTTP', version: 'v1', providerId: 'http' },
        { id: 'midaz.create-account', name: 'Create Account', category: 'Midaz', version: 'v1', providerId: 'midaz' },
        {
          id: 'midaz.create-transaction',
          name: 'Create Transaction',
          category: 'Midaz',
          version: 'v1',
          providerId: 'midaz',
        },
        { id: 'midaz.get-account', name: 'Get Account', category: 'Midaz', version: 'v1', providerId: 'midaz' },
        {
          id: 'midaz.get-account-balance',
          name: 'Get Account Balance',
          category: 'Midaz',
          version: 'v1',
          providerId: 'midaz',
        },
        { id: 's3.put-object', name: 'Put Object', category: 'S3', version: 'v1', providerId: 's3' },
        {
          id: 'tracer.list-validations',
          name: 'List Validations',
          category: 'Tracer',
          version: 'v1',
          providerId: 'tracer',
        },
        {
          id: 'tracer.validate-transaction',
          name: 'Validate Transaction',
          category: 'Tracer',
          version: 'v1',
          providerId: 'tracer',
        },
      ]);
    });

    it('lists providers sorted with exactly the summary keys', () => {
      const providers = catalog.listProviders();
      expect(providers.map((p) => [p.id, p.name, p.version])).toEqual([
        ['http', 'HTTP', 'v1'],
        ['midaz', 'Midaz', 'v1'],
        ['s3', 'S3', 'v1'],
        ['tracer', 'Tracer', 'v1'],
      ]);
      for (const provider of providers) {
        expect(Object.keys(provider).sort()).toEqual(['description', 'id', 'name', 'version']);
        expect(provider.description.length).toBeGreaterThan(0);
      }
    });

    it('lists the webhook trigger', () => {
      expect(catalog.listTriggers()).toEqual([{ id: 'webhook', name: 'Webhook', version: 'v1' }]);
    });

    it('lists the template', () => {
      const [template, ...rest] = catalog.listTemplates();
      expect(rest).toEqual([]);
      expect(template).toEqual({
        id: 'tracer-midaz-validation',
        name: 'Tracer Validation + Midaz Transaction',
        description: expect.any(String),
        version: 'v1',
        category: 'Compliance',
      });
    });

    it('lists the executors of one provider, sorted', () => {
      expect(catalog.listProviderExecutors('tracer').map((e) => e.id)).toEqual([
        'tracer.list-validations',
        'tracer.validate-transaction',
      ]);
      expect(catalog.listProviderExecutors('midaz').map((e) => e.id)).toEqual([
        'midaz.create-account',
        'midaz.create-transaction',
        'midaz.get-account',
        'midaz.get-account-balance',
      ]);
    });

    it('returns fresh objects, so callers cannot alter the catalog', () => {
      catalog.listExecutors()[0]!.name = 'changed';
      expect(catalog.listExecutors()[0]!.name).toBe('HTTP Request');
    });
  });

  describe('details serialise schemas as JSON strings', () => {
    it('executor detail', () => {
      const detail = catalog.getExecutor('tracer.list-validations');
      expect(detail).toMatchObject({ id: 'tracer.list-validations', category: 'Tracer', providerId: 'tracer' });
      expect(typeof detail.schema).toBe('string');
      const schema = JSON.parse(detail.schema);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.additionalProperties).toBe(false);
      expect(schema.properties.sortOrder).toMatchObject({ enum: ['ASC', 'DESC'], default: 'DESC' });
      expect(schema.properties.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 10 });
    });

    it('every executor schema parses and states its required keys', () => {
      const required = Object.fromEntries(
        catalog.listExecutors().map((e) => [e.id, JSON.parse(catalog.getExecutor(e.id).schema).required ?? []]),
      );
      expect(required).toEqual({
        'http.request': [],
        's3.put-object': ['key'],
        'midaz.create-account': ['assetCode', 'type'],
        'midaz.create-transaction': ['send'],
        'midaz.get-account': ['accountId'],
        'midaz.get-account-balance': ['accountId'],
        'tracer.list-validations': [],
        'tracer.validate-transaction': [
          'requestId',
          'transactionType',
          'amount',
          'currency',
          'transactionTimestamp',
          'account',
        ],
      });
    });

    it('provider detail marks secrets writeOnly', () => {
      const midaz = JSON.parse(catalog.getProvider('midaz').configSchema);
      expect(midaz.required).toEqual(['onboarding_base_url', 'transaction_base_url', 'organization_id', 'ledger_id']);
      expect(midaz.properties.auth.required).toEqual(['issuer_url', 'client_id', 'client_secret']);
      expect(midaz.properties.auth.properties.client_secret.writeOnly).toBe(true);
      const tracer = JSON.parse(catalog.getProvider('tracer').configSchema);
      expect(tracer.required).toEqual(['base_url', 'api_key']);
      expect(tracer.properties.api_key).toMatchObject({ type: 'string', minLength: 1, writeOnly: true });
      expect(tracer.properties.base_url.format).toBe('uri');
    });

    it('trigger detail', () => {
      const detail = catalog.getTrigger('webhook');
      expect(Object.keys(detail).sort()).toEqual(['id', 'name', 'schema', 'version']);
      const schema = JSON.parse(detail.schema);
      expect(schema.properties.method.enum).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
      expect(schema.properties.path.minLength).toBe(1);
      expect(Object.keys(schema.properties).sort()).toEqual([
        'method',
        'path',
        'rateLimit',
        'responseMode',
        'signature',
        'triggerId',
        'triggerType',
        'verify_token',
      ]);
      for (const property of Object.values<Record<string, unknown>>(schema.properties)) {
        expect(typeof property.description).toBe('string');
      }
    });
  });

  describe('not found', () => {
    it.each([
      ['getExecutor', 'FLK-0200', () => catalog.getExecutor('midaz.nope')],
      ['validateExecutorConfig', 'FLK-0200', () => catalog.validateExecutorConfig('nope', {})],
      ['getProvider', 'FLK-0230', () => catalog.getProvider('ftp')],
      ['listProviderExecutors', 'FLK-0230', () => catalog.listProviderExecutors('smtp')],
      ['getTrigger', 'FLK-0210', () => catalog.getTrigger('cron')],
      ['buildWorkflowFromTemplate', 'FLK-0240', () => catalog.buildWorkflowFromTemplate('nope', templateParams())],
      ['inherited name', 'FLK-0200', () => catalog.getExecutor('constructor')],
      ['__proto__ id', 'FLK-0230', () => catalog.getProvider('__proto__')],
    ])('%s → %s', (_name, code, call) => {
      const error = flkErrorOf(call);
      expect(error.code).toBe(code);
      expect(error.status).toBe(404);
    });

    it('validateTemplateParams → FLK-0240', async () => {
      const error = await flkRejectionOf(catalog.validateTemplateParams('nope', templateParams()));
      expect({ code: error.code, status: error.status }).toEqual({ code: 'FLK-0240', status: 404 });
    });

    it('getTemplate → FLK-0240 without asking the port', async () => {
      const port = new FakeProviderConfigs({});
      const service = new CatalogService(port);
      await expect(service.getTemplate('nope')).rejects.toMatchObject({ code: 'FLK-0240' });
      expect(port.calls).toEqual([]);
    });
  });

  describe('executor config validation', () => {
    const cases: Array<{ id: string; valid: Record<string, unknown>; invalid: Record<string, unknown>; field: string }> = [
      {
        id: 'midaz.create-transaction',
        valid: {
          description: 'Card settlement',
          send: {
            asset: 'BRL',
            value: '100.50',
            source: { from: [{ accountAlias: '@customer', amount: { asset: 'BRL', value: '100.50' } }] },
            distribute: { to: [{ accountAlias: '@merchant', share: { percentage: 100 } }] },
          },
        },
        invalid: { send: { asset: 'BRL', value: '10,5' } },
        field: 'send.value',
      },
      {
        id: 'midaz.create-account',
        valid: { assetCode: 'BRL', type: 'deposit', alias: '@alice', portfolioId: UUID, status: { code: 'ACTIVE' } },
        invalid: { assetCode: 'BRL', type: 'deposit', alias: 'a'.repeat(101) },
        field: 'alias',
      },
      {
        id: 'midaz.get-account',
        valid: { accountId: UUID },
        invalid: { accountId: 'not-a-uuid' },
        field: 'accountId',
      },
      {
        id: 'midaz.get-account-balance',
        valid: { accountId: UUID, limit: 50, cursor: 'abc' },
        invalid: { accountId: UUID, limit: 101 },
        field: 'limit',
      },
      {
        id: 'tracer.validate-transaction',
        valid: {
          requestId: UUID,
          transactionType: 'PIX',
          amount: '250.00',
          currency: 'BRL',
          transactionTimestamp: '2026-01-15T10:30:00Z',
          account: { accountId: UUID, type: 'checking', status: 'active' },
          merchant: { merchantId: 'm-1', category: '5411', country: 'BR' },
          metadata: { channel: 'app' },
        },
        invalid: {
          requestId: UUID,
          transactionType: 'PIX',
          amount: '250.00',
          currency: 'brl',
          transactionTimestamp: '2026-01-15T10:30:00Z',
          account: { accountId: UUID, type: 'checking', status: 'active' },
        },
        field: 'currency',
      },
      {
        id: 'tracer.list-validations',
        valid: { decision: 'DENY', limit: 20, sortBy: 'createdAt', sortOrder: 'ASC' },
        invalid: { decision: 'MAYBE' },
        field: 'decision',
      },
      {
        id: 'http.request',
        valid: { query: { page: 2 }, headers: { 'X-Trace': 'on' }, successStatuses: [200, 404] },
        invalid: { successStatuses: [99] },
        field: 'successStatuses[0]',
      },
      {
        id: 's3.put-object',
        valid: { key: 'reports/{executionId}.json', contentType: 'application/json' },
        invalid: { key: '' },
        field: 'key',
      },
    ];

    it('covers every executor', () => {
      expect(cases.map((c) => c.id).sort()).toEqual(catalog.listExecutors().map((e) => e.id));
    });

    it.each(cases)('$id accepts a realistic config', ({ id, valid }) => {
      expect(catalog.validateExecutorConfig(id, valid)).toEqual({ valid: true });
    });

    it.each(cases)('$id rejects a bad $field with FLK-0201', ({ id, invalid, field }) => {
      const error = flkErrorOf(() => catalog.validateExecutorConfig(id, invalid));
      expect(error.code).toBe('FLK-0201');
      expect(error.status).toBe(400);
      expect(Object.keys(error.fields ?? {})).toEqual([field]);
      expect(error.message).toContain(field);
      expect(error.message).not.toContain('\n');
    });

    it('names missing required properties and explains patterns and enums', () => {
      const error = flkErrorOf(() =>
        catalog.validateExecutorConfig('tracer.validate-transaction', {
          transactionType: 'CHEQUE',
          amount: '1.5',
          currency: 'BRL',
          transactionTimestamp: 'yesterday',
          account: { accountId: UUID, type: 'checking' },
        }),
      );
      expect(error.fields).toEqual({
        requestId: 'is required',
        transactionType: 'must be one of: CARD, WIRE, PIX, CRYPTO',
        transactionTimestamp: 'must match format "date-time"',
        'account.status': 'is required',
      });
      expect(error.message).toMatch(/^Configuration for executor "tracer\.validate-transaction" is invalid: /);
      expect(error.message).toContain('(and 1 more)');
    });

    it('reports array items with an index', () => {
      const error = flkErrorOf(() =>
        catalog.validateExecutorConfig('midaz.create-transaction', {
          send: { asset: 'BRL', value: '1', source: { from: [{ accountAlias: '@a' }, { amount: { value: 'x' } }] } },
        }),
      );
      expect(error.fields).toEqual({
        'send.source.from[1].accountAlias': 'is required',
        'send.source.from[1].amount.value': 'must match pattern "^[0-9]+(\\.[0-9]+)?$"',
      });
    });

    it('rejects unknown keys only where the schema closes the object', () => {
      const error = flkErrorOf(() => catalog.validateExecutorConfig('tracer.list-validations', { foo: 1 }));
      expect(error.fields).toEqual({ foo: 'is not allowed' });
      expect(catalog.validateExecutorConfig('midaz.get-account', { accountId: UUID, foo: 1 })).toEqual({ valid: true });
    });

    it('checks metadata size and key length', () => {
      const base = {
        requestId: UUID,
        transactionType: 'CARD',
        amount: '1',
        currency: 'USD',
        transactionTimestamp: '2026-01-15T10:30:00+01:00',
        account: { accountId: UUID, type: 'credit', status: 'closed' },
      };
      const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
      const error = flkErrorOf(() =>
        catalog.validateExecutorConfig('tracer.validate-transaction', { ...base, metadata: tooMany }),
      );
      expect(error.fields).toEqual({ metadata: 'must NOT have more than 50 properties' });
      const longKey = 'k'.repeat(65);
      const keyError = flkErrorOf(() =>
        catalog.validateExecutorConfig('tracer.validate-transaction', { ...base, metadata: { [longKey]: 1 } }),
      );
      expect(Object.keys(keyError.fields ?? {})).toEqual([`metadata.${longKey}`]);
    });

    it('exports the internal node data keys', () => {
      expect([...EXECUTOR_NODE_INTERNAL_KEYS].sort()).toEqual(
        ['endpointName', 'executorId', 'inputMapping', 'method', 'outputMapping', 'path', 'providerConfigId', 'timeout', 'transforms'],
      );
    });
  });

  describe('provider config validation', () => {
    const http = (auth: Record<string, unknown>) => catalog.providerConfigViolation('http', { base_url: 'https://api.example.com', auth });

    it('names only what is wrong in the authentication branch the type selects', () => {
      // Every other branch's missing fields used to be listed too ("auth.type must be equal to constant; auth.key is
      // required; auth.token must NOT have fewer than 1 characters (and 6 more)").
      expect(http({ type: 'bearer', token: '' })?.fields).toEqual({ 'auth.token': 'must NOT have fewer than 1 characters' });
      expect(http({ type: 'basic', password: 'pw' })?.fields).toEqual({ 'auth.username': 'is required' });
      expect(http({ type: 'api_key', key: 'k', location: 'body' })?.fields).toEqual({ 'auth.location': 'must be one of: header, query' });
      expect(http({ type: 'bearer', token: '' })?.message).toBe('Configuration for provider "http" is invalid: auth.token must NOT have fewer than 1 characters');
    });

    it('answers an unknown type with the types there are', () => {
      expect(http({ type: 'carrier_pigeon' })?.fields).toEqual({
        'auth.type': 'must be one of: none, api_key, bearer, basic, oauth2_client_credentials, oidc_client_credentials',
      });
      expect(http({ type: 'bearer', token: 'ok' })).toBeUndefined();
    });
  });

  describe('hostile input', () => {
    it.each([
      ['null', null],
      ['an array', []],
      ['a string', 'x'],
      ['a number', 42],
      ['undefined', undefined],
    ])('a config that is %s fails validation instead of crashing', (_label, config) => {
      const error = flkErrorOf(() => catalog.validateExecutorConfig('midaz.get-account', config));
      expect(error.code).toBe('FLK-0201');
      expect(error.fields).toEqual({ '(root)': 'must be a JSON object' });
    });

    it.each([null, [], 'x'])('template params %p fail with FLK-0242', async (params) => {
      const error = await flkRejectionOf(catalog.validateTemplateParams('tracer-midaz-validation', params));
      expect(error.code).toBe('FLK-0242');
      expect(error.fields).toEqual({ '(root)': 'must be a JSON object' });
      expect(flkErrorOf(() => catalog.buildWorkflowFromTemplate('tracer-midaz-validation', params)).code).toBe(
        'FLK-0242',
      );
    });

    it('__proto__ keys in a body pollute nothing', async () => {
      const body = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
      const closed = flkErrorOf(() => catalog.validateExecutorConfig('tracer.list-validations', body));
      expect(closed.code).toBe('FLK-0201');
      expect(Object.hasOwn(closed.fields ?? {}, '__proto__')).toBe(true);
      expect(closed.fields?.constructor).toBe('is not allowed');
      expect(flkErrorOf(() => catalog.validateExecutorConfig('midaz.get-account', body)).fields).toEqual({
        accountId: 'is required',
      });

      const params = JSON.parse(
        `{"__proto__": {"polluted": true}, "workflowName": "W", "tracerProviderConfigId": "${TRACER_CONFIG}", "midazProviderConfigId": "${MIDAZ_CONFIG}"}`,
      );
      expect(await catalog.validateTemplateParams('tracer-midaz-validation', params)).toEqual({ valid: true });
      const draft = catalog.buildWorkflowFromTemplate('tracer-midaz-validation', params);
      expect(draft.name).toBe('W');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('control characters in keys do not break the one-line message', () => {
      const error = flkErrorOf(() => catalog.validateExecutorConfig('tracer.list-validations', { 'a\nb': 1 }));
      expect(error.fields).toEqual({ 'a b': 'is not allowed' });
      expect(error.message).not.toMatch(/[\r\n]/);
    });
  });

  describe('template', () => {
    it('validates params', async () => {
      expect(await catalog.validateTemplateParams('tracer-midaz-validation', templateParams())).toEqual({ valid: true });
      const error = await flkRejectionOf(
        catalog.validateTemplateParams('tracer-midaz-validation', {
          workflowName: '',
          tracerProviderConfigId: 'nope',
          webhookMethod: 'GET',
        }),
      );
      expect(error.code).toBe('FLK-0242');
      expect(error.status).toBe(400);
      expect(error.fields).toEqual({
        workflowName: 'must NOT have fewer than 1 characters; must match pattern "\\S"',
        tracerProviderConfigId: 'must match format "uuid"',
        midazProviderConfigId: 'is required',
        webhookMethod: 'must be one of: POST',
      });
    });

    it('rejects a name over 100 characters and a description over 500', async () => {
      const error = await flkRejectionOf(
        catalog.validateTemplateParams(
          'tracer-midaz-validation',
          templateParams({ workflowName: 'n'.repeat(101), workflowDescription: 'd'.repeat(501) }),
        ),
      );
      expect(Object.keys(error.fields ?? {}).sort()).toEqual(['workflowDescription', 'workflowName']);
    });

    it('builds the workflow of the reference with defaults for the webhook', () => {
      const draft = catalog.buildWorkflowFromTemplate('tracer-midaz-validation', templateParams());
      expect(draft.name).toBe('Card approvals');
      expect('description' in draft).toBe(false);
      expect(draft.metadata).toEqual({ templateId: 'tracer-midaz-validation', templateVersion: 'v1' });
      expect(draft.nodes.map((n) => [n.id, n.type, n.name, n.position])).toEqual([
        ['webhook-trigger', 'trigger', 'Webhook Trigger', { x: 250, y: 0 }],
        ['tracer-validate', 'executor', 'Tracer Validate Transaction', { x: 250, y: 150 }],
        ['decision-check', 'conditional', 'Decision Check', { x: 250, y: 300 }],
        ['midaz-create-tx', 'executor', 'Midaz Create Transaction', { x: 100, y: 450 }],
      ]);
      const [trigger, tracer, decision, midaz] = draft.nodes;
      expect(trigger!.data).toEqual({ triggerType: 'webhook', path: '/validate-and-transact', method: 'POST' });
      expect(tracer!.data).toEqual({
        executorId: 'tracer.validate-transaction',
        providerConfigId: TRACER_CONFIG,
        method: 'POST',
        path: '/v1/validations',
        inputMapping: [
          { source: 'workflow.requestId', target: 'requestId' },
          { source: 'workflow.transactionType', target: 'transactionType' },
          { source: 'workflow.amount', target: 'amount' },
          { source: 'workflow.currency', target: 'currency' },
          { source: 'workflow.transactionTimestamp', target: 'transactionTimestamp' },
          { source: 'workflow.account', target: 'account' },
        ],
      });
      expect(decision!.data).toEqual({ condition: 'tracer-validate.body.decision == "ALLOW"' });
      expect(midaz!.data).toEqual({
        executorId: 'midaz.create-transaction',
        providerConfigId: MIDAZ_CONFIG,
        inputMapping: [
          { source: 'workflow.transaction', target: 'send' },
          { source: 'workflow.transactionDescription', target: 'description' },
        ],
      });
      expect(draft.edges).toEqual([
        { id: 'webhook-to-tracer', source: 'webhook-trigger', target: 'tracer-validate' },
        { id: 'tracer-to-decision', source: 'tracer-validate', target: 'decision-check' },
        {
          id: 'decision-to-midaz',
          source: 'decision-check',
          target: 'midaz-create-tx',
          sourceHandle: 'true',
          label: 'Approved',
        },
      ]);
    });

    it('uses the given description and webhook path', () => {
      const draft = catalog.buildWorkflowFromTemplate(
        'tracer-midaz-validation',
        templateParams({ workflowDescription: 'Checks then books', webhookPath: '/cards', webhookMethod: 'POST' }),
      );
      expect(draft.description).toBe('Checks then books');
      expect(draft.nodes[0]!.data).toEqual({ triggerType: 'webhook', path: '/cards', method: 'POST' });
    });

    it('builds independent drafts', () => {
      const first = catalog.buildWorkflowFromTemplate('tracer-midaz-validation', templateParams());
      (first.nodes[1]!.data!.inputMapping as unknown[]).length = 0;
      const second = catalog.buildWorkflowFromTemplate('tracer-midaz-validation', templateParams());
      expect(second.nodes[1]!.data!.inputMapping).toHaveLength(6);
    });

    it('build refuses invalid params', () => {
      const error = flkErrorOf(() =>
        catalog.buildWorkflowFromTemplate('tracer-midaz-validation', { workflowName: 'x' }),
      );
      expect(error.code).toBe('FLK-0242');
      expect(Object.keys(error.fields ?? {})).toEqual(['tracerProviderConfigId', 'midazProviderConfigId']);
    });
  });

  describe('template detail enrichment', () => {
    it('offers the active configurations of each provider, sorted by name', async () => {
      const port = new FakeProviderConfigs({
        tracer: [
          // Ids deliberately sort the other way round from names.
          { id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Zeta tracer' },
          { id: 'f9e8d7c6-0000-4000-8000-000000000002', name: 'Alpha tracer' },
        ],
      });
      const detail = await new CatalogService(port).getTemplate('tracer-midaz-validation');
      expect(detail).toMatchObject({ id: 'tracer-midaz-validation', category: 'Compliance', version: 'v1' });
      const schema = JSON.parse(detail.paramSchema);
      expect(schema.properties.tracerProviderConfigId.oneOf).toEqual([
        { const: 'f9e8d7c6-0000-4000-8000-000000000002', title: 'Alpha tracer' },
        { const: 'a1b2c3d4-0000-4000-8000-000000000001', title: 'Zeta tracer' },
      ]);
      // No active midaz configuration: nothing can be chosen, said in a way JSON Schema allows (not `oneOf: []`).
      expect(schema.properties.midazProviderConfigId.oneOf).toBeUndefined();
      expect(schema.properties.midazProviderConfigId.not).toEqual({});
      expect(schema.properties.workflowName.oneOf).toBeUndefined();
      expect(port.calls.sort((a, b) => a.providerId.localeCompare(b.providerId))).toEqual([
        { providerId: 'midaz', limit: 100 },
        { providerId: 'tracer', limit: 100 },
      ]);
    });

    it.each([
      ['without any active configuration', {}],
      ['with active configurations', { tracer: [{ id: 'a1b2c3d4-0000-4000-8000-000000000001', name: 'Tracer' }] }],
    ])('the enriched schema %s is a valid JSON Schema document a client can compile', async (_what, byProvider) => {
      const detail = await new CatalogService(new FakeProviderConfigs(byProvider)).getTemplate('tracer-midaz-validation');
      const client = new Ajv2020({ strict: false });
      addFormats(client);
      // Before, `oneOf: []` failed here: "oneOf must NOT have fewer than 1 items".
      expect(() => client.compile(JSON.parse(detail.paramSchema))).not.toThrow();
    });

    it('serialises compactly with recursively sorted keys', async () => {
      const detail = await catalog.getTemplate('tracer-midaz-validation');
      expect(detail.paramSchema).not.toMatch(/\n|": /);
      expect(detail.paramSchema.startsWith('{"$schema":"https://json-schema.org/draft/2020-12/schema","properties":{'))
        .toBe(true);
      expect(detail.paramSchema).toContain(
        '"midazProviderConfigId":{"description":"Active Midaz provider configuration used to book the transaction.",' +
          '"format":"uuid","not":{},"type":"string","x-provider-config":"midaz"}',
      );
    });

    it('does not leak enrichment into later reads or validation', async () => {
      const port = new FakeProviderConfigs({ midaz: [{ id: 'only', name: 'Only' }] });
      const service = new CatalogService(port);
      await service.getTemplate('tracer-midaz-validation');
      port.calls.length = 0;
      (port as unknown as { byProvider: Record<string, unknown> }).byProvider = {};
      const again = JSON.parse((await service.getTemplate('tracer-midaz-validation')).paramSchema);
      expect(again.properties.midazProviderConfigId).toMatchObject({ not: {} });
      expect(again.properties.midazProviderConfigId.oneOf).toBeUndefined();
      // Validation looks each configuration up itself: it does not depend on what an earlier read offered.
      expect(await service.validateTemplateParams('tracer-midaz-validation', templateParams())).toEqual({ valid: true });
    });

    it('refuses provider-config ids that creating the workflow would refuse: unknown, disabled, of another provider', async () => {
      // The schema alone passed any UUID, and from-template then answered FLK-0150 / FLK-0151.
      const error = await flkRejectionOf(
        catalog.validateTemplateParams(
          'tracer-midaz-validation',
          templateParams({ tracerProviderConfigId: DISABLED_TRACER_CONFIG, midazProviderConfigId: TRACER_CONFIG }),
        ),
      );
      expect(error.code).toBe('FLK-0242');
      expect(error.fields).toEqual({
        tracerProviderConfigId: 'must be an active provider configuration of provider "tracer"',
        midazProviderConfigId: 'must be an active provider configuration of provider "midaz"',
      });
      const unknown = await flkRejectionOf(catalog.validateTemplateParams('tracer-midaz-validation', templateParams({ midazProviderConfigId: UUID })));
      expect(Object.keys(unknown.fields ?? {})).toEqual(['midazProviderConfigId']);
      const upper = templateParams({ tracerProviderConfigId: TRACER_CONFIG.toUpperCase() });
      expect(await catalog.validateTemplateParams('tracer-midaz-validation', upper)).toEqual({ valid: true });
    });
  });
});
