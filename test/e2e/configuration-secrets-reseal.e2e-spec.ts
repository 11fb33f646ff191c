import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { classifyConfigKey, SecretBox, SecretCipher } from '../../src/common/secrets';
import { ExecutorConfigurationRepository } from '../../src/modules/executor-configurations/executor-configuration.repository';
import { ResealProviderConfigSecrets } from '../../src/modules/provider-configurations/reseal-provider-config-secrets';
import { ResealNodeSecrets } from '../../src/modules/workflows/reseal-node-secrets';
import { startTestApp, type TestApp } from '../support/test-app';
import { createConfig, rawRows, send, tracerConfig, unique } from './provider-configurations-fixtures';
import { action, create, runnable } from './workflows-fixtures';

/**
 * Rows written before the configuration rule counted `pin` or `certificate` as secret hold them in clear (only the
 * shared rule's keys were sealed). A start encrypts them, so they are protected at rest without waiting for an edit.
 */
describe('Configuration secrets stored in clear by an earlier version', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowker-reseal-'));
  const PIN = '48213579';
  const PRIVATE_KEY = 'pk-SECRET-5a6b7c8d9e';
  const SUBJECT = 'CN=ledger.example.net';
  /** Secret query parameters of URLs were not sealed before 2026-12-02 either. */
  const QUERY_URL = 'https://hooks.example.net/x?region=eu&token=qry-SECRET-legacy-77';
  const legacyProviderConfig = { ...tracerConfig(), pin: PIN, certificate: { subject: SUBJECT, private_key: PRIVATE_KEY }, status_url: QUERY_URL };
  const legacyAuthConfig = { username: 'flowker', password: 'basic-SECRET-pass-4242', pin: PIN };
  /** A subscription URL and a workflow's node data saved before their query secrets were sealed. */
  const HOOK_URL = 'http://127.0.0.1:9/events?team=ops&token=sub-SECRET-legacy-31';
  const HEADER_KEY = 'hdr-SECRET-legacy-5150';
  const CALLBACK = 'https://partner.example.net/cb?sig=node-SECRET-legacy-64&v=2';
  const env = { DATA_DIR: dataDir, SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true' };
  let providerId: string;
  let executorId: string;
  let subscriptionId: string;
  let workflowId: string;
  let t: TestApp;

  beforeAll(async () => {
    // The first start stores the rows as an earlier version did: sealed with the shared rule only.
    const first = await startTestApp(env);
    try {
      const box = first.app.get(SecretBox);
      const manager = first.app.get(DataSource).manager;
      providerId = await createConfig(first, { name: unique('Legacy'), providerId: 'tracer', config: tracerConfig() });
      await manager.update('provider_configurations', { id: providerId }, {
        config: JSON.stringify({ ...box.seal(legacyProviderConfig), status_url: QUERY_URL }),
      });
      executorId = randomUUID();
      const now = new Date().toISOString();
      await first.app.get(ExecutorConfigurationRepository).insert(manager, {
        id: executorId,
        name: unique('legacy exec'),
        description: null,
        baseUrl: 'https://api.example.net/v2',
        endpoints: JSON.stringify([{ name: 'check', path: '/check', method: 'POST', timeout: 30 }]),
        authentication: JSON.stringify({ type: 'basic', config: box.seal(legacyAuthConfig) }),
        status: 'unconfigured',
        metadata: null,
        createdAt: now,
        updatedAt: now,
        lastTestedAt: null,
      });

      const subscription = await send(first, 'POST', '/v1/webhook-subscriptions', {
        name: unique('legacy hook'), url: 'http://127.0.0.1:9/events', events: ['workflow.completed'],
      });
      subscriptionId = (await subscription.json()).id;
      await manager.update('webhook_subscriptions', { id: subscriptionId }, { url: HOOK_URL, headers: JSON.stringify({ 'X-Api-Key': HEADER_KEY }) });

      const legacyAction = { ...action('finish'), data: { actionType: 'set_output', output: { callback: CALLBACK } } };
      workflowId = await create(first, { ...runnable(unique('legacy wf')) });
      const nodes = JSON.parse(String((await rawRows(first, 'workflows')).find((row) => row.id === workflowId)!.nodes));
      await manager.update('workflows', { id: workflowId }, {
        nodes: JSON.stringify(nodes.map((node: { id: string }) => (node.id === 'finish' ? legacyAction : node))),
      });
    } finally {
      await first.close();
    }
    t = await startTestApp(env);
    // Two starts of the app: more than the default 5 s on a busy machine.
  }, 60_000);

  afterAll(async () => {
    const manager = t.app.get(DataSource).manager;
    await manager.delete('provider_configurations', { id: providerId });
    await manager.delete('executor_configurations', { id: executorId });
    await manager.delete('webhook_subscriptions', { id: subscriptionId });
    await manager.delete('workflows', { id: workflowId });
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const rowOf = async (table: string, id: string) => (await rawRows(t, table)).find((row) => row.id === id)!;

  it('encrypts a provider configuration\'s clear values at start, and they read back whole', async () => {
    const row = await rowOf('provider_configurations', providerId);
    const stored = JSON.parse(String(row.config));
    expect(String(row.config)).not.toContain(PIN);
    expect(String(row.config)).not.toContain(SUBJECT);
    expect(SecretCipher.isCiphertext(stored.pin)).toBe(true);
    expect(SecretCipher.isCiphertext(stored.certificate)).toBe(true);
    expect(stored.base_url).toBe(legacyProviderConfig.base_url);
    expect(String(row.config)).not.toContain('qry-SECRET-legacy');
    expect(stored.status_url).toMatch(/^https:\/\/hooks\.example\.net\/x\?region=eu&token=v1:\S+$/);
    expect(t.app.get(SecretBox).open(stored, classifyConfigKey)).toEqual(legacyProviderConfig);

    const res = await send(t, 'GET', `/v1/provider-configurations/${providerId}`);
    expect(res.status).toBe(200);
    const { config } = await res.json();
    expect(config.base_url).toBe(legacyProviderConfig.base_url);
    expect(JSON.stringify(config)).not.toMatch(/48213579|5a6b7c8d9e|ledger\.example|qry-SECRET/);
    expect(config.status_url).toBe('https://hooks.example.net/x?region=eu&token=****y-77');
  });

  it('encrypts an executor\'s clear authentication settings at start, and they read back whole', async () => {
    const row = await rowOf('executor_configurations', executorId);
    const auth = JSON.parse(String(row.authentication));
    expect(String(row.authentication)).not.toContain(PIN);
    expect(SecretCipher.isCiphertext(auth.config.pin)).toBe(true);
    expect(auth.config.username).toBe('flowker');
    expect(t.app.get(SecretBox).open(auth, classifyConfigKey)).toEqual({ type: 'basic', config: legacyAuthConfig });
  });

  it('encrypts a subscription\'s URL query secret and header values stored in clear at start', async () => {
    const row = await rowOf('webhook_subscriptions', subscriptionId);
    expect(String(row.url)).not.toContain('sub-SECRET-legacy');
    expect(String(row.url)).toMatch(/^http:\/\/127\.0\.0\.1:9\/events\?team=ops&token=v1:\S+$/);
    expect(t.app.get(SecretBox).open(String(row.url))).toBe(HOOK_URL);
    expect(String(row.headers)).not.toContain('hdr-SECRET-legacy');
    expect(t.app.get(SecretBox).open(JSON.parse(String(row.headers)))).toEqual({ 'X-Api-Key': HEADER_KEY });

    const res = await send(t, 'GET', `/v1/webhook-subscriptions/${subscriptionId}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ url: 'http://127.0.0.1:9/events?team=ops&token=****y-31', headers: { 'X-Api-Key': '****5150' } });
  });

  it('encrypts the secret query parameter in a workflow\'s node data at start, keeping its updatedAt', async () => {
    const before = await send(t, 'GET', `/v1/workflows/${workflowId}`);
    const row = await rowOf('workflows', workflowId);
    expect(String(row.nodes)).not.toContain('node-SECRET-legacy');
    const finish = JSON.parse(String(row.nodes)).find((node: { id: string }) => node.id === 'finish');
    expect(finish.data.output.callback).toMatch(/^https:\/\/partner\.example\.net\/cb\?sig=v1:\S+&v=2$/);
    expect(t.app.get(SecretBox).open(finish.data).output.callback).toBe(CALLBACK);

    expect(before.status).toBe(200);
    const workflow = await before.json();
    expect(workflow.updatedAt).toBe(row.updated_at);
    expect(workflow.nodes.find((node: { id: string }) => node.id === 'finish').data.output.callback)
      .toBe('https://partner.example.net/cb?sig=****y-64&v=2');
  });

  it('leaves rows with nothing in clear exactly as they were', async () => {
    const before = await rowOf('provider_configurations', providerId);
    await t.app.get(ResealProviderConfigSecrets).onApplicationBootstrap();
    expect((await rowOf('provider_configurations', providerId)).config).toBe(before.config);
    const workflow = await rowOf('workflows', workflowId);
    await t.app.get(ResealNodeSecrets).onApplicationBootstrap();
    expect((await rowOf('workflows', workflowId)).nodes).toBe(workflow.nodes);
  });
});

describe('A SECRETS_KEY other than the one the stored secrets were written with', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowker-wrong-key-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops the start with a configuration error naming SECRETS_KEY; the right key starts', async () => {
    // Such a start used to succeed: every read of a configuration then answered 500 and every provider call failed.
    const first = await startTestApp({ DATA_DIR: dataDir });
    await createConfig(first, { name: unique('Sealed'), providerId: 'tracer', config: tracerConfig() });
    await first.close();

    const otherKey = Buffer.alloc(32, 9).toString('base64');
    await expect(startTestApp({ DATA_DIR: dataDir, SECRETS_KEY: otherKey })).rejects.toThrow(
      /SECRETS_KEY: the stored provider configuration secrets cannot be decrypted with this key/,
    );

    const again = await startTestApp({ DATA_DIR: dataDir });
    try {
      expect((await send(again, 'GET', '/v1/provider-configurations')).status).toBe(200);
    } finally {
      await again.close();
    }
  }, 60_000);
});
