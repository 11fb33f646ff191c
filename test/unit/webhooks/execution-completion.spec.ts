import { EventEmitter } from 'node:events';
import type { Database } from '../../../src/database/database.service';
import type { ExecutionsRepository, ExecutionStore } from '../../../src/modules/executions';
import { ExecutionCompletion } from '../../../src/modules/webhooks/execution-completion';

/** A fake store and repository: `status` is what the database holds; `events` is the store's notifier. */
function setup() {
  const state = { status: 'running', reads: 0 };
  const events = new EventEmitter();
  const db = { read: (work: (m: unknown) => unknown) => Promise.resolve(work({})) } as unknown as Database;
  const repo = {
    findSummary: async () => {
      state.reads += 1;
      return { id: 'e1', status: state.status };
    },
    findRecord: async () => ({ id: 'e1', status: state.status, finalOutput: { ok: true } }),
  } as unknown as ExecutionsRepository;
  const completion = new ExecutionCompletion(db, repo, { events } as unknown as ExecutionStore);
  return { state, events, completion };
}

describe('ExecutionCompletion', () => {
  it('wakes on the store event, long before the fallback re-read', async () => {
    const { state, events, completion } = setup();
    const started = Date.now();
    const waiting = completion.waitFor('e1', 5_000);
    setTimeout(() => {
      state.status = 'completed';
      events.emit('finished', 'e1');
    }, 20);
    expect(await waiting).toMatchObject({ status: 'completed' });
    expect(Date.now() - started).toBeLessThan(200);
    expect(state.reads).toBe(2);
  });

  it('ignores other executions and answers null when the wait runs out', async () => {
    const { state, events, completion } = setup();
    const waiting = completion.waitFor('e1', 120);
    setTimeout(() => events.emit('finished', 'other'), 10);
    expect(await waiting).toBeNull();
    expect(state.reads).toBeGreaterThanOrEqual(1);
  });

  it('finds an execution finished elsewhere by re-reading (no event)', async () => {
    const { state, completion } = setup();
    setTimeout(() => (state.status = 'failed'), 50);
    expect(await completion.waitFor('e1', 2_000)).toMatchObject({ status: 'failed' });
  });

  it('stops listening on shutdown', () => {
    const { events, completion } = setup();
    expect(events.listenerCount('finished')).toBe(1);
    completion.onModuleDestroy();
    expect(events.listenerCount('finished')).toBe(0);
  });
});
