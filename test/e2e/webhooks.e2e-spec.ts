import { randomUUID } from 'node:crypto';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { WebhookPathsNfc1764400000021 } from '../../src/database/migrations/1764400000021-webhook-paths-nfc';
import { WebhookRouteEntity } from '../../src/modules/workflows/webhook-route.entity';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import { expectError } from './executions-fixtures';
import { post } from './workflows-fixtures';
import { callHook, randomPath, rawRequest, settled, webhookWorkflow } from './webhooks-fixtures';

const inputOf = async (t: TestApp, executionId: string) => {
  const row = await t.app.get(DataSource).createQueryBuilder().select('e.input_data', 'input').from('executions', 'e').where('e.id = :id', { id: executionId }).getRawOne();
  return JSON.parse(row.input);
};

describe('Webhooks: calling a deployed webhook', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts an execution: 201, X-Webhook-* headers, body + _webhook as input', async () => {
    const wf = await webhookWorkflow(t);
    const res = await callHook(t, wf.path, {
      body: { orderId: 'o-1', _webhook: 'spoofed' },
      query: 'a=1&a=2&token=zzz',
      headers: authJson({ 'X-Custom': 'v', Cookie: 'session=1' }),
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    // webhook → set_output has no executor node: it is stored finished, so the 201 already says so.
    expect(body).toEqual({ executionId: expect.any(String), workflowId: wf.id, status: 'completed', startedAt: expect.any(String) });
    expect(res.headers.get('x-webhook-workflow-id')).toBe(wf.id);
    expect(res.headers.get('x-webhook-execution-id')).toBe(body.executionId);
    expect((await settled(t, body.executionId)).status).toBe('completed');
    const input = await inputOf(t, body.executionId);
    expect(input.orderId).toBe('o-1');
    expect(input._webhook).toMatchObject({ method: 'POST', path: wf.path, query: { a: '2' }, remote_ip: expect.stringMatching(/127\.0\.0\.1/) });
    expect(input._webhook.headers).toMatchObject({ 'X-Custom': 'v', 'Content-Type': 'application/json' });
    expect(input._webhook.headers).not.toHaveProperty('X-Api-Key');
    expect(input._webhook.headers).not.toHaveProperty('Cookie');
    expect(JSON.stringify(input)).not.toContain(TEST_API_KEY);
  });

  it('a JSON integer beyond 2^53 (a 64-bit id) reaches the input exactly, as a string of its digits', async () => {
    const wf = await webhookWorkflow(t);
    const raw = '{"id":820982911946154508,"line_items":[{"id":-866550311766439020,"quantity":1}],"max":9007199254740991,"price":12345678901234567890.5}';
    const res = await callHook(t, wf.path, { raw, headers: authJson() });
    expect(res.status).toBe(201);
    const input = await inputOf(t, (await res.json()).executionId);
    expect(input).toMatchObject({ id: '820982911946154508', line_items: [{ id: '-866550311766439020', quantity: 1 }], max: 9007199254740991 });
    // Written with a fraction, a number is a floating-point value and stays one.
    expect(input.price).toBe(Number('12345678901234567890.5'));
  });

  it('_webhook.headers holds UTF-8 header values as text; a value that is not UTF-8 is kept byte for byte', async () => {
    const wf = await webhookWorkflow(t);
    const utf8 = Buffer.from('José Müller 東京', 'utf8').toString('latin1'); // one character per byte on the wire
    const res = await callHook(t, wf.path, { body: {}, headers: authJson({ 'X-Name': utf8, 'X-Legacy': 'caf\u00e9' }) });
    expect(res.status).toBe(201);
    const { headers } = (await inputOf(t, (await res.json()).executionId))._webhook;
    expect(headers['X-Name']).toBe('José Müller 東京'); // was "JosÃ© MÃ¼ller æ\u009d±äº¬"
    expect(headers['X-Legacy']).toBe('caf\u00e9'); // a lone latin1 byte is not UTF-8: read as latin1, as before
  });

  it('a header sent on several lines reaches _webhook.headers with its last value', async () => {
    const wf = await webhookWorkflow(t);
    const res = await rawRequest(t, 'POST', `/v1/webhooks/${wf.path}`, { ...authJson(), 'X-Event': ['first', 'second'] }, '{}');
    expect(res.status).toBe(201);
    expect((await inputOf(t, (await res.json()).executionId))._webhook.headers['X-Event']).toBe('second');
  });

    it('nested paths match literally, percent-encoded, with trailing slashes; case matters', async () => {
    const segment = randomUUID().slice(0, 8);
    await webhookWorkflow(t, { path: `/orders/${segment}/paid/` });
    for (const form of [`orders/${segment}/paid`, `orders%2F${segment}%2Fpaid`, `orders/${segment}/paid/`, `orders%2f${segment}/paid`]) {
      const res = await callHook(t, form, { body: {} });
      expect({ form, status: res.status }).toEqual({ form, status: 201 });
    }
    await expectError(await callHook(t, `Orders/${segment}/paid`, { body: {} }), 404, 'FLK-0361');
    // Decoded once only: %252F is a literal "%2F" in the path, not a slash.
    await expectError(await callHook(t, `orders%252F${segment}/paid`, { body: {} }), 404, 'FLK-0361');
  });

  it('a path with accents is one route however its letters are composed (Unicode form C), registered or called', async () => {
    const id = randomUUID().slice(0, 8);
    const decomposed = `cafe\u0301/${id}`; // "café" as e + combining acute accent, as some keyboards and files write it
    const composed = `caf\u00e9/${id}`;
    await webhookWorkflow(t, { path: decomposed });
    for (const form of [encodeURI(composed), encodeURI(decomposed)]) {
      const res = await callHook(t, form, { body: {} });
      expect({ form, status: res.status }).toEqual({ form, status: 201 }); // the composed form was 404
    }
    const clash = await webhookWorkflow(t, { path: composed, status: 'draft' });
    const activated = await post(t, `/v1/workflows/${clash.id}/activate`);
    expect({ status: activated.status, code: (await activated.json()).code }).toEqual({ status: 400, code: 'FLK-0360' });
  });

  it('migration 1764400000021 rewrites stored routes in form C, and leaves a row whose form C is taken', async () => {
    const routes = t.app.get(DataSource).getRepository(WebhookRouteEntity);
    const id = randomUUID().slice(0, 8);
    const old = await webhookWorkflow(t, { path: `na\u00efve/${id}` });
    // As an earlier version stored it: the path as the trigger spelt it, decomposed.
    await routes.update({ workflowId: old.id }, { path: `/nai\u0308ve/${id}` });
    expect((await callHook(t, encodeURI(`na\u00efve/${id}`), { body: {} })).status).toBe(404);
    const taken = await webhookWorkflow(t, { path: `r\u00e9sum\u00e9/${id}` });
    const twin = await webhookWorkflow(t, { path: `twin/${id}` });
    await routes.update({ workflowId: twin.id }, { path: `/re\u0301sume\u0301/${id}` });

    await t.app.get(Database).write((m) => new WebhookPathsNfc1764400000021().up(m.queryRunner!));
    expect((await routes.findOneByOrFail({ workflowId: old.id })).path).toBe(`/na\u00efve/${id}`);
    expect((await callHook(t, encodeURI(`na\u00efve/${id}`), { body: {} })).status).toBe(201);
    expect((await routes.findOneByOrFail({ workflowId: twin.id })).path).toBe(`/re\u0301sume\u0301/${id}`);
    expect((await routes.findOneByOrFail({ workflowId: taken.id })).path).toBe(`/r\u00e9sum\u00e9/${id}`);
  });

  it('non-JSON bodies are kept raw with their content type', async () => {
    const wf = await webhookWorkflow(t);
    const form = await callHook(t, wf.path, { raw: 'a=1&b=two', headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(201);
    expect(await inputOf(t, (await form.json()).executionId)).toMatchObject({
      body: 'a=1&b=two', contentType: 'application/x-www-form-urlencoded', encoding: 'utf8', form: { a: '1', b: 'two' },
    });
    const bytes = Buffer.from([0, 1, 2, 250]);
    const bin = await callHook(t, wf.path, { raw: bytes, headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'application/octet-stream' } });
    expect(await inputOf(t, (await bin.json()).executionId)).toMatchObject({ body: bytes.toString('base64'), encoding: 'base64' });
    await expectError(await callHook(t, wf.path, { raw: '{"a":', headers: authJson() }), 400, 'FLK-0001');
    await expectError(await callHook(t, wf.path, { raw: '[1]', headers: authJson() }), 400, 'FLK-0001');
  });

  it('a Content-Type that names no media type counts as none: the body arrives as base64, the header as sent', async () => {
    // Such a call used to be refused with 415 FLK-0007 "send the body as application/json", even without a body.
    const wf = await webhookWorkflow(t);
    const url = `/v1/webhooks/${wf.path}`;
    for (const contentType of ['', 'text', 'application/json, text/plain', 'a/b c', 'undefined']) {
      const res = await rawRequest(t, 'POST', url, { 'X-API-Key': TEST_API_KEY, 'Content-Type': contentType }, '{"a":1}');
      expect({ contentType, status: res.status }).toEqual({ contentType, status: 201 });
      expect(await inputOf(t, (await res.json()).executionId)).toMatchObject({
        body: Buffer.from('{"a":1}').toString('base64'),
        contentType: 'application/octet-stream',
        encoding: 'base64',
        _webhook: { headers: { 'Content-Type': contentType } },
      });
      const empty = await rawRequest(t, 'POST', url, { 'X-API-Key': TEST_API_KEY, 'Content-Type': contentType }, '');
      expect({ contentType, status: empty.status }).toEqual({ contentType, status: 201 });
    }
    // Parameters do not matter to whether a type is named: an unusual one still parses as JSON.
    const json = await rawRequest(t, 'POST', url, authJson({ 'Content-Type': 'application/json; charset' }), '{"a":1}');
    expect(await inputOf(t, (await json.json()).executionId)).toMatchObject({ a: 1 });
  });

  it('a body sent with Content-Encoding gzip, deflate or br is decoded first: JSON becomes the input, text stays text', async () => {
    const wf = await webhookWorkflow(t);
    const json = Buffer.from('{"orderId":"o-zip"}');
    const codings: [string, (b: Buffer) => Buffer][] = [
      ['gzip', gzipSync], ['X-Gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync], ['identity', (b) => b],
      // Several codings are undone last first.
      ['gzip, br', (b) => brotliCompressSync(gzipSync(b))],
    ];
    for (const [coding, encode] of codings) {
      const res = await callHook(t, wf.path, { raw: encode(json), headers: authJson({ 'Content-Encoding': coding }) });
      expect({ coding, status: res.status }).toEqual({ coding, status: 201 });
      expect((await inputOf(t, (await res.json()).executionId)).orderId).toBe('o-zip');
    }
    const text = await callHook(t, wf.path, { raw: gzipSync('hello'), headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' } });
    expect(await inputOf(t, (await text.json()).executionId)).toMatchObject({ body: 'hello', encoding: 'utf8' });
  });

  it('a Content-Encoding that cannot be undone: unknown → 415 FLK-0007 naming it with Accept-Encoding; a body not in its coding → 400, no raw bytes', async () => {
    const wf = await webhookWorkflow(t);
    for (const coding of ['compress', 'zstd', 'gzip, gzip, gzip']) {
      const res = await callHook(t, wf.path, { raw: gzipSync('{}'), headers: authJson({ 'Content-Encoding': coding }) });
      const body = await expectError(res, 415, 'FLK-0007');
      expect(body.message).toContain(coding.startsWith('gzip') ? 'More than 2 content codings' : `"${coding}"`);
      expect(res.headers.get('accept-encoding')).toBe('gzip, deflate, br');
    }
    for (const coding of ['br', 'gzip', 'deflate']) {
      const refused = await expectError(await callHook(t, wf.path, { raw: '{"a":1}', headers: authJson({ 'Content-Encoding': coding }) }), 400, 'FLK-0001');
      expect(refused.message).toMatch(new RegExp(`^The webhook body cannot be decoded as ${coding}, its Content-Encoding: [ -~]+\\.$`));
    }
    // Compressed bytes sent without saying so are refused as not UTF-8, never echoed.
    const undeclared = await expectError(await callHook(t, wf.path, { raw: gzipSync('{"a":1}') }), 400, 'FLK-0001');
    expect(undeclared.message).toMatch(/^[ -~]+$/);
  });

  it('a GET call carries its body like any other method: JSON input, 400 for invalid JSON, decoded when compressed', async () => {
    const wf = await webhookWorkflow(t, { method: 'GET' });
    const url = `/v1/webhooks/${wf.path}`;
    const res = await rawRequest(t, 'GET', url, authJson(), '{"orderId":"o-get"}');
    expect(res.status).toBe(201);
    expect(await inputOf(t, (await res.json()).executionId)).toMatchObject({ orderId: 'o-get', _webhook: { method: 'GET' } });
    await expectError(await rawRequest(t, 'GET', url, authJson(), '{not json'), 400, 'FLK-0001');
    const chunked = await rawRequest(t, 'GET', url, authJson({ 'Content-Encoding': 'gzip' }), [gzipSync('{"orderId":"o-chunked"}')]);
    expect(await inputOf(t, (await chunked.json()).executionId)).toMatchObject({ orderId: 'o-chunked' });
  });

    it('a multipart form (as browsers and form services send it) arrives with its fields and files', async () => {
    const wf = await webhookWorkflow(t);
    const form = new FormData();
    form.append('email', 'ana@example.com');
    form.append('topics', 'billing');
    form.append('topics', 'api');
    form.append('invoice', new Blob([Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])], { type: 'application/pdf' }), 'invoice.pdf');
    // fetch writes the multipart body and its boundary itself, as any HTTP client would.
    const res = await t.http(`/v1/webhooks/${wf.path}`, { method: 'POST', headers: { 'X-API-Key': TEST_API_KEY }, body: form });
    expect(res.status).toBe(201);
    const input = await inputOf(t, (await res.json()).executionId);
    expect(input.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(input.encoding).toBe('base64');
    expect(Buffer.from(input.body, 'base64').toString('latin1')).toContain('name="email"');
    expect(input.form).toEqual({ email: 'ana@example.com', topics: ['billing', 'api'] });
    expect(input.files).toEqual([
      { field: 'invoice', filename: 'invoice.pdf', contentType: 'application/pdf', size: 6, encoding: 'base64', data: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]).toString('base64') },
    ]);
    expect(input._webhook.method).toBe('POST');

    const multipart = (raw: string, contentType: string) => callHook(t, wf.path, { raw, headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': contentType } });
    await expectError(await multipart('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1', 'multipart/form-data; boundary=x'), 400, 'FLK-0001');
    await expectError(await multipart('a', 'multipart/form-data'), 400, 'FLK-0001');
    const many = Array.from({ length: 1001 }, (_, i) => `--x\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`).join('') + '--x--\r\n';
    const refused = await expectError(await multipart(many, 'multipart/form-data; boundary=x'), 400, 'FLK-0001');
    expect(refused.message).toMatch(/more than 1000/);
  });

  it('HEAD is not a webhook method: 405 FLK-0005 with the Allow list OPTIONS gets, also on a live GET route; nothing starts', async () => {
    const wf = await webhookWorkflow(t, { method: 'GET' });
    const url = `/v1/webhooks/${wf.path}`;
    const options = await t.http(url, { method: 'OPTIONS', headers: authJson() });
    await expectError(options, 405, 'FLK-0005');
    const allow = options.headers.get('allow');
    // A HEAD answer has no body to check against the spec: plain fetch.
    const head = await fetch(`${t.baseUrl}${url}`, { method: 'HEAD', headers: authJson() });
    expect({ status: head.status, allow: head.headers.get('allow') }).toEqual({ status: 405, allow });
    expect(allow).not.toMatch(/HEAD/);
    const started = await t.app.get(DataSource).createQueryBuilder().select('COUNT(*)', 'n').from('executions', 'e').where('e.workflow_id = :id', { id: wf.id }).getRawOne();
    expect(Number(started.n)).toBe(0);
  });

    it('a route is live the moment its workflow is active and gone once it is deactivated', async () => {
    const wf = await webhookWorkflow(t);
    expect((await callHook(t, wf.path, { body: {} })).status).toBe(201);
    expect((await post(t, `/v1/workflows/${wf.id}/deactivate`)).status).toBe(200);
    await expectError(await callHook(t, wf.path, { body: {} }), 404, 'FLK-0361');
  });

  it('a route whose workflow stopped being active meanwhile answers 422 FLK-0501', async () => {
    // The route row outliving its workflow's activation is the window between lookup and start; simulated here.
    const wf = await webhookWorkflow(t, { status: 'inactive' });
    await t.app.get(DataSource).getRepository(WebhookRouteEntity).insert({
      id: randomUUID(), method: 'POST', path: `/${wf.path}`, workflowId: wf.id, nodeId: 'hook', createdAt: new Date().toISOString(),
    });
    await expectError(await callHook(t, wf.path, { body: {} }), 422, 'FLK-0501');
  });
});

describe('Webhooks: authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ API_KEY_ENABLED: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('without a webhook secret the route needs X-API-Key (401 FLK-0003)', async () => {
    const wf = await webhookWorkflow(t);
    await expectError(await callHook(t, wf.path, { body: {}, headers: { 'Content-Type': 'application/json' } }), 401, 'FLK-0003');
    // An unknown path without credentials does not reveal whether it exists.
    await expectError(await callHook(t, randomPath(), { body: {}, headers: { 'Content-Type': 'application/json' } }), 401, 'FLK-0003');
  });

  it('a caller without valid credentials cannot tell a path nobody listens on from a route that takes the API key', async () => {
    const keyRoute = await webhookWorkflow(t);
    const secretRoute = await webhookWorkflow(t, { data: { verify_token: 'vt-probe-1234567890' } });
    const armedDraft = await webhookWorkflow(t, { status: 'draft' });
    expect((await post(t, `/v1/workflows/${armedDraft.id}/webhook/arm`, { ttlSeconds: 60 })).status).toBe(201);
    const json = { 'Content-Type': 'application/json' };
    const answer = async (path: string, headers: Record<string, string>) => {
      const res = await callHook(t, path, { body: {}, headers: { ...json, ...headers } });
      return { status: res.status, challenge: res.headers.get('www-authenticate'), body: await res.json() };
    };
    for (const credentials of [{}, { 'X-API-Key': 'not-the-key-0123456789' }, { 'X-Webhook-Token': 'not-a-secret' }] as Record<string, string>[]) {
      const unknown = await answer(randomPath(), credentials);
      expect(unknown).toMatchObject({ status: 401, body: { code: 'FLK-0003' } });
      expect(await answer(keyRoute.path, credentials)).toEqual(unknown);
    }
    // Routes with a secret say that the secret failed (their senders need to know), in one wording for every such route.
    const secretRefusal = await answer(secretRoute.path, {});
    expect(secretRefusal).toMatchObject({ status: 401, body: { code: 'FLK-0362' } });
    expect(await answer(secretRoute.path, { 'X-Webhook-Token': 'not-a-secret' })).toEqual(secretRefusal);
    expect(await answer(armedDraft.path, {})).toEqual(secretRefusal);
    // An API-key holder may list the workflows anyway: to them an unknown path is 404.
    await expectError(await callHook(t, randomPath(), { body: {} }), 404, 'FLK-0361');
  });

  it('a 404 quotes an unknown path in part: a routable one whole, a hostile one cut (the answer does not grow with it)', async () => {
    const routable = `${randomPath()}/${'r'.repeat(480)}`;
    expect((await expectError(await callHook(t, routable, { body: {} }), 404, 'FLK-0361')).message).toContain(`${routable}.`);
    const hostile = `${randomPath()}/${'h'.repeat(12_000)}`;
    const refused = await expectError(await callHook(t, hostile, { body: {} }), 404, 'FLK-0361');
    expect(refused.message).toContain(hostile.slice(0, 100));
    expect(refused.message.endsWith('….')).toBe(true);
    expect(refused.message.length).toBeLessThan(700);
  });

  it('a call with a method the path does not take: 404 FLK-0361 naming the methods it takes (live routes and live arms)', async () => {
    const deployed = await webhookWorkflow(t, { method: 'POST' });
    const drafted = await webhookWorkflow(t, { method: 'PUT', path: deployed.path, status: 'draft' });
    expect((await post(t, `/v1/workflows/${drafted.id}/webhook/arm`, { ttlSeconds: 60 })).status).toBe(201);
    const wrong = await expectError(await callHook(t, deployed.path, { method: 'PATCH', body: {} }), 404, 'FLK-0361');
    expect(wrong.message).toBe(`No active or armed workflow listens on PATCH /${deployed.path}. This path takes POST, PUT.`);
    // Nothing listens on the path at all: no hint.
    const unknown = randomPath();
    expect((await expectError(await callHook(t, unknown, { method: 'PATCH', body: {} }), 404, 'FLK-0361')).message)
      .toBe(`No active or armed workflow listens on PATCH /${unknown}.`);
  });

  it('verify_token: X-Webhook-Token, Bearer or ?token= — no API key needed; wrong or missing → 401 FLK-0362', async () => {
    const wf = await webhookWorkflow(t, { data: { verify_token: 'vt-1234567890' } });
    const json = { 'Content-Type': 'application/json' };
    expect((await callHook(t, wf.path, { body: {}, headers: { ...json, 'X-Webhook-Token': 'vt-1234567890' } })).status).toBe(201);
    expect((await callHook(t, wf.path, { body: {}, headers: { ...json, Authorization: 'Bearer vt-1234567890' } })).status).toBe(201);
    expect((await callHook(t, wf.path, { body: {}, headers: json, query: 'token=vt-1234567890' })).status).toBe(201);
    // A secret given twice in the query is refused, even twice the right one (any spelling of the name counts)...
    const twice = await callHook(t, wf.path, { body: {}, headers: json, query: 'token=vt-1234567890&%74oken=vt-1234567890' });
    expect((await expectError(twice, 400, 'FLK-0304')).message).toBe('Query parameter "token" is given more than once; send it once.');
    // ...but only when it is the secret read: a header form comes first.
    const header = { ...json, 'X-Webhook-Token': 'vt-1234567890' };
    expect((await callHook(t, wf.path, { body: {}, headers: header, query: 'token=a&token=b' })).status).toBe(201);
    const wrong = await callHook(t, wf.path, { body: {}, headers: { ...json, 'X-Webhook-Token': 'vt-wrong' } });
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer realm="flowker-webhook"');
    await expectError(wrong, 401, 'FLK-0362');
    // The API key does not replace the route's secret.
    await expectError(await callHook(t, wf.path, { body: {} }), 401, 'FLK-0362');
  });

  it('generated secrets: shown once, required afterwards, rotation with an overlap window', async () => {
    const wf = await webhookWorkflow(t);
    const first = await post(t, `/v1/workflows/${wf.id}/webhook/secret`);
    expect(first.status).toBe(201);
    const one = await first.json();
    expect(one).toEqual({ workflowId: wf.id, secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), createdAt: expect.any(String) });
    const rows = await t.app.get(DataSource).createQueryBuilder().select('s.secret_hash', 'secret_hash').from('webhook_secrets', 's').where('s.workflow_id = :id', { id: wf.id }).getRawMany();
    expect(rows).toHaveLength(1);
    expect(rows[0].secret_hash).not.toContain(one.secret);

    const json = { 'Content-Type': 'application/json' };
    expect((await callHook(t, wf.path, { body: {}, headers: { ...json, Authorization: `Bearer ${one.secret}` } })).status).toBe(201);
    await expectError(await callHook(t, wf.path, { body: {} }), 401, 'FLK-0362');

    const rotated = await (await post(t, `/v1/workflows/${wf.id}/webhook/secret`, { overlapSeconds: 3600 })).json();
    expect(rotated.previousSecretsExpireAt).toEqual(expect.any(String));
    for (const secret of [one.secret, rotated.secret]) {
      expect((await callHook(t, wf.path, { body: {}, headers: { ...json, 'X-Webhook-Token': secret } })).status).toBe(201);
    }
    const revoked = await (await post(t, `/v1/workflows/${wf.id}/webhook/secret`, { overlapSeconds: 0 })).json();
    await expectError(await callHook(t, wf.path, { body: {}, headers: { ...json, 'X-Webhook-Token': rotated.secret } }), 401, 'FLK-0362');
    expect((await callHook(t, wf.path, { body: {}, headers: json, query: `token=${encodeURIComponent(revoked.secret)}` })).status).toBe(201);
  });

  it('rotating a secret and arming a webhook are audited as updates of the workflow, without the secret', async () => {
    const wf = await webhookWorkflow(t, { status: 'draft' });
    const rotated = await (await post(t, `/v1/workflows/${wf.id}/webhook/secret`)).json();
    const again = await (await post(t, `/v1/workflows/${wf.id}/webhook/secret`, { overlapSeconds: 60 })).json();
    const armed = await (await post(t, `/v1/workflows/${wf.id}/webhook/arm`, { ttlSeconds: 60 })).json();
    const res = await t.http(`/v1/audit-events?resourceId=${wf.id}&eventType=WORKFLOW_UPDATED&sortOrder=ASC`, { headers: authJson() });
    const { items } = await res.json();
    expect(items.map((e: { metadata: Record<string, string> }) => e.metadata)).toEqual([
      expect.objectContaining({ 'workflow.id': wf.id, 'webhook.change': 'secret_rotated' }),
      expect.objectContaining({ 'webhook.change': 'secret_rotated', 'webhook.overlapUntil': again.previousSecretsExpireAt }),
      expect.objectContaining({ 'webhook.change': 'armed', 'webhook.nodeId': 'hook', 'webhook.expiresAt': armed.expiresAt }),
    ]);
    expect(items.every((e: { actor: { type: string } }) => e.actor.type === 'api_key')).toBe(true);
    const text = JSON.stringify(items);
    for (const secret of [rotated.secret, again.secret, armed.secret]) expect(text).not.toContain(secret);
  });

  it('rotate: 404 for an unknown workflow, 400 for a bad body, 401 without the API key', async () => {
    await expectError(await post(t, `/v1/workflows/${randomUUID()}/webhook/secret`), 404, 'FLK-0100');
    await expectError(await post(t, `/v1/workflows/${randomUUID()}/webhook/secret`, { overlapSeconds: -1 }), 400, 'FLK-0304');
    await expectError(await post(t, `/v1/workflows/not-a-uuid/webhook/secret`), 400, 'FLK-0002');
    const res = await t.http(`/v1/workflows/${randomUUID()}/webhook/secret`, { method: 'POST' });
    await expectError(res, 401, 'FLK-0003');
  });
});
