import type { Workflow, WorkflowEdge, WorkflowNode } from '../../modules/workflows/workflow.types';

/** A workflow that cannot be walked at all; the message ends with the FLK code the execution records. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

/**
 * The part of a workflow the engine walks, prepared once per run: the entry trigger, each node's outgoing edges in
 * array order, and how many incoming edges each reachable node waits for (join semantics, docs/engine.md).
 */
export interface ExecutionPlan {
  readonly entry: WorkflowNode;
  readonly nodes: ReadonlyMap<string, WorkflowNode>;
  readonly outgoing: ReadonlyMap<string, readonly WorkflowEdge[]>;
  /** Incoming edges from reachable nodes only: edges from nodes the run can never reach would never resolve. */
  readonly incoming: ReadonlyMap<string, number>;
  /** Reachable nodes in a valid execution order (used to size and to check the plan). */
  readonly reachable: readonly string[];
}

/** Non-trigger nodes, counted when an execution starts (`totalSteps`). */
export function countSteps(nodes: readonly WorkflowNode[]): number {
  return nodes.filter((node) => node.type !== 'trigger').length;
}

const plans = new WeakMap<Workflow, Map<string, ExecutionPlan | PlanError>>();
/** Key of the plan that starts at the first trigger (an entry node id is never this: ids are non-empty). */
const FIRST_TRIGGER = '';

/**
 * The plan of a workflow from one entry trigger (`entryNodeId`; absent: the first trigger), built once per workflow
 * object and entry: executions of a busy workflow share the parsed copy (WorkflowDefinitions), which nothing
 * modifies, so they share its plans too. Throws the PlanError every time.
 */
export function planOf(workflow: Workflow, entryNodeId?: string | null): ExecutionPlan {
  let byEntry = plans.get(workflow);
  if (!byEntry) {
    byEntry = new Map();
    plans.set(workflow, byEntry);
  }
  const key = entryNodeId ?? FIRST_TRIGGER;
  let plan = byEntry.get(key);
  if (!plan) {
    try {
      plan = buildPlan(workflow.nodes, workflow.edges, entryNodeId ?? undefined);
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      plan = error;
    }
    byEntry.set(key, plan);
  }
  if (plan instanceof PlanError) throw plan;
  return plan;
}

/**
 * Builds the plan from `entryNodeId` (absent: the first trigger) or explains why the workflow cannot run: no such
 * trigger, an edge to an unknown node (FLK-0504), or a cycle among reachable nodes (FLK-0508; activation rejects
 * cycles, this guards older or hand-edited data).
 */
export function buildPlan(nodes: readonly WorkflowNode[], edges: readonly WorkflowEdge[], entryNodeId?: string): ExecutionPlan {
  const byId = new Map<string, WorkflowNode>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const entry = entryNodeId === undefined ? nodes.find((node) => node.type === 'trigger') : byId.get(entryNodeId);
  if (!entry) {
    throw new PlanError(
      entryNodeId === undefined
        ? 'workflow has no trigger node to start from: FLK-0504'
        : `the trigger node "${entryNodeId}" the execution started from is no longer in the workflow: FLK-0504`,
    );
  }
  if (entry.type !== 'trigger') throw new PlanError(`node "${entry.id}" the execution started from is not a trigger: FLK-0504`);

  const outgoing = new Map<string, WorkflowEdge[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      if (!byId.has(end)) throw new PlanError(`edge "${edge.id}" refers to unknown node "${end}": FLK-0504`);
    }
    const list = outgoing.get(edge.source) ?? [];
    list.push(edge);
    outgoing.set(edge.source, list);
  }

  const reachableSet = new Set<string>([entry.id]);
  const stack = [entry.id];
  while (stack.length > 0) {
    for (const edge of outgoing.get(stack.pop()!) ?? []) {
      if (!reachableSet.has(edge.target)) {
        reachableSet.add(edge.target);
        stack.push(edge.target);
      }
    }
  }

  const incoming = new Map<string, number>();
  for (const id of reachableSet) incoming.set(id, 0);
  for (const edge of edges) {
    if (reachableSet.has(edge.source)) incoming.set(edge.target, incoming.get(edge.target)! + 1);
  }

  // Kahn's algorithm: a reachable node that never reaches zero pending edges sits on a cycle.
  const remaining = new Map(incoming);
  const order: string[] = [];
  const ready = [...reachableSet].filter((id) => remaining.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.pop()!;
    order.push(id);
    for (const edge of outgoing.get(id) ?? []) {
      const left = remaining.get(edge.target)! - 1;
      remaining.set(edge.target, left);
      if (left === 0) ready.push(edge.target);
    }
  }
  if (order.length !== reachableSet.size || remaining.get(entry.id) !== 0) {
    const stuck = [...reachableSet].find((id) => remaining.get(id)! > 0) ?? entry.id;
    throw new PlanError(`cycle detected at node "${stuck}": FLK-0508`);
  }

  return { entry, nodes: byId, outgoing, incoming, reachable: order };
}

/**
 * Join bookkeeping of one run: a node becomes ready once every incoming edge is resolved, and runs when at least
 * one of them was taken; otherwise it is skipped (and so are its own outgoing edges).
 */
export class JoinTracker {
  private readonly pending: Map<string, number>;
  private readonly taken = new Set<string>();

  constructor(private readonly plan: ExecutionPlan) {
    this.pending = new Map(plan.incoming);
  }

  /** Resolves one edge; returns the target when that was its last unresolved incoming edge. */
  resolve(edge: WorkflowEdge, isTaken: boolean): { nodeId: string; run: boolean } | undefined {
    if (isTaken) this.taken.add(edge.target);
    const left = (this.pending.get(edge.target) ?? 0) - 1;
    this.pending.set(edge.target, left);
    if (left !== 0) return undefined;
    return { nodeId: edge.target, run: this.taken.has(edge.target) };
  }

  outgoing(nodeId: string): readonly WorkflowEdge[] {
    return this.plan.outgoing.get(nodeId) ?? [];
  }
}
