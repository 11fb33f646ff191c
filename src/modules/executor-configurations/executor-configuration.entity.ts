import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EXECUTOR_CONFIG_NAME_INDEX } from '../../database/migrations/1764400000004-executor-configurations';

export const EXECUTOR_CONFIG_STATUSES = ['unconfigured', 'configured', 'tested', 'active', 'disabled'] as const;
export type ExecutorConfigStatus = (typeof EXECUTOR_CONFIG_STATUSES)[number];

/**
 * One executor configuration (an HTTP integration). Rows are seeded from outside the API; `authentication` is JSON
 * text `{type, config}` whose secret leaves are encrypted one by one (SecretBox). Timestamps are ISO-8601 strings.
 */
@Entity({ name: 'executor_configurations' })
@Index(EXECUTOR_CONFIG_NAME_INDEX, ['name'], { unique: true })
@Index('IDX_executor_configurations_status', ['status'])
export class ExecutorConfigurationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  @Column({ name: 'base_url', type: 'varchar', length: 500 })
  baseUrl!: string;

  /** JSON array of {name, path, method, timeout}. */
  @Column({ type: 'text' })
  endpoints!: string;

  /** JSON object {type, config?}. */
  @Column({ type: 'text' })
  authentication!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ExecutorConfigStatus;

  @Column({ type: 'text', nullable: true })
  metadata!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;

  @Column({ name: 'last_tested_at', type: 'varchar', length: 30, nullable: true })
  lastTestedAt!: string | null;
}
