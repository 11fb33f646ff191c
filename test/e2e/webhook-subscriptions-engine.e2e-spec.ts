import { Database } from '../../src/database/database.service';
import { wipeSubscriptionTables } from '../support/subscription-tables';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import {
  actionNode,
  activeWorkflow,
  edge,
  execute,
  executorNode,
  httpConfig,
  settle,
  startMockExecutor,
  triggerNode,
  waitForEnd,
  type MockExecutor,
} from './executions-fixtures';
import { Receiver, type Received } from './webhook-subscriptions-receiver';
import { until } from '../support/until';

jest.setTimeout(30_000);

const ALL_TYPES = [
  'workflow.started',
  'workflow.completed',
  'workflow.failed',
  'workflow.step.started',
  'workflow.step.completed',
  'workflow.step.failed',
];

interface Delivered {
  readonly id: string;
  readonly type: string;
  readonly timestamp: string;
  readonly data: Record<string, any>;
}

const body = (r: Received) => JSON.parse(r.raw.toString('utf8')) as Delivered;

/** The engine's events as the receiver got them, for one execution. */
function eventsOf(receiver: Receiver, executionId: string): Delivered[] {
  return receiver.received.map(body).filter((e) => e.data.executionId === executionId);
}

/** Started first and the terminal event last, by the time each was recorded (deliveries run in parallel). */
function expectOrdered(events: Delivered[], terminal: string): void {
  const at = (e: Delivered) => Date.parse(e.timestamp);
  const started = events.find((e) => e.type === 'workflow.started')!;
  const end = events.find((e) => e.type === terminal)!;
  for (const e of events) {
    expect(at(e)).toBeGreaterThanOrEqual(at(started));
    expect(at(e)).toBeLessThanOrEqual(at(end));
  }
  // Per step: started no later than its end.
  for (const e of events.filter((x) => x.type === 'workflow.step.completed' || x.type === 'workflow.step.failed')) {
    const s = events.find((x) => x.type === 'workflow.step.started' && x.data.nodeId === e.data.nodeId)!;
    expect(at(s)).toBeLessThanOrEqual(at(e));
  }
}

