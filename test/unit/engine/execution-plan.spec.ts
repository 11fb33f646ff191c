import { buildPlan, countSteps, JoinTracker, planOf, PlanError } from '../../../src/engine/runtime/execution-plan';
import type { Workflow, WorkflowEdge, WorkflowNode } from '../../../src/modules/workflows/workflow.types';

const node = (id: string, type: string = 'action'): WorkflowNode => ({ id, type: type as WorkflowNode['type'], position: { x: 0, y: 0 } });
const edge = (source: string, target: string): WorkflowEdge => ({ id: `${source}-${target}`, source, target });

describe('planOf', () => {
  const workflow = (nodes: WorkflowNode[], edges: WorkflowEdge[]): Workflow => ({
    id: 'w', name: 'w', status: 'active', nodes, edges, metadata: {}, createdAt: '', updatedAt: '',
  });

  it('builds the plan of a workflow object once and shares it; another object (a new version) gets its own', () => {
    const v1 = workflow([node('t', 'trigger'), node('a')], [edge('t', 'a')]);
    const v2 = workflow([node('t', 'trigger'), node('a'), node('b')], [edge('t', 'a'), edge('a', 'b')]);
    expect(planOf(v1)).toBe(planOf(v1));
    expect(planOf(v2)).not.toBe(planOf(v1));
    expect(planOf(v2).reachable).toEqual(expect.arrayContaining(['t', 'a', 'b']));
  });

  it('throws the same PlanError on every call for a workflow that cannot run', () => {
    const broken = workflow([node('a')], []);
    let first: unknown;
    try {
      planOf(broken);
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(PlanError);
    expect(() => planOf(broken)).toThrow(first as Error);
  });
});

describe('buildPlan', () => {
  it('starts at the first trigger and counts incoming edges of reachable nodes only', () => {
    const plan = buildPlan(
      [node('orphan'), node('t', 'trigger'), node('a'), node('b'), node('join'), node('t2', 'trigger')],
      [edge('t', 'a'), edge('t', 'b'), edge('a', 'join'), edge('b', 'join'), edge('orphan', 'join')],
    );
    expect(plan.entry.id).toBe('t');
    expect(plan.incoming.get('join')).toBe(2); // the edge from the unreachable node is not waited for
    expect(plan.incoming.has('orphan')).toBe(false);
    expect(plan.incoming.has('t2')).toBe(false);
    expect(plan.reachable).toHaveLength(4);
  });

  it('rejects a workflow without trigger, a dangling edge and a reachable cycle', () => {
    expect(() => buildPlan([node('a')], [])).toThrow(/no trigger.*FLK-0504$/);
    expect(() => buildPlan([node('t', 'trigger')], [edge('t', 'ghost')])).toThrow(/unknown node "ghost": FLK-0504$/);
    expect(() => buildPlan([node('t', 'trigger'), node('a'), node('b')], [edge('t', 'a'), edge('a', 'b'), edge('b', 'a')])).toThrow(
      PlanError,
    );
    expect(() => buildPlan([node('t', 'trigger'), node('a'), node('b')], [edge('t', 'a'), edge('a', 'b'), edge('b', 'a')])).toThrow(
      /cycle detected at node "(a|b)": FLK-0508$/,
    );
  });

  it('starts at the entry trigger it is given: only that trigger\'s branch is reachable', () => {
    const nodes = [node('t1', 'trigger'), node('t2', 'trigger'), node('a'), node('b'), node('join')];
    const edges = [edge('t1', 'a'), edge('t2', 'b'), edge('a', 'join'), edge('b', 'join')];
    const plan = buildPlan(nodes, edges, 't2');
    expect(plan.entry.id).toBe('t2');
    expect(plan.reachable).toEqual(expect.arrayContaining(['t2', 'b', 'join']));
    expect(plan.reachable).toHaveLength(3);
    expect(plan.incoming.get('join')).toBe(1);
    expect(() => buildPlan(nodes, edges, 'gone')).toThrow(/trigger node "gone" .* no longer in the workflow: FLK-0504$/);
    expect(() => buildPlan(nodes, edges, 'a')).toThrow(/node "a" .* is not a trigger: FLK-0504$/);
    // planOf keeps one plan per entry.
    const wf: Workflow = { id: 'w', name: 'w', status: 'active', nodes, edges, metadata: {}, createdAt: '', updatedAt: '' };
    expect(planOf(wf, 't2')).toBe(planOf(wf, 't2'));
    expect(planOf(wf).entry.id).toBe('t1');
    expect(planOf(wf, null).entry.id).toBe('t1');
  });

  it('counts every non-trigger node as a step', () => {
    expect(countSteps([node('t', 'trigger'), node('a'), node('x', 'mystery'), node('t2', 'trigger')])).toBe(2);
  });
});

describe('JoinTracker', () => {
  const plan = buildPlan(
    [node('t', 'trigger'), node('a'), node('b'), node('join')],
    [edge('t', 'a'), edge('t', 'b'), edge('a', 'join'), edge('b', 'join')],
  );

  it('makes a join ready only once all incoming edges are resolved, running when one was taken', () => {
    const joins = new JoinTracker(plan);
    expect(joins.resolve(edge('a', 'join'), false)).toBeUndefined();
    expect(joins.resolve(edge('b', 'join'), true)).toEqual({ nodeId: 'join', run: true });
  });

  it('skips a join none of whose incoming edges was taken', () => {
    const joins = new JoinTracker(plan);
    joins.resolve(edge('a', 'join'), false);
    expect(joins.resolve(edge('b', 'join'), false)).toEqual({ nodeId: 'join', run: false });
  });
});
