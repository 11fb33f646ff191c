import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  actionNode,
  activeWorkflow,
  conditionalNode,
  edge,
  execute,
  executorNode,
  httpConfig,
  runToEnd,
  send,
  settle,
  startMockExecutor,
  stepsByNode,
  triggerNode,
  waitForEnd,
  type MockExecutor,
} from './executions-fixtures';

describe('execution engine (real executors against a local mock executor)', () => {
  let t: TestApp;
  let mock: MockExecutor;
  let configId: string;

  beforeAll(async () => {
    // One attempt per call keeps failure tests fast; retries are the executors' own tests.
    t = await startTestApp({ EXECUTOR_MAX_ATTEMPTS: '1' });
    mock = await startMockExecutor();
    configId = await httpConfig(t, mock.url);
  });
  afterAll(async () => {
    if (t) await settle(t, mock);
    await t?.close();
    await mock?.close();
  });
  beforeEach(() => {
    mock.calls.length = 0;
    mock.replies.clear();
  });

  it('runs trigger → executor → action: mapped request, Idempotency-Key per step, set_output as finalOutput', async () => {
    const wf = await activeWorkflow(
      t,
      [triggerNode(), executorNode('call', configId, { inputMapping: [{ source: 'workflow.amount', target: 'value' }] }), actionNode('done')],
      [edge('start', 'call'), edge('call', 'done')],
    );
    const results = await runToEnd(t, wf, { amount: 42 });
    expect(results.status).toBe('completed');
    expect(results.finalOutput).toEqual({ ok: true });
    expect(results.stepResults.map((s: any) => [s.stepNumber, s.nodeId, s.status])).toEqual([
      [1, 'call', 'completed'],
      [2, 'done', 'completed'],
    ]);
    expect(results.stepResults[0].stepName).toBe('Call call');
    expect(results.stepResults[1].stepName).toBe('action_done');
    const calls = mock.callsTo('/call');
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('POST');
    expect(calls[0].body).toEqual({ value: 42 });
    expect(calls[0].headers['idempotency-key']).toBe(`${results.executionId}:call`);
  });

  it('branches on a conditional both ways and records the untaken branch as skipped', async () => {
    const wf = await activeWorkflow(
      t,
      [
        triggerNode(),
        conditionalNode('check', 'workflow.amount > 1000'),
        executorNode('review', configId),
        executorNode('approve', configId),
        actionNode('end', { actionType: 'set_output', output: { finished: true } }),
      ],
      [
        edge('start', 'check'),
        edge('check', 'review', { sourceHandle: 'true' }),
        edge('check', 'approve', { sourceHandle: 'false' }),
        edge('review', 'end'),
        edge('approve', 'end'),
      ],
    );
    const big = stepsByNode(await runToEnd(t, wf, { amount: 5000 }));
    expect(big.check.output).toEqual({ condition: 'workflow.amount > 1000', result: true, branchTaken: 'true' });
    expect([big.review.status, big.approve.status, big.end.status]).toEqual(['completed', 'skipped', 'completed']);

    const small = stepsByNode(await runToEnd(t, wf, { amount: 10 }));
    expect(small.check.output.branchTaken).toBe('false');
    expect([small.review.status, small.approve.status, small.end.status]).toEqual(['skipped', 'completed', 'completed']);
    expect(mock.callsTo('/review')).toHaveLength(1);
    expect(mock.callsTo('/approve')).toHaveLength(1);
  });

  it('evaluates edge conditions: an edge whose condition is false is not taken', async () => {
    const wf = await activeWorkflow(
      t,
      [triggerNode(), executorNode('vip', configId), executorNode('normal', configId)],
      [edge('start', 'vip', { condition: 'workflow.tier == "gold"' }), edge('start', 'normal', { condition: 'workflow.tier != "gold"' })],
    );
    const results = stepsByNode(await runToEnd(t, wf, { tier: 'gold' }));
    expect([results.vip.status, results.normal.status]).toEqual(['completed', 'skipped']);
    expect(mock.callsTo('/normal')).toHaveLength(0);
  });

  it('runs the join of a diamond once, after both branches', async () => {
    const wf = await activeWorkflow(
      t,
      [triggerNode(), executorNode('left', configId), executorNode('right', configId), executorNode('join', configId), actionNode('end')],
      [edge('start', 'left'), edge('start', 'right'), edge('left', 'join'), edge('right', 'join'), edge('join', 'end')],
    );
    const results = await runToEnd(t, wf);
    expect(results.stepResults.map((s: any) => s.nodeId)).toEqual(['left', 'right', 'join', 'end']);
    expect(mock.callsTo('/join')).toHaveLength(1);
    const status = await (await send(t, 'GET', `/v1/executions/${results.executionId}`)).json();
    expect(status).toMatchObject({ currentStepNumber: 4, totalSteps: 4 });
  });

  it('applies output mappings and every custom transformation type', async () => {
    mock.replies.set('/customer', { body: { id: 'C-1', tier: 'gold' } });
    const transform = (type: string, config?: Record<string, unknown>) => ({ type, ...(config ? { config } : {}) });
    const wf = await activeWorkflow(
      t,
      [
        triggerNode(),
        executorNode('customer', configId, {
          inputMapping: [
            { source: 'workflow.doc', target: 'doc', transformation: transform('remove_characters', { characters: '.-' }) },
            { source: 'workflow.name', target: 'upper', transformation: transform('to_uppercase') },
            { source: 'workflow.name', target: 'lower', transformation: transform('to_lowercase') },
            { source: 'workflow.code', target: 'prefixed', transformation: transform('add_prefix', { prefix: 'BR-' }) },
            { source: 'workflow.code', target: 'suffixed', transformation: transform('add_suffix', { suffix: '-X' }) },
          ],
          outputMapping: [
            { source: 'body.id', target: 'customerId' },
            { source: 'status', target: 'httpStatus' },
          ],
        }),
        conditionalNode('gold', 'customer.customerId == "C-1"'),
        actionNode('out', { actionType: 'set_output', output: { from: 'gold' } }),
      ],
      [edge('start', 'customer'), edge('customer', 'gold'), edge('gold', 'out', { sourceHandle: 'true' })],
    );
    const results = await runToEnd(t, wf, { doc: '123.456-78', name: 'Ana Lima', code: '77' });
    expect(mock.callsTo('/customer')[0].body).toEqual({
      doc: '12345678',
      upper: 'ANA LIMA',
      lower: 'ana lima',
      prefixed: 'BR-77',
      suffixed: '77-X',
    });
    expect(stepsByNode(results).customer.output).toEqual({ customerId: 'C-1', httpStatus: 200 });
    expect(results.finalOutput).toEqual({ from: 'gold' });
  });

  it('builds the request from raw transforms when there is no inputMapping', async () => {
    const wf = await activeWorkflow(
      t,
      [triggerNode(), executorNode('raw', configId, { transforms: [{ operation: 'shift', spec: { total: 'workflow.amount' } }, { operation: 'default', spec: { currency: 'BRL' } }] })],
      [edge('start', 'raw')],
    );
    await runToEnd(t, wf, { amount: 3 });
    expect(mock.callsTo('/raw')[0].body).toEqual({ total: 3, currency: 'BRL' });
  });

  it('without set_output, finalOutput is the whole context', async () => {
    mock.replies.set('/only', { body: { answer: 1 } });
    const wf = await activeWorkflow(t, [triggerNode(), executorNode('only', configId, { outputMapping: [{ source: 'body.answer', target: 'answer' }] })], [
      edge('start', 'only'),
    ]);
    const results = await runToEnd(t, wf, { a: 'b' });
    expect(results.finalOutput).toEqual({ workflow: { a: 'b' }, only: { answer: 1 } });
  });

  it('fails the execution when the executor fails, with its message, and stops there', async () => {
    mock.replies.set('/broken', { status: 503, body: { error: 'down' } });
    const wf = await activeWorkflow(t, [triggerNode(), executorNode('broken', configId), actionNode('never')], [
      edge('start', 'broken'),
      edge('broken', 'never'),
    ]);
    const started = await (await execute(t, wf, {})).json();
    const status = await waitForEnd(t, started.executionId);
    expect(status.status).toBe('failed');
    expect(status.errorMessage).toMatch(/^node "broken": executor call failed after 1 attempt: .*503.*FLK-0504$/);
    const results = await (await send(t, 'GET', `/v1/executions/${started.executionId}/results`)).json();
    expect(results.finalOutput).toBeUndefined();
    expect(results.stepResults).toEqual([
      expect.objectContaining({ nodeId: 'broken', status: 'failed', errorMessage: expect.stringContaining('503') }),
    ]);
  });

  it('fails a step that exceeds its timeout', async () => {
    mock.replies.set('/slow', { delayMs: 3000 });
    const wf = await activeWorkflow(t, [triggerNode(), executorNode('slow', configId, { timeout: 0.3 })], [edge('start', 'slow')]);
    const started = await (await execute(t, wf, {})).json();
    const status = await waitForEnd(t, started.executionId);
    expect(status.status).toBe('failed');
    expect(status.errorMessage).toMatch(/^node "slow": .*FLK-050[34]$/);
    expect(status.errorMessage).toMatch(/tim(e|ed) ?out/i);
  });

  it('fails the execution (not the process) when a condition cannot be evaluated', async () => {
    const wf = await activeWorkflow(t, [triggerNode(), conditionalNode('c', 'workflow.missing.deep > 1')], [edge('start', 'c')]);
    const results = await runToEnd(t, wf, {});
    expect(results.status).toBe('failed');
    expect(stepsByNode(results).c).toMatchObject({ status: 'failed', errorMessage: expect.stringContaining('condition evaluation failed') });
    // The service still answers.
    expect((await send(t, 'GET', '/v1/executions?limit=1')).status).toBe(200);
  });

  it('writes EXECUTION_STARTED and EXECUTION_COMPLETED/FAILED audit events', async () => {
    const wf = await activeWorkflow(t, [triggerNode(), actionNode('a')], [edge('start', 'a')]);
    const results = await runToEnd(t, wf, {});
    const events = await (await send(t, 'GET', `/v1/audit-events?resourceId=${results.executionId}&sortOrder=ASC`)).json();
    expect(events.items.map((e: any) => [e.eventType, e.result])).toEqual([
      ['EXECUTION_STARTED', 'SUCCESS'],
      ['EXECUTION_COMPLETED', 'SUCCESS'],
    ]);
    expect(events.items[1].actor.type).toBe('system');
  });

  it('keeps idempotency keys per workflow: the same key on another workflow starts a separate execution', async () => {
    const key = randomUUID();
    const a = await activeWorkflow(t, [triggerNode(), actionNode('a')], [edge('start', 'a')]);
    const b = await activeWorkflow(t, [triggerNode(), actionNode('a')], [edge('start', 'a')]);
    const first = await (await execute(t, a, { x: 1 }, key)).json();
    const second = await (await execute(t, b, { x: 1 }, key)).json();
    expect(second.executionId).not.toBe(first.executionId);
    expect(second.workflowId).toBe(b);
  });
});

describe('overall execution timeout', () => {
  let t: TestApp;
  let mock: MockExecutor;

  beforeAll(async () => {
    t = await startTestApp({ EXECUTION_TIMEOUT_MS: '400', EXECUTOR_MAX_ATTEMPTS: '1' });
    mock = await startMockExecutor(3000);
  });
  afterAll(async () => {
    if (t) await settle(t, mock);
    await t?.close();
    await mock?.close();
  });

  it('fails an execution that runs past EXECUTION_TIMEOUT_MS with a clear message', async () => {
    const configId = await httpConfig(t, mock.url);
    const wf = await activeWorkflow(t, [triggerNode(), executorNode('slow', configId)], [edge('start', 'slow')]);
    const started = await (await execute(t, wf, {})).json();
    const status = await waitForEnd(t, started.executionId);
    expect(status.status).toBe('failed');
    expect(status.errorMessage).toMatch(/^execution timed out: .*FLK-0503$/);
    expect(Date.parse(status.completedAt) - Date.parse(status.startedAt)).toBeLessThan(2500);
  });
});
