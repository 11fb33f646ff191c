import YAML from 'yaml';
import { loadSpec } from '../../src/modules/docs/swagger';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the typed client (src/client) as documented, on the real service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the spec types as text come back as strings, without a parseAs on each call', async () => {
    const metrics = await t.client.GET('/metrics');
    expect(metrics.response.status).toBe(200);
    expect(metrics.data).toEqual(expect.stringContaining('# HELP flowker_http_request_duration_seconds'));

    const page = await t.client.GET('/swagger');
    expect(page.data).toEqual(expect.stringContaining('<html'));

    const yaml = await t.client.GET('/swagger/openapi.yaml');
    expect(YAML.parse(yaml.data as string).info).toEqual(loadSpec().info);
  });

  it('JSON answers and errors are unchanged, and an explicit parseAs still wins', async () => {
    const json = await t.client.GET('/swagger/openapi.json');
    expect((json.data as { info: unknown }).info).toEqual(loadSpec().info);
    const missing = await t.client.GET('/v1/catalog/executors/{id}', { params: { path: { id: 'no-such-executor' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ code: 'FLK-0200' });
    const raw = await t.client.GET('/metrics', { parseAs: 'text' });
    expect(raw.data).toEqual(expect.stringMatching(/^# HELP /));
  });
});