describe('Workflow events from the execution engine to webhook subscriptions', () => {
  let t: TestApp;
  let receiver: Receiver;
  let mock: MockExecutor;
  let configId: string;

  beforeAll(async () => {
    receiver = await Receiver.start();
    mock = await startMockExecutor();
    t = await startTestApp({
      SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true',
      SUBSCRIPTION_POLL_INTERVAL_MS: '10',
      SUBSCRIPTION_DELIVERY_TIMEOUT_MS: '3000',
      EXECUTOR_MAX_ATTEMPTS: '1',
    });
    configId = await httpConfig(t, mock.url);
    const res = await t.http('/v1/webhook-subscriptions', {
      method: 'POST',
      headers: authJson(),
      body: JSON.stringify({ name: `engine events ${Date.now()}`, url: receiver.ensure('/engine'), events: ALL_TYPES }),
    });
    expect(res.status).toBe(201);
    receiver.setSecret('/engine', (await res.json()).secret);
  });

  afterAll(async () => {
    await settle(t, mock);
    await wipeSubscriptionTables(t);
    await t.close();
    await mock.close();
    await receiver.close();
  });

  afterEach(() => {
    for (const r of receiver.received) {
      if (!r.verified) throw new Error(`unverified delivery to ${r.path}: ${r.problem}`);
    }
  });

  it('a completed execution: workflow.started, each step started and completed, then workflow.completed', async () => {
    mock.replies.set('/charge', { status: 200, body: { approved: true, providerRef: 'secret-ish-ref' } });
    const workflowId = await activeWorkflow(
      t,
      [triggerNode('start'), executorNode('charge', configId), actionNode('done', { actionType: 'set_output', output: { ok: true } })],
      [edge('start', 'charge'), edge('charge', 'done')],
    );
    const res = await execute(t, workflowId, { amount: 10 });
    expect(res.status).toBe(201);
    const { executionId } = await res.json();
    expect((await waitForEnd(t, executionId)).status).toBe('completed');

    const events = await until('six events', () => {
      const got = eventsOf(receiver, executionId);
      return got.length >= 6 && got;
    });
    expect(events.map((e) => `${e.type}${e.data.nodeId ? `:${e.data.nodeId}` : ''}`).sort()).toEqual(
      [
        'workflow.started',
        'workflow.step.started:charge',
        'workflow.step.completed:charge',
        'workflow.step.started:done',
        'workflow.step.completed:done',
        'workflow.completed',
      ].sort(),
    );
    expectOrdered(events, 'workflow.completed');

    const byType = (type: string, nodeId?: string) => events.find((e) => e.type === type && (!nodeId || e.data.nodeId === nodeId))!;
    expect(byType('workflow.started').data).toMatchObject({ executionId, workflowId, status: 'running' });
    expect(byType('workflow.completed').data).toMatchObject({ executionId, workflowId, status: 'completed', finalOutput: { ok: true } });
    expect(byType('workflow.step.completed', 'charge').data).toMatchObject({
      executionId,
      workflowId,
      nodeId: 'charge',
      stepNumber: 1,
      stepName: 'Call charge',
      status: 'completed',
      attempts: 1,
    });
    // Step outputs are not sent (they may carry provider data).
    expect(JSON.stringify(events.filter((e) => e.type.startsWith('workflow.step.')))).not.toContain('secret-ish-ref');
    // Every event is its own delivery, with a distinct webhook-id.
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('a workflow without executor nodes, stored finished in one write: the same events, in order', async () => {
    const workflowId = await activeWorkflow(
      t,
      [triggerNode('start'), actionNode('done', { actionType: 'set_output', output: { ok: true } })],
      [edge('start', 'done')],
    );
    const res = await execute(t, workflowId, { amount: 11 });
    expect(res.status).toBe(201);
    const { executionId, status } = await res.json();
    expect(status).toBe('completed');

    const events = await until('four events', () => {
      const got = eventsOf(receiver, executionId);
      return got.length >= 4 && got;
    });
    expect(events.map((e) => `${e.type}${e.data.nodeId ? `:${e.data.nodeId}` : ''}`).sort()).toEqual(
      ['workflow.started', 'workflow.step.started:done', 'workflow.step.completed:done', 'workflow.completed'].sort(),
    );
    expectOrdered(events, 'workflow.completed');
    const started = events.find((e) => e.type === 'workflow.started')!;
    expect(started.data).toMatchObject({ executionId, workflowId, status: 'running' });
    expect(events.find((e) => e.type === 'workflow.completed')!.data).toMatchObject({ executionId, status: 'completed', finalOutput: { ok: true } });
  });

  it('a failing executor: workflow.started, step started then failed, then workflow.failed; later steps never start', async () => {
    mock.replies.set('/broken', { status: 503, body: { error: 'down' } });
    const workflowId = await activeWorkflow(
      t,
      [triggerNode('start'), executorNode('broken', configId), actionNode('after')],
      [edge('start', 'broken'), edge('broken', 'after')],
    );
    const res = await execute(t, workflowId);
    const { executionId } = await res.json();
    expect((await waitForEnd(t, executionId)).status).toBe('failed');

    const events = await until('four events', () => {
      const got = eventsOf(receiver, executionId);
      return got.some((e) => e.type === 'workflow.failed') && got.length >= 4 && got;
    });
    await new Promise((r) => setTimeout(r, 200)); // nothing more arrives
    const all = eventsOf(receiver, executionId);
    expect(all.map((e) => e.type).sort()).toEqual(['workflow.failed', 'workflow.started', 'workflow.step.failed', 'workflow.step.started'].sort());
    expectOrdered(events, 'workflow.failed');
    const failedStep = all.find((e) => e.type === 'workflow.step.failed')!;
    expect(failedStep.data).toMatchObject({ executionId, workflowId, nodeId: 'broken', status: 'failed', errorMessage: expect.stringContaining('503') });
    expect(all.find((e) => e.type === 'workflow.failed')!.data).toMatchObject({
      executionId,
      workflowId,
      status: 'failed',
      errorMessage: expect.stringMatching(/^node "broken": .*FLK-0504$/),
    });
  });

  it('writes no event while no subscription listens (the outbox stays empty)', async () => {
    const subs = await (await t.http('/v1/webhook-subscriptions', { headers: authJson() })).json();
    for (const s of subs.items) {
      expect((await t.http(`/v1/webhook-subscriptions/${s.id}`, { method: 'PATCH', headers: authJson(), body: JSON.stringify({ active: false }) })).status).toBe(200);
    }
    const before = await t.app.get(Database).read((m) => m.query('SELECT COUNT(*) AS n FROM webhook_events'));
    const workflowId = await activeWorkflow(t, [triggerNode('start'), actionNode('done')], [edge('start', 'done')]);
    const { executionId } = await (await execute(t, workflowId)).json();
    expect((await waitForEnd(t, executionId)).status).toBe('completed');
    const after = await t.app.get(Database).read((m) => m.query('SELECT COUNT(*) AS n FROM webhook_events'));
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });
});
