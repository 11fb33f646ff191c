import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import { SecretBox } from '../../common/secrets';
import type { KeysetPosition } from '../../common/pagination/cursor';
import { afterKeyset } from '../../common/pagination/keyset-query';
import { dialectSql } from '../../database/dialect-sql';
import { WORKFLOW_NAME_INDEX } from '../../database/migrations/1764400000002-workflows';
import { isUniqueViolation } from '../../database/unique-violation';
import { lockedUntilCommit } from '../../database/row-lock';
import { openNodeSecrets, sealNodeSecrets } from './node-secrets';
import { WorkflowEntity } from './workflow.entity';
import type { Workflow, WorkflowDefinition, WorkflowStatus } from './workflow.types';

export const WORKFLOW_SORT_FIELDS = ['createdAt', 'updatedAt', 'name'] as const;
export type WorkflowSortField = (typeof WORKFLOW_SORT_FIELDS)[number];

export interface WorkflowListQuery {
  readonly status?: WorkflowStatus;
  readonly sortBy: WorkflowSortField;
  readonly sortOrder: 'ASC' | 'DESC';
  /** Rows to read: the page size plus one, so the caller can tell whether another page exists. */
  readonly take: number;
  readonly after?: KeysetPosition;
}

/** The version a writer read: its compare-and-set only applies if the row still looks like this. */
export interface ReadVersion {
  readonly status: WorkflowStatus;
  readonly updatedAt: string;
}

/** PostgreSQL names the index; SQLite names the column. */
const isDuplicateName = (err: unknown) => isUniqueViolation(err, WORKFLOW_NAME_INDEX) || isUniqueViolation(err, 'workflows.name');

const duplicateName = (name: string) =>
  new FlkError('FLK-0101', `Another workflow is already named "${name}".`, { name: 'is already used by another workflow' });

/**
 * Workflow rows in and out; every status-sensitive write is a compare-and-set on what the caller read. Secret leaves
 * of node data are sealed on the way in and opened on the way out, so every reader (API, webhook ingress, engine)
 * works with clear values and only the stored row holds ciphertext.
 */
@Injectable()
export class WorkflowsRepository {
  constructor(private readonly box: SecretBox) {}

  /** Status and version of a workflow without reading its definition (plain SQL: it runs for every execution). */
  async versionOf(manager: EntityManager, id: string): Promise<ReadVersion | null> {
    const rows = (await manager.query(dialectSql(manager, 'SELECT status, updated_at FROM workflows WHERE id = ?'), [id])) as Array<{
      status: WorkflowStatus;
      updated_at: unknown;
    }>;
    return rows.length > 0 ? { status: rows[0].status, updatedAt: String(rows[0].updated_at) } : null;
  }

  async findById(manager: EntityManager, id: string): Promise<Workflow | null> {
    const row = await manager.findOne(WorkflowEntity, { where: { id } });
    return row ? this.toWorkflow(row) : null;
  }

  /**
   * Reads the workflow and locks its row until the transaction ends (lockedUntilCommit), so that writes which hang off
   * a workflow without changing its row (arming its webhook) are ordered with each other and with its status
   * changes.
   */
  async findByIdForUpdate(manager: EntityManager, id: string): Promise<Workflow | null> {
    const row = await lockedUntilCommit(manager.createQueryBuilder(WorkflowEntity, 'w').where('w.id = :id', { id }), 'update').getOne();
    return row ? this.toWorkflow(row) : null;
  }

  async insert(manager: EntityManager, workflow: Workflow): Promise<void> {
    try {
      await manager.insert(WorkflowEntity, this.toRow(workflow));
    } catch (err) {
      if (isDuplicateName(err)) throw duplicateName(workflow.name);
      throw err;
    }
  }

  /** Which of `names` are already used. */
  async namesTaken(manager: EntityManager, names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const rows = await manager.find(WorkflowEntity, { select: { name: true }, where: { name: In([...names]) } });
    return new Set(rows.map((row) => row.name));
  }

  async list(manager: EntityManager, query: WorkflowListQuery): Promise<Workflow[]> {
    const column = `w.${query.sortBy}`;
    const qb = manager.createQueryBuilder(WorkflowEntity, 'w');
    if (query.status) qb.andWhere('w.status = :status', { status: query.status });
    if (query.after) {
      qb.andWhere(afterKeyset(column, 'w.id', query.sortOrder, ':afterValue', ':afterId'), {
        afterValue: query.after.value,
        afterId: query.after.id,
      });
    }
    const rows = await qb.orderBy(column, query.sortOrder).addOrderBy('w.id', query.sortOrder).limit(query.take).getMany();
    return rows.map((row) => this.toWorkflow(row));
  }

  /** Replaces a draft's content if it is still the draft the caller read; false when it changed meanwhile. */
  async replaceDraft(
    manager: EntityManager,
    id: string,
    read: ReadVersion,
    definition: WorkflowDefinition,
    updatedAt: string,
  ): Promise<boolean> {
    const content: Partial<WorkflowEntity> = {
      name: definition.name,
      description: definition.description ?? null,
      ...this.serialisedGraph(definition),
      updatedAt,
    };
    try {
      return await this.compareAndSet(manager, id, read, content);
    } catch (err) {
      if (isDuplicateName(err)) throw duplicateName(definition.name);
      throw err;
    }
  }

  /** Moves a workflow to `status` if it is still the version the caller read; false when it changed meanwhile. */
  changeStatus(manager: EntityManager, id: string, read: ReadVersion, status: WorkflowStatus, updatedAt: string): Promise<boolean> {
    return this.compareAndSet(manager, id, read, { status, updatedAt });
  }

  async delete(manager: EntityManager, id: string, read: ReadVersion): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(WorkflowEntity)
      .where('id = :id AND status = :readStatus AND updated_at = :readUpdatedAt', {
        id,
        readStatus: read.status,
        readUpdatedAt: read.updatedAt,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  private async compareAndSet(
    manager: EntityManager,
    id: string,
    read: ReadVersion,
    changes: Partial<WorkflowEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(WorkflowEntity)
      .set(changes)
      .where('id = :id AND status = :readStatus AND updated_at = :readUpdatedAt', {
        id,
        readStatus: read.status,
        readUpdatedAt: read.updatedAt,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  private serialisedGraph(definition: WorkflowDefinition): Pick<WorkflowEntity, 'nodes' | 'edges' | 'metadata'> {
    return {
      nodes: JSON.stringify(sealNodeSecrets(this.box, definition.nodes)),
      edges: JSON.stringify(definition.edges),
      metadata: JSON.stringify(definition.metadata),
    };
  }

  private toRow(workflow: Workflow): WorkflowEntity {
    return {
      id: workflow.id,
      name: workflow.name,
      description: workflow.description ?? null,
      status: workflow.status,
      ...this.serialisedGraph(workflow),
      createdAt: workflow.createdAt,
      updatedAt: workflow.updatedAt,
    };
  }

  private toWorkflow(row: WorkflowEntity): Workflow {
    return {
      id: row.id,
      name: row.name,
      ...(row.description !== null ? { description: row.description } : {}),
      status: row.status,
      nodes: openNodeSecrets(this.box, JSON.parse(row.nodes)),
      edges: JSON.parse(row.edges),
      metadata: JSON.parse(row.metadata),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}
