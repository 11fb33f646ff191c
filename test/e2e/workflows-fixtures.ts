import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProviderConfigurationEntity } from '../../src/modules/provider-configurations/provider-configuration.entity';
import { WebhookRouteEntity } from '../../src/modules/workflows/webhook-route.entity';
import { WorkflowEntity } from '../../src/modules/workflows/workflow.entity';
import { WorkflowsRepository } from '../../src/modules/workflows/workflows.repository';
import { authJson, type TestApp } from '../support/test-app';

/** Shared builders for the workflow e2e files. Names carry a random suffix: PostgreSQL runs share one database. */

export const unique = (prefix = 'wf') => `${prefix} ${randomUUID().slice(0, 8)}`;

export const trigger = (id = 'start', path?: string, method = 'POST') => ({
  id,
  type: 'trigger' as const,
  name: 'Start',
  position: { x: 0, y: 0 },
  data: path === undefined ? { triggerType: 'manual' } : { triggerType: 'webhook', path, method },
});

export const action = (id = 'finish') => ({
  id,
  type: 'action' as const,
  position: { x: 0, y: 100 },
  data: { actionType: 'set_output', output: { ok: true } },
});

/** A `transform` action; `lists` holds its `mapping` and/or `transforms`. */
export const transformAction = (id: string, lists: Record<string, unknown>) => ({
  id,
  type: 'action' as const,
  position: { x: 0, y: 100 },
  data: { actionType: 'transform', ...lists },
});

export const conditional = (id: string, condition: unknown) => ({
  id,
  type: 'conditional' as const,
  position: { x: 0, y: 50 },
  data: { condition },
});

export const executor = (id: string, providerConfigId: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'executor' as const,
  position: { x: 0, y: 50 },
  data: { executorId: 'midaz.get-account', providerConfigId, accountId: randomUUID(), ...extra },
});

export const edge = (source: string, target: string, extra: Record<string, unknown> = {}) => ({
  id: `${source}-${target}`,
  source,
  target,
  ...extra,
});

/** A workflow that can be activated: trigger → action, optionally on a webhook route. */
export const runnable = (name = unique(), path?: string) => ({
  name,
  nodes: [trigger('start', path), action('finish')],
  edges: [edge('start', 'finish')],
});

export async function create(t: TestApp, body: Record<string, unknown>): Promise<string> {
  const res = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body: JSON.stringify(body) });
  const json = await res.json();
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(json)}`);
  return json.workflowId;
}

export async function post(t: TestApp, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return t.http(path, {
    method: 'POST',
    headers: authJson(headers),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Brings a new workflow to `status` through the API. */
export async function workflowIn(t: TestApp, status: 'draft' | 'active' | 'inactive', body = runnable()): Promise<string> {
  const id = await create(t, body);
  if (status === 'draft') return id;
  expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
  if (status === 'active') return id;
  expect((await post(t, `/v1/workflows/${id}/deactivate`)).status).toBe(200);
  return id;
}

export const dataSource = (t: TestApp) => t.app.get(DataSource);

export const countNamed = (t: TestApp, name: string) => dataSource(t).getRepository(WorkflowEntity).countBy({ name });

export const routesOf = (t: TestApp, workflowId: string) =>
  dataSource(t).getRepository(WebhookRouteEntity).find({ where: { workflowId }, order: { path: 'ASC' } });

/** A provider configuration row, written directly so these tests do not depend on the provider-configurations API. */
export async function providerConfig(t: TestApp, providerId = 'midaz', status: 'active' | 'disabled' = 'active'): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await dataSource(t).getRepository(ProviderConfigurationEntity).insert({
    id,
    name: unique(`pc-${providerId}`),
    description: null,
    providerId,
    config: '{}',
    status,
    metadata: null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

/**
 * Simulates another writer committing between this request's read and its compare-and-set: the next load of the
 * workflow returns what was read, and the stored row then gets a new `updatedAt` (and optionally a new status).
 */
export function changeBehindTheBack(t: TestApp, status?: string): jest.SpyInstance {
  const repository = t.app.get(WorkflowsRepository);
  const original = repository.findById.bind(repository);
  return jest.spyOn(repository, 'findById').mockImplementationOnce(async (manager, id) => {
    const read = await original(manager, id);
    await manager
      .createQueryBuilder()
      .update(WorkflowEntity)
      .set({ updatedAt: new Date(Date.now() + 60_000).toISOString(), ...(status ? { status: status as never } : {}) })
      .where('id = :id', { id })
      .execute();
    return read;
  });
}
