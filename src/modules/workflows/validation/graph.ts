import { FlkError } from '../../../common/errors';
import type { WorkflowEdge, WorkflowNode } from '../workflow.types';

/** Keys the engine itself writes in the execution context (docs/engine.md). */
const CONTEXT_KEYS: ReadonlySet<string> = new Set(['workflow', 'output']);

/** Nodes whose result becomes `context[node.id]`: executors and transform actions. */
export function storesResultUnderId(node: WorkflowNode): boolean {
  return node.type === 'executor' || (node.type === 'action' && node.data?.actionType === 'transform');
}

interface Graph {
  readonly nodes: readonly WorkflowNode[];
  readonly edges: readonly WorkflowEdge[];
}

/**
 * Rules that span several nodes/edges (field rules are the DTO's): node ids are unique and an executor or transform
 * node does not take one of the context's own keys as its id (FLK-0122), edge ids are unique (FLK-0130), every edge
 * joins two nodes of this workflow (FLK-0115) and the edges form no cycle (FLK-0118), since the engine would stop at
 * the first re-entered node.
 */
export function assertGraphIsSound(graph: Graph): void {
  const seen = new Set<string>();
  graph.nodes.forEach((node, index) => {
    if (seen.has(node.id)) {
      throw new FlkError('FLK-0122', `Node id "${node.id}" is used by more than one node.`, {
        [`nodes[${index}].id`]: 'must be unique within the workflow',
      });
    }
    if (CONTEXT_KEYS.has(node.id) && storesResultUnderId(node)) {
      throw new FlkError(
        'FLK-0122',
        `Node id "${node.id}" is one of the execution context's own keys (workflow: the input, output: the set_output ` +
          'object); an executor or transform node stores its result under its id and would replace it.',
        { [`nodes[${index}].id`]: 'must not be "workflow" or "output" for an executor or transform node' },
      );
    }
    seen.add(node.id);
  });

  const seenEdges = new Set<string>();
  graph.edges.forEach((edge, index) => {
    // An edge id is how errors and failed edge conditions point at one edge; a shared one points at two.
    if (seenEdges.has(edge.id)) {
      throw new FlkError('FLK-0130', `Edge id "${edge.id}" is used by more than one edge.`, {
        [`edges[${index}].id`]: 'must be unique within the workflow',
      });
    }
    seenEdges.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      if (!seen.has(edge[end])) {
        throw new FlkError('FLK-0115', `Edge "${edge.id}" ${end} "${edge[end]}" is not a node of this workflow.`, {
          [`edges[${index}].${end}`]: 'must be the id of a node of this workflow',
        });
      }
    }
  });

  assertBranchHandles(graph, { required: false });

  const cycleAt = findCycle(graph);
  if (cycleAt !== undefined) {
    throw new FlkError('FLK-0118', `The edges form a cycle through node "${cycleAt}"; workflows must be acyclic.`);
  }
}

/** The branches a conditional node offers its outgoing edges (the engine follows the one its condition picks). */
const BRANCHES: ReadonlySet<string> = new Set(['true', 'false']);

/**
 * Every edge leaving a conditional node belongs to one of its branches, `sourceHandle` "true" or "false": the engine
 * follows only the edges of the branch taken, so an edge with another handle ("yes", "True") was saved and then never
 * taken, without a word. A missing handle is the same dead edge, but a draft may be saved half-drawn: it is refused
 * when `required` (activation).
 */
export function assertBranchHandles(graph: Graph, { required }: { required: boolean }): void {
  const conditionals = new Set(graph.nodes.filter((node) => node.type === 'conditional').map((node) => node.id));
  graph.edges.forEach((edge, index) => {
    if (!conditionals.has(edge.source)) return;
    const handle = edge.sourceHandle ?? '';
    if (BRANCHES.has(handle) || (handle === '' && !required)) return;
    const found = handle === '' ? 'has no sourceHandle' : `has sourceHandle ${JSON.stringify(handle)}`;
    throw new FlkError('FLK-0115', `Edge "${edge.id}" leaves conditional node "${edge.source}" but ${found}; use "true" or "false" for the branch it belongs to.`, {
      [`edges[${index}].sourceHandle`]: 'must be "true" or "false" on an edge leaving a conditional node',
    });
  });
}

/** Activation needs something to run and a way to start it. */
export function assertRunnable(graph: Graph): void {
  if (graph.nodes.length === 0) {
    throw new FlkError('FLK-0112', 'The workflow has no nodes; add at least a trigger before activating it.');
  }
  if (!graph.nodes.some((node) => node.type === 'trigger')) {
    throw new FlkError('FLK-0116', 'The workflow has no trigger node, so nothing could start it.');
  }
}

/** Returns a node on a cycle, or undefined. Iterative depth-first search, so deep graphs cannot overflow the stack. */
export function findCycle(graph: Graph): string | undefined {
  const next = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const targets = next.get(edge.source) ?? [];
    targets.push(edge.target);
    next.set(edge.source, targets);
  }
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: Array<{ id: string; index: number }> = [{ id: start, index: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const targets = next.get(frame.id) ?? [];
      if (frame.index >= targets.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const target = targets[frame.index++];
      const seen = state.get(target);
      if (seen === 'open') return target;
      if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ id: target, index: 0 });
      }
    }
  }
  return undefined;
}
