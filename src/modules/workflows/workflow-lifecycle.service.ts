import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import { Database } from '../../database/database.service';
import type { components } from '../../generated';
import { AuditWriter, type AuditActor } from '../audit/audit-writer';
import { disarmWorkflow } from '../webhooks/webhook-workflow-cleanup';
import { nextTimestamp } from './timestamps';
import { WorkflowDefinitionValidator } from './validation/definition.validator';
import { webhookRoutesOf } from './validation/webhook-triggers';
import { WebhookRoutesRepository } from './webhook-routes.repository';
import { auditWorkflow, type WorkflowEvent } from './workflow-audit';
import { toWorkflowOutput } from './workflow-output';
import type { Workflow, WorkflowStatus } from './workflow.types';
import { WorkflowsRepository } from './workflows.repository';
import { changedMeanwhile, loadWorkflow } from './workflows.service';

type WorkflowOutput = components['schemas']['WorkflowOutput'];

/**
 * draft → active → inactive → draft. Each transition runs in one transaction: read, check, route changes, a
 * compare-and-set on the version read (409 FLK-0350 when another writer got there first), audit.
 */
@Injectable()
export class WorkflowLifecycleService {
  constructor(
    private readonly db: Database,
    private readonly workflows: WorkflowsRepository,
    private readonly routes: WebhookRoutesRepository,
    private readonly validator: WorkflowDefinitionValidator,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * Validates the whole workflow again (it may have gone stale since it was saved, e.g. a provider configuration
   * was disabled), then checks the status, then claims its webhook routes (and drops its single-use arm).
   */
  activate(id: string, actor: AuditActor): Promise<WorkflowOutput> {
    return this.db.write(async (m) => {
      const current = await loadWorkflow(this.workflows, m, id);
      await this.validator.assertActivatable(current, m);
      assertStatus(current, 'draft', 'activated');
      const pathOf = (route: { nodeId: string }) => `nodes[${current.nodes.findIndex((node) => node.id === route.nodeId)}].data.path`;
      await this.routes.claim(m, webhookRoutesOf(id, current.nodes), pathOf);
      const activated = await this.transition(m, current, 'active', 'activated', actor);
      // After the status change: on PostgreSQL it waits for an arm in progress (which holds the workflow's row), so
      // that arm is committed and dropped here; dropped before, an arm committing meanwhile would outlive activation.
      await disarmWorkflow(m, id);
      return activated;
    });
  }

  /** Stops new executions and releases the webhook routes; running executions finish. */
  deactivate(id: string, actor: AuditActor): Promise<WorkflowOutput> {
    return this.db.write(async (m) => {
      const current = await loadWorkflow(this.workflows, m, id);
      assertStatus(current, 'active', 'deactivated');
      await this.routes.releaseAll(m, id);
      return this.transition(m, current, 'inactive', 'deactivated', actor);
    });
  }

  moveToDraft(id: string, actor: AuditActor): Promise<WorkflowOutput> {
    return this.db.write(async (m) => {
      const current = await loadWorkflow(this.workflows, m, id);
      assertStatus(current, 'inactive', 'moved back to draft');
      return this.transition(m, current, 'draft', 'drafted', actor);
    });
  }

  private async transition(
    m: EntityManager,
    current: Workflow,
    status: WorkflowStatus,
    event: WorkflowEvent,
    actor: AuditActor,
  ): Promise<WorkflowOutput> {
    const updatedAt = nextTimestamp(current.updatedAt);
    if (!(await this.workflows.changeStatus(m, current.id, current, status, updatedAt))) throw changedMeanwhile();
    const changed: Workflow = { ...current, status, updatedAt };
    await auditWorkflow(this.audit, m, actor, event, changed);
    return toWorkflowOutput(changed);
  }
}

function assertStatus(workflow: Workflow, required: WorkflowStatus, verb: string): void {
  if (workflow.status !== required) {
    // Plural, so that no article has to agree with the status ("a active").
    throw new FlkError('FLK-0102', `The workflow is ${workflow.status}; only ${required} workflows can be ${verb}.`);
  }
}
