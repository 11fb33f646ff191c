import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { PostgresRateLimiter } from '../../src/modules/webhooks/postgres-rate-limiter';
import { WebhookRateLimiter } from '../../src/modules/webhooks/webhook-rate-limiter';
import { WebhookTargetsRepository } from '../../src/modules/webhooks/webhook-targets.repository';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { post } from './workflows-fixtures';
import { callHook, randomPath, settled, webhookWorkflow } from './webhooks-fixtures';

const executionCount = async (t: TestApp, workflowId: string) => {
  const row = await t.app.get(DataSource).createQueryBuilder().select('COUNT(*)', 'n').from('executions', 'e').where('e.workflow_id = :id', { id: workflowId }).getRawOne();
  return Number(row.n);
};

describe('Webhooks under concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('50 concurrent deliveries with one delivery id → one execution; every answer names it', async () => {
    const wf = await webhookWorkflow(t);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => callHook(t, wf.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': 'same-delivery' }) })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    const ids = new Set(await Promise.all(answers.map(async (a) => (await a.json()).executionId)));
    expect(ids.size).toBe(1);
    expect(await executionCount(t, wf.id)).toBe(1);
  });

  it('50 concurrent calls with one Idempotency-Key → one execution, 49 × 409 naming it', async () => {
    const wf = await webhookWorkflow(t);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => callHook(t, wf.path, { body: {}, headers: authJson({ 'Idempotency-Key': 'same-key' }) })),
    );
    const bodies = await Promise.all(answers.map((a) => a.json()));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(49);
    expect(new Set(bodies.map((b) => b.executionId)).size).toBe(1);
    expect(await executionCount(t, wf.id)).toBe(1);
  });

  it('a burst over several routes (secret, no secret, nested, unknown) answers each call from its own route', async () => {
    // Lookups of calls arriving together share one statement: each answer must still come from its own route.
    const plain = await webhookWorkflow(t);
    const nested = await webhookWorkflow(t, { path: `${randomPath('burst')}/deep/er` });
    const guarded = await webhookWorkflow(t);
    const { secret } = await (await post(t, `/v1/workflows/${guarded.id}/webhook/secret`, {})).json();
    const json = { 'Content-Type': 'application/json' };
    const calls = Array.from({ length: 60 }, (_, i) => {
      switch (i % 5) {
        case 0:
          return { expect: 201, workflow: plain.id, run: () => callHook(t, plain.path, { body: { i } }) };
        case 1:
          return { expect: 201, workflow: nested.id, run: () => callHook(t, nested.path.replace(/\//g, '%2F'), { body: { i } }) };
        case 2:
          return { expect: 201, workflow: guarded.id, run: () => callHook(t, guarded.path, { body: { i }, headers: { ...json, 'X-Webhook-Token': secret } }) };
        case 3:
          return { expect: 401, workflow: undefined, run: () => callHook(t, guarded.path, { body: { i }, headers: { ...json, 'X-Webhook-Token': 'wrong' } }) };
        default:
          return { expect: 404, workflow: undefined, run: () => callHook(t, randomPath('nobody'), { body: { i } }) };
      }
    });
    const answers = await Promise.all(calls.map((call) => call.run()));
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(calls[i].expect);
      if (calls[i].workflow) expect(answer.headers.get('x-webhook-workflow-id')).toBe(calls[i].workflow);
    });
    expect(await executionCount(t, plain.id)).toBe(12);
    expect(await executionCount(t, nested.id)).toBe(12);
    expect(await executionCount(t, guarded.id)).toBe(12);
  });

  it('route lookups made together share one statement and each gets its own route, version and secrets', async () => {
    const plain = await webhookWorkflow(t);
    const guarded = await webhookWorkflow(t);
    await post(t, `/v1/workflows/${guarded.id}/webhook/secret`, {});
    // Stored paths are normalised: a leading slash, no trailing one.
    const snapshot = jest.spyOn(t.app.get(Database), 'snapshot');
    try {
      const targets = t.app.get(WebhookTargetsRepository);
      const nobody = `/${randomPath('nobody')}`;
      const [a, b, none, wrongMethod, againA, againNone, againB] = await Promise.all([
        targets.findDeployed('POST', `/${plain.path}`),
        targets.findDeployed('POST', `/${guarded.path}`),
        targets.findDeployed('POST', nobody),
        targets.findDeployed('GET', `/${plain.path}`),
        targets.findDeployed('POST', `/${plain.path}`),
        targets.findDeployed('POST', nobody),
        targets.findDeployed('POST', `/${guarded.path}`),
      ]);
      expect(snapshot).toHaveBeenCalledTimes(1);
      // Each route is asked once, however many calls ask for it.
      const asked = JSON.stringify(snapshot.mock.calls[0][1]);
      expect([plain.path, guarded.path, nobody].map((path) => asked.split(path).length - 1)).toEqual([2, 1, 1]); // POST and GET
      expect(a).toEqual({ workflowId: plain.id, nodeId: 'hook', version: { status: 'active', updatedAt: expect.any(String) }, secretHashes: [] });
      expect(b).toEqual({ workflowId: guarded.id, nodeId: 'hook', version: { status: 'active', updatedAt: expect.any(String) }, secretHashes: [expect.stringMatching(/^[0-9a-f]{64}$/)] });
      expect(none).toBeNull();
      expect(wrongMethod).toBeNull();
      expect([againA, againNone, againB]).toEqual([a, null, b]);
    } finally {
      snapshot.mockRestore();
    }
  });

  it('200 concurrent calls to an armed webhook → exactly one accepted, the rest 410', async () => {
    const wf = await webhookWorkflow(t, { status: 'draft' });
    const { secret } = await (await post(t, `/v1/workflows/${wf.id}/webhook/arm`, { ttlSeconds: 60 })).json();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => callHook(t, wf.path, { body: {}, headers: { 'X-Webhook-Token': secret, 'Content-Type': 'application/json' } })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 410)).toHaveLength(199);
    expect(await executionCount(t, wf.id)).toBe(1);
  });

  it('30 concurrent arms of one workflow (three workflows at once) all succeed, and exactly one of their secrets opens it', async () => {
    // Each arm replaces the workflow's previous one. On PostgreSQL a delete-then-insert let them collide (500), and
    // later two upserts still could, on the route's unique index (409, about 1 arm in 400): arms now lock the workflow.
    const workflows = await Promise.all([1, 2, 3].map(() => webhookWorkflow(t, { status: 'draft' })));
    const armsOf = await Promise.all(
      workflows.map((wf) => Promise.all(Array.from({ length: 30 }, () => post(t, `/v1/workflows/${wf.id}/webhook/arm`, { ttlSeconds: 60 })))),
    );
    for (const [index, wf] of workflows.entries()) {
      const arms = armsOf[index];
      expect(arms.map((a) => a.status)).toEqual(Array(30).fill(201));
      const secrets = await Promise.all(arms.map(async (a) => (await a.json()).secret as string));
      const opened: number[] = [];
      for (const secret of secrets) {
        const answer = await callHook(t, wf.path, { body: {}, headers: { 'X-Webhook-Token': secret, 'Content-Type': 'application/json' } });
        opened.push(answer.status);
      }
      expect(opened.filter((s) => s === 201)).toHaveLength(1);
      expect(await executionCount(t, wf.id)).toBe(1);
    }
  });

  it('a delete racing arms of the workflow leaves no arm behind: its route can be armed by another workflow', async () => {
    // On PostgreSQL the delete removed the arms before deleting the workflow, which waits for an arm holding its row:
    // that arm outlived the workflow and kept its route (409 FLK-0366 to other workflows) until it expired.
    const wf = await webhookWorkflow(t, { status: 'draft' });
    const arming = Array.from({ length: 20 }, () => post(t, `/v1/workflows/${wf.id}/webhook/arm`, { ttlSeconds: 60 }));
    const deletion = t.http(`/v1/workflows/${wf.id}`, { method: 'DELETE', headers: authJson() });
    const arms = await Promise.all(arming);
    expect((await deletion).status).toBe(204);
    expect(arms.every((arm) => arm.status === 201 || arm.status === 404)).toBe(true);
    const left = await t.app.get(DataSource).createQueryBuilder().select('COUNT(*)', 'n').from('webhook_arms', 'a').where('a.workflow_id = :id', { id: wf.id }).getRawOne();
    expect(Number(left.n)).toBe(0);
    const other = await webhookWorkflow(t, { status: 'draft', path: wf.path });
    expect((await post(t, `/v1/workflows/${other.id}/webhook/arm`)).status).toBe(201);
  });

  it('an activation racing arms of the workflow leaves no arm behind: after a deactivation no arm secret opens it', async () => {
    // On PostgreSQL activation dropped the arms before its status change, which waits for an arm holding the
    // workflow's row: that arm committed after the drop and outlived the activation.
    const wf = await webhookWorkflow(t, { status: 'draft' });
    const arming = Array.from({ length: 20 }, () => post(t, `/v1/workflows/${wf.id}/webhook/arm`, { ttlSeconds: 60 }));
    const activation = post(t, `/v1/workflows/${wf.id}/activate`);
    const arms = await Promise.all(arming);
    expect((await activation).status).toBe(200);
    // An arm after the activation is refused (422); one before it is dropped by it.
    expect(arms.every((arm) => arm.status === 201 || arm.status === 422)).toBe(true);
    const left = await t.app.get(DataSource).createQueryBuilder().select('COUNT(*)', 'n').from('webhook_arms', 'a').where('a.workflow_id = :id', { id: wf.id }).getRawOne();
    expect(Number(left.n)).toBe(0);
    expect((await post(t, `/v1/workflows/${wf.id}/deactivate`)).status).toBe(200);
    for (const arm of arms.filter((a) => a.status === 201)) {
      const { secret } = await arm.json();
      const answer = await callHook(t, wf.path, { body: {}, headers: { 'X-Webhook-Token': secret, 'Content-Type': 'application/json' } });
      expect(answer.status).not.toBe(201);
    }
  });
});

