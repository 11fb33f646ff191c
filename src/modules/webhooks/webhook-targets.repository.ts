import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.service';
import type { ReadVersion, WorkflowStatus } from '../workflows';

/** A deployed webhook route with what authenticating and starting a call needs. */
export interface DeployedTarget {
  readonly workflowId: string;
  readonly nodeId: string;
  /** Null when the route outlived its workflow. */
  readonly version: ReadVersion | null;
  /** Hashes of the generated secrets valid now (several during a rotation's overlap). */
  readonly secretHashes: readonly string[];
}

// One statement per call: the route, its workflow's version and the valid secrets (one row per secret).
const FIND_DEPLOYED = `
  SELECT r.workflow_id AS workflow_id, r.node_id AS node_id, w.status AS status, w.updated_at AS updated_at,
         s.secret_hash AS secret_hash
  FROM webhook_routes r
  LEFT JOIN workflows w ON w.id = r.workflow_id
  LEFT JOIN webhook_secrets s ON s.workflow_id = r.workflow_id AND (s.expires_at IS NULL OR s.expires_at > ?)
  WHERE r.method = ? AND r.path = ?`;

/**
 * The per-call route lookup of the webhook ingress. It reads the shared database on every call (no per-process
 * registry that could drift between instances), as one plain statement over committed data (Database.snapshot).
 */
@Injectable()
export class WebhookTargetsRepository {
  constructor(private readonly db: Database) {}

  /** The route on (normalised method, normalised path), or null when no active workflow claims it. */
  async findDeployed(method: string, path: string, now: string): Promise<DeployedTarget | null> {
    const rows = await this.db.snapshot(FIND_DEPLOYED, [now, method, path]);
    if (rows.length === 0) return null;
    const first = rows[0];
    return {
      workflowId: String(first.workflow_id),
      nodeId: String(first.node_id),
      version: first.status == null ? null : { status: first.status as WorkflowStatus, updatedAt: String(first.updated_at) },
      secretHashes: rows.flatMap((row) => (row.secret_hash == null ? [] : [String(row.secret_hash)])),
    };
  }
}
