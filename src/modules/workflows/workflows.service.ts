import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor';
import { Database } from '../../database/database.service';
import { CreateWorkflowInput, UpdateWorkflowInput, type components } from '../../generated';
import { AuditWriter, type AuditActor } from '../audit/audit-writer';
import { CatalogService } from '../catalog/catalog.service';
import { deleteWebhookStateOf, disarmMovedTrigger } from '../webhooks/webhook-workflow-cleanup';
import { cloneNames } from './clone-name';
import { keepUnchangedNodeSecrets } from './node-secrets';
import { nextTimestamp } from './timestamps';
import { checkDefinitionShape, toDefinition } from './validation/definition-shape';
import { WorkflowDefinitionValidator } from './validation/definition.validator';
import { WebhookRoutesRepository } from './webhook-routes.repository';
import { auditWorkflow } from './workflow-audit';
import { canonicalWorkflowName } from './workflow-name';
import { toCreateOutput, toWorkflowOutput } from './workflow-output';
import type { Workflow, WorkflowDefinition, WorkflowStatus } from './workflow.types';
import { WORKFLOW_SORT_FIELDS, WorkflowsRepository, type WorkflowSortField } from './workflows.repository';

type WorkflowOutput = components['schemas']['WorkflowOutput'];
type WorkflowCreateOutput = components['schemas']['WorkflowCreateOutput'];

export interface WorkflowListParams {
  readonly status?: WorkflowStatus;
  readonly limit: number;
  readonly cursor?: string;
  readonly sortBy: WorkflowSortField;
  readonly sortOrder: 'ASC' | 'DESC';
}

/** Default names are tried this many at a time. */
const CLONE_NAME_BATCH = 20;
/** Beyond this many copies a caller has to choose the name. */
const MAX_CLONE_NUMBER = 10_000;

/** Workflow content: create, read, list, update, delete, clone. Status transitions live in WorkflowLifecycleService. */
@Injectable()
export class WorkflowsService {
  constructor(
    private readonly db: Database,
    private readonly workflows: WorkflowsRepository,
    private readonly routes: WebhookRoutesRepository,
    private readonly validator: WorkflowDefinitionValidator,
    private readonly catalog: CatalogService,
    private readonly audit: AuditWriter,
  ) {}

