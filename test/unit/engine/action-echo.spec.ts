import { runAction } from '../../../src/engine/runtime/node-logic';
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
