import { randomUUID } from 'node:crypto';
import { classifyConfigKey, maskSecretValue, SecretBox } from '../../src/common/secrets';
import { ProviderConfigSource } from '../../src/engine/executors/provider-config-source';
import { ProviderConfigLookup } from '../../src/modules/provider-configurations/provider-config-lookup';
import { ProviderConfigurationRepository } from '../../src/modules/provider-configurations/provider-configuration.repository';
import { ProviderConfigurationsService } from '../../src/modules/provider-configurations/provider-configurations.service';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import {
  countRows,
  createConfig,
  dataSource,
  expectError,
  expectNoSecret,
  HEADER_TOKEN,
  midazConfig,
  MIDAZ_SECRET,
  rawRows,
  send,
  TRACER_KEY,
  tracerConfig,
  unique,
} from './provider-configurations-fixtures';
import { create, edge, executor, providerConfig, trigger } from './workflows-fixtures';

const BASE = '/v1/provider-configurations';

/**
 * Every answer that shows a tracer configuration (GET, list, PATCH, disable, enable), each 200: its body and the
 * configuration's item in it.
 */
async function everyOutputOf(t: TestApp, id: string): Promise<{ body: unknown; item: { config: Record<string, unknown> } }[]> {
  const outputs = [
    await send(t, 'GET', `${BASE}/${id}`),
    await send(t, 'GET', `${BASE}?providerId=tracer&limit=100`),
    await send(t, 'PATCH', `${BASE}/${id}`, { description: 'patched' }),
    await send(t, 'POST', `${BASE}/${id}/disable`),
    await send(t, 'POST', `${BASE}/${id}/enable`),
  ];
  const shown = [];
  for (const res of outputs) {
    expect(res.status).toBe(200);
    const body = await res.json();
    shown.push({ body, item: 'items' in body ? body.items.find((i: { id: string }) => i.id === id) : body });
  }
  return shown;
}

