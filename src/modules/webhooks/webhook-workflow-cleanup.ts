import type { EntityManager } from 'typeorm';
import type { WorkflowNode } from '../workflows/workflow.types';
import { WebhookArmEntity } from './webhook-arm.entity';
import { armableRouteOf } from './webhook-armable-route';
import { WebhookSecretEntity } from './webhook-secret.entity';

/**
 * Removes a workflow's generated webhook secrets and single-use arms. Called by the workflows module when it deletes
 * the workflow, inside that transaction. A plain function rather than a provider: the webhooks module depends on
 * the workflows module, so the reverse dependency cannot go through Nest injection.
 */
export async function deleteWebhookStateOf(manager: EntityManager, workflowId: string): Promise<void> {
  await manager.delete(WebhookSecretEntity, { workflowId });
  await disarmWorkflow(manager, workflowId);
}

/**
 * Drops the workflow's single-use arm, if any: when it is deleted, when a draft edit moves the armed trigger, and when
 * it is activated (the workflows module calls it inside that transaction). A deployed workflow has no use for an arm
 * (its route takes every call), and one left in place came back to life when the workflow was deactivated: the route
 * kept answering the old arm's secret, running a workflow its owner had just stopped.
 */
export async function disarmWorkflow(manager: EntityManager, workflowId: string): Promise<void> {
  await manager.delete(WebhookArmEntity, { workflowId });
}

/**
 * Drops the workflow's arm when a draft edit moved its trigger to another method or path, or removed it; called by
 * the workflows module when it saves a draft, inside that transaction (so every instance sees both at once). The arm
 * holds the route its trigger declared when armed: left in place, that route would start a draft that no longer
 * declares it (or fail without the trigger) and stay closed to other workflows until the arm expired. Any other
 * edit keeps the arm, and its call runs the draft as saved. Resolves whether the arm was dropped.
 */
export async function disarmMovedTrigger(manager: EntityManager, workflowId: string, nodes: readonly WorkflowNode[]): Promise<boolean> {
  const arm = await manager.findOne(WebhookArmEntity, { where: { workflowId } });
  if (!arm) return false;
  const index = nodes.findIndex((node) => node.id === arm.nodeId);
  const route = index < 0 ? undefined : armableRouteOf(nodes[index], index);
  if (route && route.method === arm.method && route.path === arm.path) return false;
  await disarmWorkflow(manager, workflowId);
  return true;
}
