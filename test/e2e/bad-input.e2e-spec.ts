import { startTestApp, authJson, type TestApp } from '../support/test-app';

/** Hostile and malformed requests: each answers a 4xx in the one error shape, never a 500. */
describe('Bad input', () => {
  let t: TestApp;
  const validate = '/v1/catalog/executors/midaz.get-account/validate';
  const post = (body: string, headers: Record<string, string> = {}) =>
    t.http(validate, { method: 'POST', headers: authJson(headers), body });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('malformed JSON → 400 FLK-0001 saying so', async () => {
    const res = await post('{"config": {"accountId": }');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('FLK-0001');
    expect(body.message).toMatch(/JSON/);
  });

  it('a 2 MB body → 413 FLK-0006 before it is parsed', async () => {
    const res = await post(`{"config": {"accountId": "${'a'.repeat(2 * 1024 * 1024)}"}}`);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'FLK-0006', title: 'Payload Too Large' });
  });

  it('an unknown route → 404 FLK-0004; an unauthenticated unknown /v1 route → 401 first', async () => {
    const res = await t.http('/v1/nothing-here', { headers: authJson() });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'FLK-0004', title: 'Not Found' });
    const anon = await t.http('/v1/nothing-here');
    expect(anon.status).toBe(401);
    const outside = await t.http('/definitely/not/here');
    expect(outside.status).toBe(404);
  });

  it('a known path with the wrong method → 405 FLK-0005 with Allow', async () => {
    const res = await t.http('/v1/catalog/providers', { method: 'DELETE', headers: authJson() });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect((await res.json()).code).toBe('FLK-0005');
  });

  it('a wrong JSON type for a field → 400 FLK-0001 naming the field', async () => {
    const res = await post('{"config": "a string"}');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('FLK-0001');
    expect(body.fields).toHaveProperty('config');
  });

  it('a body that is not an object → 400 FLK-0001', async () => {
    for (const raw of ['[]', '"text"', '42', 'null', 'true']) {
      const res = await post(raw);
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('FLK-0001');
    }
  });

  it('an unknown field → 400 FLK-0300 naming it', async () => {
    const res = await post('{"config": {"accountId": "0b4cbd1e-5a4e-4a8a-9b0c-6f6c2a1f8e11"}, "surprise": 1}');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('FLK-0300');
    expect(body.fields).toHaveProperty('surprise');
  });

  it('an empty JSON body means "no fields": the empty config is validated and its missing field named', async () => {
    const res = await post('');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('FLK-0201');
    expect(body.fields).toHaveProperty('accountId');
  });

  it('a 10 000-character string → 400, and a 10 000-character id → 4xx', async () => {
    const long = 'z'.repeat(10_000);
    const res = await post(JSON.stringify({ config: { accountId: long } }));
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('FLK-0201');
    const id = await t.http(`/v1/catalog/executors/${long}`, { headers: authJson() });
    expect(id.status).toBe(400);
    expect((await id.json()).code).toBe('FLK-0002');
  });

  it('__proto__ and constructor.prototype keys → 400 FLK-0001, and nothing is polluted', async () => {
    const proto = await post('{"config": {"__proto__": {"polluted": true}}}');
    expect(proto.status).toBe(400);
    expect((await proto.json()).code).toBe('FLK-0001');
    const ctor = await post('{"config": {"constructor": {"prototype": {"polluted": true}}}}');
    expect(ctor.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hostile strings in a path are refused as malformed ids, in JSON', async () => {
    const res = await t.http(`/v1/catalog/providers/${encodeURIComponent("'; DROP TABLE x; --<script>")}`, { headers: authJson() });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).code).toBe('FLK-0002');
  });

  it('after all of the above the service still answers normally', async () => {
    const { response } = await t.client.GET('/v1/catalog/providers');
    expect(response.status).toBe(200);
  });
});
