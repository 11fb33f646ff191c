import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { OPERATION_LIST, type OperationDefinition, type OperationParameter } from '../../src/generated/operations';
import { resolveRef, spec } from '../support/contract';
import { wipeSubscriptionTables } from '../support/subscription-tables';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import { callHook, webhookWorkflow } from './webhooks-fixtures';
import { create } from './workflows-fixtures';

/**
 * Every operation of the spec, called with generated input: path, query, header and body values drawn from
 * well-formed, mistyped, oversized and hostile ones, aimed at resources that exist as well as at unknown ids. Each
 * answer must be below 500 and match the spec (t.http checks status and body of every response against it). The
 * bodies start from the spec's own request examples (or a sample built from the request schema) with one part
 * removed, replaced or added, so validation is reached past its first check. Afterwards the audit chain still
 * verifies and the service still takes webhooks.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: Json[];
  example?: Json;
  default?: Json;
  minimum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
/** Requests per operation (FUZZ_RUNS for a longer search); a failure prints the seed that replays it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const ORG = 'fuzz-org';

const HOSTILE = [
  '', ' ', '\u0000', 'a\u0000b', '%00', '%', '%zz', '../../etc/passwd', "'; DROP TABLE workflows; --", '<script>alert(1)</script>',
  '__proto__', 'constructor', 'toString', '\ud800', '\uffff', '😀'.repeat(50), 'x'.repeat(5_000), '9'.repeat(400), '-1', '0', '1e309',
  'NaN', 'Infinity', 'null', 'true', '[]', '{}', '${{7*7}}', '{{constructor.constructor("x")()}}', '\r\nX-Injected: 1',
];
const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 40 }));
/** What fetch can carry in a header value: printable ASCII. */
const headerValue = fc.oneof(fc.constantFrom('', ' ', 'x'.repeat(300), '-1', 'null'), fc.stringMatching(/^[\x21-\x7e]{1,80}$/));
const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const anyJson = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;
const RAW_BODIES = ['{', '[', '{"a":', '"unterminated', '{"__proto__":{"polluted":true}}', '{"a":1,"a":2}', '[1,2', '\u0000', `${'['.repeat(300)}${']'.repeat(300)}`, 'a=1&b=2'];

