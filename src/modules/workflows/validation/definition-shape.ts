import { BodyValidationPipe } from '../../../common/http/body-validation.pipe';
import { CreateWorkflowInput, UpdateWorkflowInput } from '../../../generated';
import { canonicalWorkflowName } from '../workflow-name';
import type { WorkflowDefinition, WorkflowEdge, WorkflowNode } from '../workflow.types';

const pipe = new BodyValidationPipe();

/** A UUID in any letter case (RFC 9562 §4: case-insensitive on input). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies the spec's field rules (the generated DTO, with its x-flk-codes) to a definition that did not arrive as a
 * validated request body: a template's output, an update checked after its status, a stored workflow being
 * activated. Same mechanism, same codes as the request pipe.
 */
export function checkDefinitionShape(
  candidate: unknown,
  schema: typeof CreateWorkflowInput | typeof UpdateWorkflowInput = CreateWorkflowInput,
): CreateWorkflowInput {
  return pipe.transform(candidate, { type: 'body', metatype: schema }) as CreateWorkflowInput;
}

/**
 * A validated request body as plain data: the name in its stored form (canonicalWorkflowName), optional lists
 * empty, a missing position coordinate 0.
 */
export function toDefinition(input: CreateWorkflowInput | UpdateWorkflowInput): Omit<WorkflowDefinition, 'metadata'> & {
  metadata?: Record<string, unknown>;
} {
  return {
    name: canonicalWorkflowName(input.name),
    ...(input.description !== undefined ? { description: input.description } : {}),
    nodes: (input.nodes ?? []).map(
      (node): WorkflowNode => ({
        id: node.id,
        type: node.type,
        ...(node.name !== undefined ? { name: node.name } : {}),
        position: { x: node.position?.x ?? 0, y: node.position?.y ?? 0 },
        ...(node.data !== undefined ? { data: canonicalNodeData(node.type, node.data) } : {}),
      }),
    ),
    edges: (input.edges ?? []).map(
      (edge): WorkflowEdge => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        ...(edge.sourceHandle !== undefined ? { sourceHandle: edge.sourceHandle } : {}),
        ...(edge.condition !== undefined ? { condition: edge.condition } : {}),
        ...(edge.label !== undefined ? { label: edge.label } : {}),
      }),
    ),
    ...(input.metadata !== undefined ? { metadata: { ...input.metadata } } : {}),
  };
}

/**
 * A copy of node `data` with an executor's `providerConfigId` UUID in lower case, the form ids are stored and looked
 * up in (path ids are lower-cased the same way). Kept as sent, an upper-case id of an existing configuration was
 * "does not exist" (FLK-0150), and no exact-match lookup (the engine, the delete-in-use check) would have found it.
 */
function canonicalNodeData(type: WorkflowNode['type'], data: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...data };
  if (type === 'executor' && typeof copy.providerConfigId === 'string' && UUID.test(copy.providerConfigId)) {
    copy.providerConfigId = copy.providerConfigId.toLowerCase();
  }
  return copy;
}
