import type { StepRecord } from '../../../src/modules/executions/execution.types';
import {
  executionFinishedEvent,
  MAX_EVENT_FINAL_OUTPUT_BYTES,
  stepEvents,
} from '../../../src/engine/runtime/workflow-events';

const step = (status: StepRecord['status'], extra: Partial<StepRecord> = {}): StepRecord => ({
  executionId: 'e1',
  nodeId: 'n1',
  stepNumber: 2,
  stepName: 'Call n1',
  nodeType: 'executor',
  status,
  input: { card: '4111' },
  output: { token: 'provider-data' },
  attempts: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});
const types = (events: ReturnType<typeof stepEvents>) => events.map((e) => e.type);
const change = (status: 'completed' | 'failed', finalOutput: unknown, errorMessage: string | null = null) =>
  ({ status, finalOutput, errorMessage, context: {}, currentStepNumber: 1, updatedAt: '2026-01-01T00:00:01.000Z' }) as const;

describe('workflow events of engine writes', () => {
  it('announces a step once: started when first written, then its end', () => {
    expect(types(stepEvents('w1', step('running'), new Set()))).toEqual(['workflow.step.started']);
    expect(types(stepEvents('w1', step('running'), new Set(['n1'])))).toEqual([]);
    expect(types(stepEvents('w1', step('completed'), new Set(['n1'])))).toEqual(['workflow.step.completed']);
    expect(types(stepEvents('w1', step('completed'), new Set()))).toEqual(['workflow.step.started', 'workflow.step.completed']);
    expect(types(stepEvents('w1', step('failed', { errorMessage: 'boom: FLK-0504' }), new Set()))).toEqual([
      'workflow.step.started',
      'workflow.step.failed',
    ]);
    expect(stepEvents('w1', step('skipped'), new Set())).toEqual([]);
  });

  it('carries identifiers and the error, never the step input or output', () => {
    const [failed] = stepEvents('w1', step('failed', { errorMessage: 'boom: FLK-0504' }), new Set(['n1']));
    expect(failed.data).toMatchObject({ executionId: 'e1', workflowId: 'w1', nodeId: 'n1', stepNumber: 2, stepName: 'Call n1', status: 'failed', errorMessage: 'boom: FLK-0504' });
    expect(JSON.stringify(failed.data)).not.toMatch(/4111|provider-data/);
  });

  it('sends a bounded finalOutput with workflow.completed and the error with workflow.failed', () => {
    const small = executionFinishedEvent('e1', 'w1', change('completed', { ok: true }));
    expect(small.type).toBe('workflow.completed');
    expect(typeof small.data === 'function' ? small.data() : small.data).toEqual({
      executionId: 'e1', workflowId: 'w1', status: 'completed', completedAt: '2026-01-01T00:00:01.000Z', finalOutput: { ok: true },
    });
    const big = executionFinishedEvent('e1', 'w1', change('completed', { blob: 'x'.repeat(MAX_EVENT_FINAL_OUTPUT_BYTES) }));
    const bigData = typeof big.data === 'function' ? big.data() : big.data;
    expect(bigData.finalOutput).toBeUndefined();
    expect(bigData).toMatchObject({ finalOutputOmitted: true, finalOutputBytes: MAX_EVENT_FINAL_OUTPUT_BYTES + 11 });
    const failed = executionFinishedEvent('e1', 'w1', change('failed', undefined, 'node "x": boom: FLK-0504'));
    expect(failed).toEqual({
      type: 'workflow.failed',
      data: { executionId: 'e1', workflowId: 'w1', status: 'failed', completedAt: '2026-01-01T00:00:01.000Z', errorMessage: 'node "x": boom: FLK-0504' },
    });
  });
});
