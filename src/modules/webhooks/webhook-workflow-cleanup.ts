import type { EntityManager } from 'typeorm';
import { WebhookArmEntity } from './webhook-arm.entity';
import { WebhookSecretEntity } from './webhook-secret.entity';

/**
 * Removes a workflow's generated webhook secrets and single-use arms. Called by the workflows module when it deletes
 * the workflow, inside that transaction. A plain function rather than a provider: the webhooks module depends on
 * the workflows module, so the reverse dependency cannot go through Nest injection.
 */
export async function deleteWebhookStateOf(manager: EntityManager, workflowId: string): Promise<void> {
  await manager.delete(WebhookSecretEntity, { workflowId });
  await manager.delete(WebhookArmEntity, { workflowId });
}
