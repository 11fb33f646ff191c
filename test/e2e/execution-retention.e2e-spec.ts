import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExecutionRetention } from '../../src/modules/executions/execution-retention.service';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  actionNode,
  activeWorkflow,
  edge,
  execute,
  executorNode,
  httpConfig,
  send,
  settle,
  startMockExecutor,
  triggerNode,
  waitForEnd,
  type MockExecutor,
} from './executions-fixtures';

const DAY = 86_400_000;
jest.setTimeout(30_000);

describe('Execution retention (EXECUTION_RETENTION_DAYS)', () => {
  let t: TestApp;
  let mock: MockExecutor;

  beforeAll(async () => {
    mock = await startMockExecutor();
    t = await startTestApp({ EXECUTION_RETENTION_DAYS: '7' });
  });
  afterAll(async () => {
    await settle(t, mock);
    await t.close();
    await mock.close();
  });

  const statusOf = async (id: string) => (await send(t, 'GET', `/v1/executions/${id}`)).status;
  const stepsOf = async (id: string) =>
    Number((await t.app.get(DataSource).createQueryBuilder().select('COUNT(*)', 'n').from('execution_steps', 's').where('s.execution_id = :id', { id }).getRawOne()).n);

  it('deletes executions that ended before the retention with their steps, never one still running', async () => {
    const quick = await activeWorkflow(t, [triggerNode(), actionNode('done')], [edge('start', 'done')]);
    const key = randomUUID();
    const finished = (await (await execute(t, quick, { n: 1 }, key)).json()).executionId as string;
    await waitForEnd(t, finished);
    expect(await stepsOf(finished)).toBeGreaterThan(0);

    // An execution waiting for its executor's answer is running, however old.
    const slow = await activeWorkflow(t, [triggerNode(), executorNode('call', await httpConfig(t, mock.url))], [edge('start', 'call')]);
    mock.replies.set('/call', { delayMs: 60_000 });
    const running = (await (await execute(t, slow)).json()).executionId as string;
    expect((await (await send(t, 'GET', `/v1/executions/${running}`)).json()).status).toBe('running');

    const retention = t.app.get(ExecutionRetention);
    expect(await retention.purgeExpired(Date.now() + 6 * DAY)).toBe(0);
    expect(await statusOf(finished)).toBe(200);

    expect(await retention.purgeExpired(Date.now() + 8 * DAY)).toBeGreaterThanOrEqual(1);
    expect(await statusOf(finished)).toBe(404);
    expect(await stepsOf(finished)).toBe(0);
    expect(await statusOf(running)).toBe(200);

    // Its key went with it: the same request starts a new execution.
    const again = await execute(t, quick, { n: 1 }, key);
    expect(again.status).toBe(201);
    expect((await again.json()).executionId).not.toBe(finished);

    mock.flush();
    await waitForEnd(t, running);
  });

  it('is off by default: nothing is deleted', async () => {
    const other = await startTestApp();
    try {
      expect(await other.app.get(ExecutionRetention).purgeExpired(Date.now() + 365 * DAY)).toBe(0);
    } finally {
      await other.close();
    }
  });
});
