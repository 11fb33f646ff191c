import { Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import { Database } from '../../database/database.service';
import type { components } from '../../generated';
import { AuditWriter, type AuditActor } from '../audit/audit-writer';
import { auditWorkflow, webhookCallPath, webhookRouteOf, WebhookRoutesRepository, WorkflowsRepository, type Workflow } from '../workflows';
import { WebhookArmsRepository } from './webhook-arms.repository';
import { generateWebhookSecret, hashWebhookSecret } from './webhook-secret-hash';
import { WebhookSecretsRepository } from './webhook-secrets.repository';

type WebhookSecretOutput = components['schemas']['WebhookSecretOutput'];
type ArmWebhookOutput = components['schemas']['ArmWebhookOutput'];

export const DEFAULT_ARM_TTL_SECONDS = 600;

/** Webhook secrets (generate/rotate) and single-use arms of a workflow. Secrets are returned once, stored as hashes. */
@Injectable()
export class WebhookManagementService {
  constructor(
    private readonly db: Database,
    private readonly workflows: WorkflowsRepository,
    private readonly routes: WebhookRoutesRepository,
    private readonly secrets: WebhookSecretsRepository,
    private readonly arms: WebhookArmsRepository,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Who may call a workflow's webhooks changes with a new secret or an arm, so each is audited as an update of the
   * workflow (WORKFLOW_UPDATED, in the same transaction), with `webhook.change` saying which; never the secret.
   */
  async rotateSecret(workflowId: string, actor: AuditActor, overlapSeconds = 0): Promise<WebhookSecretOutput> {
    const secret = generateWebhookSecret();
    const now = new Date();
    const createdAt = now.toISOString();
    const oldValidUntil = new Date(now.getTime() + overlapSeconds * 1000).toISOString();
    const hadOlder = await this.db.write(async (m) => {
      // Locked, as for arms: on PostgreSQL two rotations at once each capped only the secrets committed before they
      // started, so both new secrets (and any others in flight) stayed valid for good; a delete running meanwhile
      // left the new secret behind a workflow that no longer existed.
      const workflow = await this.workflows.findByIdForUpdate(m, workflowId);
      if (!workflow) throw new FlkError('FLK-0100', `No workflow with id ${workflowId}.`);
      const older = await this.secrets.rotate(m, workflowId, hashWebhookSecret(secret), createdAt, oldValidUntil);
      await auditWorkflow(this.audit, m, actor, 'updated', workflow, {
        'webhook.change': 'secret_rotated',
        ...(older ? { 'webhook.overlapUntil': oldValidUntil } : {}),
      });
      return older;
    });
    return { workflowId, secret, createdAt, ...(hadOlder ? { previousSecretsExpireAt: oldValidUntil } : {}) };
  }

  async arm(workflowId: string, actor: AuditActor, ttlSeconds = DEFAULT_ARM_TTL_SECONDS, nodeId?: string): Promise<ArmWebhookOutput> {
    const secret = generateWebhookSecret();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString();
    const trigger = await this.db.write(async (m) => {
      // Locked: concurrent arms of one workflow take turns (each replacing the last), and an activation committing
      // meanwhile is seen. Unlocked, two upserts on PostgreSQL could collide on the route index instead (409).
      const workflow = await this.workflows.findByIdForUpdate(m, workflowId);
      if (!workflow) throw new FlkError('FLK-0100', `No workflow with id ${workflowId}.`);
      if (workflow.status === 'active') {
        throw new FlkError('FLK-0102', 'The workflow is active: its webhook is deployed and accepts every call, so it cannot be armed.');
      }
      const found = webhookTriggerOf(workflow, nodeId);
      const owner = await this.routes.find(m, found.method, found.path);
      const stored = owner
        ? false
        : await this.arms.replace(m, {
            workflowId,
            nodeId: found.nodeId,
            method: found.method,
            path: found.path,
            secretHash: hashWebhookSecret(secret),
            createdAt: now.toISOString(),
            expiresAt,
            consumedAt: null,
          });
      if (!stored) {
        throw new FlkError('FLK-0366', `Another workflow is active or armed on ${found.method} ${found.path}.`);
      }
      await auditWorkflow(this.audit, m, actor, 'updated', workflow, {
        'webhook.change': 'armed',
        'webhook.nodeId': found.nodeId,
        'webhook.expiresAt': expiresAt,
      });
      return found;
    });
    return {
      workflowId,
      nodeId: trigger.nodeId,
      method: trigger.method,
      url: `/v1/webhooks/${webhookCallPath(trigger.path)}`,
      secret,
      expiresAt,
    };
  }
}

/**
 * The webhook trigger to arm: `nodeId`, or the first webhook trigger with a route activation would accept. When a
 * webhook trigger is there but activation would refuse its route, the answer says why (a `TRACE` method, a `/`
 * path …) rather than that there is no trigger with a method and a path.
 */
function webhookTriggerOf(workflow: Workflow, nodeId: string | undefined): { nodeId: string; method: string; path: string } {
  let refused: FlkError | undefined;
  for (const [index, node] of workflow.nodes.entries()) {
    if (nodeId !== undefined && node.id !== nodeId) continue;
    try {
      const route = webhookRouteOf(node, index);
      if (route) return { nodeId: node.id, ...route };
    } catch (error) {
      if (!(error instanceof FlkError)) throw error;
      refused ??= error;
    }
  }
  if (refused) throw new FlkError('FLK-0367', `The webhook trigger cannot be armed: ${refused.message}`, refused.fields);
  throw new FlkError(
    'FLK-0367',
    nodeId === undefined
      ? 'The workflow has no webhook trigger (a trigger node with triggerType "webhook").'
      : workflow.nodes.some((node) => node.id === nodeId)
        ? `Node "${nodeId}" is not a webhook trigger (a trigger node with triggerType "webhook").`
        : `The workflow has no node "${nodeId}".`,
  );
}
