import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import { WEBHOOK_ROUTE_INDEX } from '../../database/migrations/1764400000002-workflows';
import { isUniqueViolation } from '../../database/unique-violation';
import { WebhookRouteEntity } from './webhook-route.entity';
import { normaliseWebhookMethod, normaliseWebhookPath } from './webhook-route-path';

export interface WebhookRoute {
  readonly method: string;
  readonly path: string;
  readonly workflowId: string;
  readonly nodeId: string;
}

/**
 * The shared webhook route table. Activation claims routes and deactivation/delete release them inside the same
 * transaction as the status change, so every instance sees a route exactly when its workflow is active.
 */
@Injectable()
export class WebhookRoutesRepository {
  /**
   * Claims routes for a workflow; a route another workflow holds is 400 FLK-0360 (the caller's transaction rolls
   * back), its field named by `fieldOf` (the trigger's `nodes[i].data.path`, as every other node error names it).
   */
  async claim(manager: EntityManager, routes: readonly WebhookRoute[], fieldOf: (route: WebhookRoute) => string): Promise<void> {
    const createdAt = new Date().toISOString();
    for (const route of routes) {
      try {
        await manager.insert(WebhookRouteEntity, { id: randomUUID(), ...route, createdAt });
      } catch (err) {
        // PostgreSQL names the index; SQLite names the columns.
        if (isUniqueViolation(err, WEBHOOK_ROUTE_INDEX) || isUniqueViolation(err, 'webhook_routes.method, webhook_routes.path')) {
          throw new FlkError(
            'FLK-0360',
            `Webhook route ${route.method} ${route.path} of trigger node "${route.nodeId}" is already registered by another active workflow.`,
            { [fieldOf(route)]: 'webhook method and path already in use by another active workflow' },
          );
        }
        throw err;
      }
    }
  }

  async releaseAll(manager: EntityManager, workflowId: string): Promise<void> {
    await manager.delete(WebhookRouteEntity, { workflowId });
  }

  /** The route for an incoming call; `method` and `path` are normalised here, so raw request values may be passed. */
  async find(manager: EntityManager, method: string, path: string): Promise<WebhookRoute | null> {
    const row = await manager.findOne(WebhookRouteEntity, {
      where: { method: normaliseWebhookMethod(method), path: normaliseWebhookPath(path) },
    });
    return row ? { method: row.method, path: row.path, workflowId: row.workflowId, nodeId: row.nodeId } : null;
  }

  /** The methods routes take on a (normalised) path: what a call with another method should have used. */
  async methodsOn(manager: EntityManager, path: string): Promise<string[]> {
    const rows = await manager.find(WebhookRouteEntity, { select: { method: true }, where: { path }, order: { method: 'ASC' } });
    return rows.map((row) => row.method);
  }

  async listForWorkflow(manager: EntityManager, workflowId: string): Promise<WebhookRoute[]> {
    const rows = await manager.find(WebhookRouteEntity, { where: { workflowId }, order: { method: 'ASC', path: 'ASC' } });
    return rows.map((row) => ({ method: row.method, path: row.path, workflowId: row.workflowId, nodeId: row.nodeId }));
  }
}
