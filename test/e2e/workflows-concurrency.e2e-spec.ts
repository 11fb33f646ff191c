import { randomUUID } from 'node:crypto';
import { hashWebhookSecret } from '../../src/modules/webhooks/webhook-secret-hash';
import { WebhookSecretsRepository } from '../../src/modules/webhooks/webhook-secrets.repository';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { action, countNamed, create, dataSource, edge, post, routesOf, runnable, trigger, unique } from './workflows-fixtures';

/**
 * Real concurrent requests. On PostgreSQL they interleave inside the database; on SQLite writes are serialised, so
 * the same assertions check that the serial outcomes are the only ones possible.
 */
describe('Workflows: concurrency', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const ROUNDS = 5;

  it('two workflows activating the same webhook route at once: exactly one wins, the other is 400 FLK-0360', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const path = `/concurrent/${randomUUID()}`;
      const ids = [await create(t, runnable(unique(), path)), await create(t, runnable(unique(), `${path.slice(1)}/`))];
      const responses = await Promise.all(ids.map((id) => post(t, `/v1/workflows/${id}/activate`)));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 400]);
      const loser = responses.find((r) => r.status === 400)!;
      expect((await loser.json()).code).toBe('FLK-0360');
      const owners = (await Promise.all(ids.map((id) => routesOf(t, id)))).flat();
      expect(owners).toHaveLength(1);
    }
  });

  it('an update racing an activation of the same workflow: exactly one succeeds', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await create(t, runnable(unique(), `/race/${randomUUID()}`));
      // The update removes the trigger, so an activation of the updated version must fail too.
      const withoutTrigger = { name: unique('updated'), nodes: [action('only')] };
      const [activation, update] = await Promise.all([
        post(t, `/v1/workflows/${id}/activate`),
        t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify(withoutTrigger) }),
      ]);
      const outcomes = [activation.status, update.status];
      expect(outcomes.filter((s) => s === 200)).toHaveLength(1);
      const loser = activation.status === 200 ? update : activation;
      expect(['FLK-0350', 'FLK-0103', 'FLK-0116']).toContain((await loser.json()).code);
      const stored = await (await t.http(`/v1/workflows/${id}`, { headers: authJson() })).json();
      if (activation.status === 200) {
        expect(stored).toMatchObject({ status: 'active', nodes: [{ id: 'start' }, { id: 'finish' }] });
      } else {
        expect(stored).toMatchObject({ status: 'draft', nodes: [{ id: 'only' }] });
        expect(await routesOf(t, id)).toEqual([]);
      }
    }
  });

  it('two creates with the same name at once: one 201, one 409 FLK-0101', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const name = unique('same');
      const responses = await Promise.all([1, 2].map(() => post(t, '/v1/workflows', { name, nodes: [trigger('t'), action('a')], edges: [edge('t', 'a')] })));
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      expect((await responses.find((r) => r.status === 409)!.json()).code).toBe('FLK-0101');
      expect(await countNamed(t, name)).toBe(1);
    }
  });

  it('two deactivations at once: exactly one 200', async () => {
    const id = await create(t, runnable());
    expect((await post(t, `/v1/workflows/${id}/activate`)).status).toBe(200);
    const responses = await Promise.all([1, 2, 3].map(() => post(t, `/v1/workflows/${id}/deactivate`)));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of responses.filter((r) => r.status !== 200)) expect(['FLK-0350', 'FLK-0102']).toContain((await r.json()).code);
  });

  it('parallel clones without a name all get distinct names', async () => {
    const source = await create(t, { name: unique('fan') });
    const responses = await Promise.all([1, 2, 3, 4].map(() => post(t, `/v1/workflows/${source}/clone`)));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const names = await Promise.all(
      responses.map(async (r) => (await (await t.http(`/v1/workflows/${(await r.json()).workflowId}`, { headers: authJson() })).json()).name),
    );
    expect(new Set(names).size).toBe(4);
  });

  it('a dozen parallel clones without a name: every one is stored under its own default name, none is 409', async () => {
    // Each request that loses the race for "(copy n)" tries the next free name; before the fix it gave up after five
    // lost races and answered 409 FLK-0101 "already named … (copy 5)" to a caller that had sent no name.
    const source = await create(t, { name: unique('fan12') });
    const responses = await Promise.all(Array.from({ length: 12 }, () => post(t, `/v1/workflows/${source}/clone`)));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    const names = await Promise.all(
      bodies.map(async (b) => (await (await t.http(`/v1/workflows/${b.workflowId}`, { headers: authJson() })).json()).name),
    );
    expect(new Set(names).size).toBe(12);
  });

  it('ten secret rotations at once without overlap: exactly one of the new secrets stays valid', async () => {
    // On PostgreSQL each rotation capped only the secrets committed before it started, so every rotation in flight
    // left its own secret valid for good; rotations now lock the workflow and take turns.
    const id = await create(t, { name: unique('rotate') });
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(t, `/v1/workflows/${id}/webhook/secret`, {})));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    const issued = await Promise.all(responses.map(async (r) => hashWebhookSecret((await r.json()).secret)));
    const valid = await t.app.get(WebhookSecretsRepository).validHashes(dataSource(t).manager, id, new Date(Date.now() + 1000).toISOString());
    expect(valid).toHaveLength(1);
    expect(issued).toContain(valid[0]);
  });
});
