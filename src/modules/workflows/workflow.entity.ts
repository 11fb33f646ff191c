import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WORKFLOW_NAME_INDEX } from '../../database/migrations/1764400000002-workflows';
import type { WorkflowStatus } from './workflow.types';

/**
 * One stored workflow. `nodes`, `edges` and `metadata` hold JSON text the repository serialises itself, so both
 * databases store the same bytes. Timestamps are ISO-8601 strings (UTC, milliseconds, 24 characters): they sort as
 * text, so keyset pagination compares them as stored on either database.
 */
@Entity({ name: 'workflows' })
@Index(WORKFLOW_NAME_INDEX, ['name'], { unique: true })
@Index('IDX_workflows_created', ['createdAt', 'id'])
@Index('IDX_workflows_updated', ['updatedAt', 'id'])
@Index('IDX_workflows_status', ['status'])
export class WorkflowEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: WorkflowStatus;

  /** JSON array of WorkflowNode. */
  @Column({ type: 'text' })
  nodes!: string;

  /** JSON array of WorkflowEdge. */
  @Column({ type: 'text' })
  edges!: string;

  /** JSON object. */
  @Column({ type: 'text' })
  metadata!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