(usingPostgres() ? describe : describe.skip)('Webhooks across two instances on one PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('a workflow activated through A answers on B at once, and stops on B once deactivated through A', async () => {
    for (let i = 0; i < 5; i++) {
      const wf = await webhookWorkflow(a);
      const res = await callHook(b, wf.path, { body: { i } });
      expect(res.status).toBe(201);
      expect((await settled(b, (await res.json()).executionId)).status).toBe('completed');
      expect((await post(a, `/v1/workflows/${wf.id}/deactivate`)).status).toBe(200);
      expect((await callHook(b, wf.path, { body: {} })).status).toBe(404);
    }
  });

  it('a secret rotated through A is enforced on B at once', async () => {
    const wf = await webhookWorkflow(a);
    const { secret } = await (await post(a, `/v1/workflows/${wf.id}/webhook/secret`)).json();
    expect((await callHook(b, wf.path, { body: {} })).status).toBe(401);
    expect((await callHook(b, wf.path, { body: {}, headers: { 'X-Webhook-Token': secret, 'Content-Type': 'application/json' } })).status).toBe(201);
  });

  it('one delivery id sent to both instances at once → one execution', async () => {
    const wf = await webhookWorkflow(a);
    const delivery = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => callHook(i % 2 ? a : b, wf.path, { body: {}, headers: authJson({ 'X-Webhook-Delivery-Id': delivery }) })),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(39);
  });

  it("a trigger's rate limit is one budget for both instances, also under concurrent calls", async () => {
    const wf = await webhookWorkflow(a, { data: { rateLimit: { requests: 5, perSeconds: 3600 } } });
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => callHook(i % 2 ? a : b, wf.path, { body: {} })));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(5);
    const limited = answers.filter((r) => r.status === 429);
    expect(limited).toHaveLength(25);
    const body = await limited[0]!.json();
    expect(body.code).toBe('FLK-0010');
    // One token comes back every 720 s.
    expect(body.retryAfter).toBeGreaterThan(700);
    expect(body.retryAfter).toBeLessThanOrEqual(720);
    expect(limited[0]!.headers.get('retry-after')).toBe(String(body.retryAfter));
    expect(await executionCount(a, wf.id)).toBe(5);
  });

  it('the shared budget refills over time, and buckets that are full again are deleted', async () => {
    const wf = await webhookWorkflow(b, { data: { rateLimit: { requests: 2, perSeconds: 4 } } });
    expect((await callHook(a, wf.path, { body: {} })).status).toBe(201);
    expect((await callHook(b, wf.path, { body: {} })).status).toBe(201);
    const limited = await callHook(a, wf.path, { body: {} });
    expect(limited.status).toBe(429);
    expect((await limited.json()).retryAfter).toBe(2);
    await new Promise((r) => setTimeout(r, 2_200)); // one token every 2 s
    expect((await callHook(b, wf.path, { body: {} })).status).toBe(201);
    expect((await callHook(a, wf.path, { body: {} })).status).toBe(429);

    const bucketOf = async () =>
      Number((await a.app.get(DataSource).query('SELECT COUNT(*) AS n FROM webhook_rate_buckets WHERE bucket_key LIKE $1', [`${wf.id}:%`]))[0].n);
    expect(await bucketOf()).toBe(1);
    await new Promise((r) => setTimeout(r, 4_200)); // full again after 4 s
    await (a.app.get(WebhookRateLimiter) as PostgresRateLimiter).forgetFullBuckets();
    expect(await bucketOf()).toBe(0);
    expect((await callHook(a, wf.path, { body: {} })).status).toBe(201);
  }, 20_000);
});
