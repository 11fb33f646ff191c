import { createHmac, randomUUID } from 'node:crypto';
import { SecretBox, SecretCipher } from '../../src/common/secrets';
import { WorkflowEntity } from '../../src/modules/workflows/workflow.entity';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { expectError } from './executions-fixtures';
import { callHook, randomPath, webhookDefinition } from './webhooks-fixtures';
import { create, dataSource, post } from './workflows-fixtures';

const TOKEN = `vt-${randomUUID()}`;
const SIGNING_SECRET = `gh-${randomUUID()}`;
const NESTED_KEY = `key-${randomUUID()}`;
const CLEAR_VALUES = [TOKEN, SIGNING_SECRET, NESTED_KEY];
const BODY = '{"event":"paid"}';

/** A webhook workflow whose trigger holds both a verify_token and a GitHub signature secret. */
const securedDefinition = (path: string, token = TOKEN) =>
  webhookDefinition(path, 'POST', {
    verify_token: token,
    signature: { scheme: 'github', secret: SIGNING_SECRET },
    label: 'visible',
    // A secret deeper down, inside a credential container.
    upstream: { auth: { user: 'bot', api_key: NESTED_KEY } },
  });

const githubSignature = (secret: string, raw: string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

/** Calls the webhook with `token` and a body signed with `signingSecret`, without the API key. */
const callSignedWith = (t: TestApp, path: string, token: string, signingSecret: string) =>
  callHook(t, path, {
    raw: BODY,
    headers: { 'Content-Type': 'application/json', 'X-Webhook-Token': token, 'X-Hub-Signature-256': githubSignature(signingSecret, BODY) },
  });

/** Calls the webhook with `token` and a valid signature. */
const callWith = (t: TestApp, path: string, token: string) => callSignedWith(t, path, token, SIGNING_SECRET);

const expectNoClearSecret = (text: string) => {
  for (const clear of CLEAR_VALUES) expect(text).not.toContain(clear);
};

describe('Workflows: secrets inside node data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (method: string, path: string, body?: unknown) =>
    t.http(path, { method, headers: authJson(), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

  /** The response text, checked for clear secrets, and its JSON. */
  const masked = async (res: Response, status: number) => {
    const text = await res.text();
    expect({ status: res.status, text }).toEqual({ status, text: expect.any(String) });
    expectNoClearSecret(text);
    return JSON.parse(text);
  };

  const storedNodes = async (id: string) => (await dataSource(t).getRepository(WorkflowEntity).findOneByOrFail({ id })).nodes;

  /** GET then PUT the same (masked) body back, the way an editor saves an unrelated change. */
  const roundTrip = async (id: string, changes: Record<string, unknown> = {}) => {
    const current = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    const { name, description, nodes, edges } = current;
    return masked(await send('PUT', `/v1/workflows/${id}`, { name, description, nodes, edges, ...changes }), 200);
  };

  it('no response of create, get, list, update, activate or clone carries the clear values', async () => {
    const path = randomPath('secrets');
    const created = await masked(await send('POST', '/v1/workflows', securedDefinition(path)), 201);
    const id = created.workflowId;

    const got = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    const trigger = got.nodes.find((node: { id: string }) => node.id === 'hook');
    expect(trigger.data).toEqual({
      triggerType: 'webhook',
      path,
      method: 'POST',
      label: 'visible',
      verify_token: `****${TOKEN.slice(-4)}`,
      // The scheme is shown, the secret masked like any other.
      signature: { scheme: 'github', secret: `****${SIGNING_SECRET.slice(-4)}` },
      upstream: { auth: { user: 'bot', api_key: `****${NESTED_KEY.slice(-4)}` } },
    });

    const list = await masked(await send('GET', '/v1/workflows?limit=100&sortBy=createdAt&sortOrder=DESC'), 200);
    expect(list.items.map((item: { id: string }) => item.id)).toContain(id);

    await roundTrip(id, { description: 'edited elsewhere' });
    await masked(await post(t, `/v1/workflows/${id}/activate`), 200);
    await masked(await post(t, `/v1/workflows/${id}/deactivate`), 200);
    const copy = await masked(await post(t, `/v1/workflows/${id}/clone`, { name: `copy ${randomUUID()}` }), 201);
    await masked(await send('GET', `/v1/workflows/${copy.workflowId}`), 200);
  });

  it('stores secret leaves encrypted; the rest of the node data stays readable', async () => {
    const path = randomPath('secrets');
    const id = await create(t, securedDefinition(path));
    const raw = await storedNodes(id);
    expectNoClearSecret(raw);
    const hook = JSON.parse(raw).find((node: { id: string }) => node.id === 'hook');
    expect(hook.data).toMatchObject({ triggerType: 'webhook', path, label: 'visible' });
    expect(hook.data.verify_token).toMatch(/^v1:/);
    expect(hook.data.signature).toEqual({ scheme: 'github', secret: expect.stringMatching(/^v1:/) });
    expect(hook.data.upstream.auth).toEqual({ user: 'bot', api_key: expect.stringMatching(/^v1:/) });
    expect(t.app.get(SecretBox).open(hook.data)).toMatchObject({
      verify_token: TOKEN,
      signature: { scheme: 'github', secret: SIGNING_SECRET },
      upstream: { auth: { user: 'bot', api_key: NESTED_KEY } },
    });
  });

  it('GET → PUT of the masked body keeps the secrets working', async () => {
    const path = randomPath('secrets');
    const id = await create(t, securedDefinition(path));
    const updated = await roundTrip(id, { description: 'only the description changed' });
    expect(updated.description).toBe('only the description changed');
    expectNoClearSecret(await storedNodes(id));
    const hook = JSON.parse(await storedNodes(id)).find((node: { id: string }) => node.id === 'hook');
    expect(t.app.get(SecretBox).open(hook.data)).toMatchObject({
      verify_token: TOKEN,
      signature: { scheme: 'github', secret: SIGNING_SECRET },
      upstream: { auth: { api_key: NESTED_KEY } },
    });

    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    expect((await callWith(t, path, TOKEN)).status).toBe(201);
    await expectError(await callWith(t, path, `${TOKEN}-wrong`), 401, 'FLK-0362');
    // The signature secret survived too: a body signed with another key is refused.
    await expectError(await callSignedWith(t, path, TOKEN, 'other'), 401, 'FLK-0365');
  });

  it('PUT with a new token replaces it: the new one works, the old one does not', async () => {
    const path = randomPath('secrets');
    const id = await create(t, securedDefinition(path));
    const current = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    const fresh = `vt-new-${randomUUID()}`;
    const nodes = current.nodes.map((node: { id: string; data: Record<string, unknown> }) =>
      node.id === 'hook' ? { ...node, data: { ...node.data, verify_token: fresh } } : node,
    );
    const updated = await masked(await send('PUT', `/v1/workflows/${id}`, { name: current.name, nodes, edges: current.edges }), 200);
    expect(JSON.stringify(updated)).not.toContain(fresh);
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    expect((await callWith(t, path, fresh)).status).toBe(201);
    await expectError(await callWith(t, path, TOKEN), 401, 'FLK-0362');
  });

  it('a mask that does not match the stored value is taken as the new value', async () => {
    const path = randomPath('secrets');
    const id = await create(t, securedDefinition(path));
    const current = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    const nodes = current.nodes.map((node: { id: string; data: Record<string, unknown> }) =>
      node.id === 'hook' ? { ...node, data: { ...node.data, verify_token: '****zzzz' } } : node,
    );
    await masked(await send('PUT', `/v1/workflows/${id}`, { name: current.name, nodes, edges: current.edges }), 200);
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    await expectError(await callWith(t, path, TOKEN), 401, 'FLK-0362');
    expect((await callWith(t, path, '****zzzz')).status).toBe(201);
  });

  it('a clone keeps working secrets', async () => {
    const path = randomPath('secrets');
    const id = await create(t, securedDefinition(path));
    const copy = await masked(await post(t, `/v1/workflows/${id}/clone`, {}), 201);
    expectNoClearSecret(await storedNodes(copy.workflowId));
    expect((await post(t, `/v1/workflows/${copy.workflowId}/activate`)).status).toBe(200);
    expect((await callWith(t, path, TOKEN)).status).toBe(201);
    await expectError(await callWith(t, path, 'not-the-token'), 401, 'FLK-0362');
  });

  it('rows stored before encryption (clear values) are still masked and still authenticate', async () => {
    const path = randomPath('legacy');
    const id = await create(t, webhookDefinition(path));
    const legacy = securedDefinition(path).nodes;
    await dataSource(t).getRepository(WorkflowEntity).update({ id }, { nodes: JSON.stringify(legacy) });
    const got = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    expect(got.nodes[0].data.verify_token).toBe(`****${TOKEN.slice(-4)}`);
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    expect((await callWith(t, path, TOKEN)).status).toBe(201);
    await expectError(await callWith(t, path, 'nope-nope'), 401, 'FLK-0362');
  });

  it('a signature block stored sealed whole (before its scheme was shown) reads, round-trips and verifies as before', async () => {
    const path = randomPath('sealed-whole');
    const id = await create(t, securedDefinition(path));
    const nodes = JSON.parse(await storedNodes(id)) as Array<{ id: string; data: Record<string, unknown> }>;
    const hook = nodes.find((node) => node.id === 'hook');
    if (!hook) throw new Error('no trigger node');
    hook.data.signature = t.app.get(SecretCipher).encrypt(JSON.stringify({ scheme: 'github', secret: SIGNING_SECRET }));
    await dataSource(t).getRepository(WorkflowEntity).update({ id }, { nodes: JSON.stringify(nodes) });

    const got = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    expect(got.nodes.find((node: { id: string }) => node.id === 'hook').data.signature).toEqual({ scheme: 'github', secret: `****${SIGNING_SECRET.slice(-4)}` });
    await roundTrip(id);
    // A client that read the workflow before sends the whole-block mask back: that keeps the stored block too.
    const current = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    const resent = current.nodes.map((node: { id: string; data: Record<string, unknown> }) =>
      node.id === 'hook' ? { ...node, data: { ...node.data, signature: '********' } } : node,
    );
    await masked(await send('PUT', `/v1/workflows/${id}`, { name: current.name, nodes: resent, edges: current.edges }), 200);
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    expect((await callWith(t, path, TOKEN)).status).toBe(201);
    await expectError(await callSignedWith(t, path, TOKEN, 'other'), 401, 'FLK-0365');
  });

  it('a field of a signature block that is not a known setting stays secret, even in a draft', async () => {
    const misplaced = `whsec_${randomUUID()}`;
    const id = await create(
      t,
      webhookDefinition(randomPath('misplaced'), 'POST', { signature: { scheme: 'stripe', signingKey: misplaced, hmac: misplaced } }),
    );
    const got = await masked(await send('GET', `/v1/workflows/${id}`), 200);
    expect(JSON.stringify(got)).not.toContain(misplaced);
    expect(got.nodes[0].data.signature).toEqual({ scheme: 'stripe', signingKey: `****${misplaced.slice(-4)}`, hmac: `****${misplaced.slice(-4)}` });
    expect(await storedNodes(id)).not.toContain(misplaced);
  });

  describe('trigger settings checked at activation (400 FLK-0211)', () => {
    const activateWith = async (data: Record<string, unknown>) => {
      const id = await create(t, webhookDefinition(randomPath('settings'), 'POST', data));
      return post(t, `/v1/workflows/${id}/activate`);
    };

    it.each([
      ['signature not an object', { signature: 'github' }, 'nodes[0].data.signature'],
      ['unknown scheme', { signature: { scheme: 'gitlab', secret: 's3cret' } }, 'nodes[0].data.signature.scheme'],
      ['missing secret', { signature: { scheme: 'stripe' } }, 'nodes[0].data.signature.secret'],
      ['empty secret', { signature: { scheme: 'stripe', secret: '' } }, 'nodes[0].data.signature.secret'],
      ['secret over 512 characters', { signature: { scheme: 'standard', secret: 'x'.repeat(513) } }, 'nodes[0].data.signature.secret'],
      // Each of these would key the HMAC with nothing or with 3 bytes: anyone could sign.
      ['standard secret with no key', { signature: { scheme: 'standard', secret: 'whsec_' } }, 'nodes[0].data.signature.secret'],
      ['standard secret not base64', { signature: { scheme: 'Standard', secret: 'whsec_!!!!' } }, 'nodes[0].data.signature.secret'],
      ['standard secret of 3 bytes', { signature: { scheme: 'standard', secret: 'whsec_AAAA' } }, 'nodes[0].data.signature.secret'],
      ['standard secret that is a mask', { signature: { scheme: 'standard', secret: '********' } }, 'nodes[0].data.signature.secret'],
      ['tolerance 0', { signature: { scheme: 'stripe', secret: 's', toleranceSeconds: 0 } }, 'nodes[0].data.signature.toleranceSeconds'],
      ['tolerance over a day', { signature: { scheme: 'stripe', secret: 's', toleranceSeconds: 86_401 } }, 'nodes[0].data.signature.toleranceSeconds'],
      ['rateLimit not an object', { rateLimit: 5 }, 'nodes[0].data.rateLimit'],
      ['rateLimit requests 0', { rateLimit: { requests: 0, perSeconds: 60 } }, 'nodes[0].data.rateLimit.requests'],
      ['rateLimit requests too many', { rateLimit: { requests: 100_001, perSeconds: 60 } }, 'nodes[0].data.rateLimit.requests'],
      ['rateLimit fractional perSeconds', { rateLimit: { requests: 5, perSeconds: 1.5 } }, 'nodes[0].data.rateLimit.perSeconds'],
      ['rateLimit perSeconds missing', { rateLimit: { requests: 5 } }, 'nodes[0].data.rateLimit.perSeconds'],
      ['responseMode unknown', { responseMode: 'later' }, 'nodes[0].data.responseMode'],
      ['responseMode not a string', { responseMode: true }, 'nodes[0].data.responseMode'],
    ])('%s', async (_case, data, field) => {
      const body = await expectError(await activateWith(data), 400, 'FLK-0211');
      expect(Object.keys(body.fields ?? {})).toEqual([field]);
      expect(JSON.stringify(body)).not.toContain('x'.repeat(100));
    });

    it('well-formed settings (any letter case, as the ingress reads them) activate', async () => {
      const res = await activateWith({
        signature: { scheme: 'GitHub', secret: 'x'.repeat(512), toleranceSeconds: 86_400 },
        rateLimit: { requests: 100_000, perSeconds: 1 },
        responseMode: 'SYNC',
      });
      expect(res.status).toBe(200);
      const empty = await activateWith({ signature: null, rateLimit: null, responseMode: 'async' });
      expect(empty.status).toBe(200);
    });
  });

  it('delete also removes the workflow’s generated webhook secrets and arms', async () => {
    const id = await create(t, webhookDefinition(randomPath('cleanup')));
    expect((await post(t, `/v1/workflows/${id}/webhook/secret`)).status).toBe(201);
    expect((await post(t, `/v1/workflows/${id}/webhook/arm`, { ttlSeconds: 60 })).status).toBe(201);
    const count = async (table: string) =>
      Number(
        (await dataSource(t).createQueryBuilder().select('COUNT(*)', 'n').from(table, 'x').where('x.workflow_id = :id', { id }).getRawOne()).n,
      );
    expect([await count('webhook_secrets'), await count('webhook_arms')]).toEqual([1, 1]);
    expect((await send('DELETE', `/v1/workflows/${id}`)).status).toBe(204);
    expect([await count('webhook_secrets'), await count('webhook_arms')]).toEqual([0, 0]);
  });
});