  async list(params: WorkflowListParams): Promise<Page<WorkflowOutput>> {
    const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor, WORKFLOW_SORT_FIELDS);
    if (after && (after.sortBy !== params.sortBy || after.sortOrder !== params.sortOrder || typeof after.value !== 'string')) {
      throw new FlkError(
        'FLK-0008',
        'The cursor belongs to a different sort: send the same sortBy and sortOrder as the request that returned it.',
      );
    }
    const rows = await this.db.read((m) =>
      this.workflows.list(m, { status: params.status, sortBy: params.sortBy, sortOrder: params.sortOrder, take: params.limit + 1, after }),
    );
    return toPage(rows, params.limit, toWorkflowOutput, (row) => ({
      sortBy: params.sortBy,
      sortOrder: params.sortOrder,
      value: row[params.sortBy],
      id: row.id,
    }));
  }

  async get(id: string): Promise<WorkflowOutput> {
    return toWorkflowOutput(await this.db.read((m) => this.load(m, id)));
  }

  async create(input: CreateWorkflowInput, actor: AuditActor, auditExtra: Record<string, string> = {}): Promise<WorkflowCreateOutput> {
    const definition: WorkflowDefinition = { metadata: {}, ...toDefinition(input) };
    const now = new Date().toISOString();
    const workflow: Workflow = { ...definition, id: randomUUID(), status: 'draft', createdAt: now, updatedAt: now };
    await this.db.write(async (m) => {
      await this.validator.assertSavable(definition, m);
      await this.workflows.insert(m, workflow);
      await auditWorkflow(this.audit, m, actor, 'created', workflow, auditExtra);
    });
    return toCreateOutput(workflow);
  }

  /** The template checks its params (FLK-0240/0242), then its workflow goes through the normal create path. */
  async createFromTemplate(templateId: string, params: unknown, actor: AuditActor): Promise<WorkflowCreateOutput> {
    const draft = this.catalog.buildWorkflowFromTemplate(templateId, params);
    return this.create(checkDefinitionShape(draft), actor, { 'workflow.templateId': templateId });
  }

  /**
   * PUT semantics: name, description, nodes and edges are replaced (omitted ones cleared), metadata is merged key by
   * key. The status is checked before the body, so editing a non-draft is always 422 FLK-0103.
   */
  async update(id: string, body: unknown, actor: AuditActor): Promise<WorkflowOutput> {
    return this.db.write(async (m) => {
      const current = await this.load(m, id);
      if (current.status !== 'draft') {
        throw new FlkError('FLK-0103', `The workflow is ${current.status}; only a draft can be updated (move it back to draft first).`);
      }
      const input = checkDefinitionShape(body, UpdateWorkflowInput);
      const sent = toDefinition(input);
      // Masked secrets sent back unchanged keep their stored values.
      const replacement = { ...sent, nodes: keepUnchangedNodeSecrets(sent.nodes, current.nodes) };
      const definition: WorkflowDefinition = { ...replacement, metadata: { ...current.metadata, ...replacement.metadata } };
      await this.validator.assertSavable(definition, m);
      const updatedAt = nextTimestamp(current.updatedAt);
      if (!(await this.workflows.replaceDraft(m, id, current, definition, updatedAt))) throw changedMeanwhile();
      await disarmMovedTrigger(m, id, definition.nodes);
      const updated: Workflow = { ...definition, id, status: 'draft', createdAt: current.createdAt, updatedAt };
      await auditWorkflow(this.audit, m, actor, 'updated', updated);
      return toWorkflowOutput(updated);
    });
  }

  /** Hard delete of a draft or inactive workflow with its webhook secrets and arms; executions are kept. */
  async delete(id: string, actor: AuditActor): Promise<void> {
    await this.db.write(async (m) => {
      const current = await this.load(m, id);
      if (current.status === 'active') {
        throw new FlkError('FLK-0103', 'The workflow is active; deactivate it before deleting it.');
      }
      await this.routes.releaseAll(m, id);
      if (!(await this.workflows.delete(m, id, current))) throw changedMeanwhile();
      // After the delete: on PostgreSQL it waits for an arm in progress (which holds the workflow's row), so that arm
      // is committed and removed here; removed before, it outlived the workflow and held its route until it expired.
      await deleteWebhookStateOf(m, id);
      await auditWorkflow(this.audit, m, actor, 'deleted', current);
    });
  }

  /**
   * A new draft with the source's description, nodes (secrets included) and edges (metadata is not copied). Without a name the copy is
   * called `<name> (copy)`, `<name> (copy 2)`, … whichever is free.
   */
  async clone(id: string, name: string | undefined, actor: AuditActor): Promise<WorkflowCreateOutput> {
    const source = await this.db.read((m) => this.load(m, id));
    if (name !== undefined) return this.insertCopy(source, canonicalWorkflowName(name), actor);
    let next = 1;
    for (;;) {
      const candidates = cloneNames(source.name, next, CLONE_NAME_BATCH);
      const taken = await this.db.read((m) => this.workflows.namesTaken(m, candidates));
      const free = candidates.findIndex((candidate) => !taken.has(candidate));
      if (free === -1) {
        next += CLONE_NAME_BATCH;
        if (next > MAX_CLONE_NUMBER) throw new FlkError('FLK-0101', 'Every default name for a copy is taken; send a name.');
        continue;
      }
      try {
        return await this.insertCopy(source, candidates[free], actor);
      } catch (err) {
        // A concurrent request took the name between the check and the insert: try the next one. No attempt limit,
        // because every lost race means another copy was stored, and the numbers end at MAX_CLONE_NUMBER; a
        // caller that sent no name must never be told its (default) name is taken while free ones remain.
        if (!(err instanceof FlkError && err.code === 'FLK-0101')) throw err;
        next += free + 1;
        if (next > MAX_CLONE_NUMBER) throw err;
      }
    }
  }

  private async insertCopy(source: Workflow, name: string, actor: AuditActor): Promise<WorkflowCreateOutput> {
    const now = new Date().toISOString();
    const copy: Workflow = {
      id: randomUUID(),
      name,
      ...(source.description !== undefined ? { description: source.description } : {}),
      status: 'draft',
      // JSON copies: structuredClone can build objects of another realm (e.g. under Jest), which the secret walk
      // would not recognise as plain data and so would store unsealed.
      nodes: jsonCopy(source.nodes),
      edges: jsonCopy(source.edges),
      metadata: {},
      createdAt: now,
      updatedAt: now,
    };
    await this.db.write(async (m) => {
      await this.workflows.insert(m, copy);
      await auditWorkflow(this.audit, m, actor, 'created', copy, { 'workflow.clonedFrom': source.id });
    });
    return toCreateOutput(copy);
  }

  private async load(manager: EntityManager, id: string): Promise<Workflow> {
    return loadWorkflow(this.workflows, manager, id);
  }
}

export async function loadWorkflow(workflows: WorkflowsRepository, manager: EntityManager, id: string): Promise<Workflow> {
  const workflow = await workflows.findById(manager, id);
  if (!workflow) throw new FlkError('FLK-0100', `No workflow with id ${id}.`);
  return workflow;
}

const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const changedMeanwhile = () =>
  new FlkError('FLK-0350', 'The workflow changed while the request was being processed; read it again and retry.');
