import { FlkError } from '../../../src/common/errors';
import { assertGraphIsSound, assertRunnable, findCycle } from '../../../src/modules/workflows/validation/graph';
import type { WorkflowEdge, WorkflowNode } from '../../../src/modules/workflows/workflow.types';

const node = (id: string, type: WorkflowNode['type'] = 'action'): WorkflowNode => ({ id, type, position: { x: 0, y: 0 } });
const edge = (source: string, target: string): WorkflowEdge => ({ id: `${source}>${target}`, source, target });

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    if (err instanceof FlkError) return err.code;
    throw err;
  }
}

describe('workflow graph rules', () => {
  it('accepts an acyclic graph with diamonds', () => {
    const nodes = ['t', 'a', 'b', 'c'].map((id) => node(id));
    expect(codeOf(() => assertGraphIsSound({ nodes, edges: [edge('t', 'a'), edge('t', 'b'), edge('a', 'c'), edge('b', 'c')] }))).toBeUndefined();
  });

  it('rejects duplicate node ids with FLK-0122 naming the second one', () => {
    try {
      assertGraphIsSound({ nodes: [node('a'), node('b'), node('a')], edges: [] });
      throw new Error('expected a failure');
    } catch (err) {
      expect((err as FlkError).code).toBe('FLK-0122');
      expect((err as FlkError).fields).toEqual({ 'nodes[2].id': expect.any(String) });
    }
  });

  it('rejects duplicate edge ids with FLK-0130 naming the second one, before checking its ends', () => {
    const nodes = ['a', 'b', 'c'].map((id) => node(id));
    for (const again of [{ ...edge('a', 'c'), id: 'a>b' }, { ...edge('a', 'ghost'), id: 'a>b' }]) {
      try {
        assertGraphIsSound({ nodes, edges: [edge('a', 'b'), edge('b', 'c'), again] });
        throw new Error('expected a failure');
      } catch (err) {
        expect((err as FlkError).code).toBe('FLK-0130');
        expect((err as FlkError).fields).toEqual({ 'edges[2].id': 'must be unique within the workflow' });
      }
    }
  });

  it('rejects edges to or from unknown nodes with FLK-0115', () => {
    expect(codeOf(() => assertGraphIsSound({ nodes: [node('a')], edges: [edge('a', 'b')] }))).toBe('FLK-0115');
    expect(codeOf(() => assertGraphIsSound({ nodes: [node('a')], edges: [edge('', 'a')] }))).toBe('FLK-0115');
  });

  it('rejects cycles, including self-loops, with FLK-0118', () => {
    const nodes = ['a', 'b', 'c'].map((id) => node(id));
    expect(codeOf(() => assertGraphIsSound({ nodes, edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')] }))).toBe('FLK-0118');
    expect(codeOf(() => assertGraphIsSound({ nodes, edges: [edge('b', 'b')] }))).toBe('FLK-0118');
  });

  it('finds cycles in long chains without recursion limits', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
    const edges = ids.slice(1).map((id, i) => edge(ids[i], id));
    expect(findCycle({ nodes: [], edges })).toBeUndefined();
    expect(findCycle({ nodes: [], edges: [...edges, edge(ids[ids.length - 1], 'n0')] })).toBeDefined();
  });

  it('activation needs a node (FLK-0112) and a trigger (FLK-0116)', () => {
    expect(codeOf(() => assertRunnable({ nodes: [], edges: [] }))).toBe('FLK-0112');
    expect(codeOf(() => assertRunnable({ nodes: [node('a', 'action')], edges: [] }))).toBe('FLK-0116');
    expect(codeOf(() => assertRunnable({ nodes: [node('a', 'trigger')], edges: [] }))).toBeUndefined();
  });
});
