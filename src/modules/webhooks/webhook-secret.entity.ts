import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One generated webhook secret of a workflow, as a hash. */
@Entity({ name: 'webhook_secrets' })
@Index('IDX_webhook_secrets_workflow', ['workflowId'])
export class WebhookSecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 36 })
  workflowId!: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 30, nullable: true })
  expiresAt!: string | null;
}
