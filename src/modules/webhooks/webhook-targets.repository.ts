import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database } from '../../database/database.service';
import { rowSource, statementText, type RowColumnType } from '../../database/row-source';
import type { ReadVersion, WorkflowStatus } from '../workflows';
import { isoTime } from '../../common/iso-time';

/** A deployed webhook route with what authenticating and starting a call needs. */
export interface DeployedTarget {
  readonly workflowId: string;
  readonly nodeId: string;
  /** Null when the route outlived its workflow. */
  readonly version: ReadVersion | null;
  /** Hashes of the generated secrets valid now (several during a rotation's overlap). */
  readonly secretHashes: readonly string[];
}

/** Calls whose lookups are answered by one statement at most; more wait for the next one. */
const MAX_LOOKUPS_PER_STATEMENT = 200;

interface RouteKey {
  readonly method: string;
  readonly path: string;
}

const keyOf = (method: string, path: string) => JSON.stringify([method, path]);

const ASKED_COLUMN_TYPES: readonly RowColumnType[] = ['text', 'text'];

// The routes asked for, their workflows' versions and the valid secrets (one row per secret) in one statement.
const findDeployedSql = statementText(({ from }) => `
  SELECT r.method AS method, r.path AS path, r.workflow_id AS workflow_id, r.node_id AS node_id, w.status AS status,
         w.updated_at AS updated_at, s.secret_hash AS secret_hash
  FROM webhook_routes r
  LEFT JOIN workflows w ON w.id = r.workflow_id
  LEFT JOIN webhook_secrets s ON s.workflow_id = r.workflow_id AND (s.expires_at IS NULL OR s.expires_at > ?)
  WHERE (r.method, r.path) IN (SELECT v.column1, v.column2 FROM ${from})`);

/**
 * The per-call route lookup of the webhook ingress. Every call reads the shared database after it arrived (no
 * per-process registry that could drift between instances), over committed data (Database.snapshot). Lookups of
 * calls that arrive together are answered by one statement (DataLoader, without its cache): on PostgreSQL that is
 * one round trip for a whole burst instead of one per call.
 */
@Injectable()
export class WebhookTargetsRepository {
  private readonly loader = new DataLoader<RouteKey, DeployedTarget | null>((keys) => this.lookup(keys), {
    cache: false,
    maxBatchSize: MAX_LOOKUPS_PER_STATEMENT,
    // After the I/O phase rather than after the current job: every call read from the sockets in this turn of the
    // event loop joins the statement, at no added wait.
    batchScheduleFn: (dispatch) => setImmediate(dispatch),
  });

  constructor(private readonly db: Database) {}

  /** The route on (normalised method, normalised path), or null when no active workflow claims it. */
  findDeployed(method: string, path: string): Promise<DeployedTarget | null> {
    return this.loader.load({ method, path });
  }

  private async lookup(keys: readonly RouteKey[]): Promise<(DeployedTarget | null)[]> {
    // A burst usually calls one route: each route is asked once (one row to match instead of one per call).
    const named = keys.map((key) => keyOf(key.method, key.path));
    const routes = new Map(keys.map((key, index) => [named[index], key]));
    const asked = rowSource(this.db.dialect, ASKED_COLUMN_TYPES, [...routes.values()].map((key) => [key.method, key.path]));
    const params = [isoTime(), ...asked.params];
    const found = new Map<string, { workflowId: string; nodeId: string; version: ReadVersion | null; secretHashes: string[] }>();
    for (const row of await this.db.snapshot(findDeployedSql(asked), params, asked.fixedText)) {
      const key = keyOf(String(row.method), String(row.path));
      let target = found.get(key);
      if (!target) {
        target = {
          workflowId: String(row.workflow_id),
          nodeId: String(row.node_id),
          version: row.status == null ? null : { status: row.status as WorkflowStatus, updatedAt: String(row.updated_at) },
          secretHashes: [],
        };
        found.set(key, target);
      }
      if (row.secret_hash != null) target.secretHashes.push(String(row.secret_hash));
    }
    return named.map((key) => found.get(key) ?? null);
  }
}
