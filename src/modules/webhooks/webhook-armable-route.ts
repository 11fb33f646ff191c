import { FlkError } from '../../common/errors';
import { webhookRouteOf } from '../workflows/validation/webhook-triggers';
import type { WorkflowNode } from '../workflows/workflow.types';

/**
 * The route of a node when it is a webhook trigger that activation would accept (webhookRouteOf), else undefined: a
 * trigger activation would refuse cannot be armed either. Imported by the workflows module (through
 * webhook-workflow-cleanup), so it reads the workflows files directly rather than through their index.
 */
export function armableRouteOf(node: WorkflowNode, index: number): { method: string; path: string } | undefined {
  try {
    return webhookRouteOf(node, index);
  } catch (error) {
    if (error instanceof FlkError) return undefined;
    throw error;
  }
}