describe('API fuzz: generated input on every operation', () => {
  let t: TestApp;
  /** Ids of resources that exist, by operation id or else by the path in front of the parameter (`/v1/workflows` …). */
  const known = new Map<string, string[]>();

  beforeAll(async () => {
    t = await startTestApp();
    // One active hook per method, used only by the webhook operations, so that the workflow operations (which
    // deactivate and delete what they are given) cannot take them away.
    const hooks = await Promise.all(['POST', 'GET', 'PUT', 'PATCH', 'DELETE'].map((method) => webhookWorkflow(t, { method })));
    const executable = await webhookWorkflow(t);
    const managed = await webhookWorkflow(t);
    const draft = await create(t, { name: `fuzz ${randomUUID().slice(0, 8)}`, nodes: [] });
    const call = await callHook(t, hooks[0].path, { body: { fuzz: true } });
    const first = async (url: string) => {
      const res = await t.http(url, { headers: authJson() });
      const body = await res.json();
      const items = (Array.isArray(body) ? body : (body.items ?? body.data ?? [])) as Array<Record<string, unknown>>;
      return items.slice(0, 2).map((item) => String(item.id ?? item.eventId ?? item.workflowId));
    };
    known.set('/v1/workflows', [managed.id, draft]);
    known.set('executeWorkflow', [executable.id]);
    known.set('/v1/webhooks', hooks.map((hook) => hook.path));
    // Each webhook operation mostly calls the hook of its own method.
    for (const op of OPERATION_LIST.filter((candidate) => candidate.tag === 'Webhooks' && candidate.path === '/v1/webhooks/{path}')) {
      known.set(op.operationId, [hooks.find((hook) => hook.method === op.method)!.path]);
    }
    known.set('/v1/executions', [(await call.json()).executionId]);
    known.set('/v1/audit-events', await first('/v1/audit-events?limit=2'));
    for (const kind of ['executors', 'providers', 'templates', 'triggers']) known.set(`/v1/catalog/${kind}`, await first(`/v1/catalog/${kind}`));
    known.set('/v1/executors', await first('/v1/executors'));
    const created = await Promise.all([
      t.http('/v1/provider-configurations', { method: 'POST', headers: authJson(), body: JSON.stringify(baseBody('createProviderConfiguration')) }),
      t.http('/v1/webhook-subscriptions', {
        method: 'POST',
        headers: authJson({ 'X-Organization-Id': ORG }),
        body: JSON.stringify(baseBody('createWebhookSubscription')),
      }),
    ]);
    const [provider, subscription] = await Promise.all(created.map(async (res) => (res.status === 201 ? [String((await res.json()).id)] : [])));
    known.set('/v1/provider-configurations', provider);
    known.set('/v1/webhook-subscriptions', subscription);
  });
  afterAll(async () => {
    await wipeSubscriptionTables(t);
    await t.close();
  });

  // Deletions last, so that the other operations meet the resources while they still exist.
  const operations = [...OPERATION_LIST].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));

  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s answers every generated request below 500, as the spec says', async (_name, op) => {
    await fc.assert(
      fc.asyncProperty(requestFor(op), async (request) => {
        const res = await t.http(request.url, request.init);
        if (res.status >= 500) throw new Error(`${res.status} for ${request.init.method} ${request.url}: ${await res.text()}`);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('webhook triggers with generated settings answer every generated call below 500, as the spec says', async () => {
    // Mostly settings that activation accepts (it refuses malformed ones, FLK-0211), sometimes anything at all.
    const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anyJson as fc.Arbitrary<unknown> });
    const settings = fc.record(
      {
        verify_token: mostly(fc.constantFrom('s3cret-token', 'another-token')),
        signature: mostly(
          fc.record(
            {
              scheme: fc.constantFrom('github', 'stripe', 'standard'),
              secret: fc.constantFrom('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'plain-secret'),
              toleranceSeconds: fc.integer({ min: 1, max: 600 }),
            },
            { requiredKeys: ['scheme', 'secret'] },
          ),
        ),
        rateLimit: mostly(fc.record({ requests: fc.integer({ min: 1, max: 5 }), perSeconds: fc.integer({ min: 1, max: 60 }) })),
        responseMode: mostly(fc.constantFrom('sync', 'async')),
      },
      { requiredKeys: [] },
    );
    const signatureHeaders = fc.record(
      {
        'X-Hub-Signature-256': fc.oneof(headerValue, hex(64).map((digits) => `sha256=${digits}`)),
        'Stripe-Signature': fc.oneof(headerValue, fc.tuple(fc.integer({ min: 0, max: 2e9 }), hex(64)).map(([ts, digits]) => `t=${ts},v1=${digits}`)),
        'webhook-id': headerValue,
        'webhook-timestamp': fc.oneof(headerValue, fc.integer({ min: -1e10, max: 1e10 }).map(String)),
        'webhook-signature': fc.oneof(headerValue, fc.base64String().map((b) => `v1,${b}`)),
        Authorization: fc.oneof(headerValue, fc.constant('Bearer s3cret-token')),
        'X-Webhook-Token': fc.oneof(headerValue, fc.constant('s3cret-token')),
        Prefer: fc.oneof(headerValue, fc.constantFrom('respond-async', 'wait=1', 'wait = 0', 'wait=-1', 'wait=99999999999')),
        'Idempotency-Key': headerValue,
        'X-Webhook-Delivery-Id': headerValue,
        'X-API-Key': mostly(fc.constant(TEST_API_KEY)).map((key) => (typeof key === 'string' ? key : 'wrong-key')),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(settings, fc.array(fc.tuple(signatureHeaders, fc.option(fc.constantFrom('wait=true', 'wait=false', 'wait=maybe', 'token=s3cret-token'), { nil: undefined }), anyJson), { minLength: 1, maxLength: 4 }), async (data, calls) => {
        const path = `fuzz/${randomUUID().slice(0, 8)}`;
        const definition = {
          name: `fuzz ${randomUUID().slice(0, 8)}`,
          nodes: [
            { id: 'hook', type: 'trigger', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path, method: 'POST', ...data } },
            { id: 'done', type: 'action', position: { x: 0, y: 100 }, data: { actionType: 'set_output', output: { ok: true } } },
          ],
          edges: [{ id: 'e1', source: 'hook', target: 'done' }],
        };
        const created = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body: JSON.stringify(definition) });
        if (created.status >= 500) throw new Error(`create: ${created.status} ${await created.text()}`);
        if (created.status !== 201) return;
        const id = (await created.json()).workflowId;
        const activated = await t.http(`/v1/workflows/${id}/activate`, { method: 'POST', headers: authJson() });
        if (activated.status >= 500) throw new Error(`activate: ${activated.status} ${await activated.text()}`);
        for (const [headers, query, body] of calls) {
          const res = await callHook(t, path, { headers: { 'Content-Type': 'application/json', ...headers }, query, raw: JSON.stringify(body) });
          if (res.status >= 500) throw new Error(`call: ${res.status} ${await res.text()}`);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('after the fuzzing the audit chain verifies and webhooks are still taken', async () => {
    const latest = (await (await t.http('/v1/audit-events?limit=1', { headers: authJson() })).json()).items[0];
    const verified = await (await t.http(`/v1/audit-events/${latest.eventId ?? latest.id}/verify`, { headers: authJson() })).json();
    expect(verified).toMatchObject({ isValid: true });
    const hook = await webhookWorkflow(t);
    expect((await callHook(t, hook.path, { body: { after: 'fuzz' } })).status).toBe(201);
  });

  /** One request for `op`: its URL (path and query) and fetch options. */
  function requestFor(op: OperationDefinition): fc.Arbitrary<{ url: string; init: RequestInit }> {
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    const queryParams = op.parameters.filter((p) => p.in === 'query');
    const headerParams = op.parameters.filter((p) => p.in === 'header');
    const sendsBody = op.method !== 'GET';
    return fc.record({
      path: fc.tuple(...pathParams.map((p) => pathValue(op, p))),
      // Each parameter is left out half the time or more, so that lists are also asked with valid queries.
      query: fc.tuple(...queryParams.map((p) => fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: queryValue(p) }))),
      extraQuery: fc.option(fc.tuple(fc.constantFrom('unknown', 'limit'), hostileString), { nil: undefined, freq: 6 }),
      unique: fc.uuid(),
      headers: fc.tuple(...headerParams.map(() => fc.option(headerValue, { nil: undefined }))),
      apiKey: fc.oneof({ weight: 8, arbitrary: fc.constant<string | undefined>(TEST_API_KEY) }, { weight: 1, arbitrary: fc.constantFrom(undefined, 'wrong-key', '') }),
      contentType: fc.oneof(
        { weight: 8, arbitrary: fc.constant<string | undefined>('application/json') },
        { weight: 1, arbitrary: fc.constantFrom(undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data') },
      ),
      body: sendsBody ? bodyValue(op) : fc.constant(undefined),
    }).map(({ path: values, query, extraQuery, unique, headers, apiKey, contentType, body: template }) => {
      // Names and webhook paths must be new to get past their uniqueness checks.
      const body = template?.replaceAll(UNIQUE, unique.slice(0, 8));
      let url = op.path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, values[i])));
      const search = new URLSearchParams();
      queryParams.forEach((p, i) => query[i] !== undefined && search.append(p.name, query[i]!));
      if (extraQuery) search.append(extraQuery[0], extraQuery[1]);
      const sent: Record<string, string> = {};
      headerParams.forEach((p, i) => headers[i] !== undefined && (sent[p.name] = headers[i]!));
      if (op.tag === 'Webhook Subscriptions' && sent['X-Organization-Id'] === undefined) sent['X-Organization-Id'] = ORG;
      if (apiKey !== undefined) sent['X-API-Key'] = apiKey;
      if (contentType !== undefined && body !== undefined) sent['Content-Type'] = contentType;
      const qs = search.toString();
      return { url: `${url}${qs ? `?${qs}` : ''}`, init: { method: op.method, headers: sent, body } };
    });
  }

  function pathValue(op: OperationDefinition, param: OperationParameter): fc.Arbitrary<string> {
    const real = known.get(op.operationId) ?? known.get(op.path.slice(0, op.path.indexOf(`/{${param.name}}`))) ?? [];
    // A lone surrogate cannot be percent-encoded: it goes as U+FFFD, as any UTF-8 client would send it.
    const hostile = hostileString.map((s) => encodeURIComponent(Buffer.from(s, 'utf8').toString('utf8')) || 'x');
    const options = [
      { weight: 2, arbitrary: fc.uuid().map(String) },
      { weight: 2, arbitrary: hostile },
      { weight: 1, arbitrary: fc.uuid().map((id) => id.toUpperCase()) },
    ];
    // Webhook paths keep their slashes: the route is the rest of the URL.
    if (real.length > 0) options.push({ weight: 5, arbitrary: fc.constantFrom(...real).map((id) => (param.name === 'path' ? id : encodeURIComponent(id))) });
    return fc.oneof(...options);
  }

  function queryValue(param: OperationParameter): fc.Arbitrary<string> {
    const schema = param.schema as Schema;
    const plausible: string[] = [
      ...(schema.enum ?? []).map(String),
      ...(schema.example !== undefined ? [String(schema.example)] : []),
      ...(schema.type === 'integer' ? ['1', '100'] : []),
      ...(schema.format === 'date-time' ? [new Date().toISOString()] : []),
      ...(schema.format === 'uuid' ? [randomUUID()] : []),
    ];
    const edgy = [
      ...(schema.type === 'integer' ? ['0', '-5', '1000000', '2.5', '1e3', '0x10'] : []),
      ...(schema.format === 'date-time' ? ['2026-13-45T99:99:99Z', '1970-01-01', '2026-12-01T00:00:00+25:00'] : []),
      ...(schema.format === 'uuid' ? ['not-a-uuid', randomUUID().toUpperCase()] : []),
    ];
    return fc.oneof(
      ...(plausible.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...plausible) }] : []),
      ...(edgy.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...edgy) }] : []),
      { weight: plausible.length > 0 ? 1 : 6, arbitrary: hostileString },
    );
  }

  function bodyValue(op: OperationDefinition): fc.Arbitrary<string | undefined> {
    const base = op.requestBody ? baseBody(op.operationId) : {};
    return fc.oneof(
      { weight: 6, arbitrary: mutation(base).map((value) => JSON.stringify(value)) },
      { weight: 2, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  }
});

