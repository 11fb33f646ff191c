import type { ExecutionRecord, StepRecord } from '../../../src/modules/executions/execution.types';
import type { Workflow, WorkflowNode } from '../../../src/modules/workflows/workflow.types';
import { resumeProblem } from '../../../src/engine/runtime/execution-resumption';

const node = (id: string, type: WorkflowNode['type']): WorkflowNode => ({ id, type, position: { x: 0, y: 0 }, data: {} }) as WorkflowNode;
const workflowOf = (nodes: WorkflowNode[]) => ({ id: 'w', nodes, edges: [] }) as unknown as Workflow;
const execution = (totalSteps: number): ExecutionRecord =>
  ({ id: 'x', workflowId: 'w', status: 'running', totalSteps, deadlineAt: new Date(Date.now() + 60_000).toISOString() }) as ExecutionRecord;
const step = (nodeId: string, nodeType: string): StepRecord => ({ nodeId, nodeType, status: 'completed' }) as StepRecord;

describe('resumeProblem', () => {
  const started = [node('t', 'trigger'), node('a', 'action'), node('b', 'action')];

  it('resumes a run whose workflow is as it started', () => {
    expect(resumeProblem(execution(2), [step('a', 'action')], workflowOf(started))).toBeUndefined();
  });

  it('refuses a run whose workflow gained a node since it started: it would take more steps than it counted', () => {
    const grown = workflowOf([...started, node('c', 'action')]);
    expect(resumeProblem(execution(2), [step('a', 'action')], grown)).toMatch(/workflow changed since the execution started \(3 steps now, 2 then\): FLK-0504$/);
  });

  it('refuses a run whose recorded step names a node the workflow no longer has', () => {
    const shrunk = workflowOf([node('t', 'trigger'), node('b', 'action'), node('c', 'action')]);
    expect(resumeProblem(execution(2), [step('a', 'action')], shrunk)).toMatch(/\(node "a"\): FLK-0504$/);
  });
});
