import { randomUUID } from 'node:crypto';
import { AuditEventEntity } from '../../src/modules/audit/audit-event.entity';
import { WorkflowEntity } from '../../src/modules/workflows/workflow.entity';
import { resolveRef, spec } from '../support/contract';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import {
  action,
  changeBehindTheBack,
  conditional,
  create,
  dataSource,
  edge,
  executor,
  post,
  providerConfig,
  routesOf,
  runnable,
  transformAction,
  trigger,
  unique,
  workflowIn,
} from './workflows-fixtures';

type Status = 'draft' | 'active' | 'inactive';
type Action = 'activate' | 'deactivate' | 'draft';

/** Status transitions, activation checks, webhook routes and the audit trail they leave. */
describe('Workflows: lifecycle', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const statusOf = async (id: string) => (await (await t.http(`/v1/workflows/${id}`, { headers: authJson() })).json()).status;

  describe('transition table', () => {
    const allowed: Record<Action, Status> = { activate: 'draft', deactivate: 'active', draft: 'inactive' };
    const result: Record<Action, Status> = { activate: 'active', deactivate: 'inactive', draft: 'draft' };
    const cases = (['activate', 'deactivate', 'draft'] as const).flatMap((act) =>
      (['draft', 'active', 'inactive'] as const).map((from) => [act, from] as const),
    );

    it.each(cases)('%s from %s', async (act, from) => {
      const id = await workflowIn(t, from);
      const res = await post(t, `/v1/workflows/${id}/${act}`);
      const body = await res.json();
      if (allowed[act] === from) {
        expect(res.status).toBe(200);
        expect(body).toMatchObject({ id, status: result[act] });
        expect(body.updatedAt > body.createdAt).toBe(true);
      } else {
        expect(res.status).toBe(422);
        expect(body.code).toBe('FLK-0102');
        // The message names both states in plain English (it once read "only a active workflow …").
        expect(body.message).toMatch(new RegExp(`^The workflow is ${from}; only ${allowed[act]} workflows can be `));
        expect(await statusOf(id)).toBe(from);
      }
    });

    it('the typed client drives a full round trip', async () => {
      const id = await create(t, runnable());
      const path = { params: { path: { id } } };
      expect((await t.client.POST('/v1/workflows/{id}/activate', path)).data!.status).toBe('active');
      expect((await t.client.POST('/v1/workflows/{id}/deactivate', path)).data!.status).toBe('inactive');
      expect((await t.client.POST('/v1/workflows/{id}/draft', path)).data!.status).toBe('draft');
    });

    it.each(['activate', 'deactivate', 'draft'])('%s: unknown id 404 FLK-0100, bad id 400 FLK-0002', async (act) => {
      const unknown = await post(t, `/v1/workflows/${randomUUID()}/${act}`);
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).code).toBe('FLK-0100');
      const bad = await post(t, `/v1/workflows/nope/${act}`);
      expect(bad.status).toBe(400);
      expect((await bad.json()).code).toBe('FLK-0002');
    });

    it.each([
      ['activate', 'draft'],
      ['deactivate', 'active'],
      ['draft', 'inactive'],
    ] as const)('%s losing a race to another writer is 409 FLK-0350 and leaves the status alone', async (act, from) => {
      const id = await workflowIn(t, from, runnable(unique(), `/race/${randomUUID()}`));
      const spy = changeBehindTheBack(t);
      const res = await post(t, `/v1/workflows/${id}/${act}`);
      spy.mockRestore();
      expect(res.status).toBe(409);
      expect((await res.json()).code).toBe('FLK-0350');
      expect(await statusOf(id)).toBe(from);
      // The rolled-back activation left no route behind; a rolled-back deactivation kept its route.
      expect((await routesOf(t, id)).length).toBe(from === 'active' ? 1 : 0);
    });
  });

  describe('action routes take no body', () => {
    it.each([
      ['no body, no content type', {}],
      ['an empty JSON body', { 'Content-Type': 'application/json' }],
    ])('%s', async (_label, headers) => {
      const id = await create(t, runnable());
      const send = (act: string) =>
        t.http(`/v1/workflows/${id}/${act}`, { method: 'POST', headers: { 'X-API-Key': TEST_API_KEY, ...headers } });
      expect((await send('activate')).status).toBe(200);
      expect((await send('deactivate')).status).toBe(200);
      expect((await send('draft')).status).toBe(200);
      expect((await send('clone')).status).toBe(201);
    });
  });

  describe('activation checks', () => {
    async function activationFails(body: Record<string, unknown>, status: number, code: string) {
      const id = await create(t, { name: unique('act'), ...body });
      const res = await post(t, `/v1/workflows/${id}/activate`);
      expect({ status: res.status, code: (await res.json()).code }).toEqual({ status, code });
      expect(await statusOf(id)).toBe('draft');
      return id;
    }

    it('needs nodes (422 FLK-0112) and a trigger (422 FLK-0116)', async () => {
      await activationFails({}, 422, 'FLK-0112');
      await activationFails({ nodes: [action('a')] }, 422, 'FLK-0116');
    });

    it('conditional nodes need a condition that parses (400 FLK-0105)', async () => {
      const base = { nodes: [trigger('t'), conditional('c', 'workflow.amount >')], edges: [edge('t', 'c')] };
      await activationFails(base, 400, 'FLK-0105');
      await activationFails({ ...base, nodes: [trigger('t'), conditional('c', 42)] }, 400, 'FLK-0105');
      // The message names the field once: "condition is longer", not "condition condition is longer".
      const long = await activationFails({ ...base, nodes: [trigger('t'), conditional('c', 'x'.repeat(4097))] }, 400, 'FLK-0105');
      expect(await (await post(t, `/v1/workflows/${long}/activate`)).json()).toMatchObject({
        message: 'Conditional node "c" condition is longer than 4096 characters (4097).',
        fields: { 'nodes[1].data.condition': 'is longer than 4096 characters (4097)' },
      });
      const ok = await create(t, { name: unique(), nodes: [trigger('t'), conditional('c', 'workflow.amount > 1000')], edges: [edge('t', 'c')] });
      expect((await post(t, `/v1/workflows/${ok}/activate`)).status).toBe(200);
    });

    it('an edge leaving a conditional node without a "true"/"false" sourceHandle is 400 FLK-0115: no branch would take it', async () => {
      const branching = [trigger('t'), conditional('c', 'workflow.amount > 10'), action('yes'), action('no')];
      const id = await activationFails({ nodes: branching, edges: [edge('t', 'c'), edge('c', 'yes', { sourceHandle: 'true' }), edge('c', 'no')] }, 400, 'FLK-0115');
      const res = await post(t, `/v1/workflows/${id}/activate`);
      expect((await res.json()).fields).toEqual({ 'edges[2].sourceHandle': 'must be "true" or "false" on an edge leaving a conditional node' });
      // Stored before save refused it: activation still says so.
      const stale = await create(t, { name: unique(), nodes: branching, edges: [edge('t', 'c'), edge('c', 'yes', { sourceHandle: 'true' }), edge('c', 'no', { sourceHandle: 'false' })] });
      const edges = JSON.stringify([edge('t', 'c'), edge('c', 'yes', { sourceHandle: 'yes' }), edge('c', 'no', { sourceHandle: 'false' })]);
      await dataSource(t).getRepository(WorkflowEntity).update({ id: stale }, { edges });
      expect((await (await post(t, `/v1/workflows/${stale}/activate`)).json()).code).toBe('FLK-0115');
      expect((await t.http(`/v1/workflows/${stale}`, { headers: authJson() })).status).toBe(200);
      const ok = await create(t, { name: unique(), nodes: branching, edges: [edge('t', 'c'), edge('c', 'yes', { sourceHandle: 'true' }), edge('c', 'no', { sourceHandle: 'false' })] });
      expect((await post(t, `/v1/workflows/${ok}/activate`)).status).toBe(200);
    });

    it('an edge condition that does not parse is 400 FLK-0105 naming the edge; a blank one is no condition', async () => {
      const broken = await create(t, { name: unique(), nodes: [trigger('t'), action('a')], edges: [edge('t', 'a', { condition: '((( ' })] });
      const res = await post(t, `/v1/workflows/${broken}/activate`);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.code).toBe('FLK-0105');
      expect(JSON.stringify(body)).toContain('edges[0].condition');
      expect(await statusOf(broken)).toBe('draft');
      for (const condition of ['  ', 'workflow.amount > 10']) {
        const id = await create(t, { name: unique(), nodes: [trigger('t'), action('a')], edges: [edge('t', 'a', { condition })] });
        expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
      }
    });

    it('re-checks provider configurations: one disabled after saving fails with 400 FLK-0150', async () => {
      const pc = await providerConfig(t, 'midaz');
      const id = await create(t, { name: unique(), nodes: [trigger('t'), executor('x', pc)], edges: [edge('t', 'x')] });
      await dataSource(t).query(`UPDATE provider_configurations SET status = 'disabled' WHERE id = '${pc}'`);
      const res = await post(t, `/v1/workflows/${id}/activate`);
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('FLK-0150');
    });

    it('an executor removed from the catalog since saving is 404 FLK-0104', async () => {
      const pc = await providerConfig(t, 'midaz');
      const id = await create(t, { name: unique(), nodes: [trigger('t'), executor('x', pc)], edges: [edge('t', 'x')] });
      const stored = JSON.stringify([trigger('t'), { ...executor('x', pc), data: { executorId: 'midaz.gone', providerConfigId: pc } }]);
      await dataSource(t).getRepository(WorkflowEntity).update({ id }, { nodes: stored });
      const res = await post(t, `/v1/workflows/${id}/activate`);
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe('FLK-0104');
    });

    it('a transform action whose mapping no longer compiles (stored before save checked it) is 400 FLK-0140, not a run that always fails', async () => {
      const id = await create(t, { name: unique(), nodes: [trigger('t'), action('a')], edges: [edge('t', 'a')] });
      const stored = JSON.stringify([trigger('t'), transformAction('a', { mapping: [{ source: 'workflow.a', target: '__proto__.x' }] })]);
      await dataSource(t).getRepository(WorkflowEntity).update({ id }, { nodes: stored });
      const res = await post(t, `/v1/workflows/${id}/activate`);
      const body = await res.json();
      expect({ status: res.status, code: body.code }).toEqual({ status: 400, code: 'FLK-0140' });
      expect(Object.keys(body.fields ?? {})).toContain('nodes[1].data.mapping');
      expect(await statusOf(id)).toBe('draft');
    });

    it('an operation configuration that would fail every run (add_prefix without prefix…) saves as a draft but does not activate, naming the list', async () => {
      const pc = await providerConfig(t, 'midaz');
      const noPrefix = { inputMapping: [{ source: 'workflow.a', target: 'a', transformation: { type: 'add_prefix' } }] };
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [executor('x', pc, noPrefix), 'FLK-0140', 'nodes[1].data.inputMapping'],
        [executor('x', pc, { outputMapping: [{ source: 'body', target: 'b', transformation: { type: 'remove_characters', config: { characters: ' ' } } }] }), 'FLK-0141', 'nodes[1].data.outputMapping'],
        [executor('x', pc, { transforms: [{ operation: 'uuid', spec: { id: { version: 7 } } }] }), 'FLK-0142', 'nodes[1].data.transforms'],
        [transformAction('x', { mapping: [{ source: 'workflow.a', target: 'a', transformation: { type: 'add_suffix', config: { suffix: '' } } }] }), 'FLK-0140', 'nodes[1].data.mapping'],
        [transformAction('x', { transforms: [{ operation: 'shift', spec: { a: 5 } }] }), 'FLK-0142', 'nodes[1].data.transforms'],
      ];
      for (const [node, code, field] of cases) {
        const id = await create(t, { name: unique(), nodes: [trigger('t'), node], edges: [edge('t', 'x')] });
        const res = await post(t, `/v1/workflows/${id}/activate`);
        const body = await res.json();
        expect({ status: res.status, code: body.code, fields: Object.keys(body.fields ?? {}) }).toEqual({ status: 400, code, fields: [field] });
        expect(body.message).toContain('would fail every run');
        expect(await statusOf(id)).toBe('draft');
      }
      // A list the engine never runs does not block: an executor's transforms beside a non-empty inputMapping.
      const unused = { inputMapping: [{ source: 'workflow.a', target: 'a' }], transforms: [{ operation: 'uuid', spec: { id: { version: 7 } } }] };
      const ok = await create(t, { name: unique(), nodes: [trigger('t'), executor('x', pc, unused)], edges: [edge('t', 'x')] });
      expect((await post(t, `/v1/workflows/${ok}/activate`)).status).toBe(200);
    });

    it("an HTTP executor node whose own request settings cannot be sent saves as a draft but does not activate (400 FLK-0106)", async () => {
      // A `path` that is a whole URL, a method no executor sends or a header name with a space was activated and
      // then failed every run at the node ("path … must be a relative path below the base URL").
      const http = await providerConfig(t, 'http');
      const node = (data: Record<string, unknown>) => ({ ...executor('x', http), data: { executorId: 'http.request', providerConfigId: http, ...data } });
      for (const data of [
        { path: 'https://api.example.com/v1/orders' },
        { path: '/v1/../admin' },
        { method: 'TRACE' },
        { headers: { 'X Trace': 'on' } },
      ]) {
        const id = await create(t, { name: unique(), nodes: [trigger('t'), node(data)], edges: [edge('t', 'x')] });
        const res = await post(t, `/v1/workflows/${id}/activate`);
        const body = await res.json();
        expect({ data, status: res.status, code: body.code, fields: Object.keys(body.fields ?? {}) }).toEqual({
          data,
          status: 400,
          code: 'FLK-0106',
          fields: ['nodes[1].data'],
        });
        expect(body.message).toContain('would fail every run');
        expect(await statusOf(id)).toBe('draft');
      }
      const ok = await create(t, { name: unique(), nodes: [trigger('t'), node({ path: '/v1/orders?expand=1', method: 'get', headers: { 'X-Trace': 'on' } })], edges: [edge('t', 'x')] });
      expect((await post(t, `/v1/workflows/${ok}/activate`)).status).toBe(200);
    });

    it('a workflow stored before a field rule existed fails activation with a code the activate operation documents', async () => {
      // Activation re-applies create's field rules; the spec listed none of their codes for it, so a client mapping
      // the documented codes met FLK-0124, FLK-0123… it had never heard of.
      const activate = spec.paths['/v1/workflows/{id}/activate'].post.responses['400'] as { description: string };
      const documented = resolveRef<{ description: string }>(activate).description + activate.description;
      const legacy: Array<[Record<string, unknown>, string]> = [
        [{ ...action('a'), name: 'n'.repeat(51) }, 'FLK-0124'],
        [{ ...action('a'), type: 'loop' }, 'FLK-0123'],
        [{ ...action('a'), id: 'a'.repeat(51) }, 'FLK-0122'],
      ];
      for (const [node, code] of legacy) {
        const id = await create(t, { name: unique(), nodes: [trigger('t'), action('a')] });
        await dataSource(t).getRepository(WorkflowEntity).update({ id }, { nodes: JSON.stringify([trigger('t'), node]) });
        const res = await post(t, `/v1/workflows/${id}/activate`);
        expect({ status: res.status, code: (await res.json()).code }).toEqual({ status: 400, code });
        expect(documented).toContain(`\`${code}\``);
      }
      const description = await create(t, { name: unique(), nodes: [trigger('t')] });
      await dataSource(t).getRepository(WorkflowEntity).update({ id: description }, { description: 'd'.repeat(501) });
      const res = await post(t, `/v1/workflows/${description}/activate`);
      expect({ status: res.status, code: (await res.json()).code }).toEqual({ status: 400, code: 'FLK-0117' });
      expect(documented).toContain('`FLK-0117`');
    });

    it('a transform action with neither a mapping nor a transforms list saves as a draft but does not activate (400 FLK-0140)', async () => {
      const id = await create(t, { name: unique(), nodes: [trigger('t'), transformAction('a', {})], edges: [edge('t', 'a')] });
      const res = await post(t, `/v1/workflows/${id}/activate`);
      const body = await res.json();
      expect({ status: res.status, code: body.code, fields: Object.keys(body.fields ?? {}) }).toEqual({ status: 400, code: 'FLK-0140', fields: ['nodes[1].data.mapping'] });
      expect(await statusOf(id)).toBe('draft');
    });

    it('duplicate edge ids stored before save refused them fail activation with 400 FLK-0130 naming the later edge', async () => {
      const id = await create(t, { name: unique(), nodes: [trigger('t'), action('a'), action('b')], edges: [edge('t', 'a'), edge('t', 'b')] });
      const stored = JSON.stringify([edge('t', 'a'), { ...edge('t', 'b'), id: 't-a' }]);
      await dataSource(t).getRepository(WorkflowEntity).update({ id }, { edges: stored });
      const res = await post(t, `/v1/workflows/${id}/activate`);
      const body = await res.json();
      expect({ status: res.status, code: body.code }).toEqual({ status: 400, code: 'FLK-0130' });
      expect(Object.keys(body.fields ?? {})).toContain('edges[1].id');
      expect(await statusOf(id)).toBe('draft');
    });
  });

  describe('webhook routes', () => {
    it('activation claims normalised routes; deactivation and delete release them', async () => {
      const path = `Hooks/${randomUUID()}/`;
      const id = await create(t, {
        name: unique(),
        nodes: [trigger('a', path, 'post'), trigger('b', `/other/${randomUUID()}`, 'GET'), action('c')],
        edges: [edge('a', 'c'), edge('b', 'c')],
      });
      expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
      const routes = await routesOf(t, id);
      expect(routes.map((r) => [r.method, r.path, r.nodeId])).toEqual(
        expect.arrayContaining([['POST', `/${path.slice(0, -1)}`, 'a'], ['GET', expect.stringMatching(/^\/other\//), 'b']]),
      );
      expect((await post(t, `/v1/workflows/${id}/deactivate`)).status).toBe(200);
      expect(await routesOf(t, id)).toEqual([]);

      // The route is free again: another workflow may take it.
      const other = await workflowIn(t, 'active', runnable(unique(), `/${path}`));
      expect((await routesOf(t, other)).length).toBe(1);
      await post(t, `/v1/workflows/${other}/deactivate`);
      expect((await t.http(`/v1/workflows/${other}`, { method: 'DELETE', headers: authJson() })).status).toBe(204);
      expect(await routesOf(t, other)).toEqual([]);
    });

    it('a route owned by another active workflow is 400 FLK-0360 and nothing of this workflow is registered', async () => {
      const shared = `/shared/${randomUUID()}`;
      await workflowIn(t, 'active', runnable(unique(), shared));
      const id = await create(t, {
        name: unique(),
        nodes: [trigger('mine', `/mine/${randomUUID()}`), trigger('clash', `${shared.slice(1)}/`, 'post'), action('x')],
        edges: [edge('mine', 'x'), edge('clash', 'x')],
      });
      const res = await post(t, `/v1/workflows/${id}/activate`);
      expect(res.status).toBe(400);
      // The field is the clashing trigger's path, named like every other node error (it was `nodes.clash`).
      const body = await res.json();
      expect({ code: body.code, fields: Object.keys(body.fields) }).toEqual({ code: 'FLK-0360', fields: ['nodes[1].data.path'] });
      expect(body.message).toContain('trigger node "clash"');
      expect(await routesOf(t, id)).toEqual([]);
      expect(await statusOf(id)).toBe('draft');
    });

    it('the same route twice in one workflow is 400 FLK-0360; an unroutable method is 400 FLK-0211', async () => {
      const path = `/twice/${randomUUID()}`;
      const twice = await create(t, { name: unique(), nodes: [trigger('a', path), trigger('b', `${path}/`)] });
      const res = await post(t, `/v1/workflows/${twice}/activate`);
      expect((await res.json()).code).toBe('FLK-0360');

      const traced = await create(t, { name: unique(), nodes: [trigger('a', `/t/${randomUUID()}`, 'TRACE')] });
      const bad = await post(t, `/v1/workflows/${traced}/activate`);
      expect(bad.status).toBe(400);
      expect((await bad.json()).code).toBe('FLK-0211');
    });

    it('a path with a control character, raw or percent-encoded, is 400 FLK-0211 naming the field, and no route is made', async () => {
      // A raw U+0000 does not even get into a body (400 FLK-0001, bad-input.e2e-spec.ts); its encoded form does.
      for (const path of [`/nul/${randomUUID()}%00x`, `/tab/${randomUUID()}\tx`, `/tab/${randomUUID()}%09x`, `/del/${randomUUID()}%7F`]) {
        const id = await create(t, { name: unique(), nodes: [trigger('a', path)] });
        const res = await post(t, `/v1/workflows/${id}/activate`);
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body.code).toBe('FLK-0211');
        expect(JSON.stringify(body)).toContain('nodes[0].data.path');
        expect(await routesOf(t, id)).toEqual([]);
        expect(await statusOf(id)).toBe('draft');
      }
    });

    it('a webhook trigger without a usable method or path is 400 FLK-0211 naming the field (it used to activate with no route)', async () => {
      const webhook = (data: Record<string, unknown>) => ({ id: 'a', type: 'trigger', name: 'Start', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', ...data } });
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ method: 'POST' }, 'path'],
        [{ method: 'POST', path: 123 }, 'path'],
        [{ method: 'POST', path: null }, 'path'],
        [{ method: 'POST', path: ['a', 'b'] }, 'path'],
        [{ method: 'POST', path: '  ' }, 'path'],
        [{ method: 'POST', path: '/' }, 'path'],
        [{ method: 'POST', path: '//' }, 'path'],
        [{ path: `/m/${randomUUID()}` }, 'method'],
        [{ method: ['POST'], path: `/m/${randomUUID()}` }, 'method'],
        [{ method: { a: 1 }, path: `/m/${randomUUID()}` }, 'method'],
      ];
      for (const [data, field] of cases) {
        const id = await create(t, { name: unique(), nodes: [webhook(data)] });
        const res = await post(t, `/v1/workflows/${id}/activate`);
        const body = await res.json();
        expect([JSON.stringify(data), res.status, body.code]).toEqual([JSON.stringify(data), 400, 'FLK-0211']);
        expect(JSON.stringify(body)).toContain(`nodes[0].data.${field}`);
        expect(await statusOf(id)).toBe('draft');
      }
    });

    it('a trigger with a path or method but no triggerType "webhook" is 400 FLK-0211 (it went active with no route: every call 404)', async () => {
      const start = (data: Record<string, unknown>) => ({ id: 'a', type: 'trigger', name: 'Start', position: { x: 0, y: 0 }, data });
      const path = `/unmarked/${randomUUID()}`;
      for (const data of [{ path, method: 'POST' }, { path }, { method: 'POST' }, { triggerType: null, path }, { triggerType: 'Webhook', path, method: 'POST' }, { triggerType: ' webhook', path, method: 'POST' }]) {
        const id = await create(t, { name: unique(), nodes: [start(data)] });
        const res = await post(t, `/v1/workflows/${id}/activate`);
        const body = await res.json();
        expect([JSON.stringify(data), res.status, body.code, body.fields]).toEqual([
          JSON.stringify(data),
          400,
          'FLK-0211',
          { 'nodes[0].data.triggerType': 'must be "webhook" for a trigger with a path or method' },
        ]);
        expect(await statusOf(id)).toBe('draft');
      }
      // A trigger of another declared type, or with no webhook keys at all, stays a plain entry point.
      for (const data of [{ triggerType: 'manual', path }, {}]) {
        const id = await create(t, { name: unique(), nodes: [start(data)] });
        expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
        expect(await routesOf(t, id)).toEqual([]);
      }
    });
  });

  describe('webhook arm answers', () => {
    const arm = async (id: string, body: Record<string, unknown> = {}) => {
      const res = await post(t, `/v1/workflows/${id}/webhook/arm`, body);
      return { status: res.status, ...(await res.json()) };
    };

    it('a webhook trigger activation would refuse is 422 FLK-0367 saying why, not that there is no method and path', async () => {
      // The answer was "The workflow has no webhook trigger with a method and a path." for a trigger that had both.
      const traced = await create(t, { name: unique(), nodes: [trigger('hook', `/arm/${randomUUID()}`, 'TRACE')] });
      const answer = await arm(traced);
      expect(answer).toMatchObject({ status: 422, code: 'FLK-0367', fields: { 'nodes[0].data.method': expect.any(String) } });
      expect(answer.message).toContain('uses method "TRACE"');

      const root = await create(t, { name: unique(), nodes: [trigger('hook', '/')] });
      expect((await arm(root, { nodeId: 'hook' })).message).toContain('names no route');

      const manual = await create(t, { name: unique(), nodes: [trigger('start'), action('finish')] });
      expect((await arm(manual)).message).toBe('The workflow has no webhook trigger (a trigger node with triggerType "webhook").');
      expect((await arm(manual, { nodeId: 'finish' })).message).toBe('Node "finish" is not a webhook trigger (a trigger node with triggerType "webhook").');
      expect(await arm(manual, { nodeId: 'ghost' })).toMatchObject({ status: 422, code: 'FLK-0367', message: 'The workflow has no node "ghost".' });
    });
  });

  describe('audit trail', () => {
    it('records create, update, activate, deactivate, draft and delete with the API-key actor, in order', async () => {
      const id = await create(t, runnable());
      await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify(runnable(unique('audited'))) });
      for (const act of ['activate', 'deactivate', 'draft']) expect((await post(t, `/v1/workflows/${id}/${act}`)).status).toBe(200);
      expect((await t.http(`/v1/workflows/${id}`, { method: 'DELETE', headers: authJson() })).status).toBe(204);
      // A refused change leaves no event.
      await post(t, `/v1/workflows/${id}/activate`);

      const events = await dataSource(t).getRepository(AuditEventEntity).find({ where: { resourceId: id }, order: { id: 'ASC' } });
      expect(events.map((e) => [e.eventType, e.action, e.result])).toEqual([
        ['WORKFLOW_CREATED', 'CREATE', 'SUCCESS'],
        ['WORKFLOW_UPDATED', 'UPDATE', 'SUCCESS'],
        ['WORKFLOW_ACTIVATED', 'ACTIVATE', 'SUCCESS'],
        ['WORKFLOW_DEACTIVATED', 'DEACTIVATE', 'SUCCESS'],
        ['WORKFLOW_DRAFTED', 'DRAFT', 'SUCCESS'],
        ['WORKFLOW_DELETED', 'DELETE', 'SUCCESS'],
      ]);
      expect(new Set(events.map((e) => e.actorType))).toEqual(new Set(['api_key']));
      expect(events.every((e) => e.resourceType === 'workflow')).toBe(true);
      expect(JSON.parse(events[2].metadata)).toEqual({ 'workflow.id': id, 'workflow.name': expect.stringMatching(/^audited/), 'workflow.status': 'active' });
    });

    it('a clone is recorded as a creation naming its source', async () => {
      const source = await create(t, runnable());
      const res = await post(t, `/v1/workflows/${source}/clone`);
      const copy = (await res.json()).workflowId;
      const [event] = await dataSource(t).getRepository(AuditEventEntity).find({ where: { resourceId: copy } });
      expect(event.eventType).toBe('WORKFLOW_CREATED');
      expect(JSON.parse(event.metadata)).toMatchObject({ 'workflow.clonedFrom': source });
    });
  });
});
