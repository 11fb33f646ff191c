import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { startTestApp, authJson, TEST_API_KEY, type TestApp } from '../support/test-app';
import { callHook, settled, webhookWorkflow } from './webhooks-fixtures';
import { edge, trigger, unique, workflowIn } from './workflows-fixtures';

/** Hostile and malformed requests: each answers a 4xx in the one error shape, never a 500. */
describe('Bad input', () => {
  let t: TestApp;
  const validate = '/v1/catalog/executors/midaz.get-account/validate';
  const post = (body: string, headers: Record<string, string> = {}, url = validate) =>
    t.http(url, { method: 'POST', headers: authJson(headers), body });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('malformed JSON → 400 FLK-0001 saying where it breaks, on management and webhook routes; nothing stored', async () => {
    const res = await post('{"config": {"accountId": }');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('FLK-0001');
    expect(body.message).toMatch(/^The request body is not valid JSON: Unexpected token '}', .*"countId": }/);

    const hook = await webhookWorkflow(t);
    const cut = await callHook(t, hook.path, { raw: '{"orderId": "ord_1", ' });
    expect(cut.status).toBe(400);
    expect(await cut.json()).toMatchObject({ code: 'FLK-0001', message: expect.stringMatching(/^The webhook body is not valid JSON: .* at position 21\.$/) });
    const listed = await t.http(`/v1/executions?workflowId=${hook.id}`, { headers: authJson() });
    expect((await listed.json()).items).toEqual([]);
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

  it('an empty body where the spec requires one → 400 FLK-0001 saying so, with or without a JSON content type', async () => {
    const workflowId = await workflowIn(t, 'active');
    const draftId = await workflowIn(t, 'draft');
    const required: Array<[string, string, Record<string, string>?]> = [
      ['POST', validate],
      ['POST', '/v1/catalog/templates/tracer-midaz-validation/validate'],
      ['POST', '/v1/workflows'],
      ['POST', '/v1/workflows/from-template'],
      ['PUT', `/v1/workflows/${draftId}`],
      ['POST', `/v1/workflows/${workflowId}/executions`, { 'Idempotency-Key': randomUUID() }],
      ['POST', '/v1/provider-configurations'],
    ];
    for (const [method, url, extra] of required) {
      for (const headers of [authJson(extra), { 'X-API-Key': TEST_API_KEY, ...extra }]) {
        const res = await t.http(url, { method, headers, body: 'Content-Type' in headers ? '' : undefined });
        expect([method, url, res.status]).toEqual([method, url, 400]);
        expect(await res.json()).toMatchObject({ code: 'FLK-0001', message: 'The request body is required: send a JSON object.' });
      }
    }
    // The status check of an update still comes first: editing a non-draft is 422 whatever the body.
    expect((await t.http(`/v1/workflows/${workflowId}`, { method: 'PUT', headers: authJson(), body: '' })).status).toBe(422);
    // An optional body (clone) and a webhook body may be empty.
    expect((await t.http(`/v1/workflows/${draftId}/clone`, { method: 'POST', headers: authJson(), body: '' })).status).toBe(201);
    const hook = await webhookWorkflow(t);
    expect((await callHook(t, hook.path, { raw: '' })).status).toBe(201);
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
    // Valid JSON, refused for its key: the message says so instead of calling it invalid.
    expect((await ctor.json()).message).toMatch(/^The request body cannot be taken: it has a "__proto__" key or a "constructor" object with a "prototype" key/);
    const hook = await webhookWorkflow(t);
    for (const raw of ['{"a": {"b": [{"__proto__": {"polluted": true}}]}}', '{"constructor": {"prototype": {"polluted": true}}}']) {
      const refused = await callHook(t, hook.path, { raw });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'FLK-0001', message: expect.stringMatching(/^The webhook body cannot be taken: it has a "__proto__" key/) });
    }
    // A key named "constructor" that holds no "prototype" is ordinary data.
    expect((await callHook(t, hook.path, { raw: '{"constructor": "Acme Ltd", "prototype": 1}' })).status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a UUID written in capitals names the same resource, in a path and in a query', async () => {
    const hook = await webhookWorkflow(t);
    const call = await callHook(t, hook.path, { body: { n: 1 } });
    expect(call.status).toBe(201);
    const executionId: string = (await call.json()).executionId;
    const get = (url: string) => t.http(url, { headers: authJson() });

    const workflow = await get(`/v1/workflows/${hook.id.toUpperCase()}`);
    expect(workflow.status).toBe(200);
    expect((await workflow.json()).id).toBe(hook.id);
    const execution = await get(`/v1/executions/${executionId.toUpperCase()}`);
    expect(execution.status).toBe(200);
    expect((await execution.json()).executionId).toBe(executionId);
    const listed = await (await get(`/v1/executions?workflowId=${hook.id.toUpperCase()}`)).json();
    expect(listed.items.map((item: { executionId: string }) => item.executionId)).toEqual([executionId]);
    const audited = await (await get(`/v1/audit-events?resourceId=${hook.id.toUpperCase()}`)).json();
    expect(audited.items.length).toBeGreaterThan(0);
    expect(audited.items.every((item: { resourceId: string }) => item.resourceId === hook.id)).toBe(true);
  });

  it('a query parameter the operation does not take → 400 naming it, instead of an unfiltered answer', async () => {
    const get = (url: string) => t.http(url, { headers: authJson() });
    const misspelt = await get('/v1/workflows?stauts=active&limit=5');
    expect(misspelt.status).toBe(400);
    const body = await misspelt.json();
    expect(body.code).toBe('FLK-0304');
    expect(body.message).toContain('"stauts"');
    expect(body.message).toContain('status, limit, cursor, sortBy, sortOrder');
    expect(body.fields).toEqual({ stauts: 'is not a parameter of this operation' });
    // The dashboards answer their own query code, as for every other filter problem there.
    const dashboard = await get('/v1/dashboards/executions?from=2026-01-01T00:00:00Z');
    expect(dashboard.status).toBe(400);
    expect((await dashboard.json()).code).toBe('FLK-0302');
    // Case matters: `workflowID` is not `workflowId`, and would have listed every workflow's executions.
    expect((await get(`/v1/executions?workflowID=${randomUUID()}`)).status).toBe(400);
    // An operation without query parameters ignores the query string; declared ones still pass.
    expect((await get('/v1/catalog/providers?cache=1')).status).toBe(200);
    expect((await get('/v1/workflows?status=active&limit=5')).status).toBe(200);
  });

  it('hostile strings in a path are refused as malformed ids, in JSON', async () => {
    const res = await t.http(`/v1/catalog/providers/${encodeURIComponent("'; DROP TABLE x; --<script>")}`, { headers: authJson() });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).code).toBe('FLK-0002');
  });

  it('a URL with a "%" that is not a percent-encoded byte → 400 FLK-0011, on management and webhook routes', async () => {
    for (const url of ['/v1/workflows/%zz', '/v1/webhooks/orders%', '/v1/webhooks/%C0%AF']) {
      const res = await t.http(url, { method: url.startsWith('/v1/webhooks') ? 'POST' : 'GET', headers: authJson(), body: url.startsWith('/v1/webhooks') ? '{}' : undefined });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.headers.get('x-request-id')).toBeTruthy();
      expect(await res.json()).toMatchObject({ code: 'FLK-0011', title: 'Bad Request' });
    }
  });

  it('U+0000 in a string or key of a JSON body → 400 FLK-0001 on every database (PostgreSQL cannot store it), nothing stored', async () => {
    const before = await t.client.GET('/v1/workflows');
    const count = before.data?.items.length;
    for (const body of [{ name: 'a\u0000b', nodes: [] }, { name: 'ok', description: 'x\u0000', nodes: [] }, { name: 'ok', metadata: { 'k\u0000': 1 }, nodes: [] }]) {
      const res = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'FLK-0001', title: 'Bad Request' });
    }
    expect((await t.client.GET('/v1/workflows')).data?.items.length).toBe(count);
    // A backslash followed by "u0000" is six ordinary characters, not the NUL character.
    const res = await post(JSON.stringify({ config: { accountId: 'a\\u0000b' } }));
    expect((await res.json()).code).not.toBe('FLK-0001');
  });

  it('JSON nested deeper than 100 levels → 400 FLK-0001 saying so, on management and webhook routes; 100 levels pass', async () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    for (const body of [`{"config":${nested(5000)}}`, `{"config":{"accountId":${nested(100)}}}`]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'FLK-0001', message: expect.stringContaining('deeper than 100 levels') });
    }
    // The root object and 99 arrays: 100 levels, refused only for the wrong type of `config`.
    const atLimit = await post(`{"config":${nested(99)}}`);
    expect(atLimit.status).toBe(400);
    expect((await atLimit.json()).message).not.toContain('deeper than');

    const hook = await webhookWorkflow(t);
    const deep = await callHook(t, hook.path, { raw: `{"a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_001)}` });
    expect(deep.status).toBe(400);
    expect(await deep.json()).toMatchObject({ code: 'FLK-0001', message: expect.stringContaining('deeper than 100 levels') });
    expect((await callHook(t, hook.path, { raw: `{"a":${nested(99)}}` })).status).toBe(201);
  });

  it('a number beyond ±1.8e308 (parsed as Infinity) → 400 FLK-0001, keyed or not, instead of being stored as null', async () => {
    const workflowId = await workflowIn(t, 'active');
    const hook = await webhookWorkflow(t);
    const attempts = [
      () => post(`{"name":"n","nodes":[],"metadata":{"n":1e309}}`, {}, '/v1/workflows'),
      () => post(`{"inputData":{"n":-1E+400}}`, { 'Idempotency-Key': randomUUID() }, `/v1/workflows/${workflowId}/executions`),
      () => post(`{"inputData":{"n":1${'0'.repeat(400)}.5}}`, { 'Idempotency-Key': randomUUID() }, `/v1/workflows/${workflowId}/executions`),
      () => callHook(t, hook.path, { raw: '{"n":1e309}', headers: authJson({ 'Idempotency-Key': randomUUID() }) }),
      () => callHook(t, hook.path, { raw: '{"n":[1e999]}' }),
    ];
    for (const attempt of attempts) {
      const res = await attempt();
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'FLK-0001', message: expect.stringContaining('too large to represent') });
    }
    // Written as an integer, the same number is kept exactly, as a string of its digits (docs/compatibility.md).
    expect((await post(`{"inputData":{"n":1${'0'.repeat(400)}}}`, { 'Idempotency-Key': randomUUID() }, `/v1/workflows/${workflowId}/executions`)).status).toBe(201);
    // Large but finite numbers and exponents inside strings are ordinary values.
    const fine = await callHook(t, hook.path, { raw: '{"n":1.5e308,"s":"1e309"}', headers: authJson({ 'Idempotency-Key': randomUUID() }) });
    expect(fine.status).toBe(201);
  });

  it('a cursor holding U+0000 or an infinite sort value → 400 FLK-0008 on every keyset-paged list (PostgreSQL cannot take U+0000)', async () => {
    const id = randomUUID();
    const time = '2026-01-01T00:00:00.000Z';
    const lists: Array<[string, string]> = [
      ['/v1/workflows', 'createdAt'],
      ['/v1/executions', 'startedAt'],
      ['/v1/provider-configurations', 'createdAt'],
      ['/v1/executors', 'createdAt'],
    ];
    for (const [list, sortBy] of lists) {
      // Forged cursors: the JSON text carries the escape \u0000, or a number literal beyond the double range.
      for (const text of [
        `{"sb":"${sortBy}","so":"DESC","sv":"${time}\\u0000","id":"${id}"}`,
        `{"sb":"${sortBy}","so":"DESC","sv":"${time}","id":"${id}\\u0000"}`,
        `{"sb":"${sortBy}","so":"DESC","sv":1e309,"id":"${id}"}`,
      ]) {
        const res = await t.http(`${list}?cursor=${Buffer.from(text).toString('base64url')}`, { headers: authJson() });
        expect([list, res.status]).toEqual([list, 400]);
        expect(await res.json()).toMatchObject({ code: 'FLK-0008' });
      }
    }
  });

  it('keys named constructor, toString or valueOf in free-form values are stored and returned exactly as sent', async () => {
    // They used to reach class-transformer, which threw on `constructor` (a 500) and dropped the others.
    const hostile = { constructor: { a: 1 }, toString: 'x', valueOf: 2, list: [{ hasOwnProperty: true, constructor: 'c' }] };
    const body = {
      name: unique(),
      metadata: { constructor: 'meta', toString: 'y' },
      nodes: [trigger('start'), { id: 'finish', type: 'action', position: { x: 0, y: 100 }, data: { actionType: 'note', constructor: 'data', extra: hostile } }],
      edges: [edge('start', 'finish')],
    };
    const created = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body: JSON.stringify(body) });
    expect(created.status).toBe(201);
    const { workflowId } = await created.json();
    const read = await (await t.http(`/v1/workflows/${workflowId}`, { headers: authJson() })).json();
    // Compared as JSON text: key order and every own key count, whatever a matcher makes of `constructor`.
    expect(JSON.stringify(read.metadata)).toBe(JSON.stringify(body.metadata));
    expect(JSON.stringify(read.nodes[1].data)).toBe(JSON.stringify(body.nodes[1].data));

    expect((await t.http(`/v1/workflows/${workflowId}/activate`, { method: 'POST', headers: authJson() })).status).toBe(200);
    const started = await post(JSON.stringify({ inputData: hostile }), { 'Idempotency-Key': randomUUID() }, `/v1/workflows/${workflowId}/executions`);
    expect(started.status).toBe(201);
    const { executionId } = await started.json();
    expect((await settled(t, executionId)).status).toBe('completed');
    const results = await (await t.http(`/v1/executions/${executionId}/results`, { headers: authJson() })).json();
    expect(JSON.stringify(results.finalOutput.workflow)).toBe(JSON.stringify(hostile));
  });

  it('lone UTF-16 surrogates: a management body holding one → 400 FLK-0001 (it cannot be stored as sent); a webhook body is taken', async () => {
    // JSON escapes like "\ud800" parse into strings with no UTF-8 form: stored, they would read back as U+FFFD, and a
    // node id would no longer match its steps.
    const path = `surrogate/${randomUUID().slice(0, 8)}`;
    const definition = (name: string, nodeId: string) =>
      `{"name":"${name}","nodes":[{"id":"hook","type":"trigger","position":{"x":0,"y":0},` +
      `"data":{"triggerType":"webhook","path":"${path}","method":"POST"}},{"id":"${nodeId}","type":"action",` +
      `"position":{"x":0,"y":100},"data":{"actionType":"set_output","output":{"ok":true}}}],"edges":[{"id":"e1","source":"hook","target":"${nodeId}"}]}`;
    for (const body of [definition('lone \\ud800 surrogate', 'done'), definition('fine', 'do\\ud800ne'), definition('fine', 'done').replace('"ok":true', '"\\udc00":true')]) {
      const refused = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'FLK-0001', message: expect.stringContaining('lone UTF-16 surrogate') });
    }
    // A pair written as two escapes is one ordinary character.
    const created = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body: definition(`pair \\ud83d\\ude00 ${path}`, 'done') });
    expect(created.status).toBe(201);
    const { workflowId } = await created.json();
    expect((await (await t.http(`/v1/workflows/${workflowId}`, { headers: authJson() })).json()).name).toBe(`pair \u{1F600} ${path}`);
    expect((await t.http(`/v1/workflows/${workflowId}/activate`, { method: 'POST', headers: authJson() })).status).toBe(200);
    // Another system's payload is taken as it is (the surrogate is stored as U+FFFD), and its execution completes.
    const call = await t.http(`/v1/webhooks/${path}`, { method: 'POST', headers: authJson(), body: '{"note":"\\udc00 alone"}' });
    expect(call.status).toBe(201);
    expect((await settled(t, (await call.json()).executionId)).status).toBe('completed');
  });

  it('a webhook path with a percent-encoded NUL or control character → 404 FLK-0361 (no route can have one), never a 500', async () => {
    for (const url of ['/v1/webhooks/orders%00paid', '/v1/webhooks/%00', '/v1/webhooks/a%0Ab%7F']) {
      const res = await t.http(url, { method: 'POST', headers: authJson(), body: '{}' });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'FLK-0361', title: 'Not Found' });
    }
    // Without credentials an unknown route stays indistinguishable from a protected one.
    expect((await t.http('/v1/webhooks/orders%00paid', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('a request line and headers over 16 KB → 431 FLK-0013 in the error shape', async () => {
    const res = await fetch(`${t.baseUrl}/v1/webhooks/${'a'.repeat(20_000)}`, { method: 'POST', headers: authJson(), body: '{}' });
    expect(res.status).toBe(431);
    expect(await res.json()).toMatchObject({ code: 'FLK-0013', title: 'Request Header Fields Too Large' });
  });

  it('bytes that are not HTTP → 400 FLK-0011, and the connection is closed', async () => {
    const { port } = new URL(t.baseUrl);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'FLK-0011', title: 'Bad Request' });
  });

  it('a body sent to an operation that takes none is ignored in any content type, never 415 or a parse error', async () => {
    const workflowId = (await webhookWorkflow(t, { status: 'draft' })).id;
    const sent: Array<[string, string]> = [
      ['application/x-www-form-urlencoded', '{}'], // curl -X POST -d '{}'
      ['text/plain', 'hello'],
      ['application/json', '{"not": "closed"'],
      ['application/octet-stream', '\u0000\u0001'],
    ];
    for (const [contentType, body] of sent) {
      // draft → active → inactive → draft, each step sent with the body.
      for (const step of ['activate', 'deactivate', 'draft']) {
        const res = await t.http(`/v1/workflows/${workflowId}/${step}`, { method: 'POST', headers: authJson({ 'Content-Type': contentType }), body });
        expect([step, contentType, res.status]).toEqual([step, contentType, 200]);
      }
    }
    // Operations that take a body still refuse what is not JSON.
    const create = await t.http('/v1/workflows', { method: 'POST', headers: authJson({ 'Content-Type': 'text/plain' }), body: 'hello' });
    expect(create.status).toBe(415);
    expect((await create.json()).code).toBe('FLK-0007');
  });

  it('after all of the above the service still answers normally', async () => {
    const { response } = await t.client.GET('/v1/catalog/providers');
    expect(response.status).toBe(200);
  });
});
