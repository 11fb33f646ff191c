import { DeferredLog, FinishCapture, runsWithoutIo } from '../../../src/engine/runtime/in-memory-run';
import type { ExecutionRecord } from '../../../src/modules/executions/execution.types';
import type { Workflow } from '../../../src/modules/workflows/workflow.types';

const workflow = (types: string[]): Workflow =>
  ({ id: 'w', nodes: types.map((type, n) => ({ id: `n${n}`, type, position: { x: 0, y: 0 }, data: {} })), edges: [] }) as unknown as Workflow;

const execution: ExecutionRecord = {
  id: 'e1', workflowId: 'w', status: 'running', inputData: { a: 1 }, currentStepNumber: 0,
  totalSteps: 1, errorMessage: null, finalOutput: undefined, idempotencyKey: null, requestFingerprint: null,
  startedAt: '2026-11-29T10:00:00.000Z', completedAt: null, updatedAt: '2026-11-29T10:00:00.000Z', deadlineAt: '2026-11-29T10:05:00.000Z',
};

describe('in-memory runs', () => {
  it('runsWithoutIo: only executor nodes reach outside the process', () => {
    expect(runsWithoutIo(workflow(['trigger', 'conditional', 'action', 'mystery']))).toBe(true);
    expect(runsWithoutIo(workflow(['trigger', 'action', 'executor']))).toBe(false);
  });

  it('FinishCapture keeps the final write and builds the stored record from it', async () => {
    const capture = new FinishCapture();
    const change = {
      status: 'completed' as const, errorMessage: null, finalOutput: { ok: true },
      currentStepNumber: 1, updatedAt: '2026-11-29T10:00:00.004Z',
    };
    const steps = [{ executionId: 'e1', nodeId: 'n1', stepNumber: 1, stepName: 'n1', nodeType: 'action', status: 'completed' as const, attempts: 1, startedAt: change.updatedAt }];
    await expect(capture.finish('e1', 'w', steps, change)).resolves.toBe(true);
    const finished = capture.finished(execution, new DeferredLog({ log: jest.fn(), error: jest.fn() }));
    expect(finished.record).toEqual({
      ...execution, status: 'completed', currentStepNumber: 1, finalOutput: { ok: true },
      completedAt: change.updatedAt, updatedAt: change.updatedAt,
    });
    expect(finished.steps).toBe(steps);
  });

  it('FinishCapture refuses progress writes and a run that never finished', async () => {
    const capture = new FinishCapture();
    await expect(capture.progress()).rejects.toThrow('cannot write progress');
    expect(() => capture.finished(execution, new DeferredLog({ log: jest.fn(), error: jest.fn() }))).toThrow('without a final write');
  });

  it('DeferredLog writes nothing until flushed, then everything in order, once', () => {
    const target = { log: jest.fn(), error: jest.fn() };
    const log = new DeferredLog(target);
    log.log({ msg: 'first' });
    log.error({ msg: 'second' });
    expect(target.log).not.toHaveBeenCalled();
    log.flush();
    log.flush();
    expect(target.log.mock.calls).toEqual([[{ msg: 'first' }]]);
    expect(target.error.mock.calls).toEqual([[{ msg: 'second' }]]);
  });
});
