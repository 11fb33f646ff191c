import type { components } from '../../generated';
import { maskNodeData } from './node-secrets';
import type { Workflow } from './workflow.types';

type WorkflowOutput = components['schemas']['WorkflowOutput'];
type WorkflowCreateOutput = components['schemas']['WorkflowCreateOutput'];

/** Workflows are not versioned; the create answer always carries this constant. */
export const WORKFLOW_DEFINITION_VERSION = '1.0.0';

const isEmptyObject = (value: object | undefined) => value === undefined || Object.keys(value).length === 0;

/**
 * API shape of a stored workflow: optional fields are omitted when empty, lists are never null, secret leaves of
 * node data are masked.
 */
export function toWorkflowOutput(workflow: Workflow): WorkflowOutput {
  return {
    id: workflow.id,
    name: workflow.name,
    ...(workflow.description ? { description: workflow.description } : {}),
    status: workflow.status,
    nodes: workflow.nodes.map((node) => ({
      id: node.id,
      type: node.type,
      ...(node.name ? { name: node.name } : {}),
      position: { x: node.position.x, y: node.position.y },
      ...(isEmptyObject(node.data) ? {} : { data: maskNodeData(node.data!) }),
    })),
    edges: workflow.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ...(edge.sourceHandle ? { sourceHandle: edge.sourceHandle } : {}),
      ...(edge.condition ? { condition: edge.condition } : {}),
      ...(edge.label ? { label: edge.label } : {}),
    })),
    ...(isEmptyObject(workflow.metadata) ? {} : { metadata: workflow.metadata }),
    createdAt: workflow.createdAt,
    updatedAt: workflow.updatedAt,
  };
}

export function toCreateOutput(workflow: Workflow): WorkflowCreateOutput {
  return { workflowId: workflow.id, version: WORKFLOW_DEFINITION_VERSION, status: 'draft', createdAt: workflow.createdAt };
}