/** Stands for a fresh value in a body: replaced by a different one in every request. */
const UNIQUE = 'FUZZ-UNIQUE';

/**
 * A body the operation takes as it is, to mutate from: the spec's example, or a sample built from the request
 * schema. The workflow examples name a provider configuration that exists only in the example, so a workflow of
 * this service's own kind is used instead.
 */
function baseBody(operationId: string): Json {
  const ownWorkflow: Json = {
    name: `fuzz ${UNIQUE}`,
    nodes: [
      { id: 'hook', type: 'trigger', name: 'Hook', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path: `fuzz/${UNIQUE}`, method: 'POST' } },
      { id: 'done', type: 'action', position: { x: 0, y: 100 }, data: { actionType: 'set_output', output: { ok: '{{workflow.fuzz}}' } } },
    ],
    edges: [{ id: 'e1', source: 'hook', target: 'done' }],
  };
  if (operationId === 'createWorkflow' || operationId === 'updateWorkflow') return ownWorkflow;
  const op = OPERATION_LIST.find((candidate) => candidate.operationId === operationId)!;
  const media = spec.paths[op.path]?.[op.method.toLowerCase()]?.requestBody?.content?.['application/json'];
  if (!media) return {};
  const body = (media.example as Json | undefined) ?? sample((media.schema ?? {}) as Schema, 0);
  // Names are unique per kind of resource.
  return body && typeof body === 'object' && !Array.isArray(body) && 'name' in body ? { ...body, name: `${String(body.name)} ${UNIQUE}` } : body;
}

