import { Body, Controller, Param, Query } from '@nestjs/common';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
// DTO classes are imported as values: their runtime type is what the validation pipe validates against.
import {
  CloneWorkflowInput,
  CreateWorkflowFromTemplateInput,
  CreateWorkflowInput,
  WorkflowsRoutes,
  type operations,
  type WorkflowsContract,
} from '../../generated';
import type { AuditActor } from '../audit/audit-writer';
import { WorkflowLifecycleService } from './workflow-lifecycle.service';
import { WorkflowsService } from './workflows.service';

type ListQuery = NonNullable<operations['listWorkflows']['parameters']['query']>;

/**
 * Thin HTTP layer. The actor parameters are optional only because the generated contract has no slot for them;
 * Nest always supplies one through @CurrentActor().
 */
@Controller()
export class WorkflowsController implements WorkflowsContract {
  constructor(
    private readonly workflows: WorkflowsService,
    private readonly lifecycle: WorkflowLifecycleService,
  ) {}

  @WorkflowsRoutes.listWorkflows()
  async listWorkflows(@Query() query: ListQuery) {
    // The params guard has validated the query and applied the spec's defaults.
    return this.workflows.list({
      status: query.status,
      limit: query.limit!,
      cursor: query.cursor,
      sortBy: query.sortBy!,
      sortOrder: query.sortOrder!,
    });
  }

  @WorkflowsRoutes.createWorkflow()
  async createWorkflow(@Body() body: CreateWorkflowInput, @CurrentActor() actor?: AuditActor) {
    return this.workflows.create(body, actor!);
  }

  @WorkflowsRoutes.createWorkflowFromTemplate()
  async createWorkflowFromTemplate(@Body() body: CreateWorkflowFromTemplateInput, @CurrentActor() actor?: AuditActor) {
    return this.workflows.createFromTemplate(body.templateId, body.params, actor!);
  }

  @WorkflowsRoutes.getWorkflow()
  async getWorkflow(@Param() path: { id: string }) {
    return this.workflows.get(path.id);
  }

  /**
   * The body is deliberately NOT typed with the DTO class here: the spec promises that editing a non-draft is 422
   * FLK-0103 whatever the body says, so the service checks the status first and then applies the same DTO rules.
   */
  @WorkflowsRoutes.updateWorkflow()
  async updateWorkflow(@Param() path: { id: string }, @Body() body: unknown, @CurrentActor() actor?: AuditActor) {
    return this.workflows.update(path.id, body, actor!);
  }

  @WorkflowsRoutes.deleteWorkflow()
  async deleteWorkflow(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    await this.workflows.delete(path.id, actor!);
  }

  @WorkflowsRoutes.activateWorkflow()
  async activateWorkflow(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    return this.lifecycle.activate(path.id, actor!);
  }

  @WorkflowsRoutes.deactivateWorkflow()
  async deactivateWorkflow(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    return this.lifecycle.deactivate(path.id, actor!);
  }

  @WorkflowsRoutes.moveWorkflowToDraft()
  async moveWorkflowToDraft(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    return this.lifecycle.moveToDraft(path.id, actor!);
  }

  @WorkflowsRoutes.cloneWorkflow()
  async cloneWorkflow(@Param() path: { id: string }, @Body() body: CloneWorkflowInput, @CurrentActor() actor?: AuditActor) {
    return this.workflows.clone(path.id, body.name, actor!);
  }
}
