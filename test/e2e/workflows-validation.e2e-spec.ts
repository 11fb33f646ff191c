import { randomUUID } from 'node:crypto';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { action, conditional, countNamed, create, edge, executor, post, providerConfig, transformAction, trigger, unique } from './workflows-fixtures';

/** Save-time rules: every limit one past its bound is refused with its code and leaves nothing stored. */
describe('Workflows: save-time validation', () => {
  let t: TestApp;
  let midaz: string;

  beforeAll(async () => {
    t = await startTestApp();
    midaz = await providerConfig(t, 'midaz');
  });
  afterAll(async () => {
    await t.close();
  });

  const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
  const nodes = (n: number) => many(n, (i) => ({ ...action(`n${i}`) }));

  /** Sends the body under a fresh name; expects `code` and that no workflow of that name exists afterwards. */
  async function refused(body: Record<string, unknown>, code: string, field?: string) {
    const name = typeof body.name === 'string' ? body.name : unique('refused');
    const res = await post(t, '/v1/workflows', { name, ...body });
    const json = await res.json();
    expect({ status: res.status, code: json.code }).toEqual({ status: 400, code });
    if (field) expect(Object.keys(json.fields ?? {})).toContain(field);
    expect(await countNamed(t, name)).toBe(0);
    return json;
  }

  async function accepted(body: Record<string, unknown>) {
    const res = await post(t, '/v1/workflows', { name: unique('ok'), ...body });
    expect(res.status).toBe(201);
  }

  it('name: required, 1..100 characters (counted as characters, not bytes)', async () => {
    await refused({ name: '' }, 'FLK-0110', 'name');
    const noName = await post(t, '/v1/workflows', { nodes: [] });
    expect((await noName.json()).code).toBe('FLK-0110');
    const long = `${unique('n')}${'x'.repeat(100)}`.slice(0, 101);
    await refused({ name: long }, 'FLK-0111', 'name');
    await accepted({ name: `${unique('é')}${'é'.repeat(100)}`.slice(0, 100) });
  });

  it('description ≤ 500 (FLK-0117), nodes ≤ 100 (FLK-0113), edges ≤ 200 (FLK-0114)', async () => {
    await accepted({ description: 'd'.repeat(500) });
    await refused({ description: 'd'.repeat(501) }, 'FLK-0117', 'description');
    await accepted({ nodes: nodes(100) });
    await refused({ nodes: nodes(101) }, 'FLK-0113', 'nodes');
    const fan = [trigger('t'), ...nodes(99)];
    await accepted({ nodes: fan, edges: many(99, (i) => edge('t', `n${i}`)) });
    const twoHundredOne = many(201, (i) => ({ id: `e${i}`, source: 't', target: `n${i % 99}` }));
    await refused({ nodes: fan, edges: twoHundredOne }, 'FLK-0114', 'edges');
  });

  it('node fields: id (FLK-0120/0122), type (FLK-0121/0123), name (FLK-0124)', async () => {
    await refused({ nodes: [{ type: 'action', position: { x: 0, y: 0 } }] }, 'FLK-0120', 'nodes[0].id');
    await refused({ nodes: [{ ...action(''), id: '' }] }, 'FLK-0120');
    await refused({ nodes: [action('x'.repeat(51))] }, 'FLK-0122');
    await refused({ nodes: [action('same'), action('same')] }, 'FLK-0122', 'nodes[1].id');
    // An executor or transform result goes to context[id]: `workflow` (the input) and `output` would be replaced.
    const transform = (id: string) => ({ ...action(id), data: { actionType: 'transform', mapping: [{ source: 'workflow.a', target: 'b' }] } });
    await refused({ nodes: [trigger('t'), transform('output')] }, 'FLK-0122', 'nodes[1].id');
    await refused({ nodes: [trigger('t'), transform('workflow')] }, 'FLK-0122', 'nodes[1].id');
    await refused({ nodes: [trigger('t'), executor('workflow', await providerConfig(t, 'midaz'))] }, 'FLK-0122', 'nodes[1].id');
    // Nodes that store nothing under their id may use them.
    await accepted({ nodes: [trigger('workflow'), action('output')] });
    await refused({ nodes: [{ id: 'a', position: { x: 0, y: 0 } }] }, 'FLK-0121');
    await refused({ nodes: [{ ...action('a'), type: 'loop' }] }, 'FLK-0123');
    await refused({ nodes: [{ ...action('a'), name: 'n'.repeat(51) }] }, 'FLK-0124');
    await accepted({ nodes: [{ ...action('x'.repeat(50)), name: 'n'.repeat(50) }] });
  });

  it('edge fields: id (FLK-0130), source (FLK-0131), target (FLK-0132), references (FLK-0115), cycles (FLK-0118)', async () => {
    const two = [trigger('a'), action('b')];
    await refused({ nodes: two, edges: [{ source: 'a', target: 'b' }] }, 'FLK-0130');
    await refused({ nodes: two, edges: [{ id: 'e', source: '', target: 'b' }] }, 'FLK-0131');
    await refused({ nodes: two, edges: [{ id: 'e', source: 'a' }] }, 'FLK-0132');
    await refused({ nodes: two, edges: [edge('ghost', 'b')] }, 'FLK-0115', 'edges[0].source');
    await refused({ nodes: two, edges: [edge('a', 'b'), edge('b', 'a')] }, 'FLK-0118');
  });

  it('an edge leaving a conditional node with a sourceHandle other than "true"/"false" is FLK-0115 naming it (it was saved and never taken)', async () => {
    const branching = [trigger('t'), conditional('c', 'workflow.amount > 10'), action('yes'), action('no')];
    for (const sourceHandle of ['yes', 'True', ' true', '1']) {
      const json = await refused({ nodes: branching, edges: [edge('t', 'c'), edge('c', 'yes', { sourceHandle }), edge('c', 'no', { sourceHandle: 'false' })] }, 'FLK-0115');
      expect(json.fields).toEqual({ 'edges[1].sourceHandle': 'must be "true" or "false" on an edge leaving a conditional node' });
    }
    // A draft may be saved half-drawn (no handle yet); a handle on an edge leaving another node is ignored, as before.
    await accepted({ nodes: branching, edges: [edge('t', 'c', { sourceHandle: 'anything' }), edge('c', 'yes'), edge('c', 'no', { sourceHandle: 'false' })] });
  });

  it('edge ids are unique within the workflow: a repeat is FLK-0130 naming the later edge, before its ends are checked', async () => {
    const three = [trigger('a'), action('b'), action('c')];
    const json = await refused({ nodes: three, edges: [edge('a', 'b'), { ...edge('a', 'c'), id: 'a-b' }] }, 'FLK-0130', 'edges[1].id');
    expect(json.fields).toEqual({ 'edges[1].id': 'must be unique within the workflow' });
    await refused({ nodes: three, edges: [edge('a', 'b'), { ...edge('a', 'ghost'), id: 'a-b' }] }, 'FLK-0130', 'edges[1].id');
    await accepted({ nodes: three, edges: [edge('a', 'b'), edge('a', 'c')] });
  });

  it('an update with duplicate edge ids is 400 FLK-0130 naming the later edge and changes nothing', async () => {
    const three = [trigger('a'), action('b'), action('c')];
    const id = await create(t, { name: unique('edges'), nodes: three, edges: [edge('a', 'b')] });
    const get = () => t.client.GET('/v1/workflows/{id}', { params: { path: { id } } });
    const before = (await get()).data;
    const body = { name: unique('renamed'), nodes: three, edges: [edge('a', 'b'), { ...edge('a', 'c'), id: 'a-b' }] };
    const res = await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify(body) });
    const json = await res.json();
    expect({ status: res.status, code: json.code }).toEqual({ status: 400, code: 'FLK-0130' });
    expect(Object.keys(json.fields ?? {})).toContain('edges[1].id');
    expect((await get()).data).toEqual(before);
    expect(await countNamed(t, body.name)).toBe(0);
  });

  it('metadata: 50 entries, 64-character keys, 2,000-character strings, 5 levels (FLK-0312..0315)', async () => {
    const entries = (n: number) => Object.fromEntries(many(n, (i) => [`k${i}`, i]));
    await accepted({ metadata: { ...entries(50) } });
    await refused({ metadata: entries(51) }, 'FLK-0315');
    await accepted({ metadata: { ['k'.repeat(64)]: 'v'.repeat(2000) } });
    await refused({ metadata: { ['k'.repeat(65)]: 1 } }, 'FLK-0312');
    await refused({ metadata: { k: 'v'.repeat(2001) } }, 'FLK-0313');
    // Levels: metadata (1) › a (2) › b (3) › c (4) › d (5).
    await accepted({ metadata: { a: { b: { c: { d: { e: 'leaf' } } } } } });
    await refused({ metadata: { a: { b: { c: { d: { e: { f: 'leaf' } } } } } } }, 'FLK-0314');
  });

  it('the stored workflow is capped at 512 KiB (FLK-0001)', async () => {
    const json = await refused({ nodes: [{ ...action('big'), data: { blob: 'x'.repeat(600 * 1024) } }] }, 'FLK-0001');
    expect(json.message).toMatch(/512 KiB/);
    await accepted({ nodes: [{ ...action('big'), data: { blob: 'x'.repeat(400 * 1024) } }] });
  });

  it('executor nodes: executorId required (FLK-0106), known (FLK-0104 is 404), data valid for the executor (FLK-0106)', async () => {
    await refused({ nodes: [{ ...executor('x', midaz), data: { providerConfigId: midaz } }] }, 'FLK-0106', 'nodes[0].data.executorId');
    const json = await refused({ nodes: [executor('x', midaz, { accountId: 'not-a-uuid' })] }, 'FLK-0106');
    expect(Object.keys(json.fields)).toContain('nodes[0].data.accountId');
    // Only engine keys left: no schema check at all.
    await accepted({ nodes: [{ ...executor('x', midaz), data: { executorId: 'midaz.get-account', providerConfigId: midaz, path: '/p' } }] });
  });

  it('provider configurations: UUID, existing and active (FLK-0150), of the executor provider (FLK-0151)', async () => {
    await refused({ nodes: [executor('x', 'not-a-uuid')] }, 'FLK-0150', 'nodes[0].data.providerConfigId');
    await refused({ nodes: [executor('x', randomUUID())] }, 'FLK-0150');
    await refused({ nodes: [executor('x', await providerConfig(t, 'midaz', 'disabled'))] }, 'FLK-0150');
    await refused({ nodes: [executor('x', await providerConfig(t, 'tracer'))] }, 'FLK-0151');
  });

  it('a providerConfigId in upper case names the same configuration: stored in lower case, activated, and it blocks deleting the configuration', async () => {
    // It was 400 FLK-0150 "does not exist"; path ids were already case-insensitive.
    const config = await providerConfig(t, 'midaz');
    const id = await create(t, { name: unique('upper'), nodes: [trigger('t'), executor('x', config.toUpperCase())], edges: [edge('t', 'x')] });
    const stored = await (await t.http(`/v1/workflows/${id}`, { headers: authJson() })).json();
    expect(stored.nodes[1].data.providerConfigId).toBe(config);
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    const deletion = await t.http(`/v1/provider-configurations/${config}`, { method: 'DELETE', headers: authJson() });
    expect({ status: deletion.status, code: (await deletion.json()).code }).toEqual({ status: 422, code: 'FLK-0292' });
  });

  it('mappings and transforms must compile (FLK-0140, FLK-0141, FLK-0142)', async () => {
    const mapped = (extra: Record<string, unknown>) => ({ nodes: [executor('x', midaz, extra)] });
    await accepted(mapped({ inputMapping: [{ source: 'workflow.id', target: 'id' }], outputMapping: [{ source: 'body', target: 'out' }] }));
    await refused(mapped({ inputMapping: [{ source: 'a', target: 'b', transformation: { type: 'explode' } }] }), 'FLK-0140');
    await refused(mapped({ outputMapping: 'not a list' }), 'FLK-0141');
    await refused(mapped({ transforms: [{ operation: 'teleport', spec: { a: 'b' } }] }), 'FLK-0142');
  });

  it('a transform action\'s mapping and transforms must compile too, on create and update (FLK-0140, FLK-0142)', async () => {
    const transforming = (lists: Record<string, unknown>) => ({ nodes: [trigger('t'), transformAction('m', lists)], edges: [edge('t', 'm')] });
    await accepted(transforming({ mapping: [{ source: 'workflow.a', target: 'x', transformation: { type: 'to_uppercase' } }] }));
    await accepted(transforming({ transforms: [{ operation: 'shift', spec: { x: 'workflow.a' } }] }));
    const proto = await refused(transforming({ mapping: [{ source: 'workflow.a', target: '__proto__.x' }] }), 'FLK-0140', 'nodes[1].data.mapping');
    expect(proto.message).toMatch(/^Transform action node "m" mapping does not compile: mapping\[0\]\.target/);
    await refused(transforming({ mapping: [{ source: 'workflow.a', target: 'x', transformation: { type: 'no_such_type' } }] }), 'FLK-0140');
    await refused(transforming({ transforms: [{ operation: 'bogus', spec: { a: 'b' } }] }), 'FLK-0142', 'nodes[1].data.transforms');
    await refused(transforming({ transforms: [{ operation: 'shift', spec: {} }] }), 'FLK-0142');
    // Other actions' data is free-form: a "mapping" key on a set_output action is only data.
    await accepted({ nodes: [{ ...action('a'), data: { actionType: 'set_output', output: {}, mapping: 'anything' } }] });

    const id = await create(t, { name: unique(), ...transforming({ transforms: [{ operation: 'shift', spec: { x: 'workflow.a' } }] }) });
    const update = await t.http(`/v1/workflows/${id}`, {
      method: 'PUT',
      headers: authJson(),
      body: JSON.stringify({ name: unique(), ...transforming({ transforms: [{ operation: 'bogus', spec: { a: 'b' } }] }) }),
    });
    expect({ status: update.status, code: (await update.json()).code }).toEqual({ status: 400, code: 'FLK-0142' });
  });

  it('conditions are free text in a draft: checked at activation, not on save', async () => {
    await accepted({ nodes: [trigger('t'), conditional('c', 'amount >')], edges: [edge('t', 'c')] });
  });
});
