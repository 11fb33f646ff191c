import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { WebhookArmEntity } from '../../src/modules/webhooks/webhook-arm.entity';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app';
import { expectError } from './executions-fixtures';
import { post } from './workflows-fixtures';
import { callHook, randomPath, webhookWorkflow } from './webhooks-fixtures';

/**
 * An arm holds the route its trigger declared when it was armed. Saving a draft drops the arm when the trigger moves,
 * and activating drops it, but an arm left behind by an edit or an activation made before those rules still answers
 * its route until it expires (a day at most). A start drops such arms and keeps the others.
 */
describe('Webhook arms left on a route their trigger no longer declares', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowker-arms-'));
  const oldPath = randomPath('stale-old');
  let staleWorkflow: string;
  let keptWorkflow: { id: string; path: string };
  let staleSecret: string;
  let keptSecret: string;
  let activatedWorkflow: { id: string; path: string };
  let activatedSecret: string;
  let t: TestApp;

  beforeAll(async () => {
    const first = await startTestApp({ DATA_DIR: dataDir });
    try {
      staleWorkflow = (await webhookWorkflow(first, { status: 'draft' })).id;
      keptWorkflow = await webhookWorkflow(first, { status: 'draft' });
      staleSecret = (await (await post(first, `/v1/workflows/${staleWorkflow}/webhook/arm`)).json()).secret;
      keptSecret = (await (await post(first, `/v1/workflows/${keptWorkflow.id}/webhook/arm`)).json()).secret;
      // What an earlier version left after the trigger moved: the arm still on the route declared when armed.
      await first.app.get(DataSource).manager.update(WebhookArmEntity, { workflowId: staleWorkflow }, { path: oldPath });
      // What an earlier version left after an activation: the arm of the draft, kept by the active workflow.
      activatedWorkflow = await webhookWorkflow(first, { status: 'draft' });
      activatedSecret = (await (await post(first, `/v1/workflows/${activatedWorkflow.id}/webhook/arm`)).json()).secret;
      const manager = first.app.get(DataSource).manager;
      const activatedArm = await manager.findOneByOrFail(WebhookArmEntity, { workflowId: activatedWorkflow.id });
      expect((await post(first, `/v1/workflows/${activatedWorkflow.id}/activate`)).status).toBe(200);
      await manager.insert(WebhookArmEntity, activatedArm);
    } finally {
      await first.close();
    }
    t = await startTestApp({ DATA_DIR: dataDir });
    // Two starts of the app: more than the default 5 s on a busy machine.
  }, 60_000);

  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const withToken = (secret: string) => ({ 'Content-Type': 'application/json', 'X-Webhook-Token': secret, 'X-API-Key': TEST_API_KEY });

  it('drops the arm at start: its old route answers 404, and the workflow can be armed again', async () => {
    const arms = await t.app.get(DataSource).manager.findBy(WebhookArmEntity, { workflowId: staleWorkflow });
    expect(arms).toEqual([]);
    await expectError(await callHook(t, oldPath, { body: {}, headers: withToken(staleSecret) }), 404, 'FLK-0361');
    expect((await post(t, `/v1/workflows/${staleWorkflow}/webhook/arm`)).status).toBe(201);
  });

  it('drops the arm of an active workflow: once deactivated, the old arm secret no longer runs it', async () => {
    expect(await t.app.get(DataSource).manager.findBy(WebhookArmEntity, { workflowId: activatedWorkflow.id })).toEqual([]);
    expect((await post(t, `/v1/workflows/${activatedWorkflow.id}/deactivate`)).status).toBe(200);
    await expectError(await callHook(t, activatedWorkflow.path, { body: {}, headers: withToken(activatedSecret) }), 404, 'FLK-0361');
  });

  it('keeps an arm whose trigger still declares its route', async () => {
    const res = await callHook(t, keptWorkflow.path, { body: {}, headers: withToken(keptSecret) });
    expect(res.status).toBe(201);
  });
});
