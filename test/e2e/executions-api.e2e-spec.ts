import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { LifecycleService } from '../../src/common/lifecycle/lifecycle.service';
import { authJson, startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import { rawRequest } from './webhooks-fixtures';
import {
  actionNode,
  activeWorkflow,
  edge,
  execute,
  executorNode,
  expectError,
  httpConfig,
  runToEnd,
  send,
  settle,
  startMockExecutor,
  stepsByNode,
  triggerNode,
  type MockExecutor,
  unique,
  waitForEnd,
} from './executions-fixtures';

describe('executions API', () => {
  // The completedAt walk pages through every execution in the database at `limit=1`; on the PostgreSQL run that
  // database is shared by every earlier test file, so the walk grows with the suite (over 5 s in a full CI run on a
  // slow machine), as in executions-listing-order.e2e-spec.ts.
  jest.setTimeout(60_000);
  let t: TestApp;
  let mock: MockExecutor;
  let quick: string;
  let slow: string;

  beforeAll(async () => {
    t = await startTestApp({ EXECUTION_DRAIN_MS: '100', EXECUTOR_MAX_ATTEMPTS: '1' });
    mock = await startMockExecutor();
    mock.replies.set('/slow', { delayMs: 60_000 });
    const configId = await httpConfig(t, mock.url);
    quick = await activeWorkflow(t, [triggerNode(), actionNode('done')], [edge('start', 'done')]);
    slow = await activeWorkflow(t, [triggerNode(), executorNode('slow', configId, { timeout: 120 })], [edge('start', 'slow')]);
  });
  afterAll(async () => {
    if (t) await settle(t, mock);
    await t?.close();
    await mock?.close();
  });

  describe('executeWorkflow', () => {
    it('answers 201 with the running execution, stored with its audit event before the answer', async () => {
      const res = await execute(t, slow, { amount: 1 });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toEqual({ executionId: expect.any(String), workflowId: slow, status: 'running', startedAt: expect.any(String) });
      const stored = await send(t, 'GET', `/v1/executions/${body.executionId}`);
      expect(stored.status).toBe(200);
      const events = await (await send(t, 'GET', `/v1/audit-events?resourceId=${body.executionId}&eventType=EXECUTION_STARTED`)).json();
      expect(events.items).toHaveLength(1);
    });

    it('runs a workflow without executor nodes to its end before answering: 201 completed, everything stored with it', async () => {
      const res = await execute(t, quick, { amount: 2 });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toEqual({ executionId: expect.any(String), workflowId: quick, status: 'completed', startedAt: expect.any(String) });
      // No waiting: the answer already means the finished execution, its steps and both audit events are committed.
      const results = await (await send(t, 'GET', `/v1/executions/${body.executionId}/results`)).json();
      expect(results).toMatchObject({ status: 'completed', finalOutput: { ok: true }, stepResults: [{ nodeId: 'done', status: 'completed' }] });
      const events = await (await send(t, 'GET', `/v1/audit-events?resourceId=${body.executionId}&sortOrder=ASC`)).json();
      expect(events.items.map((e: { eventType: string }) => e.eventType)).toEqual(['EXECUTION_STARTED', 'EXECUTION_COMPLETED']);
    });

    // GET /v1/workflows masks these; the results must not give them back, nor the stored steps.
    it("action steps record their node's data with its secrets masked; set_output's declared output stays whole", async () => {
      const secret = 'node-data-secret-424242';
      const wf = await activeWorkflow(t, [
        triggerNode(),
        actionNode('note', { actionType: 'log', message: 'hi', api_key: secret, data: { password: secret } }),
        actionNode('done', { actionType: 'set_output', output: { ok: true }, token: secret }),
      ], [edge('start', 'note'), edge('note', 'done')]);
      const results = await runToEnd(t, wf);
      const steps = stepsByNode(results);
      expect(steps.note.output).toEqual({ actionType: 'log', message: 'hi', api_key: '****4242', data: { password: '****4242' } });
      expect(steps.done.output).toEqual({ actionType: 'set_output', output: { ok: true }, token: '****4242' });
      expect(results.finalOutput).toEqual({ ok: true });
      const stored = await t.app.get(DataSource).createQueryBuilder().select('s.output', 'output').from('execution_steps', 's')
        .where('s.execution_id = :id', { id: results.executionId }).getRawMany();
      expect(stored).toHaveLength(2);
      expect(JSON.stringify(stored)).not.toContain(secret);
    });

    it('a node id `__proto__` is an ordinary key of the context: its result is stored and returned', async () => {
      const mapping = [{ source: 'workflow.a', target: 'v' }];
      const wf = await activeWorkflow(t, [triggerNode(), actionNode('__proto__', { actionType: 'transform', mapping })], [edge('start', '__proto__')]);
      const res = await execute(t, wf, { a: 1 });
      const body = await res.json();
      expect(body.status).toBe('completed');
      const results = await (await send(t, 'GET', `/v1/executions/${body.executionId}/results`)).json();
      // Compared as text: an object literal with a `__proto__` key would set a prototype instead.
      expect(JSON.stringify(results.finalOutput)).toBe('{"workflow":{"a":1},"__proto__":{"v":1}}');
    });

    it('stores a workflow without executor nodes that fails as failed, with the failed step, and answers 201 failed', async () => {
      // A required source the input does not have: the mapping compiles, the run fails at this step.
      const mapping = [{ source: 'workflow.missing', target: 'x', required: true }];
      const broken = await activeWorkflow(t, [triggerNode(), actionNode('shape', { actionType: 'transform', mapping })], [edge('start', 'shape')]);
      const res = await execute(t, broken, {});
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.status).toBe('failed');
      const status = await (await send(t, 'GET', `/v1/executions/${body.executionId}`)).json();
      expect(status).toMatchObject({ status: 'failed', errorMessage: expect.stringContaining('FLK-0504') });
      const results = await (await send(t, 'GET', `/v1/executions/${body.executionId}/results`)).json();
      expect(results.stepResults).toEqual([expect.objectContaining({ nodeId: 'shape', status: 'failed' })]);
      const events = await (await send(t, 'GET', `/v1/audit-events?resourceId=${body.executionId}&sortOrder=ASC`)).json();
      expect(events.items.map((e: { eventType: string }) => e.eventType)).toEqual(['EXECUTION_STARTED', 'EXECUTION_FAILED']);
    });

    it('replays the same key and body: 201 while running, 200 once finished, never a second execution', async () => {
      const key = randomUUID();
      const first = await (await execute(t, slow, { n: 1 }, key)).json();
      const again = await execute(t, slow, { n: 1 }, `  ${key}  `); // trimmed
      expect(again.status).toBe(201);
      expect((await again.json()).executionId).toBe(first.executionId);

      const doneKey = randomUUID();
      const done = await (await execute(t, quick, { n: 2 }, doneKey)).json();
      await waitForEnd(t, done.executionId);
      const replay = await execute(t, quick, { n: 2 }, doneKey);
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({ ...done, status: 'completed' });
    });

    it('compares bodies canonically and rejects a reused key with a different body (422 FLK-0510)', async () => {
      const key = randomUUID();
      const first = await (await execute(t, quick, { a: 1, b: { c: 2, d: 3 } }, key)).json();
      const reordered = await execute(t, quick, { b: { d: 3, c: 2 }, a: 1 }, key);
      expect((await reordered.json()).executionId).toBe(first.executionId);
      const body = await expectError(await execute(t, quick, { a: 2 }, key), 422, 'FLK-0510');
      expect(body.message).toContain(first.executionId);
    });

    it('starts exactly one execution for 50 concurrent identical requests, with the steps and events of one run', async () => {
      const key = randomUUID();
      const responses = await Promise.all(Array.from({ length: 50 }, () => execute(t, quick, { same: true }, key)));
      const ids = new Set<string>();
      for (const res of responses) {
        expect([200, 201]).toContain(res.status);
        ids.add((await res.json()).executionId);
      }
      expect(ids.size).toBe(1);
      const list = await (await send(t, 'GET', `/v1/executions?workflowId=${quick}&limit=100`)).json();
      expect(list.items.filter((e: any) => ids.has(e.executionId))).toHaveLength(1);
      const events = await (await send(t, 'GET', `/v1/audit-events?resourceId=${[...ids][0]}&eventType=EXECUTION_STARTED`)).json();
      expect(events.items).toHaveLength(1);
      // The losers ran the workflow too (it has no executor node) but stored nothing of it.
      const results = await (await send(t, 'GET', `/v1/executions/${[...ids][0]}/results`)).json();
      expect(results.stepResults).toHaveLength(1);
      const all = await (await send(t, 'GET', `/v1/audit-events?resourceId=${[...ids][0]}`)).json();
      expect(all.items).toHaveLength(2);
    });

    it('keeps a JSON integer beyond 2^53 in inputData exactly, as a string of its digits', async () => {
      const raw = '{"inputData":{"orderId":820982911946154508,"count":2}}';
      const res = await send(t, 'POST', `/v1/workflows/${quick}/executions`, raw, authJson({ 'Idempotency-Key': randomUUID() }));
      expect(res.status).toBe(201);
      const row = await t.app.get(DataSource).createQueryBuilder().select('e.input_data', 'input').from('executions', 'e')
        .where('e.id = :id', { id: (await res.json()).executionId }).getRawOne();
      expect(JSON.parse(row.input)).toEqual({ orderId: '820982911946154508', count: 2 });
    });

    it('checks the Idempotency-Key: missing, blank, too long or sent twice → 400 FLK-0509', async () => {
      const path = `/v1/workflows/${quick}/executions`;
      await expectError(await send(t, 'POST', path, { inputData: {} }), 400, 'FLK-0509');
      await expectError(await send(t, 'POST', path, { inputData: {} }, authJson({ 'Idempotency-Key': '   ' })), 400, 'FLK-0509');
      await expectError(await send(t, 'POST', path, { inputData: {} }, authJson({ 'Idempotency-Key': 'k'.repeat(256) })), 400, 'FLK-0509');
      // Sent twice, Node would join the two into one key, "a, b", that neither retry would find again.
      const twice = await rawRequest(t, 'POST', path, { ...authJson(), 'Idempotency-Key': ['key-a', 'key-b'] }, JSON.stringify({ inputData: {} }));
      expect((await expectError(twice, 400, 'FLK-0509')).message).toContain('more than once');
    });

    it('validates in order: size (413 FLK-0506), id (400 FLK-0002), body (400 FLK-0001/0301)', async () => {
      const big = JSON.stringify({ inputData: { blob: 'x'.repeat(1024 * 1024) } });
      await expectError(await send(t, 'POST', '/v1/workflows/not-a-uuid/executions', big, authJson({ 'Idempotency-Key': 'k' })), 413, 'FLK-0506');
      await expectError(await send(t, 'POST', '/v1/workflows/not-a-uuid/executions', { inputData: {} }), 400, 'FLK-0002');
      // Also when the body does not even parse: the id is checked first.
      await expectError(await send(t, 'POST', '/v1/workflows/not-a-uuid/executions', '{"inputData":', authJson({ 'Idempotency-Key': 'k' })), 400, 'FLK-0002');
      await expectError(await send(t, 'POST', `/v1/workflows/${quick}/executions`, { inputData: 'text' }, authJson({ 'Idempotency-Key': 'k' })), 400, 'FLK-0001');
      await expectError(await send(t, 'POST', `/v1/workflows/${quick}/executions`, {}, authJson({ 'Idempotency-Key': 'k' })), 400, 'FLK-0301');
      await expectError(
        await send(t, 'POST', `/v1/workflows/${quick}/executions`, '{"inputData":', authJson({ 'Idempotency-Key': 'k' })),
        400,
        'FLK-0001',
      );
    });

    it('answers 413 FLK-0506 for a streamed body (no Content-Length) once it passes 1 MiB', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(new TextEncoder().encode('{"inputData":{"blob":"'));
          if (sent > 20) {
            controller.enqueue(new TextEncoder().encode('"}}'));
            controller.close();
            return;
          }
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      const res = await t.http(`/v1/workflows/${quick}/executions`, {
        method: 'POST',
        headers: authJson({ 'Idempotency-Key': randomUUID() }),
        body: stream,
        duplex: 'half',
      } as RequestInit);
      await expectError(res, 413, 'FLK-0506');
    });

    it('accepts a body of exactly 1 MiB', async () => {
      const shell = JSON.stringify({ inputData: { blob: '' } });
      const body = JSON.stringify({ inputData: { blob: 'x'.repeat(1024 * 1024 - shell.length) } });
      expect(Buffer.byteLength(body)).toBe(1024 * 1024);
      const res = await send(t, 'POST', `/v1/workflows/${quick}/executions`, body, authJson({ 'Idempotency-Key': randomUUID() }));
      expect(res.status).toBe(201);
    });

    it('answers 404 FLK-0100 for an unknown workflow and 422 FLK-0501 for one that is not active', async () => {
      await expectError(await execute(t, randomUUID(), {}), 404, 'FLK-0100');
      const draft = await send(t, 'POST', '/v1/workflows', { name: unique('draft'), nodes: [triggerNode(), actionNode('a')], edges: [edge('start', 'a')] });
      await expectError(await execute(t, (await draft.json()).workflowId, {}), 422, 'FLK-0501');
    });

    it('answers 415 FLK-0007 naming the coding for a compressed body, and takes `identity` as none', async () => {
      const path = `/v1/workflows/${quick}/executions`;
      const headers = (coding: string) => authJson({ 'Idempotency-Key': unique('coded'), 'Content-Encoding': coding });
      const refused = await expectError(
        await t.http(path, { method: 'POST', headers: headers('gzip'), body: gzipSync(JSON.stringify({ inputData: {} })) }),
        415,
        'FLK-0007',
      );
      expect(refused.message).toBe('Content-Encoding "gzip" is not accepted here: send the body uncompressed.');
      const plain = await t.http(path, { method: 'POST', headers: headers('identity'), body: JSON.stringify({ inputData: {} }) });
      expect(plain.status).toBe(201);
    });

    it('answers 401 without a key, 415 for a non-JSON body, and the documented 5xx', async () => {
      const path = `/v1/workflows/${quick}/executions`;
      await expectError(await t.http(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k' }, body: '{}' }), 401, 'FLK-0003');
      await expectError(
        await t.http(path, { method: 'POST', headers: { 'X-API-Key': TEST_API_KEY, 'Content-Type': 'text/plain', 'Idempotency-Key': 'k' }, body: 'x' }),
        415,
        'FLK-0007',
      );
      await expectError(await send(t, 'POST', path, { inputData: {} }, authJson({ 'Idempotency-Key': 'k', 'X-Test-Fault-Injection': 'error' })), 500, 'FLK-9999');
      await expectError(await send(t, 'POST', path, { inputData: {} }, authJson({ 'Idempotency-Key': 'k', 'X-Test-Fault-Injection': 'unavailable' })), 503, 'FLK-0009');
    });
  });

  describe('getExecutionStatus / getExecutionResults', () => {
    it('reports status and progress; results are 422 FLK-0502 while running', async () => {
      const running = await (await execute(t, slow, {})).json();
      await new Promise((r) => setTimeout(r, 100));
      const status = await (await send(t, 'GET', `/v1/executions/${running.executionId}`)).json();
      expect(status).toEqual({ executionId: running.executionId, workflowId: slow, status: 'running', currentStepNumber: 1, totalSteps: 1, startedAt: running.startedAt });
      await expectError(await send(t, 'GET', `/v1/executions/${running.executionId}/results`), 422, 'FLK-0502');
    });

    it('returns results of a finished execution', async () => {
      const started = await (await execute(t, quick, { k: 'v' })).json();
      const status = await waitForEnd(t, started.executionId);
      expect(status).toMatchObject({ status: 'completed', currentStepNumber: 1, totalSteps: 1, completedAt: expect.any(String) });
      expect(status.errorMessage).toBeUndefined();
      const results = await (await send(t, 'GET', `/v1/executions/${started.executionId}/results`)).json();
      expect(results).toEqual({
        executionId: started.executionId,
        workflowId: quick,
        status: 'completed',
        stepResults: [
          {
            stepNumber: 1,
            stepName: 'action_done',
            nodeId: 'done',
            status: 'completed',
            output: { actionType: 'set_output', output: { ok: true } },
            executedAt: expect.any(String),
            durationMs: expect.any(Number),
          },
        ],
        finalOutput: { ok: true },
        startedAt: started.startedAt,
        completedAt: status.completedAt,
      });
    });

    it('answers 400, 401, 404 and the documented 5xx', async () => {
      for (const suffix of ['', '/results']) {
        await expectError(await send(t, 'GET', `/v1/executions/nope${suffix}`), 400, 'FLK-0002');
        await expectError(await t.http(`/v1/executions/${randomUUID()}${suffix}`), 401, 'FLK-0003');
        await expectError(await send(t, 'GET', `/v1/executions/${randomUUID()}${suffix}`), 404, 'FLK-0500');
        await expectError(await send(t, 'GET', `/v1/executions/${randomUUID()}${suffix}`, undefined, authJson({ 'X-Test-Fault-Injection': 'error' })), 500, 'FLK-9999');
        await expectError(await send(t, 'GET', `/v1/executions/${randomUUID()}${suffix}`, undefined, authJson({ 'X-Test-Fault-Injection': 'unavailable' })), 503, 'FLK-0009');
      }
    });
  });

  describe('listExecutions', () => {
    let wf: string;
    const ids: string[] = [];

    beforeAll(async () => {
      wf = await activeWorkflow(t, [triggerNode(), actionNode('done')], [edge('start', 'done')]);
      for (let i = 0; i < 5; i++) {
        const started = await (await execute(t, wf, { i })).json();
        ids.push(started.executionId);
        await waitForEnd(t, started.executionId);
      }
    });

    async function all(query: string): Promise<string[]> {
      const seen: string[] = [];
      let res = await (await send(t, 'GET', `/v1/executions?${query}`)).json();
      seen.push(...res.items.map((e: any) => e.executionId));
      while (res.hasMore) {
        res = await (await send(t, 'GET', `/v1/executions?limit=2&cursor=${res.nextCursor}${query.includes('workflowId') ? `&workflowId=${wf}` : ''}`)).json();
        seen.push(...res.items.map((e: any) => e.executionId));
      }
      expect(res.nextCursor).toBe('');
      return seen;
    }

    it('pages by startedAt (newest first by default) and filters by workflow and status', async () => {
      expect(await all(`workflowId=${wf}&limit=2`)).toEqual([...ids].reverse());
      expect(await all(`workflowId=${wf}&limit=2&sortOrder=asc`)).toEqual(ids);
      const failed = await (await send(t, 'GET', `/v1/executions?workflowId=${wf}&status=failed`)).json();
      expect(failed).toEqual({ items: [], nextCursor: '', hasMore: false });
    });

    it('sorts by completedAt with unfinished executions after finished ones, across page boundaries', async () => {
      const running = await (await execute(t, slow, {})).json();
      const seen = new Set<string>();
      for (const order of ['DESC', 'ASC']) {
        let res = await (await send(t, 'GET', `/v1/executions?sortBy=completedAt&sortOrder=${order}&limit=1`)).json();
        const pages = [res];
        while (res.hasMore) {
          res = await (await send(t, 'GET', `/v1/executions?limit=1&cursor=${res.nextCursor}`)).json();
          pages.push(res);
        }
        const items = pages.flatMap((p) => p.items);
        const firstUnfinished = items.findIndex((e: any) => e.completedAt === undefined);
        expect(firstUnfinished).toBeGreaterThan(0);
        expect(items.slice(firstUnfinished).every((e: any) => e.completedAt === undefined)).toBe(true);
        expect(items.map((e: any) => e.executionId)).toContain(running.executionId);
        const done = items.slice(0, firstUnfinished).map((e: any) => e.completedAt);
        expect(done).toEqual([...done].sort((a, b) => (order === 'ASC' ? a.localeCompare(b) : b.localeCompare(a))));
        items.forEach((e: any) => seen.add(e.executionId));
        expect(new Set(items.map((e: any) => e.executionId)).size).toBe(items.length);
      }
      expect(seen.has(ids[0])).toBe(true);
    });

    it('rejects bad parameters with their codes', async () => {
      const cursor = (await (await send(t, 'GET', `/v1/executions?limit=1`)).json()).nextCursor;
      await expectError(await send(t, 'GET', '/v1/executions?workflowId=nope'), 400, 'FLK-0002');
      await expectError(await send(t, 'GET', '/v1/executions?status=done'), 400, 'FLK-0304');
      await expectError(await send(t, 'GET', '/v1/executions?sortBy=name'), 400, 'FLK-0304');
      await expectError(await send(t, 'GET', '/v1/executions?limit=0'), 400, 'FLK-0309');
      await expectError(await send(t, 'GET', '/v1/executions?limit=101'), 400, 'FLK-0309');
      // A repeated parameter said 'must be integer (got "1,2")'.
      expect(await expectError(await send(t, 'GET', '/v1/executions?limit=1&limit=2'), 400, 'FLK-0304')).toMatchObject({
        message: 'Query parameter "limit" is given more than once; send it once.',
      });
      await expectError(await send(t, 'GET', '/v1/executions?sortOrder=up'), 400, 'FLK-0310');
      await expectError(await send(t, 'GET', '/v1/executions?cursor=%%%'), 400, 'FLK-0008');
      await expectError(await send(t, 'GET', `/v1/executions?cursor=${cursor}&sortBy=startedAt`), 400, 'FLK-0304');
      await expectError(await send(t, 'GET', `/v1/executions?cursor=${cursor}&sortOrder=ASC`), 400, 'FLK-0304');
      await expectError(await t.http('/v1/executions'), 401, 'FLK-0003');
      await expectError(await send(t, 'GET', '/v1/executions', undefined, authJson({ 'X-Test-Fault-Injection': 'error' })), 500, 'FLK-9999');
      await expectError(await send(t, 'GET', '/v1/executions', undefined, authJson({ 'X-Test-Fault-Injection': 'unavailable' })), 503, 'FLK-0009');
    });
  });
});

describe('executeWorkflow while the service drains', () => {
  it('answers 503 FLK-0009 once shutdown has begun', async () => {
    const t = await startTestApp({ EXECUTION_DRAIN_MS: '100' });
    try {
      const wf = await activeWorkflow(t, [triggerNode(), actionNode('a')], [edge('start', 'a')]);
      t.app.get(LifecycleService).beginDrain();
      await expectError(await execute(t, wf, {}), 503, 'FLK-0009');
    } finally {
      await t.close();
    }
  });
});
