import { randomUUID } from 'node:crypto';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import {
  action,
  changeBehindTheBack,
  countNamed,
  create,
  edge,
  executor,
  post,
  providerConfig,
  runnable,
  trigger,
  unique,
  workflowIn,
} from './workflows-fixtures';

/** Create, read, update, delete, clone and create-from-template: happy paths and every documented error status. */
describe('Workflows: CRUD', () => {
  let t: TestApp;
  const missing = randomUUID();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('create and get', () => {
    it('creates a draft and answers the short create output', async () => {
      const name = unique('create');
      const { data, response } = await t.client.POST('/v1/workflows', {
        body: { ...runnable(name), description: 'd', metadata: { team: 'payments' } },
      });
      expect(response.status).toBe(201);
      expect(data).toEqual({ workflowId: expect.any(String), version: '1.0.0', status: 'draft', createdAt: expect.any(String) });
      expect(data!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      const got = await t.client.GET('/v1/workflows/{id}', { params: { path: { id: data!.workflowId } } });
      expect(got.response.status).toBe(200);
      expect(got.data).toEqual({
        id: data!.workflowId,
        name,
        description: 'd',
        status: 'draft',
        nodes: [
          { id: 'start', type: 'trigger', name: 'Start', position: { x: 0, y: 0 }, data: { triggerType: 'manual' } },
          { id: 'finish', type: 'action', position: { x: 0, y: 100 }, data: { actionType: 'set_output', output: { ok: true } } },
        ],
        edges: [{ id: 'start-finish', source: 'start', target: 'finish' }],
        metadata: { team: 'payments' },
        createdAt: data!.createdAt,
        updatedAt: data!.createdAt,
      });
    });

    it('accepts a draft with no nodes and omits empty optional fields; a missing coordinate is 0', async () => {
      const id = await create(t, { name: unique('bare') });
      const got = await t.client.GET('/v1/workflows/{id}', { params: { path: { id } } });
      expect(got.data).not.toHaveProperty('description');
      expect(got.data).not.toHaveProperty('metadata');
      expect(got.data!.nodes).toEqual([]);
      expect(got.data!.edges).toEqual([]);

      const withNode = await create(t, { name: unique('pos'), nodes: [{ id: 'a', type: 'trigger', position: { x: 5 }, name: '', data: {} }] });
      const node = (await t.client.GET('/v1/workflows/{id}', { params: { path: { id: withNode } } })).data!.nodes[0];
      expect(node).toEqual({ id: 'a', type: 'trigger', position: { x: 5, y: 0 } });
    });

    it('names are unique and case-sensitive: a duplicate is 409 FLK-0101, another case is fine', async () => {
      const name = unique('Dup');
      await create(t, { name });
      const again = await post(t, '/v1/workflows', { name });
      expect(again.status).toBe(409);
      expect((await again.json()).code).toBe('FLK-0101');
      expect(await countNamed(t, name)).toBe(1);
      expect((await post(t, '/v1/workflows', { name: name.toLowerCase() })).status).toBe(201);
    });

    it('an unknown executor is 404 FLK-0104 and nothing is stored', async () => {
      const name = unique('unknown-exec');
      const pc = await providerConfig(t);
      const res = await post(t, '/v1/workflows', {
        name,
        nodes: [{ ...executor('x', pc), data: { executorId: 'nope.nothing', providerConfigId: pc } }],
      });
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe('FLK-0104');
      expect(await countNamed(t, name)).toBe(0);
    });

    it('get: unknown id 404 FLK-0100, bad id 400 FLK-0002', async () => {
      const res = await t.http(`/v1/workflows/${missing}`, { headers: authJson() });
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe('FLK-0100');
      const bad = await t.http('/v1/workflows/not-a-uuid', { headers: authJson() });
      expect(bad.status).toBe(400);
      expect((await bad.json()).code).toBe('FLK-0002');
    });
  });

  describe('update (PUT)', () => {
    it('replaces name, description, nodes and edges and merges metadata', async () => {
      const id = await create(t, { ...runnable(), description: 'old', metadata: { keep: 1, change: 'a' } });
      const name = unique('renamed');
      const { data, response } = await t.client.PUT('/v1/workflows/{id}', {
        params: { path: { id } },
        body: { name, nodes: [trigger('only')], metadata: { change: 'b', added: null } },
      });
      expect(response.status).toBe(200);
      expect(data).toMatchObject({ id, name, status: 'draft', nodes: [{ id: 'only' }], edges: [] });
      expect(data).not.toHaveProperty('description');
      expect(data!.metadata).toEqual({ keep: 1, change: 'b', added: null });
      expect(data!.updatedAt > data!.createdAt).toBe(true);
      const stored = await t.client.GET('/v1/workflows/{id}', { params: { path: { id } } });
      expect(stored.data).toEqual(data);
    });

    it('a non-draft is 422 FLK-0103 even when the body is invalid too', async () => {
      for (const status of ['active', 'inactive'] as const) {
        const id = await workflowIn(t, status);
        const res = await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify({ name: '' }) });
        expect(res.status).toBe(422);
        expect((await res.json()).code).toBe('FLK-0103');
      }
    });

    it('validates the body of a draft: 400 with the field code, unknown id 404, duplicate name 409', async () => {
      const id = await create(t, runnable());
      const bad = await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify({ name: '' }) });
      expect(bad.status).toBe(400);
      expect((await bad.json()).code).toBe('FLK-0110');
      const extra = await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify({ name: 'x', what: 1 }) });
      expect((await extra.json()).code).toBe('FLK-0300');

      const unknown = await t.http(`/v1/workflows/${missing}`, { method: 'PUT', headers: authJson(), body: JSON.stringify({ name: 'x' }) });
      expect(unknown.status).toBe(404);

      const taken = unique('taken');
      await create(t, { name: taken });
      const dup = await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify({ name: taken }) });
      expect(dup.status).toBe(409);
      expect((await dup.json()).code).toBe('FLK-0101');
    });

    it('an update losing a race to another writer is 409 FLK-0350 and changes nothing', async () => {
      const name = unique('race');
      const id = await create(t, runnable(name));
      const spy = changeBehindTheBack(t);
      const res = await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify({ name: unique() }) });
      spy.mockRestore();
      expect(res.status).toBe(409);
      expect((await res.json()).code).toBe('FLK-0350');
      expect(await countNamed(t, name)).toBe(1);
    });
  });

  describe('delete', () => {
    it('hard-deletes a draft or an inactive workflow (204), then it is 404', async () => {
      for (const status of ['draft', 'inactive'] as const) {
        const id = await workflowIn(t, status);
        const { response } = await t.client.DELETE('/v1/workflows/{id}', { params: { path: { id } } });
        expect(response.status).toBe(204);
        expect((await t.http(`/v1/workflows/${id}`, { headers: authJson() })).status).toBe(404);
      }
    });

    it('an active workflow is 422 FLK-0103; unknown 404; bad id 400; a lost race 409', async () => {
      const active = await workflowIn(t, 'active');
      const res = await t.http(`/v1/workflows/${active}`, { method: 'DELETE', headers: authJson() });
      expect(res.status).toBe(422);
      expect((await res.json()).code).toBe('FLK-0103');
      expect((await t.http(`/v1/workflows/${missing}`, { method: 'DELETE', headers: authJson() })).status).toBe(404);
      expect((await t.http('/v1/workflows/123', { method: 'DELETE', headers: authJson() })).status).toBe(400);

      const draft = await create(t, runnable());
      const spy = changeBehindTheBack(t, 'inactive');
      const raced = await t.http(`/v1/workflows/${draft}`, { method: 'DELETE', headers: authJson() });
      spy.mockRestore();
      expect(raced.status).toBe(409);
      expect((await raced.json()).code).toBe('FLK-0350');
      expect((await t.http(`/v1/workflows/${draft}`, { headers: authJson() })).status).toBe(200);
    });
  });

  describe('clone', () => {
    it('copies description, nodes and edges into a new draft, never the metadata', async () => {
      const source = await workflowIn(t, 'active', { ...runnable(), description: 'src', metadata: { a: 1 } } as never);
      const name = unique('copy');
      const { data, response } = await t.client.POST('/v1/workflows/{id}/clone', { params: { path: { id: source } }, body: { name } });
      expect(response.status).toBe(201);
      expect(data).toMatchObject({ version: '1.0.0', status: 'draft' });
      const copy = (await t.client.GET('/v1/workflows/{id}', { params: { path: { id: data!.workflowId } } })).data!;
      const original = (await t.client.GET('/v1/workflows/{id}', { params: { path: { id: source } } })).data!;
      expect(copy).toMatchObject({ name, description: 'src', status: 'draft', nodes: original.nodes, edges: original.edges });
      expect(copy).not.toHaveProperty('metadata');
    });

    it('derives a free name when none is given, within 100 characters', async () => {
      const base = unique('Base');
      const id = await create(t, { name: base });
      const names: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await post(t, `/v1/workflows/${id}/clone`);
        expect(res.status).toBe(201);
        const copy = (await res.json()).workflowId;
        names.push((await (await t.http(`/v1/workflows/${copy}`, { headers: authJson() })).json()).name);
      }
      expect(names).toEqual([`${base} (copy)`, `${base} (copy 2)`, `${base} (copy 3)`]);

      const long = `${unique('L')}${'x'.repeat(100)}`.slice(0, 100);
      const longId = await create(t, { name: long });
      const res = await post(t, `/v1/workflows/${longId}/clone`, {});
      const copy = await (await t.http(`/v1/workflows/${(await res.json()).workflowId}`, { headers: authJson() })).json();
      expect(copy.name).toHaveLength(100);
      expect(copy.name.endsWith(' (copy)')).toBe(true);
    });

    it('clone errors: empty name 400 FLK-0110, duplicate 409 FLK-0101, unknown 404', async () => {
      const id = await create(t, { name: unique() });
      const empty = await post(t, `/v1/workflows/${id}/clone`, { name: '' });
      expect(empty.status).toBe(400);
      expect((await empty.json()).code).toBe('FLK-0110');
      const taken = unique('taken');
      await create(t, { name: taken });
      const dup = await post(t, `/v1/workflows/${id}/clone`, { name: taken });
      expect(dup.status).toBe(409);
      expect((await dup.json()).code).toBe('FLK-0101');
      const unknown = await post(t, `/v1/workflows/${missing}/clone`, { name: unique() });
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).code).toBe('FLK-0100');
    });
  });

  describe('create from template', () => {
    const params = (tracer: string, midaz: string, extra: Record<string, unknown> = {}) => ({
      workflowName: unique('tpl'),
      tracerProviderConfigId: tracer,
      midazProviderConfigId: midaz,
      ...extra,
    });

    it('builds the template workflow as a draft through the normal create path', async () => {
      const [tracer, midaz] = [await providerConfig(t, 'tracer'), await providerConfig(t, 'midaz')];
      const p = params(tracer, midaz, { webhookPath: `/tpl/${randomUUID()}` });
      const { data, response } = await t.client.POST('/v1/workflows/from-template', {
        body: { templateId: 'tracer-midaz-validation', params: p },
      });
      expect(response.status).toBe(201);
      const wf = (await t.client.GET('/v1/workflows/{id}', { params: { path: { id: data!.workflowId } } })).data!;
      expect(wf).toMatchObject({ name: p.workflowName, status: 'draft', metadata: { templateId: 'tracer-midaz-validation' } });
      expect(wf.nodes.map((n) => n.id)).toEqual(['webhook-trigger', 'tracer-validate', 'decision-check', 'midaz-create-tx']);
      // It can be activated as built.
      expect((await post(t, `/v1/workflows/${data!.workflowId}/activate`)).status).toBe(200);
    });

    it('unknown template 404 FLK-0240, bad params 400 FLK-0242, swapped providers 400 FLK-0151, taken name 409', async () => {
      const [tracer, midaz] = [await providerConfig(t, 'tracer'), await providerConfig(t, 'midaz')];
      const unknown = await post(t, '/v1/workflows/from-template', { templateId: 'nope', params: {} });
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).code).toBe('FLK-0240');

      const bad = await post(t, '/v1/workflows/from-template', { templateId: 'tracer-midaz-validation', params: { workflowName: 'x' } });
      expect(bad.status).toBe(400);
      expect((await bad.json()).code).toBe('FLK-0242');

      const swapped = params(midaz, tracer);
      const mismatch = await post(t, '/v1/workflows/from-template', { templateId: 'tracer-midaz-validation', params: swapped });
      expect(mismatch.status).toBe(400);
      expect((await mismatch.json()).code).toBe('FLK-0151');
      expect(await countNamed(t, swapped.workflowName)).toBe(0);

      const taken = unique('taken');
      await create(t, { name: taken });
      const dup = await post(t, '/v1/workflows/from-template', {
        templateId: 'tracer-midaz-validation',
        params: { ...params(tracer, midaz), workflowName: taken },
      });
      expect(dup.status).toBe(409);
    });

    it('a webhookPath no trigger could activate on is 400 FLK-0242 from validate and from-template; an empty one means the default', async () => {
      // Validation answered {"valid": true} and from-template created a draft that activation then always refused
      // (FLK-0211): `/` names no route, a control character or more than 512 characters cannot be one.
      const [tracer, midaz] = [await providerConfig(t, 'tracer'), await providerConfig(t, 'midaz')];
      for (const webhookPath of ['/', '///', '/a\u0007b', `/${'p'.repeat(600)}`]) {
        const p = params(tracer, midaz, { webhookPath });
        for (const res of [
          await post(t, '/v1/catalog/templates/tracer-midaz-validation/validate', { params: p }),
          await post(t, '/v1/workflows/from-template', { templateId: 'tracer-midaz-validation', params: p }),
        ]) {
          expect(res.status).toBe(400);
          expect(await res.json()).toMatchObject({ code: 'FLK-0242', fields: { webhookPath: expect.any(String) } });
        }
        expect(await countNamed(t, p.workflowName)).toBe(0);
      }
      const empty = params(tracer, midaz, { webhookPath: '' });
      expect((await post(t, '/v1/catalog/templates/tracer-midaz-validation/validate', { params: empty })).status).toBe(200);
    });
  });

  describe('cross-cutting statuses', () => {
    const id = randomUUID();
    // Every row has four entries: Jest would take a fourth parameter without a value for a `done` callback.
    const calls: Array<[string, string, string, unknown]> = [
      ['listWorkflows', 'GET', '/v1/workflows', undefined],
      ['createWorkflow', 'POST', '/v1/workflows', { name: 'x' }],
      ['createWorkflowFromTemplate', 'POST', '/v1/workflows/from-template', { templateId: 'x', params: {} }],
      ['getWorkflow', 'GET', `/v1/workflows/${id}`, undefined],
      ['updateWorkflow', 'PUT', `/v1/workflows/${id}`, { name: 'x' }],
      ['deleteWorkflow', 'DELETE', `/v1/workflows/${id}`, undefined],
      ['activateWorkflow', 'POST', `/v1/workflows/${id}/activate`, undefined],
      ['deactivateWorkflow', 'POST', `/v1/workflows/${id}/deactivate`, undefined],
      ['moveWorkflowToDraft', 'POST', `/v1/workflows/${id}/draft`, undefined],
      ['cloneWorkflow', 'POST', `/v1/workflows/${id}/clone`, {}],
    ];
    const send = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
      t.http(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

    it.each(calls)('%s: 401 without the key, 500 and 503 from the fault header', async (_op, method, path, body) => {
      const anonymous = await send(method, path, body, { 'Content-Type': 'application/json' });
      expect(anonymous.status).toBe(401);
      expect((await anonymous.json()).code).toBe('FLK-0003');
      const wrongKey = await send(method, path, body, { 'Content-Type': 'application/json', 'X-API-Key': `${TEST_API_KEY}x` });
      expect(wrongKey.status).toBe(401);

      const failing = await send(method, path, body, authJson({ 'X-Test-Fault-Injection': 'error' }));
      expect(failing.status).toBe(500);
      expect(await failing.json()).toMatchObject({ code: 'FLK-9999', title: 'Internal Server Error' });
      const unavailable = await send(method, path, body, authJson({ 'X-Test-Fault-Injection': 'unavailable' }));
      expect(unavailable.status).toBe(503);
      expect((await unavailable.json()).code).toBe('FLK-0009');
    });

    const bodies = calls.filter(([op]) => ['createWorkflow', 'createWorkflowFromTemplate', 'updateWorkflow', 'cloneWorkflow'].includes(op));

    it.each(bodies)('%s: 415 FLK-0007 for a non-JSON body, 413 FLK-0006 for an oversized one', async (_op, method, path) => {
      const text = await t.http(path, { method, headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain' }, body: 'name=x' });
      expect(text.status).toBe(415);
      expect((await text.json()).code).toBe('FLK-0007');
      const huge = await t.http(path, { method, headers: authJson(), body: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }) });
      expect(huge.status).toBe(413);
      expect((await huge.json()).code).toBe('FLK-0006');
    });

    it('malformed JSON is 400 FLK-0001 on every body route', async () => {
      for (const [, method, path] of bodies) {
        const res = await t.http(path, { method, headers: authJson(), body: '{"name": ' });
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0001');
      }
    });
  });

  it('edges may reference only nodes of the same request (400 FLK-0115)', async () => {
    const name = unique('edges');
    const res = await post(t, '/v1/workflows', { name, nodes: [trigger('a'), action('b')], edges: [edge('a', 'zzz')] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('FLK-0115');
    expect(body.fields).toHaveProperty(['edges[0].target']);
    expect(await countNamed(t, name)).toBe(0);
  });
});
