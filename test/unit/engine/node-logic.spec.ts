import { runAction, stepTimeoutOf } from '../../../src/engine/runtime/node-logic';
import type { WorkflowNode } from '../../../src/modules/workflows/workflow.types';

const node = (data: Record<string, unknown>): WorkflowNode => ({ id: 'a', type: 'action', position: { x: 0, y: 0 }, data }) as WorkflowNode;
const secret = 'node-data-secret-424242';

describe('action steps and node-data secrets', () => {
  it('a log action records its data masked and logs its `data` with secrets fully hidden', () => {
    const outcome = runAction(node({ actionType: 'log', message: 'm', api_key: secret, data: { password: secret, n: 1 } }), {});
    expect(outcome.output).toEqual({ actionType: 'log', message: 'm', api_key: '****4242', data: { password: '****4242', n: 1 } });
    expect(outcome.log).toEqual({ message: 'm', data: { password: '********', n: 1 } });
  });

  it("set_output keeps its declared output whole and puts it into the context; its other secrets are masked", () => {
    const data = { actionType: 'set_output', output: { token: secret }, api_key: secret };
    const outcome = runAction(node(data), {});
    expect(outcome.output).toEqual({ actionType: 'set_output', output: { token: secret }, api_key: '****4242' });
    expect(outcome.contextUpdates).toEqual({ output: { token: secret } });
    // The node's data itself is left as it is (it is the workflow definition).
    expect(data.api_key).toBe(secret);
  });
});

describe('step timeout', () => {
  const executor = (timeout: unknown) => ({ id: 'x', type: 'executor', position: { x: 0, y: 0 }, data: { timeout } }) as WorkflowNode;

  it('is the node timeout in ms (a number or numeric text), none when the node sets none, and never more than a timer can wait', () => {
    expect(stepTimeoutOf(executor(2.5))).toBe(2_500);
    // Read as the executors read it for each attempt: text such as "5" was their 5 s and the step's default 30 s.
    expect(stepTimeoutOf(executor('5'))).toBe(5_000);
    // Without a node timeout the executor bounds the step: a provider's longer timeout_seconds was cut at 30 s.
    expect(stepTimeoutOf(executor(undefined))).toBeUndefined();
    expect(stepTimeoutOf(executor(0))).toBeUndefined();
    expect(stepTimeoutOf(executor('soon'))).toBeUndefined();
    // Beyond 2^31 − 1 ms a timer fires at once (the step failed before the provider was called), beyond 2^32 − 1
    // ms AbortSignal.timeout throws: both are clamped.
    expect(stepTimeoutOf(executor(2_147_484))).toBe(2_147_483_647);
    expect(stepTimeoutOf(executor(1e9))).toBe(2_147_483_647);
    expect(() => AbortSignal.timeout(stepTimeoutOf(executor(1e9))!)).not.toThrow();
  });
});