describe('Provider configurations', () => {
  let t: TestApp;
  /** Every response body seen by this file, checked for clear secrets at the end. */
  const bodies: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'debug' }, { captureLogs: true });
    const http = t.http;
    (t as { http: TestApp['http'] }).http = async (path, init) => {
      const res = await http(path, init);
      const text = await res.clone().text();
      bodies.push(text);
      return res;
    };
  });
  afterAll(async () => {
    // PostgreSQL runs share one database across files: leave no configurations behind for the next file.
    await dataSource(t).createQueryBuilder().delete().from('provider_configurations').execute();
    await t.close();
  });

  const rowCount = () => countRows(t, 'provider_configurations');

  describe('create, read and list', () => {
    it('creates an active configuration and answers only its id, name, status and creation time', async () => {
      const name = unique('Tracer');
      const res = await send(t, 'POST', BASE, {
        name,
        description: 'Fraud screening',
        providerId: 'tracer',
        config: tracerConfig(),
        metadata: { owner: 'risk' },
      });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(['createdAt', 'id', 'name', 'status']);
      expect(body).toMatchObject({ name, status: 'active' });

      const got = await send(t, 'GET', `${BASE}/${body.id}`);
      expect(got.status).toBe(200);
      expect(await got.json()).toEqual({
        id: body.id,
        name,
        description: 'Fraud screening',
        providerId: 'tracer',
        status: 'active',
        metadata: { owner: 'risk' },
        config: {
          base_url: 'https://tracer.example.net',
          api_key: '****5e4f',
          headers: { Authorization: '****3456', 'X-Client': 'flowker-tests' },
        },
        createdAt: body.createdAt,
        updatedAt: body.createdAt,
      });
    });

    it('masks a nested Midaz client secret but keeps the rest of auth readable', async () => {
      const id = await createConfig(t, { name: unique('Midaz'), providerId: 'midaz', config: midazConfig() });
      const { data } = await t.client.GET('/v1/provider-configurations/{id}', { params: { path: { id } } });
      expect(data!.config.auth).toEqual({
        issuer_url: 'https://idp.example.net',
        client_id: 'flowker',
        client_secret: '****4321',
        scopes: ['ledger'],
      });
      expect(data!.config.organization_id).toBe('4f0c2f3e-1b2a-4c3d-9e8f-0a1b2c3d4e5f');
    });

    it('stores secret leaves encrypted: the raw row has no clear secret, SecretBox gives it back', async () => {
      const id = await createConfig(t, { name: unique('Raw'), providerId: 'tracer', config: tracerConfig() });
      const row = (await rawRows(t, 'provider_configurations')).find((r) => r.id === id)!;
      const stored = JSON.parse(String(row.config));
      expectNoSecret(JSON.stringify(row));
      expect(stored.base_url).toBe('https://tracer.example.net');
      expect(stored.api_key).toMatch(/^v1:/);
      expect(stored.headers.Authorization).toMatch(/^v1:/);
      expect(t.app.get(SecretBox).open(stored)).toEqual(tracerConfig());
    });

    it('masks and encrypts what upstream masks beyond credentials (connection strings, card and personal data), in every output', async () => {
      const sensitive = {
        connection_string: 'postgres://app:S3cretPw@db:5432/app',
        database_url: 'mysql://root:R00tPw@db/x',
        pin: '4321',
        cvv: '123',
        mfa_code: '998877',
        cardNumber: '4111111111111111',
        customer: { email: 'ana@example.net', home_address: 'Rua A, 1' },
      };
      const config = tracerConfig(undefined, sensitive);
      const masked = {
        ...sensitive,
        connection_string: maskSecretValue(sensitive.connection_string),
        database_url: maskSecretValue(sensitive.database_url),
        pin: maskSecretValue('4321'),
        cvv: maskSecretValue('123'),
        mfa_code: maskSecretValue('998877'),
        cardNumber: maskSecretValue('4111111111111111'),
        customer: { email: maskSecretValue('ana@example.net'), home_address: maskSecretValue('Rua A, 1') },
      };
      const clear = ['S3cretPw', 'R00tPw', '4111111111111111', 'ana@example.net', 'Rua A, 1', '998877'];
      const id = await createConfig(t, { name: unique('Sensitive'), providerId: 'tracer', config });
      for (const { body, item } of await everyOutputOf(t, id)) {
        expect(item.config).toMatchObject({ base_url: 'https://tracer.example.net', ...masked });
        for (const value of clear) expect(JSON.stringify(body)).not.toContain(value);
      }

      const stored = JSON.parse(String((await rawRows(t, 'provider_configurations')).find((r) => r.id === id)!.config));
      for (const value of clear) expect(JSON.stringify(stored)).not.toContain(value);
      expect(stored.connection_string).toMatch(/^v1:/);
      expect(stored.customer.email).toMatch(/^v1:/);
      expect(t.app.get(SecretBox).open(stored, classifyConfigKey)).toEqual(config);
      // What an executor node calls the provider with is the clear configuration.
      expect((await t.app.get(ProviderConfigSource).load(id, 'tracer')).config).toEqual(config);
    });

    it('lists with status and providerId filters, newest first, and pages with a cursor', async () => {
      const tag = randomUUID().slice(0, 8);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        ids.push(await createConfig(t, { name: `page ${tag} ${i}`, providerId: 'midaz', config: midazConfig() }));
      }
      await send(t, 'POST', `${BASE}/${ids[1]}/disable`);

      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const { data, response } = await t.client.GET('/v1/provider-configurations', {
          params: { query: { providerId: 'midaz', limit: 1, sortBy: 'name', sortOrder: 'ASC', ...(cursor ? { cursor } : {}) } },
        });
        expect(response.status).toBe(200);
        expect(data!.items.length).toBeLessThanOrEqual(1);
        seen.push(...data!.items.map((i) => i.id));
        // On PostgreSQL other suites share the table: only this test's rows have a known shape.
        for (const item of data!.items.filter((i) => ids.includes(i.id))) {
          expect(item.config.auth).toMatchObject({ client_secret: '****4321' });
        }
        cursor = data!.hasMore ? data!.nextCursor : undefined;
        if (!data!.hasMore) expect(data!.nextCursor).toBe('');
      } while (cursor);
      expect(seen.filter((id) => ids.includes(id))).toEqual(ids);

      const disabled = await t.client.GET('/v1/provider-configurations', { params: { query: { status: 'disabled', providerId: 'midaz' } } });
      expect(disabled.data!.items.map((i) => i.id).filter((id) => ids.includes(id))).toEqual([ids[1]]);
      const tracers = await t.client.GET('/v1/provider-configurations', { params: { query: { providerId: 'tracer', limit: 100 } } });
      expect(tracers.data!.items.every((i) => i.providerId === 'tracer')).toBe(true);
      const newest = await t.client.GET('/v1/provider-configurations', { params: { query: { limit: 100 } } });
      const created = newest.data!.items.map((i) => i.createdAt);
      expect([...created].sort().reverse()).toEqual(created);
    });

    it.each([
      ['limit=0', 'FLK-0304'],
      ['limit=101', 'FLK-0304'],
      ['limit=ten', 'FLK-0304'],
      ['sortOrder=asc', 'FLK-0304'],
      ['sortBy=size', 'FLK-0304'],
      ['status=paused', 'FLK-0304'],
      ['cursor=not-a-cursor!', 'FLK-0008'],
      [`cursor=${Buffer.from('{"sb":"name"}').toString('base64url')}`, 'FLK-0008'],
    ])('list with %s → 400 %s', async (query, code) => {
      await expectError(await send(t, 'GET', `${BASE}?${query}`), 400, code);
    });

    it('a cursor from another sort is refused', async () => {
      await createConfig(t, { name: unique(), providerId: 'midaz', config: midazConfig() });
      await createConfig(t, { name: unique(), providerId: 'midaz', config: midazConfig() });
      const first = await (await send(t, 'GET', `${BASE}?limit=1&sortBy=name`)).json();
      await expectError(await send(t, 'GET', `${BASE}?limit=1&sortBy=createdAt&cursor=${first.nextCursor}`), 400, 'FLK-0008');
    });

    it('answers 404 FLK-0290 for an unknown id and 400 FLK-0002 for a malformed one', async () => {
      await expectError(await send(t, 'GET', `${BASE}/${randomUUID()}`), 404, 'FLK-0290');
      await expectError(await send(t, 'GET', `${BASE}/not-a-uuid`), 400, 'FLK-0002');
    });
  });

  describe('create validation (nothing is stored on failure)', () => {
    const valid = () => ({ name: unique(), providerId: 'tracer', config: tracerConfig() });

    it.each([
      ['name missing', (b: Record<string, unknown>): unknown => delete b.name, 400, 'FLK-0295'],
      ['name empty', (b: Record<string, unknown>): unknown => (b.name = ''), 400, 'FLK-0295'],
      ['name one past 100', (b: Record<string, unknown>): unknown => (b.name = 'n'.repeat(101)), 400, 'FLK-0296'],
      ['description one past 500', (b: Record<string, unknown>): unknown => (b.description = 'd'.repeat(501)), 400, 'FLK-0299'],
      ['providerId missing', (b: Record<string, unknown>): unknown => delete b.providerId, 400, 'FLK-0297'],
      ['config missing', (b: Record<string, unknown>): unknown => delete b.config, 400, 'FLK-0298'],
      ['an unknown field', (b: Record<string, unknown>): unknown => (b.extra = 1), 400, 'FLK-0300'],
      ['config not an object', (b: Record<string, unknown>): unknown => (b.config = 'x'), 400, 'FLK-0001'],
      ['an unknown provider', (b: Record<string, unknown>): unknown => (b.providerId = 'stripe'), 404, 'FLK-0294'],
      ['an empty providerId', (b: Record<string, unknown>): unknown => (b.providerId = ''), 404, 'FLK-0294'],
      ['config missing required keys', (b: Record<string, unknown>): unknown => (b.config = {}), 422, 'FLK-0293'],
      ['config with a bad base_url', (b: Record<string, unknown>): unknown => (b.config = { base_url: 'nope', api_key: 'k' }), 422, 'FLK-0293'],
      // Metadata had no bounds (workflow metadata had): these were stored.
      ['a metadata key one past 64', (b: Record<string, unknown>): unknown => (b.metadata = { ['k'.repeat(65)]: 1 }), 400, 'FLK-0312'],
      ['a metadata string one past 2,000', (b: Record<string, unknown>): unknown => (b.metadata = { notes: ['x', 'y'.repeat(2001)] }), 400, 'FLK-0313'],
      ['metadata six levels deep', (b: Record<string, unknown>): unknown => (b.metadata = { a: { b: { c: { d: { e: { f: 1 } } } } } }), 400, 'FLK-0314'],
      ['51 metadata entries', (b: Record<string, unknown>): unknown => (b.metadata = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]))), 400, 'FLK-0315'],
    ] as const)('%s → %s %s', async (_what, mutate, status, code) => {
      const before = await rowCount();
      const body = valid() as Record<string, unknown>;
      mutate(body);
      const error = await expectError(await send(t, 'POST', BASE, body), status, code);
      expect(await rowCount()).toBe(before);
      if (code === 'FLK-0293') expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0);
    });

    it('a name at exactly 100 characters and a description at exactly 500 are accepted', async () => {
      const name = `${randomUUID()}${'n'.repeat(64)}`;
      expect(name).toHaveLength(100);
      expect((await send(t, 'POST', BASE, { ...valid(), name, description: 'd'.repeat(500) })).status).toBe(201);
    });

    it('names the failing field of a schema violation and never echoes the secret', async () => {
      const body = await expectError(
        await send(t, 'POST', BASE, { name: unique(), providerId: 'midaz', config: { ...midazConfig(), ledger_id: 'x' } }),
        422,
        'FLK-0293',
      );
      expect(Object.keys(body.fields)).toContain('ledger_id');
      expectNoSecret(JSON.stringify(body));
    });

    it.each([
      ['tracer base_url with user:password', 'tracer', { ...tracerConfig('https://svc:pa55w0rd@tracer.example.net') }, 'base_url', 'must not carry credentials; use auth'],
      ['tracer base_url with ftp', 'tracer', { ...tracerConfig('ftp://tracer.example.net') }, 'base_url', 'must be an http or https URL with a host'],
      ['midaz transaction_base_url with a user', 'midaz', { ...midazConfig(), transaction_base_url: 'https://ops@midaz.example.net' }, 'transaction_base_url', 'must not carry credentials; use auth'],
      ['midaz auth.issuer_url with credentials', 'midaz', { ...midazConfig(), auth: { ...midazConfig().auth, issuer_url: 'https://a:b@idp.example.net' } }, 'auth.issuer_url', 'must not carry credentials; use auth'],
    ] as const)('a URL no execution could call (%s) → 422 FLK-0293 on create and PATCH', async (_what, providerId, config, field, problem) => {
      // Before, these were stored, passed the connectivity test (which dropped the user info) and every execution
      // then failed at the node with "the base URL must not carry credentials"; the credentials were also echoed.
      const before = await rowCount();
      const created = await expectError(await send(t, 'POST', BASE, { name: unique(), providerId, config }), 422, 'FLK-0293');
      expect(created.fields).toEqual({ [field]: problem });
      expect(await rowCount()).toBe(before);

      const id = await createConfig(t, { name: unique(), providerId, config: providerId === 'tracer' ? tracerConfig() : midazConfig() });
      const patched = await expectError(await send(t, 'PATCH', `${BASE}/${id}`, { config }), 422, 'FLK-0293');
      expect(patched.fields).toEqual({ [field]: problem });
    });

    it('a duplicate name → 409 FLK-0291', async () => {
      const name = unique();
      await createConfig(t, { ...valid(), name });
      const before = await rowCount();
      await expectError(await send(t, 'POST', BASE, { ...valid(), name }), 409, 'FLK-0291');
      expect(await rowCount()).toBe(before);
    });

    it('a name is stored trimmed and in NFC: a spaced or decomposed spelling of a taken name is 409 FLK-0291, white space only 400 FLK-0295', async () => {
      const taken = unique('Café').normalize('NFC');
      const first = await send(t, 'POST', BASE, { ...valid(), name: `  ${taken.normalize('NFD')}\t` });
      expect(first.status).toBe(201);
      expect((await first.json()).name).toBe(taken);
      await expectError(await send(t, 'POST', BASE, { ...valid(), name: `${taken} ` }), 409, 'FLK-0291');
      const blank = await expectError(await send(t, 'POST', BASE, { ...valid(), name: '   ' }), 400, 'FLK-0295');
      expect(blank.fields).toEqual({ name: 'must not be white space only' });

      const other = await createConfig(t, valid());
      await expectError(await send(t, 'PATCH', `${BASE}/${other}`, { name: ` ${taken.normalize('NFD')}` }), 409, 'FLK-0291');
      await expectError(await send(t, 'PATCH', `${BASE}/${other}`, { name: '\n' }), 400, 'FLK-0295');
      const fresh = unique('Zoë');
      const renamed = await send(t, 'PATCH', `${BASE}/${other}`, { name: ` ${fresh.normalize('NFD')} ` });
      expect((await renamed.json()).name).toBe(fresh.normalize('NFC'));
    });

    it('a body over the size limit → 413, a non-JSON body → 415', async () => {
      const huge = { ...valid(), description: 'x'.repeat(t.config.bodyLimitBytes + 10) };
      expect((await send(t, 'POST', BASE, huge)).status).toBe(413);
      const res = await send(t, 'POST', BASE, 'name=x', { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain' });
      await expectError(res, 415, 'FLK-0007');
    });
  });

  describe('update (PATCH)', () => {
    it('changes only the fields sent, replaces config after validation and merges metadata', async () => {
      const id = await createConfig(t, { name: unique(), description: 'keep me', providerId: 'tracer', config: tracerConfig(), metadata: { a: 1, b: 2 } });
      const before = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      const renamed = unique('renamed');
      const res = await send(t, 'PATCH', `${BASE}/${id}`, { name: renamed, metadata: { b: 3, c: 4 } });
      expect(res.status).toBe(200);
      const after = await res.json();
      expect(after).toMatchObject({ name: renamed, description: 'keep me', config: before.config, metadata: { a: 1, b: 3, c: 4 } });
      expect(after.updatedAt > before.updatedAt).toBe(true);

      const replaced = await send(t, 'PATCH', `${BASE}/${id}`, { config: { base_url: 'https://eu.tracer.example.net', api_key: 'trc_new_key_7777' } });
      expect((await replaced.json()).config).toEqual({ base_url: 'https://eu.tracer.example.net', api_key: '****7777' });
      const row = await t.app.get(ProviderConfigurationRepository).findById(dataSource(t).manager, id);
      expect(t.app.get(SecretBox).open(JSON.parse(row!.config))).toEqual({ base_url: 'https://eu.tracer.example.net', api_key: 'trc_new_key_7777' });
    });

    it('metadata sent, and metadata merged into what is stored, must stay within the bounds (400 FLK-0312..0315); at the bounds it is accepted', async () => {
      const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig(), metadata: fifty });
      const before = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      // Within the bounds alone, but 51 entries once merged: refused, nothing changes.
      const error = await expectError(await send(t, 'PATCH', `${BASE}/${id}`, { description: 'changed', metadata: { another: 1 } }), 400, 'FLK-0315');
      expect(error.fields).toEqual({ metadata: 'at most 50 entries' });
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, { metadata: { k0: { a: { b: { c: { d: { e: 1 } } } } } } }), 400, 'FLK-0314');
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, { metadata: { k0: 'v'.repeat(2001) } }), 400, 'FLK-0313');
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, { metadata: { k0: { ['k'.repeat(65)]: 1 } } }), 400, 'FLK-0312');
      expect(await (await send(t, 'GET', `${BASE}/${id}`)).json()).toEqual(before);
      // Overwriting keys keeps 50 entries; values at exactly the bounds are accepted.
      const atBounds = { k0: 'v'.repeat(2000), k1: { a: { b: { ['k'.repeat(64)]: 1 } } } };
      const res = await send(t, 'PATCH', `${BASE}/${id}`, { metadata: atBounds });
      expect(res.status).toBe(200);
      expect((await res.json()).metadata).toEqual({ ...fifty, ...atBounds });
    });

    it('a config read and sent back keeps every secret whose mask comes back unchanged; a changed value replaces it', async () => {
      // The masks used to be stored as the new secrets, so GET → PATCH of the same config broke the configuration.
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      const { config: shown } = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      expect(shown.api_key).not.toBe(tracerConfig().api_key);
      const storedConfig = async () => {
        const row = await t.app.get(ProviderConfigurationRepository).findById(dataSource(t).manager, id);
        return t.app.get(SecretBox).open(JSON.parse(row!.config), classifyConfigKey);
      };
      const resent = { ...shown, base_url: 'https://eu.tracer.example.net' };
      expect((await send(t, 'PATCH', `${BASE}/${id}`, { config: resent })).status).toBe(200);
      expect(await storedConfig()).toEqual({ ...tracerConfig(), base_url: 'https://eu.tracer.example.net' });

      // A mask that is not the stored value's own (another secret's) is taken as sent.
      const other = { ...shown, base_url: 'https://eu.tracer.example.net', api_key: '****9999' };
      expect((await send(t, 'PATCH', `${BASE}/${id}`, { config: other })).status).toBe(200);
      expect((await storedConfig()).api_key).toBe('****9999');
    });

    it.each([
      [{ name: '' }, 400, 'FLK-0295'],
      [{ name: 'n'.repeat(101) }, 400, 'FLK-0296'],
      [{ description: 'd'.repeat(501) }, 400, 'FLK-0299'],
      [{ providerId: 'midaz' }, 400, 'FLK-0300'],
      [{ config: [] }, 400, 'FLK-0001'],
      [{ config: { base_url: 'https://x.example' } }, 422, 'FLK-0293'],
    ] as const)('PATCH %j → %s %s and nothing changes', async (patch, status, code) => {
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      const before = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, patch), status, code);
      expect(await (await send(t, 'GET', `${BASE}/${id}`)).json()).toEqual(before);
    });

    it('409 FLK-0291 on a name taken by another configuration, 404/400 on bad ids, 413/415 on bad bodies', async () => {
      const taken = unique();
      await createConfig(t, { name: taken, providerId: 'tracer', config: tracerConfig() });
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, { name: taken }), 409, 'FLK-0291');
      await expectError(await send(t, 'PATCH', `${BASE}/${randomUUID()}`, { name: 'x' }), 404, 'FLK-0290');
      await expectError(await send(t, 'PATCH', `${BASE}/nope`, { name: 'x' }), 400, 'FLK-0002');
      expect((await send(t, 'PATCH', `${BASE}/${id}`, { description: 'x'.repeat(t.config.bodyLimitBytes + 1) })).status).toBe(413);
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, 'x', { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain' }), 415, 'FLK-0007');
    });
  });

  describe('enable and disable', () => {
    it.each([
      ['no body', undefined, { 'X-API-Key': TEST_API_KEY }],
      ['an empty JSON object', '{}', authJson()],
      ['an empty body with a JSON content type', '', authJson()],
    ])('accept %s and move between active and disabled', async (_what, body, headers) => {
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      const disabled = await send(t, 'POST', `${BASE}/${id}/disable`, body, headers);
      expect(disabled.status).toBe(200);
      expect(await disabled.json()).toMatchObject({ id, status: 'disabled', config: { api_key: '****5e4f' } });
      const twice = await expectError(await send(t, 'POST', `${BASE}/${id}/disable`, body, headers), 422, 'FLK-0292');
      expect(twice.message).toBe('The provider configuration is disabled; only active configurations can become disabled.');
      const enabled = await send(t, 'POST', `${BASE}/${id}/enable`, body, headers);
      expect(enabled.status).toBe(200);
      expect((await enabled.json()).status).toBe('active');
      await expectError(await send(t, 'POST', `${BASE}/${id}/enable`, body, headers), 422, 'FLK-0292');
    });

    it.each(['enable', 'disable'])('%s: 404 for an unknown id, 400 for a malformed one', async (action) => {
      await expectError(await send(t, 'POST', `${BASE}/${randomUUID()}/${action}`), 404, 'FLK-0290');
      await expectError(await send(t, 'POST', `${BASE}/123/${action}`), 400, 'FLK-0002');
    });

    it('feeds the catalog template choices and the ProviderConfigLookup with active configurations only', async () => {
      const active = await createConfig(t, { name: unique('aaa-choice'), providerId: 'tracer', config: tracerConfig() });
      const off = await createConfig(t, { name: unique('aab-choice'), providerId: 'tracer', config: tracerConfig() });
      await send(t, 'POST', `${BASE}/${off}/disable`);
      const template = await (await send(t, 'GET', '/v1/catalog/templates/tracer-midaz-validation')).json();
      const choices = JSON.parse(template.paramSchema).properties.tracerProviderConfigId.oneOf as Array<{ const: string; title: string }>;
      expect(choices.map((c) => c.const)).toContain(active);
      expect(choices.map((c) => c.const)).not.toContain(off);
      const titles = choices.map((c) => c.title);
      expect([...titles].sort()).toEqual(titles);

      const lookup = t.app.get(ProviderConfigLookup);
      expect(await lookup.findById(off)).toMatchObject({ id: off, providerId: 'tracer', status: 'disabled' });
      expect(await lookup.findById(randomUUID())).toBeNull();
    });
  });

  describe('delete', () => {
    it('deletes in any status (204, no body) and then the id is gone', async () => {
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      await send(t, 'POST', `${BASE}/${id}/disable`);
      const res = await send(t, 'DELETE', `${BASE}/${id}`, undefined, { 'X-API-Key': TEST_API_KEY });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
      await expectError(await send(t, 'GET', `${BASE}/${id}`), 404, 'FLK-0290');
      await expectError(await send(t, 'DELETE', `${BASE}/${id}`), 404, 'FLK-0290');
      await expectError(await send(t, 'DELETE', `${BASE}/zzz`), 400, 'FLK-0002');
    });

    it('refuses with 422 FLK-0292 while an active workflow uses the configuration, not while it is a draft', async () => {
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      const workflowId = randomUUID();
      const now = new Date().toISOString();
      const nodes = [{ id: 'validate', type: 'executor', position: { x: 0, y: 0 }, data: { executorId: 'tracer.validate-transaction', providerConfigId: id } }];
      await dataSource(t).createQueryBuilder().insert().into('workflows').values({
        id: workflowId, name: unique('wf'), description: null, status: 'active', nodes: JSON.stringify(nodes), edges: '[]',
        metadata: '{}', createdAt: now, updatedAt: now,
      }).execute();
      const body = await expectError(await send(t, 'DELETE', `${BASE}/${id}`), 422, 'FLK-0292');
      expect(body.message).toMatch(/active workflows/);
      expect((await send(t, 'GET', `${BASE}/${id}`)).status).toBe(200);

      await dataSource(t).createQueryBuilder().update('workflows').set({ status: 'draft' }).where('id = :workflowId', { workflowId }).execute();
      expect((await send(t, 'DELETE', `${BASE}/${id}`)).status).toBe(204);
      await dataSource(t).createQueryBuilder().delete().from('workflows').where('id = :workflowId', { workflowId }).execute();
    });

    it('a delete racing the activation of a workflow that uses the configuration: never both (no active workflow on a deleted configuration)', async () => {
      // On PostgreSQL each used to pass its own check before the other committed (a write skew).
      for (let round = 0; round < 8; round += 1) {
        const configId = await providerConfig(t, 'midaz');
        const workflowId = await create(t, { name: unique('wf'), nodes: [trigger('start'), executor('call', configId)], edges: [edge('start', 'call')] });
        const [activated, deleted] = await Promise.all([
          send(t, 'POST', `/v1/workflows/${workflowId}/activate`),
          send(t, 'DELETE', `${BASE}/${configId}`),
        ]);
        expect([activated.status, deleted.status]).not.toEqual([200, 204]);
        const workflow = await (await send(t, 'GET', `/v1/workflows/${workflowId}`)).json();
        const config = await send(t, 'GET', `${BASE}/${configId}`);
        expect(workflow.status === 'active' && config.status === 404).toBe(false);
      }
    });
  });

  describe('compare-and-set: a change that lands between our read and our write → 409 FLK-0350', () => {
    /** Makes another client's request run right after the service has read the row, before it writes. */
    function interleave(otherRequest: () => Promise<unknown>) {
      const service = t.app.get(ProviderConfigurationsService);
      const read = ProviderConfigurationsService.prototype.find.bind(service);
      jest.spyOn(service, 'find').mockImplementationOnce(async (id, manager) => {
        const row = await read(id, manager);
        await otherRequest();
        return row;
      });
    }
    afterEach(() => jest.restoreAllMocks());

    it.each([
      ['disable', 'POST', 'disable', (): unknown => ({})],
      ['delete', 'DELETE', '', (): unknown => undefined],
    ] as const)('%s after a concurrent disable', async (_what, method, action, body) => {
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      interleave(() => send(t, 'POST', `${BASE}/${id}/disable`));
      await expectError(await send(t, method, `${BASE}/${id}${action ? `/${action}` : ''}`, body()), 409, 'FLK-0350');
      expect((await (await send(t, 'GET', `${BASE}/${id}`)).json()).status).toBe('disabled');
    });

    it('enable after a concurrent enable', async () => {
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      await send(t, 'POST', `${BASE}/${id}/disable`);
      interleave(() => send(t, 'POST', `${BASE}/${id}/enable`));
      await expectError(await send(t, 'POST', `${BASE}/${id}/enable`), 409, 'FLK-0350');
    });

    it.each(['disable', 'enable'] as const)('%s after a concurrent PATCH: 409, the new API key is not reverted', async (action) => {
      // Enable and disable wrote back the whole row they had read, checking only its status: a key rotated in between
      // was silently replaced by the old one.
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      if (action === 'enable') await send(t, 'POST', `${BASE}/${id}/disable`);
      const rotated = { ...tracerConfig(), api_key: 'trc_rotated_key_4242' };
      interleave(() => send(t, 'PATCH', `${BASE}/${id}`, { config: rotated }));
      await expectError(await send(t, 'POST', `${BASE}/${id}/${action}`), 409, 'FLK-0350');
      const row = await t.app.get(ProviderConfigurationRepository).findById(dataSource(t).manager, id);
      expect(t.app.get(SecretBox).open(JSON.parse(row!.config), classifyConfigKey)).toMatchObject({ api_key: 'trc_rotated_key_4242' });
    });

    it.each([
      ['PATCH', 'PATCH', '', (): unknown => ({ description: 'late' })],
      ['disable', 'POST', 'disable', (): unknown => ({})],
      ['delete', 'DELETE', '', (): unknown => undefined],
    ] as const)('%s after a concurrent delete: 404 FLK-0290, as any later request gets, not 409', async (_what, method, action, body) => {
      // The losing request used to be told the configuration "changed" and to read it again, which then said 404.
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      interleave(() => send(t, 'DELETE', `${BASE}/${id}`));
      await expectError(await send(t, method, `${BASE}/${id}${action ? `/${action}` : ''}`, body()), 404, 'FLK-0290');
    });

    it('PATCH after a concurrent PATCH (no lost metadata update)', async () => {
      const id = await createConfig(t, { name: unique(), providerId: 'tracer', config: tracerConfig() });
      interleave(() => send(t, 'PATCH', `${BASE}/${id}`, { metadata: { first: true } }));
      await expectError(await send(t, 'PATCH', `${BASE}/${id}`, { metadata: { second: true } }), 409, 'FLK-0350');
      expect((await (await send(t, 'GET', `${BASE}/${id}`)).json()).metadata).toEqual({ first: true });
    });
  });

  describe('authentication and failures', () => {
    const someId = randomUUID();
    const routes: Array<[string, string, unknown]> = [
      ['GET', BASE, undefined],
      ['POST', BASE, { name: 'x', providerId: 'tracer', config: tracerConfig() }],
      ['GET', `${BASE}/${someId}`, undefined],
      ['PATCH', `${BASE}/${someId}`, { name: 'x' }],
      ['DELETE', `${BASE}/${someId}`, undefined],
      ['POST', `${BASE}/${someId}/enable`, undefined],
      ['POST', `${BASE}/${someId}/disable`, undefined],
      ['POST', `${BASE}/${someId}/test`, undefined],
    ];

    it.each(routes)('%s %s without an API key → 401 FLK-0003', async (method, path, body) => {
      await expectError(await send(t, method, path, body, { 'Content-Type': 'application/json' }), 401, 'FLK-0003');
    });

    it.each(routes)('%s %s failing unexpectedly → 500 FLK-9999', async (method, path, body) => {
      await expectError(await send(t, method, path, body, authJson({ 'X-Test-Fault-Injection': 'error' })), 500, 'FLK-9999');
    });

    it.each(routes)('%s %s while the service cannot serve → 503 FLK-0009', async (method, path, body) => {
      await expectError(await send(t, method, path, body, authJson({ 'X-Test-Fault-Injection': 'unavailable' })), 503, 'FLK-0009');
    });
  });

  describe('secrets never leave in clear', () => {
    it('audit rows record create/update/delete with masked metadata and no secret', async () => {
      const id = await createConfig(t, { name: unique('audited'), providerId: 'midaz', config: midazConfig() });
      await send(t, 'PATCH', `${BASE}/${id}`, { config: { ...midazConfig(), auth: { ...midazConfig().auth, client_secret: 'rotated-SECRET-0987654321' } } });
      await send(t, 'DELETE', `${BASE}/${id}`);
      const rows = (await rawRows(t, 'audit_events')).filter((r) => r.resource_id === id);
      expect(rows.map((r) => r.event_type)).toEqual(['PROVIDER_CONFIG_CREATED', 'PROVIDER_CONFIG_UPDATED', 'PROVIDER_CONFIG_DELETED']);
      expect(JSON.parse(String(rows[0].metadata))).toMatchObject({ 'provider_config.provider_id': 'midaz' });
      const all = JSON.stringify(await rawRows(t, 'audit_events'));
      expectNoSecret(all);
      expect(all).not.toContain('rotated-SECRET');
    });

    it('a secret in the query of a URL setting is masked in every output, log and audit row, encrypted at rest, and kept by a masked round trip', async () => {
      // Was returned in clear by every read, stored in clear and shown in the connectivity report.
      const key = 'qry-SECRET-key-1234567890';
      const signature = 'S1G-SECRET';
      const baseUrl = `https://tracer.example.net/v1?region=eu&api_key=${key}&sig=${signature}`;
      const shownUrl = `https://tracer.example.net/v1?region=eu&api_key=${maskSecretValue(key)}&sig=${maskSecretValue(signature)}`;
      const id = await createConfig(t, { name: unique('Query key'), providerId: 'tracer', config: tracerConfig(baseUrl) });
      for (const { body, item } of await everyOutputOf(t, id)) {
        expect(item.config.base_url).toBe(shownUrl);
        expect(JSON.stringify(body)).not.toContain(key);
        expect(JSON.stringify(body)).not.toContain(signature);
      }

      const storedRow = async () => JSON.parse(String((await rawRows(t, 'provider_configurations')).find((r) => r.id === id)!.config));
      const stored = await storedRow();
      expect(JSON.stringify(stored)).not.toContain(key);
      expect(stored.base_url).toMatch(/^https:\/\/tracer\.example\.net\/v1\?region=eu&api_key=v1:\S+&sig=v1:\S+$/);
      const open = async () => t.app.get(SecretBox).open(await storedRow(), classifyConfigKey);
      expect(await open()).toEqual(tracerConfig(baseUrl));
      expect((await t.app.get(ProviderConfigSource).load(id, 'tracer')).config).toEqual(tracerConfig(baseUrl));

      // GET → PATCH of what was shown keeps the key, also when the rest of the URL changes; a new key replaces it.
      const { config: shown } = await (await send(t, 'GET', `${BASE}/${id}`)).json();
      expect((await send(t, 'PATCH', `${BASE}/${id}`, { config: shown })).status).toBe(200);
      expect(await open()).toEqual(tracerConfig(baseUrl));
      const moved = { ...shown, base_url: shownUrl.replace('/v1?region=eu', '/v2?region=us') };
      expect((await send(t, 'PATCH', `${BASE}/${id}`, { config: moved })).status).toBe(200);
      expect((await open()).base_url).toBe(`https://tracer.example.net/v2?region=us&api_key=${key}&sig=${signature}`);
      const rotated = { ...shown, base_url: 'https://tracer.example.net/v1?api_key=qry-SECRET-rotated-000' };
      expect((await send(t, 'PATCH', `${BASE}/${id}`, { config: rotated })).status).toBe(200);
      expect((await open()).base_url).toBe('https://tracer.example.net/v1?api_key=qry-SECRET-rotated-000');

      const audit = JSON.stringify((await rawRows(t, 'audit_events')).filter((r) => r.resource_id === id));
      expect(audit).not.toContain(key);
      expect(audit).not.toContain('rotated');
      expect(t.logs.join('\n')).not.toContain(key);
      expect(t.logs.join('\n')).not.toContain('qry-SECRET-rotated');
    });

    it('no response body and no log line of this file contains a clear secret', () => {
      expect(bodies.length).toBeGreaterThan(50);
      expectNoSecret(bodies.join('\n'));
      expect(t.logs.length).toBeGreaterThan(50);
      // Request lines for every call and error lines (with stacks) for the injected 500s were captured.
      expect(t.logs.some((line) => /"level":50/.test(line))).toBe(true);
      expect(t.logs.filter((line) => line.includes('/v1/provider-configurations')).length).toBeGreaterThan(50);
      expectNoSecret(t.logs.join('\n'));
      for (const secret of [TRACER_KEY, MIDAZ_SECRET, HEADER_TOKEN]) expect(bodies.join('')).not.toContain(secret);
    });
  });
});
