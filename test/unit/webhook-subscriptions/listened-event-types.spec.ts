import type { EntityManager } from 'typeorm';
import { ListenedEventTypes } from '../../../src/modules/webhook-subscriptions/listened-event-types';
import type { SubscriptionsRepository } from '../../../src/modules/webhook-subscriptions/subscriptions.repository';

const manager = {} as EntityManager;

function setup() {
  const rows = new Map<string, string[][]>();
  let queries = 0;
  let pause: Promise<void> | null = null;
  const repo = {
    async listActive(_m: EntityManager, org: string) {
      queries += 1;
      const snapshot = (rows.get(org) ?? []).map((events, i) => ({ id: `s${i}`, events: JSON.stringify(events) }));
      if (pause) await pause;
      return snapshot;
    },
  } as unknown as SubscriptionsRepository;
  const cache = new ListenedEventTypes(repo);
  let clock = 1_000;
  cache.now = () => clock;
  return {
    cache,
    rows,
    queries: () => queries,
    advance: (ms: number) => (clock += ms),
    hold: () => {
      let release!: () => void;
      pause = new Promise<void>((r) => (release = r));
      return () => {
        pause = null;
        release();
      };
    },
  };
}

describe('ListenedEventTypes', () => {
  it('answers from memory within a second, per organisation, without querying again', async () => {
    const s = setup();
    s.rows.set('default', [['workflow.completed'], ['workflow.failed', 'workflow.started']]);
    expect(await s.cache.anyListens(manager, 'default', 'workflow.completed')).toBe(true);
    expect(await s.cache.anyListens(manager, 'default', 'workflow.started')).toBe(true);
    expect(await s.cache.anyListens(manager, 'default', 'workflow.step.started')).toBe(false);
    expect(s.queries()).toBe(1);
    expect(await s.cache.anyListens(manager, 'other', 'workflow.completed')).toBe(false);
    expect(s.queries()).toBe(2);
  });

  it('surelyUnheard: true only for a fresh, empty answer; unknown, stale or listening organisations say "ask"', async () => {
    const s = setup();
    expect(s.cache.surelyUnheard('default')).toBe(false); // nothing known yet
    await s.cache.anyListens(manager, 'default', 'workflow.started');
    expect(s.cache.surelyUnheard('default')).toBe(true);
    s.advance(1_000);
    expect(s.cache.surelyUnheard('default')).toBe(false); // stale: a subscription may exist by now
    s.rows.set('default', [['workflow.failed']]);
    await s.cache.anyListens(manager, 'default', 'workflow.started');
    expect(s.cache.surelyUnheard('default')).toBe(false); // someone listens to something
    s.rows.set('default', []);
    s.cache.invalidate();
    expect(s.cache.surelyUnheard('default')).toBe(false);
  });

  it('with no subscription at all, costs one query per second however many events', async () => {
    const s = setup();
    for (let i = 0; i < 500; i++) expect(await s.cache.anyListens(manager, 'default', 'workflow.started')).toBe(false);
    expect(s.queries()).toBe(1);
    s.advance(999);
    await s.cache.anyListens(manager, 'default', 'workflow.started');
    expect(s.queries()).toBe(1);
    s.advance(1);
    await s.cache.anyListens(manager, 'default', 'workflow.started');
    expect(s.queries()).toBe(2);
  });

  it('sees a change made elsewhere after at most a second, and one made here at once after invalidate()', async () => {
    const s = setup();
    expect(await s.cache.anyListens(manager, 'default', 'workflow.failed')).toBe(false);
    s.rows.set('default', [['workflow.failed']]); // another process
    expect(await s.cache.anyListens(manager, 'default', 'workflow.failed')).toBe(false);
    s.advance(1_000);
    expect(await s.cache.anyListens(manager, 'default', 'workflow.failed')).toBe(true);

    s.rows.set('default', [['workflow.started']]); // this process, then invalidate after commit
    s.cache.invalidate();
    expect(await s.cache.anyListens(manager, 'default', 'workflow.failed')).toBe(false);
    expect(await s.cache.anyListens(manager, 'default', 'workflow.started')).toBe(true);
  });

  it('does not keep a load that began before an invalidation (it may have read the old rows)', async () => {
    const s = setup();
    const release = s.hold();
    const early = s.cache.anyListens(manager, 'default', 'workflow.completed'); // reads "nobody" ...
    s.rows.set('default', [['workflow.completed']]);
    s.cache.invalidate(); // ... while a subscription is created and committed
    release();
    expect(await early).toBe(false);
    expect(await s.cache.anyListens(manager, 'default', 'workflow.completed')).toBe(true);
    expect(s.queries()).toBe(2);
  });
});
