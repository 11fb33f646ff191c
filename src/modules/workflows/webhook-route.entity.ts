import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { WEBHOOK_ROUTE_INDEX } from '../../database/migrations/1764400000002-workflows';

/**
 * A webhook route owned by an active workflow: one row per webhook trigger node. `(method, path)` is unique, so a
 * route belongs to at most one workflow at a time on every instance sharing the database.
 */
@Entity({ name: 'webhook_routes' })
@Index(WEBHOOK_ROUTE_INDEX, ['method', 'path'], { unique: true })
@Index('IDX_webhook_routes_workflow', ['workflowId'])
export class WebhookRouteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Upper case, e.g. POST. */
  @Column({ type: 'varchar', length: 10 })
  method!: string;

  /** Normalised by normaliseWebhookPath. */
  @Column({ type: 'varchar', length: 1024 })
  path!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 36 })
  workflowId!: string;

  /** The trigger node that declared the route (its data holds e.g. verify_token). */
  @Column({ name: 'node_id', type: 'varchar', length: 255 })
  nodeId!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}
