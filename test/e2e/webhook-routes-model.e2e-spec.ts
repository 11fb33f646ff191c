import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { callHook } from './webhooks-fixtures';
import { dataSource, runnable, unique } from './workflows-fixtures';
import { WebhookRouteEntity } from '../../src/modules/workflows/webhook-route.entity';
import { normaliseWebhookPath } from '../../src/modules/workflows/webhook-route-path';

/**
 * Webhook routes under generated concurrent lifecycle changes. Three workflows compete for two paths; each step sends
 * a batch of concurrent requests (move a draft to another path, activate, deactivate, back to draft, delete and
 * re-create, call a path). After every batch the routes must be exactly those of the active workflows, no two active
 * workflows may share a path, and a call to each path must reach its one active workflow or find none. Nothing may
 * answer 5xx. On SQLite the requests are serialised by the writer; on PostgreSQL they interleave in the database.
 */

const SLOTS = 3;
const PATHS = 2;

type Command =
  | { kind: 'move'; slot: number; path: number }
  | { kind: 'activate' | 'deactivate' | 'draft' | 'recreate'; slot: number }
  | { kind: 'call'; path: number };

const slot = fc.nat(SLOTS - 1);
const path = fc.nat(PATHS - 1);
/** Weighted so that workflows often get active and leave it again. */
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('activate' as const), slot }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deactivate' as const), slot }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('draft' as const), slot }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('recreate' as const), slot }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), slot, path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('call' as const), path }) },
);

describe('Webhook routes: generated concurrent lifecycle changes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('after every concurrent batch, routes are exactly those of the active workflows and calls reach them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(command, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), async (batches) => {
        const run = randomUUID().slice(0, 8);
        const paths = Array.from({ length: PATHS }, (_, i) => `model/${run}/p${i}`);
        const slots: string[] = [];
        for (let slot = 0; slot < SLOTS; slot++) slots.push(await createDraft(paths[slot % PATHS]));

        for (const batch of batches) {
          const before = await stateOf(slots);
          const answers = await Promise.all(batch.map((c) => apply(c, slots, paths)));
          for (const answer of answers) {
            if (answer.status >= 500) throw new Error(`${answer.what} → ${answer.status} ${answer.text}`);
          }
          const after = await stateOf(slots);
          for (const [i, answer] of answers.entries()) {
            const c = batch[i];
            if (c.kind !== 'call' || answer.status !== 201) continue;
            // An accepted call came from a workflow that was on its path before or after the batch, or moved there in it.
            const movedThere = batch.flatMap((other) => (other.kind === 'move' && other.path === c.path ? [before[other.slot].id] : []));
            const candidates = [...before, ...after].filter((w) => w.path === normaliseWebhookPath(paths[c.path])).map((w) => w.id).concat(movedThere);
            expect(candidates).toContain(answer.workflowId);
          }
          await expectConsistent(after, paths);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 30) },
    );
  }, 120_000);

  async function createDraft(path: string): Promise<string> {
    const res = await t.http('/v1/workflows', { method: 'POST', headers: authJson(), body: JSON.stringify(runnable(unique('model'), path)) });
    expect(res.status).toBe(201);
    return (await res.json()).workflowId;
  }

  /** Sends one command; the answer's status, and for calls the workflow that took it. */
  async function apply(c: Command, slots: string[], paths: string[]): Promise<{ what: string; status: number; text: string; workflowId?: string }> {
    if (c.kind === 'call') {
      const res = await callHook(t, paths[c.path], { body: { model: true } });
      return { what: `call ${paths[c.path]}`, status: res.status, text: '', workflowId: res.headers.get('x-webhook-workflow-id') ?? undefined };
    }
    const id = slots[c.slot];
    let res: Response;
    if (c.kind === 'move') {
      const body = runnable(unique('model'), paths[c.path]);
      res = await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify(body) });
    } else if (c.kind === 'recreate') {
      // Deleting needs a workflow that is not active; the slot gets a new draft on the same path either way.
      res = await t.http(`/v1/workflows/${id}`, { method: 'DELETE', headers: authJson() });
      if (res.status === 204) slots[c.slot] = await createDraft(paths[c.slot % paths.length]);
    } else {
      res = await t.http(`/v1/workflows/${id}/${c.kind}`, { method: 'POST', headers: authJson() });
    }
    return { what: `${c.kind} ${id}`, status: res.status, text: res.status >= 500 ? await res.text() : '' };
  }

  /** Each slot's workflow as the API shows it: status and normalised trigger path. */
  async function stateOf(slots: string[]): Promise<Array<{ id: string; status: string; path: string }>> {
    return Promise.all(
      slots.map(async (id) => {
        const res = await t.http(`/v1/workflows/${id}`, { headers: authJson() });
        if (res.status === 404) return { id, status: 'deleted', path: '' };
        const body = await res.json();
        const trigger = (body.nodes as Array<{ type: string; data: { path?: string } }>).find((node) => node.type === 'trigger');
        return { id, status: body.status as string, path: normaliseWebhookPath(trigger?.data.path ?? '') };
      }),
    );
  }

  async function expectConsistent(state: Array<{ id: string; status: string; path: string }>, paths: string[]): Promise<void> {
    const active = state.filter((w) => w.status === 'active');
    // No two active workflows on one path.
    expect(new Set(active.map((w) => w.path)).size).toBe(active.length);
    // The routes table holds exactly the active workflows' routes.
    const routes = await dataSource(t).getRepository(WebhookRouteEntity).find({ where: state.map((w) => ({ workflowId: w.id })) });
    const stored = routes.map((r) => `${r.method} ${r.path} ${r.workflowId}`).sort();
    expect(stored).toEqual(active.map((w) => `POST ${w.path} ${w.id}`).sort());
    // A call now reaches the path's active workflow, or nothing.
    for (const path of paths) {
      const owner = active.find((w) => w.path === normaliseWebhookPath(path));
      const res = await callHook(t, path, { body: { check: true } });
      if (owner) {
        expect([res.status, res.headers.get('x-webhook-workflow-id')]).toEqual([201, owner.id]);
      } else {
        expect(res.status).toBe(404);
      }
    }
  }
});
