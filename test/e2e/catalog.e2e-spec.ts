import { randomUUID } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startTestApp, authJson, type TestApp } from '../support/test-app';
import { providerConfig } from './workflows-fixtures';

describe('Catalog', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('lists and details', () => {
    it('lists the built-in executors sorted by id', async () => {
      const { data, response } = await t.client.GET('/v1/catalog/executors');
      expect(response.status).toBe(200);
      expect(data!.map((e) => e.id)).toEqual([
        'http.request',
        'midaz.create-account',
        'midaz.create-transaction',
        'midaz.get-account',
        'midaz.get-account-balance',
        's3.put-object',
        'tracer.list-validations',
        'tracer.validate-transaction',
      ]);
      expect(data!.find((e) => e.id === 'tracer.validate-transaction')).toMatchObject({
        name: 'Validate Transaction',
        category: 'Tracer',
        version: 'v1',
        providerId: 'tracer',
      });
    });

    it('returns an executor with its JSON Schema as a JSON string', async () => {
      const { data, response } = await t.client.GET('/v1/catalog/executors/{id}', {
        params: { path: { id: 'midaz.get-account' } },
      });
      expect(response.status).toBe(200);
      const schema = JSON.parse(data!.schema!);
      expect(schema.required).toEqual(['accountId']);
      expect(schema.properties.accountId.format).toBe('uuid');
    });

    it('lists providers and returns a provider with its config schema', async () => {
      const list = await t.client.GET('/v1/catalog/providers');
      expect(list.data!.map((p) => p.id)).toEqual(['http', 'midaz', 's3', 'tracer']);
      const { data, response } = await t.client.GET('/v1/catalog/providers/{id}', { params: { path: { id: 'tracer' } } });
      expect(response.status).toBe(200);
      expect(data).toMatchObject({ id: 'tracer', name: 'Tracer', version: 'v1' });
      expect(JSON.parse(data!.configSchema!).required).toEqual(expect.arrayContaining(['base_url', 'api_key']));
    });

    it("lists a provider's executors", async () => {
      const { data } = await t.client.GET('/v1/catalog/providers/{id}/executors', { params: { path: { id: 'tracer' } } });
      expect(data!.map((e) => e.id)).toEqual(['tracer.list-validations', 'tracer.validate-transaction']);
    });

    it('lists triggers and returns the webhook trigger', async () => {
      const list = await t.client.GET('/v1/catalog/triggers');
      expect(list.data).toEqual([{ id: 'webhook', name: 'Webhook', version: 'v1' }]);
      const { data } = await t.client.GET('/v1/catalog/triggers/{id}', { params: { path: { id: 'webhook' } } });
      expect(JSON.parse(data!.schema!).properties.method.enum).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    });

    it("the webhook trigger's schema gives activation's verdict on each of these trigger data", async () => {
      // The schema listed neither signature, rateLimit nor responseMode and refused unknown keys, so a client
      // checking its trigger against it could not configure a signature; and it took `/` or no path at all.
      const { data } = await t.client.GET('/v1/catalog/triggers/{id}', { params: { path: { id: 'webhook' } } });
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(data!.schema!));
      const hook = (extra: Record<string, unknown>) => ({ triggerType: 'webhook', path: `/agree/${randomUUID()}`, method: 'POST', ...extra });
      const cases: Array<[string, Record<string, unknown>]> = [
        ['plain', hook({})],
        ['every setting', hook({ verify_token: 'tok', signature: { scheme: 'github', secret: 's3cret', toleranceSeconds: 600 }, rateLimit: { requests: 10, perSeconds: 60 }, responseMode: 'sync' })],
        ['standard signature', hook({ signature: { scheme: 'standard', secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}` } })],
        ['longest standard key', hook({ signature: { scheme: 'standard', secret: Buffer.alloc(64, 9).toString('base64') } })],
        ['standard key of 26 bytes', hook({ signature: { scheme: 'standard', secret: `whsec_${Buffer.alloc(26, 1).toString('base64')}` } })],
        ['standard key too short', hook({ signature: { scheme: 'standard', secret: `whsec_${Buffer.alloc(23, 7).toString('base64')}` } })],
        ['standard key too long', hook({ signature: { scheme: 'standard', secret: `whsec_${Buffer.alloc(65, 7).toString('base64')}` } })],
        ['standard key not base64', hook({ signature: { scheme: 'standard', secret: 'whsec_AAAA' } })],
        ['no path', { triggerType: 'webhook', method: 'POST' }],
        ['root path', hook({ path: '/' })],
        ['control character', hook({ path: '/a\u0001b' })],
        ['path too long', hook({ path: `/${'p'.repeat(600)}` })],
        // Activation decodes escapes first: an escaped control character or a path of escaped slashes names no route.
        ['escaped control character', hook({ path: `/agree/${randomUUID()}%01` })],
        ['escaped DEL', hook({ path: `/agree/${randomUUID()}%7f` })],
        ['only escaped slashes', hook({ path: '%2F/%2f' })],
        ['escaped slash inside', hook({ path: `/agree%2F${randomUUID()}` })],
        ['escaped non-ASCII', hook({ path: `/caf%C3%A9/${randomUUID()}` })],
        ['a % that escapes nothing', hook({ path: `/100%/${randomUUID()}` })],
        ['512 characters without a leading slash', hook({ path: `${randomUUID()}${'p'.repeat(476)}` })],
        ['513 characters', hook({ path: `/${randomUUID()}${'p'.repeat(477)}` })],
        ['method TRACE', hook({ method: 'TRACE' })],
        ['unknown scheme', hook({ signature: { scheme: 'md5', secret: 'x' } })],
        ['empty secret', hook({ signature: { scheme: 'github', secret: '' } })],
        ['zero requests', hook({ rateLimit: { requests: 0, perSeconds: 60 } })],
        ['fractional window', hook({ rateLimit: { requests: 5, perSeconds: 1.5 } })],
        ['unknown mode', hook({ responseMode: 'later' })],
      ];
      for (const [label, trigger] of cases) {
        const created = await t.http('/v1/workflows', {
          method: 'POST',
          headers: authJson(),
          body: JSON.stringify({ name: `agree ${randomUUID()}`, nodes: [{ id: 'in', type: 'trigger', position: { x: 0, y: 0 }, data: trigger }] }),
        });
        expect(created.status).toBe(201);
        const { workflowId } = await created.json();
        const activation = await t.http(`/v1/workflows/${workflowId}/activate`, { method: 'POST', headers: authJson() });
        expect({ label, schema: validate(trigger), activation: activation.status === 200 }).toEqual({
          label,
          schema: activation.status === 200,
          activation: activation.status === 200,
        });
        if (activation.status === 200) await t.http(`/v1/workflows/${workflowId}/deactivate`, { method: 'POST', headers: authJson() });
      }
    });

    it('lists templates and returns one with provider-config choices in its param schema', async () => {
      const list = await t.client.GET('/v1/catalog/templates');
      expect(list.data!.map((x) => x.id)).toEqual(['tracer-midaz-validation']);
      expect(list.data![0]).toMatchObject({ category: 'Compliance', version: 'v1' });
      const { data } = await t.client.GET('/v1/catalog/templates/{id}', {
        params: { path: { id: 'tracer-midaz-validation' } },
      });
      const schema = JSON.parse(data!.paramSchema!);
      expect(schema.required).toEqual(expect.arrayContaining(['workflowName', 'tracerProviderConfigId', 'midazProviderConfigId']));
      // Choices are the active Tracer configurations, which other suites sharing a PostgreSQL database may have created.
      // With none, the parameter says so with `not: {}` (an empty `oneOf` is not valid JSON Schema).
      const tracer = schema.properties.tracerProviderConfigId as { oneOf?: Array<{ const: string; title: string }>; not?: object };
      if (tracer.oneOf === undefined) expect(tracer.not).toEqual({});
      else expect(tracer.oneOf.length).toBeGreaterThan(0);
      for (const c of tracer.oneOf ?? []) expect(c).toEqual({ const: expect.stringMatching(/^[0-9a-f-]{36}$/), title: expect.any(String) });
    });

    it.each([
      ['/v1/catalog/executors/{id}', 'nope.nothing', 'FLK-0200'],
      ['/v1/catalog/providers/{id}', 'nope', 'FLK-0230'],
      ['/v1/catalog/providers/{id}/executors', 'nope', 'FLK-0230'],
      ['/v1/catalog/triggers/{id}', 'cron', 'FLK-0210'],
      ['/v1/catalog/templates/{id}', '__proto__', 'FLK-0240'],
    ] as const)('GET %s with an unknown id → 404 %s', async (route, id, code) => {
      const res = await t.http(route.replace('{id}', encodeURIComponent(id)), { headers: authJson() });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code, title: 'Not Found' });
    });
  });

  describe('validate endpoints', () => {
    it('accepts a valid executor config', async () => {
      const { data, response } = await t.client.POST('/v1/catalog/executors/{id}/validate', {
        params: { path: { id: 'midaz.get-account' } },
        body: { config: { accountId: '0b4cbd1e-5a4e-4a8a-9b0c-6f6c2a1f8e11' } },
      });
      expect(response.status).toBe(200);
      expect(data).toEqual({ valid: true });
    });

    it('rejects an invalid executor config with FLK-0201 naming the field', async () => {
      const res = await t.http('/v1/catalog/executors/midaz.get-account/validate', {
        method: 'POST',
        headers: authJson(),
        body: JSON.stringify({ config: { accountId: 'not-a-uuid' } }),
      });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.code).toBe('FLK-0201');
      expect(Object.keys(body.fields)).toContain('accountId');
    });

    it('validates template params (valid → 200, invalid → 400 FLK-0242)', async () => {
      const [tracer, midaz] = [await providerConfig(t, 'tracer'), await providerConfig(t, 'midaz')];
      const params = { workflowName: 'KYC flow', tracerProviderConfigId: tracer, midazProviderConfigId: midaz };
      const ok = await t.client.POST('/v1/catalog/templates/{id}/validate', {
        params: { path: { id: 'tracer-midaz-validation' } },
        body: { params },
      });
      expect(ok.response.status).toBe(200);
      expect(ok.data).toEqual({ valid: true });
      // What from-template would refuse (FLK-0150, FLK-0151) validation refuses too; it answered 200 for any UUID.
      for (const refused of [
        { ...params, tracerProviderConfigId: randomUUID() },
        { ...params, midazProviderConfigId: await providerConfig(t, 'midaz', 'disabled') },
        { ...params, tracerProviderConfigId: midaz, midazProviderConfigId: tracer },
      ]) {
        const res = await t.http('/v1/catalog/templates/tracer-midaz-validation/validate', {
          method: 'POST',
          headers: authJson(),
          body: JSON.stringify({ params: refused }),
        });
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0242');
        const created = await t.http('/v1/workflows/from-template', {
          method: 'POST',
          headers: authJson(),
          body: JSON.stringify({ templateId: 'tracer-midaz-validation', params: { ...refused, workflowName: `tpl ${randomUUID()}` } }),
        });
        expect(created.status).toBe(400);
      }
      const bad = await t.http('/v1/catalog/templates/tracer-midaz-validation/validate', {
        method: 'POST',
        headers: authJson(),
        body: JSON.stringify({ params: { workflowName: 'x'.repeat(10_000) } }),
      });
      expect(bad.status).toBe(400);
      const refusal = await bad.json();
      expect(refusal.code).toBe('FLK-0242');
      // The params object is the subject of one sentence: "… is invalid", naming what is wrong in it.
      expect(refusal.message).toMatch(/^The params object for template "tracer-midaz-validation" is invalid: .*tracerProviderConfigId is required/);
    });

    it("judges a node's whole data as workflow create does: the engine's own keys are left out of the check", async () => {
      // tracer.list-validations refuses unknown keys: validation answered 400 "executorId is not allowed" for node
      // data that create stores without complaint.
      const data = {
        executorId: 'tracer.list-validations',
        providerConfigId: randomUUID(),
        inputMapping: [{ source: 'workflow.decision', target: 'decision' }],
        method: 'GET',
        decision: 'ALLOW',
      };
      const validate = (config: unknown) =>
        t.http('/v1/catalog/executors/tracer.list-validations/validate', { method: 'POST', headers: authJson(), body: JSON.stringify({ config }) });
      const ok = await validate(data);
      expect({ status: ok.status, body: await ok.json() }).toEqual({ status: 200, body: { valid: true } });
      const bad = await validate({ ...data, decision: 'MAYBE', color: 'red' });
      expect(bad.status).toBe(400);
      expect(Object.keys((await bad.json()).fields).sort()).toEqual(['color', 'decision']);
    });

    it('answers 404 for validating against an unknown executor or template', async () => {
      const exec = await t.http('/v1/catalog/executors/ghost/validate', { method: 'POST', headers: authJson(), body: '{"config":{}}' });
      expect(exec.status).toBe(404);
      expect((await exec.json()).code).toBe('FLK-0200');
      const tpl = await t.http('/v1/catalog/templates/ghost/validate', { method: 'POST', headers: authJson(), body: '{"params":{}}' });
      expect(tpl.status).toBe(404);
      expect((await tpl.json()).code).toBe('FLK-0240');
    });
  });

  describe('documented failures', () => {
    const routes = [
      ['GET', '/v1/catalog/executors'],
      ['GET', '/v1/catalog/executors/midaz.get-account'],
      ['POST', '/v1/catalog/executors/midaz.get-account/validate'],
      ['GET', '/v1/catalog/providers'],
      ['GET', '/v1/catalog/providers/midaz'],
      ['GET', '/v1/catalog/providers/midaz/executors'],
      ['GET', '/v1/catalog/templates'],
      ['GET', '/v1/catalog/templates/tracer-midaz-validation'],
      ['POST', '/v1/catalog/templates/tracer-midaz-validation/validate'],
      ['GET', '/v1/catalog/triggers'],
      ['GET', '/v1/catalog/triggers/webhook'],
    ] as const;

    it.each(routes)('%s %s without an API key → 401 FLK-0003', async (method, route) => {
      const res = await t.http(route, { method, headers: { 'Content-Type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'FLK-0003', title: 'Unauthorized' });
    });

    it.each(routes)('%s %s failing unexpectedly → 500 FLK-9999 without internals', async (method, route) => {
      const res = await t.http(route, {
        method,
        headers: authJson({ 'X-Test-Fault-Injection': 'error' }),
        body: method === 'POST' ? '{}' : undefined,
      });
      expect(res.status).toBe(500);
      const body = await res.json();
      expect(body).toEqual({ code: 'FLK-9999', title: 'Internal Server Error', message: expect.any(String) });
      expect(body.message).not.toMatch(/fault injected|at .*\.ts/);
    });

    it.each(routes)('%s %s while the service cannot serve → 503 FLK-0009', async (method, route) => {
      const res = await t.http(route, {
        method,
        headers: authJson({ 'X-Test-Fault-Injection': 'unavailable' }),
        body: method === 'POST' ? '{}' : undefined,
      });
      expect(res.status).toBe(503);
      expect((await res.json()).code).toBe('FLK-0009');
    });

    it.each([
      '/v1/catalog/executors/{id}',
      '/v1/catalog/executors/{id}/validate',
      '/v1/catalog/providers/{id}',
      '/v1/catalog/providers/{id}/executors',
      '/v1/catalog/templates/{id}',
      '/v1/catalog/templates/{id}/validate',
      '/v1/catalog/triggers/{id}',
    ])('%s with a malformed id → 400 FLK-0002', async (route) => {
      for (const id of ['x'.repeat(129), 'has space', 'semi;colon']) {
        const isPost = route.endsWith('/validate');
        const res = await t.http(route.replace('{id}', encodeURIComponent(id)), {
          method: isPost ? 'POST' : 'GET',
          headers: authJson(),
          body: isPost ? '{}' : undefined,
        });
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0002');
      }
    });

    it.each([
      '/v1/catalog/executors/midaz.get-account/validate',
      '/v1/catalog/templates/tracer-midaz-validation/validate',
    ])('POST %s: bad JSON → 400, too large → 413, wrong type → 415', async (route) => {
      const malformed = await t.http(route, { method: 'POST', headers: authJson(), body: '{"config": ' });
      expect(malformed.status).toBe(400);
      expect((await malformed.json()).code).toBe('FLK-0001');
      const huge = await t.http(route, {
        method: 'POST',
        headers: authJson(),
        body: JSON.stringify({ config: { blob: 'x'.repeat(2 * 1024 * 1024) }, params: {} }),
      });
      expect(huge.status).toBe(413);
      expect((await huge.json()).code).toBe('FLK-0006');
      const text = await t.http(route, { method: 'POST', headers: authJson({ 'Content-Type': 'text/plain' }), body: 'hello' });
      expect(text.status).toBe(415);
      expect((await text.json()).code).toBe('FLK-0007');
    });
  });
});
