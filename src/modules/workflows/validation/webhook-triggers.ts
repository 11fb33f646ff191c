import { FlkError } from '../../../common/errors';
import { isRoutableWebhookPath, MAX_WEBHOOK_PATH_LENGTH, normaliseWebhookMethod, normaliseWebhookPath, WEBHOOK_METHODS } from '../webhook-route-path';
import type { WebhookRoute } from '../webhook-routes.repository';
import type { WorkflowNode } from '../workflow.types';
import { charLength } from './limits';

/**
 * The routes a workflow claims when activated: one per trigger node with `triggerType: "webhook"` (other triggers
 * are entry points without a route). Its `method` and `path` are required: missing, not a non-empty string, a
 * method the webhook ingress does not route, a path naming no route below `/v1/webhooks/` or an oversized path is
 * FLK-0211 (such a trigger used to activate without a route, and every call then answered 404), and so is a trigger
 * with a path or method but no `triggerType: "webhook"`; the same route twice in one workflow is FLK-0360.
 */
export function webhookRoutesOf(workflowId: string, nodes: readonly WorkflowNode[]): WebhookRoute[] {
  const routes = new Map<string, WebhookRoute>();
  nodes.forEach((node, index) => {
    const route = webhookRouteOf(node, index);
    if (!route) return;
    const { method, path } = route;
    const key = `${method} ${path}`;
    if (routes.has(key)) {
      throw new FlkError('FLK-0360', `Webhook route ${key} is declared by two trigger nodes of this workflow.`, {
        [`nodes[${index}].data.path`]: 'webhook method and path already used by another trigger of this workflow',
      });
    }
    routes.set(key, { method, path, workflowId, nodeId: node.id });
  });
  return [...routes.values()];
}

/**
 * A trigger with a webhook's `path` or `method` whose `triggerType` is missing or a misspelling of `"webhook"`
 * (`"Webhook"`, `" webhook"`) would activate with no route, and every call would answer 404 while the workflow shows
 * as active. Another explicit type (`"manual"`) is an entry point by choice and is left alone.
 */
function refuseUnmarkedWebhook(node: WorkflowNode, index: number): void {
  const data = node.data ?? {};
  if (!('path' in data) && !('method' in data)) return;
  const type = data.triggerType;
  const unmarked = type === undefined || type === null || (typeof type === 'string' && type.trim().toLowerCase() === 'webhook');
  if (!unmarked) return;
  const found = type === undefined || type === null ? 'has no triggerType' : `has triggerType ${JSON.stringify(type).slice(0, 40)}`;
  throw new FlkError('FLK-0211', `Trigger "${node.id}" has a webhook path or method but ${found}; set triggerType to "webhook" for it to get its route.`, {
    [`nodes[${index}].data.triggerType`]: 'must be "webhook" for a trigger with a path or method',
  });
}

/** The route of one node (`index`: its place in `nodes`, for the error's field): undefined unless a webhook trigger. */
export function webhookRouteOf(node: WorkflowNode, index: number): { method: string; path: string } | undefined {
  const data = node.data ?? {};
  if (node.type !== 'trigger') return undefined;
  if (data.triggerType !== 'webhook') {
    refuseUnmarkedWebhook(node, index);
    return undefined;
  }
  for (const key of ['method', 'path'] as const) {
    const value = data[key];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new FlkError('FLK-0211', `Webhook trigger "${node.id}" needs a ${key}: a non-empty string.`, {
        [`nodes[${index}].data.${key}`]: 'is required: a non-empty string',
      });
    }
  }
  const method = normaliseWebhookMethod(data.method as string);
  if (!WEBHOOK_METHODS.includes(method)) {
    throw new FlkError('FLK-0211', `Webhook trigger "${node.id}" uses method "${method.slice(0, 20)}"; use one of ${WEBHOOK_METHODS.join(', ')}.`, {
      [`nodes[${index}].data.method`]: `must be one of ${WEBHOOK_METHODS.join(', ')}`,
    });
  }
  const path = normaliseWebhookPath(data.path as string);
  if (path === '/') {
    throw new FlkError('FLK-0211', `Webhook trigger "${node.id}" path names no route below /v1/webhooks/.`, {
      [`nodes[${index}].data.path`]: 'must name a route, e.g. "orders/paid"',
    });
  }
  // The leading `/` normalisation adds is not counted: a path written without one may use all 512 characters, as
  // the catalog's trigger schema (maxLength of the path as written) says.
  if (charLength(path) - 1 > MAX_WEBHOOK_PATH_LENGTH) {
    throw new FlkError('FLK-0211', `Webhook trigger "${node.id}" path is longer than ${MAX_WEBHOOK_PATH_LENGTH} characters.`, {
      [`nodes[${index}].data.path`]: `at most ${MAX_WEBHOOK_PATH_LENGTH} characters`,
    });
  }
  if (!isRoutableWebhookPath(path)) {
    throw new FlkError('FLK-0211', `Webhook trigger "${node.id}" path contains a control character.`, {
      [`nodes[${index}].data.path`]: 'must not contain control characters (U+0000–U+001F, U+007F), also when percent-encoded',
    });
  }
  return { method, path };
}
