import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { classifyConfigKey, maskSecretValue, SecretBox } from '../../src/common/secrets';
import type { ExecutorConfigStatus } from '../../src/modules/executor-configurations/executor-configuration.entity';
import { ExecutorConfigurationRepository } from '../../src/modules/executor-configurations/executor-configuration.repository';
import { ExecutorConfigurationsService } from '../../src/modules/executor-configurations/executor-configurations.service';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import { countRows, expectError, rawRows, send, unique } from './provider-configurations-fixtures';

const BASE = '/v1/executors';
const API_KEY = 'sk_live_SECRET_51H8xq2';
const BASIC_PASSWORD = 'basic-SECRET-pass-4242';

describe('Executor configurations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'debug' }, { captureLogs: true });
  });
  afterAll(async () => {
    await t.app.get(DataSource).createQueryBuilder().delete().from('executor_configurations').execute();
    await t.close();
  });

  /** There is no create route: rows are seeded through the repository, encrypted like the service does. */
  async function seed(status: ExecutorConfigStatus, extra: { name?: string; createdAt?: string; metadata?: object; baseUrl?: string } = {}) {
    const id = randomUUID();
    const now = extra.createdAt ?? new Date().toISOString();
    const box = t.app.get(SecretBox);
    await t.app.get(ExecutorConfigurationRepository).insert(t.app.get(DataSource).manager, {
      id,
      name: extra.name ?? unique('exec'),
      description: 'Seeded',
      baseUrl: extra.baseUrl ?? 'https://api.example.net/v2',
      endpoints: JSON.stringify([{ name: 'check', path: '/check', method: 'POST', timeout: 30 }]),
      authentication: JSON.stringify({ type: 'api_key', config: box.seal({ header_name: 'X-API-Key', key: API_KEY }) }),
      status,
      metadata: extra.metadata ? JSON.stringify(extra.metadata) : null,
      createdAt: now,
      updatedAt: now,
      lastTestedAt: status === 'tested' || status === 'active' ? now : null,
    });
    return id;
  }

  const validUpdate = (extra: Record<string, unknown> = {}) => ({
    name: unique('updated'),
    baseUrl: 'https://kyc.example.net/v1/',
    endpoints: [{ name: 'score', path: '/score', method: 'POST' }],
    authentication: { type: 'basic', config: { username: 'flowker', password: BASIC_PASSWORD } },
    ...extra,
  });

  it('gets a configuration with its authentication secret masked', async () => {
    const id = await seed('tested');
    const res = await send(t, 'GET', `${BASE}/${id}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      id,
      description: 'Seeded',
      baseUrl: 'https://api.example.net/v2',
      endpoints: [{ name: 'check', path: '/check', method: 'POST', timeout: 30 }],
      authentication: { type: 'api_key', config: { header_name: 'X-API-Key', key: '****8xq2' } },
      status: 'tested',
      lastTestedAt: body.createdAt,
    });
    await expectError(await send(t, 'GET', `${BASE}/${randomUUID()}`), 404, 'FLK-0250');
    await expectError(await send(t, 'GET', `${BASE}/nope`), 400, 'FLK-0002');
  });

  it('never shows a secret query parameter of a seeded base URL, in a read or in the list', async () => {
    const id = await seed('configured', { baseUrl: 'https://api.example.net/v2?region=eu&token=seeded-SECRET-token-1234' });
    const shown = `https://api.example.net/v2?region=eu&token=${maskSecretValue('seeded-SECRET-token-1234')}`;
    expect((await (await send(t, 'GET', `${BASE}/${id}`)).json()).baseUrl).toBe(shown);
    const list = await (await send(t, 'GET', `${BASE}?limit=100`)).json();
    expect(list.items.find((item: { id: string }) => item.id === id).baseUrl).toBe(shown);
    expect(JSON.stringify(list)).not.toContain('seeded-SECRET');
  });

  it('lists with a status filter and pages with a cursor', async () => {
    const tag = randomUUID().slice(0, 8);
    const ids: string[] = [await seed('disabled', { name: `${tag} a` }), await seed('disabled', { name: `${tag} b` }), await seed('disabled', { name: `${tag} c` })];
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { data, response } = await t.client.GET('/v1/executors', {
        params: { query: { status: 'disabled', limit: 2, sortBy: 'name', sortOrder: 'DESC', ...(cursor ? { cursor } : {}) } },
      });
      expect(response.status).toBe(200);
      seen.push(...data!.items.map((i) => i.id));
      for (const item of data!.items) expect(item.status).toBe('disabled');
      cursor = data!.hasMore ? data!.nextCursor : undefined;
    } while (cursor);
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    const all = await t.client.GET('/v1/executors', { params: { query: { limit: 100 } } });
    expect(JSON.stringify(all.data)).not.toContain(API_KEY);
  });

  it.each([['limit=0'], ['limit=101'], ['status=broken'], ['sortBy=x'], ['sortOrder=desc'], ['cursor=%%%']])(
    'list with %s → 400',
    async (query) => {
      const res = await send(t, 'GET', `${BASE}?${query}`);
      expect(res.status).toBe(400);
      expect(['FLK-0304', 'FLK-0008']).toContain((await res.json()).code);
    },
  );

  describe('PATCH', () => {
    it.each(['unconfigured', 'configured'] as const)('replaces the settings of a %s configuration and keeps its status', async (status) => {
      const id = await seed(status, { metadata: { team: 'kyc', keep: true } });
      const body = validUpdate({ metadata: { team: 'onboarding' } });
      const res = await send(t, 'PATCH', `${BASE}/${id}`, body);
      expect(res.status).toBe(200);
      const out = await res.json();
      expect(out).toMatchObject({
        name: body.name,
        baseUrl: 'https://kyc.example.net/v1',
        endpoints: [{ name: 'score', path: '/score', method: 'POST', timeout: 30 }],
        authentication: { type: 'basic', config: { username: 'flowker', password: '****4242' } },
        status,
        metadata: { team: 'onboarding', keep: true },
      });
      expect(out.description).toBeUndefined();
      const row = (await rawRows(t, 'executor_configurations')).find((r) => r.id === id)!;
      expect(JSON.stringify(row)).not.toContain(BASIC_PASSWORD);
      expect(t.app.get(SecretBox).open(JSON.parse(String(row.authentication)), classifyConfigKey)).toEqual(body.authentication);
    });

    it('refuses metadata that is within the bounds alone but not once merged into what is stored (400 FLK-0315)', async () => {
      const id = await seed('configured', { metadata: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])) });
      const before = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ metadata: { another: 1 } })), 400, 'FLK-0315');
      expect(await (await send(t, 'GET', `${BASE}/${id}`)).json()).toEqual(before);
      expect((await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ metadata: { k0: 'changed' } }))).status).toBe(200);
    });

    it('masks and encrypts what upstream masks in authentication settings beyond credentials (a client certificate, a PIN)', async () => {
      const id = await seed('configured');
      const certificate = '-----BEGIN CERTIFICATE-----MIIBszCCAVmgAwIBAgIU-----END CERTIFICATE-----';
      const config = { username: 'flowker', password: BASIC_PASSWORD, client_certificate: certificate, pin: '4321' };
      const body = validUpdate({ authentication: { type: 'basic', config } });
      const res = await send(t, 'PATCH', `${BASE}/${id}`, body);
      expect(res.status).toBe(200);
      const masked = { ...config, password: maskSecretValue(BASIC_PASSWORD), client_certificate: maskSecretValue(certificate), pin: maskSecretValue('4321') };
      expect((await res.json()).authentication).toEqual({ type: 'basic', config: masked });
      expect((await (await send(t, 'GET', `${BASE}/${id}`)).json()).authentication).toEqual({ type: 'basic', config: masked });
      const row = (await rawRows(t, 'executor_configurations')).find((r) => r.id === id)!;
      expect(String(row.authentication)).not.toContain('MIIBszCCAVmgAwIBAgIU');
      expect(t.app.get(SecretBox).open(JSON.parse(String(row.authentication)), classifyConfigKey)).toEqual(body.authentication);
    });

    it('settings read and sent back keep the secret whose mask comes back unchanged (a rename needs no secret)', async () => {
      // The mask used to be stored as the new key: a GET → PATCH that only renamed the configuration broke it.
      const id = await seed('configured');
      const shown = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      expect(shown.authentication.config.key).toBe(maskSecretValue(API_KEY));
      const renamed = { ...validUpdate(), authentication: shown.authentication };
      expect((await send(t, 'PATCH', `${BASE}/${id}`, renamed)).status).toBe(200);
      const row = (await rawRows(t, 'executor_configurations')).find((r) => r.id === id)!;
      expect(t.app.get(SecretBox).open(JSON.parse(String(row.authentication)), classifyConfigKey)).toEqual({
        type: 'api_key',
        config: { header_name: 'X-API-Key', key: API_KEY },
      });
    });

    it.each(['tested', 'active', 'disabled'] as const)('refuses a %s configuration with 422 FLK-0252', async (status) => {
      const id = await seed(status);
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, validUpdate()), 422, 'FLK-0252');
    });

    const cases: Array<[string, (b: Record<string, any>) => void, string]> = [
      ['name missing', (b) => delete b.name, 'FLK-0260'],
      ['name empty', (b) => (b.name = ''), 'FLK-0260'],
      ['name one past 100', (b) => (b.name = 'n'.repeat(101)), 'FLK-0261'],
      ['baseUrl missing', (b) => delete b.baseUrl, 'FLK-0262'],
      ['baseUrl empty', (b) => (b.baseUrl = ''), 'FLK-0262'],
      ['baseUrl not http(s)', (b) => (b.baseUrl = 'ftp://files.example.net'), 'FLK-0263'],
      ['baseUrl without a host', (b) => (b.baseUrl = 'https://'), 'FLK-0263'],
      // Was accepted and then returned in every response, password included.
      ['baseUrl with user:password', (b) => (b.baseUrl = 'https://svc:pa55w0rd@kyc.example.net/v1'), 'FLK-0263'],
      ['baseUrl with a user', (b) => (b.baseUrl = 'https://svc@kyc.example.net'), 'FLK-0263'],
      // Was accepted, stored in a plain column and returned in every response.
      ['baseUrl with a key in its query', (b) => (b.baseUrl = 'https://kyc.example.net/v1?region=eu&api_key=k3y-SECRET-777'), 'FLK-0263'],
      ['baseUrl with a signature in its query', (b) => (b.baseUrl = 'https://kyc.example.net/v1?sig=S1G'), 'FLK-0263'],
      // Was accepted: an endpoint path appended to it (as the spec says paths are) lands in the fragment, not the path.
      ['baseUrl with a fragment', (b) => (b.baseUrl = 'https://kyc.example.net/v1#eu'), 'FLK-0263'],
      ['baseUrl with a fragment after its query', (b) => (b.baseUrl = 'https://kyc.example.net/v1?region=eu#x'), 'FLK-0263'],
      ['baseUrl with an empty fragment', (b) => (b.baseUrl = 'https://kyc.example.net#'), 'FLK-0263'],
      ['baseUrl one past 500', (b) => (b.baseUrl = `https://a.example/${'p'.repeat(483)}`), 'FLK-0264'],
      ['endpoints missing', (b) => delete b.endpoints, 'FLK-0265'],
      ['endpoints empty', (b) => (b.endpoints = []), 'FLK-0265'],
      ['description one past 500', (b) => (b.description = 'd'.repeat(501)), 'FLK-0267'],
      ['authentication.type missing', (b) => (b.authentication = {}), 'FLK-0268'],
      ['authentication.type unknown', (b) => (b.authentication = { type: 'magic' }), 'FLK-0269'],
      ['endpoint name missing', (b) => delete b.endpoints[0].name, 'FLK-0270'],
      ['endpoint path empty', (b) => (b.endpoints[0].path = ''), 'FLK-0271'],
      ['endpoint method missing', (b) => delete b.endpoints[0].method, 'FLK-0272'],
      ['endpoint method unknown', (b) => (b.endpoints[0].method = 'TRACE'), 'FLK-0273'],
      ['an unknown field', (b) => (b.owner = 'x'), 'FLK-0300'],
      ['authentication missing', (b) => delete b.authentication, 'FLK-0301'],
      ['endpoints not an array', (b) => (b.endpoints = 'x'), 'FLK-0001'],
      // Metadata had no bounds (workflow metadata had): these were stored.
      ['a metadata key one past 64', (b) => (b.metadata = { ['k'.repeat(65)]: 1 }), 'FLK-0312'],
      ['a metadata string one past 2,000', (b) => (b.metadata = { notes: 'n'.repeat(2001) }), 'FLK-0313'],
      ['metadata six levels deep', (b) => (b.metadata = { a: { b: { c: { d: { e: { f: 1 } } } } } }), 'FLK-0314'],
      ['51 metadata entries', (b) => (b.metadata = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))), 'FLK-0315'],
    ];
    it.each(cases.map(([what, mutate, code]) => [what, code, mutate] as const))('%s → 400 %s and nothing changes', async (_what, code, mutate) => {
      const id = await seed('configured');
      const before = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      const body = validUpdate();
      mutate(body);
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, body), 400, code);
      expect(await (await send(t, 'GET', `${BASE}/${id}`)).json()).toEqual(before);
    });

    it('a name is stored trimmed and in NFC: a spaced or decomposed spelling of a taken name is 409 FLK-0251, white space only 400 FLK-0260', async () => {
      const taken = unique('Café').normalize('NFC');
      await seed('configured', { name: taken });
      const id = await seed('configured');
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ name: ` ${taken.normalize('NFD')} ` })), 409, 'FLK-0251');
      const blank = await expectError(await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ name: ' \t ' })), 400, 'FLK-0260');
      expect(blank.fields).toEqual({ name: 'must not be white space only' });
      const fresh = unique('Zoë');
      const res = await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ name: `\t${fresh.normalize('NFD')} ` }));
      expect(res.status).toBe(200);
      expect((await res.json()).name).toBe(fresh.normalize('NFC'));
    });

    it('limits are inclusive: name 100, description 500, baseUrl 500 characters', async () => {
      const id = await seed('configured');
      const baseUrl = `https://a.example/${'p'.repeat(482)}`.slice(0, 500);
      expect(baseUrl).toHaveLength(500);
      const name = `${randomUUID()}${'n'.repeat(64)}`;
      const res = await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ name, description: 'd'.repeat(500), baseUrl }));
      expect(res.status).toBe(200);
    });

    it('409 FLK-0251 for a taken name, 404/400 for bad ids, 413/415 for bad bodies', async () => {
      const taken = unique('taken');
      await seed('configured', { name: taken });
      const id = await seed('configured');
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ name: taken })), 409, 'FLK-0251');
      await expectError(await send(t, 'PATCH', `${BASE}/${randomUUID()}`, validUpdate()), 404, 'FLK-0250');
      await expectError(await send(t, 'PATCH', `${BASE}/x`, validUpdate()), 400, 'FLK-0002');
      expect((await send(t, 'PATCH', `${BASE}/${id}`, validUpdate({ description: 'x'.repeat(t.config.bodyLimitBytes) }))).status).toBe(413);
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, 'x', { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain' }), 415, 'FLK-0007');
    });
  });

  describe('DELETE', () => {
    it.each(['unconfigured', 'configured', 'disabled'] as const)('deletes a %s configuration (204)', async (status) => {
      const id = await seed(status);
      const before = await countRows(t, 'executor_configurations');
      const res = await send(t, 'DELETE', `${BASE}/${id}`, undefined, { 'X-API-Key': TEST_API_KEY });
      expect(res.status).toBe(204);
      expect(await countRows(t, 'executor_configurations')).toBe(before - 1);
      await expectError(await send(t, 'GET', `${BASE}/${id}`), 404, 'FLK-0250');
    });

    it.each(['tested', 'active'] as const)('keeps a %s configuration: 422 FLK-0252', async (status) => {
      const id = await seed(status);
      await expectError(await send(t, 'DELETE', `${BASE}/${id}`), 422, 'FLK-0252');
      expect((await send(t, 'GET', `${BASE}/${id}`)).status).toBe(200);
    });

    it('404 for an unknown id, 400 for a malformed one', async () => {
      await expectError(await send(t, 'DELETE', `${BASE}/${randomUUID()}`), 404, 'FLK-0250');
      await expectError(await send(t, 'DELETE', `${BASE}/1`), 400, 'FLK-0002');
    });
  });

  describe('compare-and-set: a change between our read and our write → 409 FLK-0350', () => {
    afterEach(() => jest.restoreAllMocks());

    /** Runs `change` (another writer) right after the service has read the row. */
    function interleave(change: (id: string) => Promise<unknown>) {
      const service = t.app.get(ExecutorConfigurationsService);
      const read = ExecutorConfigurationsService.prototype.find.bind(service);
      jest.spyOn(service, 'find').mockImplementationOnce(async (id) => {
        const row = await read(id);
        await change(id);
        return row;
      });
    }
    const setStatus = (status: ExecutorConfigStatus) => (id: string) =>
      t.app.get(DataSource).createQueryBuilder().update('executor_configurations')
        .set({ status, updatedAt: new Date(Date.now() + 5).toISOString() }).where('id = :id', { id }).execute();

    it('PATCH after a concurrent status change', async () => {
      const id = await seed('configured');
      interleave(setStatus('tested'));
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, validUpdate()), 409, 'FLK-0350');
    });

    it('PATCH after a concurrent PATCH', async () => {
      const id = await seed('configured');
      interleave(() => send(t, 'PATCH', `${BASE}/${id}`, validUpdate()));
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, validUpdate()), 409, 'FLK-0350');
    });

    it.each([
      ['PATCH', (): unknown => validUpdate()],
      ['DELETE', (): unknown => undefined],
    ] as const)('%s after a concurrent delete: 404 FLK-0250, as any later request gets, not 409', async (method, body) => {
      const id = await seed('configured');
      interleave((gone) => send(t, 'DELETE', `${BASE}/${gone}`));
      await expectError(await send(t, method, `${BASE}/${id}`, body()), 404, 'FLK-0250');
    });

    it('DELETE after a concurrent status change', async () => {
      const id = await seed('disabled');
      interleave(setStatus('active'));
      await expectError(await send(t, 'DELETE', `${BASE}/${id}`), 409, 'FLK-0350');
      expect((await (await send(t, 'GET', `${BASE}/${id}`)).json()).status).toBe('active');
    });
  });

  describe('authentication and failures', () => {
    const someId = randomUUID();
    const routes: Array<[string, string, unknown]> = [
      ['GET', BASE, undefined],
      ['GET', `${BASE}/${someId}`, undefined],
      ['PATCH', `${BASE}/${someId}`, validUpdate()],
      ['DELETE', `${BASE}/${someId}`, undefined],
    ];
    it.each(routes)('%s %s: 401 without the key, 500 and 503 from the fault header', async (method, path, body) => {
      await expectError(await send(t, method, path, body, { 'Content-Type': 'application/json' }), 401, 'FLK-0003');
      await expectError(await send(t, method, path, body, authJson({ 'X-Test-Fault-Injection': 'error' })), 500, 'FLK-9999');
      await expectError(await send(t, method, path, body, authJson({ 'X-Test-Fault-Injection': 'unavailable' })), 503, 'FLK-0009');
    });
  });

  it('audits a PATCH and a DELETE with the caller as actor, the destination by origin and no authentication setting', async () => {
    // Neither left a trace, although both change where executor calls go and with which credentials.
    const id = await seed('configured');
    const body = validUpdate({ baseUrl: 'https://kyc.example.net/v1/token-in-path-3f9a' });
    expect((await send(t, 'PATCH', `${BASE}/${id}`, body)).status).toBe(200);
    expect((await send(t, 'DELETE', `${BASE}/${id}`)).status).toBe(204);
    const { data } = await t.client.GET('/v1/audit-events', { params: { query: { resourceId: id, sortOrder: 'ASC' } } });
    expect(data!.items.map((e) => [e.eventType, e.action, e.resourceType, e.result, e.actor.type])).toEqual([
      ['EXECUTOR_CONFIG_UPDATED', 'UPDATE', 'executor_config', 'SUCCESS', 'api_key'],
      ['EXECUTOR_CONFIG_DELETED', 'DELETE', 'executor_config', 'SUCCESS', 'api_key'],
    ]);
    expect(data!.items[0].metadata).toMatchObject({
      'executor_config.name': body.name,
      'executor_config.destination': 'https://kyc.example.net',
      'executor_config.authentication_type': 'basic',
    });
    const trail = JSON.stringify(data);
    for (const secret of [BASIC_PASSWORD, API_KEY, 'token-in-path-3f9a']) expect(trail).not.toContain(secret);
  });

  it('no log line carries an authentication secret', () => {
    expect(t.logs.length).toBeGreaterThan(20);
    const text = t.logs.join('\n');
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(BASIC_PASSWORD);
  });
});
