import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WEBHOOK_ARM_ROUTE_INDEX } from '../../database/migrations/1764400000006-webhooks';

/** A workflow's webhook armed for one call on (method, path) until `expiresAt`; `consumedAt` marks the call. */
@Entity({ name: 'webhook_arms' })
@Index(WEBHOOK_ARM_ROUTE_INDEX, ['method', 'path'], { unique: true })
export class WebhookArmEntity {
  @PrimaryColumn({ name: 'workflow_id', type: 'varchar', length: 36 })
  workflowId!: string;

  @Column({ name: 'node_id', type: 'varchar', length: 255 })
  nodeId!: string;

  @Column({ type: 'varchar', length: 10 })
  method!: string;

  @Column({ type: 'varchar', length: 1024 })
  path!: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 30 })
  expiresAt!: string;

  @Column({ name: 'consumed_at', type: 'varchar', length: 30, nullable: true })
  consumedAt!: string | null;
}
