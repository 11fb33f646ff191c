/** The three lifecycle states (see the lifecycle table in docs/compatibility.md and the spec). */
export type WorkflowStatus = 'draft' | 'active' | 'inactive';

export type NodeType = 'trigger' | 'executor' | 'conditional' | 'action';

export interface WorkflowNode {
  id: string;
  type: NodeType;
  name?: string;
  position: { x: number; y: number };
  data?: Record<string, unknown>;
}

export interface WorkflowEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string;
  condition?: string;
  label?: string;
}

/** What a client defines: everything except identity, status and timestamps. */
export interface WorkflowDefinition {
  name: string;
  description?: string;
  nodes: WorkflowNode[];
  edges: WorkflowEdge[];
  metadata: Record<string, unknown>;
}

/** A stored workflow as the service sees it. */
export interface Workflow extends WorkflowDefinition {
  readonly id: string;
  readonly status: WorkflowStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
}