/** A plain value that satisfies `schema` in the simple cases: required properties only, first enum value. */
function sample(raw: Schema, depth: number): Json {
  const schema = resolveRef<Schema>(raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => sample(part, depth + 1) as object));
  const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (choice) return sample(choice, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (depth > 6) return null;
  switch (type) {
    case 'object': {
      const out: Record<string, Json> = {};
      for (const name of schema.required ?? []) out[name] = sample(schema.properties?.[name] ?? {}, depth + 1);
      return out;
    }
    case 'array':
      return schema.items ? [sample(schema.items, depth + 1)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'uri') return 'https://example.com/hook';
      return 'sample';
    default:
      return {};
  }
}

/** Every place inside `value` a mutation can touch, as key paths. */
function placesIn(value: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => placesIn(item, [...at, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) placesIn(item, [...at, key], out);
  return out;
}

/** `base` with one place removed, replaced by any JSON or a hostile string, or given an unknown key. */
function mutation(base: Json): fc.Arbitrary<Json> {
  const places = placesIn(base);
  return fc
    .record({
      place: fc.constantFrom(...places),
      kind: fc.constantFrom('remove', 'replace', 'hostile', 'add', 'keep'),
      value: anyJson,
      text: hostileString,
    })
    .map(({ place, kind, value, text }) => {
      if (kind === 'keep') return base;
      const copy = structuredClone(base);
      if (place.length === 0) return kind === 'hostile' ? text : kind === 'replace' ? value : copy;
      const parent = place.slice(0, -1).reduce((node: any, key) => node[key], copy) as Record<string | number, Json> | Json[];
      const last = place[place.length - 1];
      if (kind === 'remove') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (kind === 'add') {
        if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent[`unexpected_${String(last)}`] = value;
      } else {
        (parent as Record<string | number, Json>)[last] = kind === 'hostile' ? text : value;
      }
      return copy;
    });
}
