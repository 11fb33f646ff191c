import type { EntityManager } from 'typeorm';
import { GroupCommitter, type BatchWriter, type TransactionRunner } from '../../../src/engine/runtime/group-commit';

/** A fake database: each transaction gets a manager that logs statements; `commit` can be delayed or failed. */
function fakeDb() {
  const transactions: string[][] = [];
  let commitGate: Promise<void> = Promise.resolve();
  let failCommits = 0;
  let begun = 0;
  const runner: TransactionRunner = async <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => {
    begun += 1;
    const log: string[] = [];
    const manager = { query: async (sql: string) => void log.push(sql) } as unknown as EntityManager;
    const result = await work(manager);
    await commitGate;
    if (failCommits > 0) {
      failCommits -= 1;
      throw new Error('commit failed');
    }
    transactions.push(log);
    return result;
  };
  return {
    runner,
    transactions,
    hold: () => {
      let release!: () => void;
      commitGate = new Promise((r) => (release = r));
      return release;
    },
    failNextCommit: () => (failCommits = 1),
    /** Transactions begun so far, committed or not. */
    begun: () => begun,
  };
}

const op = (name: string) => async (m: EntityManager) => {
  await m.query(name);
  return name;
};

describe('GroupCommitter', () => {
  it('commits writes submitted together in one transaction and resolves each with its own result', async () => {
    const db = fakeDb();
    const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 2 });
    const results = await Promise.all(['a', 'b', 'c'].map((x) => gc.submit(op(x))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(db.transactions).toEqual([['a', 'b', 'c']]);
  });

  it('acknowledges nothing before the commit of its transaction', async () => {
    const db = fakeDb();
    const release = db.hold();
    const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 1 });
    let settled = false;
    const pending = gc.submit(op('a')).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    release();
    await pending;
    expect(settled).toBe(true);
  });

  it('flushes at maxBatch without waiting, and gathers the next batch while a flush runs', async () => {
    const db = fakeDb();
    const release = db.hold();
    const gc = new GroupCommitter(db.runner, { maxBatch: 2, maxDelayMs: 10_000 });
    const first = [gc.submit(op('a')), gc.submit(op('b'))]; // full batch: flushes at once
    const later = [gc.submit(op('c')), gc.submit(op('d')), gc.submit(op('e'))];
    release();
    await Promise.all([...first, ...later]);
    expect(db.transactions).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('onFlushed: tells each flush once all its writes have settled, with their number and the time from the flush', async () => {
    const db = fakeDb();
    const release = db.hold();
    const flushed: Array<{ writes: number; seconds: number }> = [];
    const gc = new GroupCommitter(db.runner, { maxBatch: 2, maxDelayMs: 1, onFlushed: (writes, seconds) => flushed.push({ writes, seconds }) });
    const writes = [gc.submit(op('a')), gc.submit(op('b')), gc.submit(op('c'))];
    await new Promise((r) => setTimeout(r, 30));
    expect(flushed).toEqual([]); // the first flush is held at its commit: nothing to report yet
    release();
    await Promise.all(writes);
    expect(flushed.map((f) => f.writes)).toEqual([2, 1]);
    // The first flush's time includes the wait for its held commit.
    expect(flushed[0].seconds).toBeGreaterThanOrEqual(0.02);
    expect(flushed[1].seconds).toBeGreaterThanOrEqual(0);
  });

  it('onFlushed: a flush whose shared transaction failed is told once, after its writes were retried alone', async () => {
    const db = fakeDb();
    db.failNextCommit();
    const flushed: number[] = [];
    const gc = new GroupCommitter(db.runner, { maxBatch: 10, maxDelayMs: 1, onFlushed: (writes) => flushed.push(writes) });
    await Promise.all([gc.submit(op('a')), gc.submit(op('b'))]);
    expect(db.transactions).toEqual([['a'], ['b']]);
    expect(flushed).toEqual([2]);
  });

  it('keeps an isolated failure to its caller (savepoint) and the rest of the batch committed', async () => {
    const db = fakeDb();
    const gc = new GroupCommitter(db.runner, { maxBatch: 10, maxDelayMs: 1 });
    const failing = gc.submit(async (m) => {
      await m.query('bad');
      throw new Error('unique violation');
    }, true);
    const ok = gc.submit(op('good'));
    await expect(failing).rejects.toThrow('unique violation');
    await expect(ok).resolves.toBe('good');
    expect(db.transactions).toHaveLength(1);
    expect(db.transactions[0]).toEqual(['SAVEPOINT gc_1', 'bad', 'ROLLBACK TO SAVEPOINT gc_1', 'RELEASE SAVEPOINT gc_1', 'good']);
  });

  it('retries every write alone when the shared transaction fails', async () => {
    const db = fakeDb();
    const gc = new GroupCommitter(db.runner, { maxBatch: 10, maxDelayMs: 1 });
    const broken = gc.submit(async () => {
      throw new Error('bug');
    });
    const a = gc.submit(op('a'));
    const b = gc.submit(op('b'));
    await expect(broken).rejects.toThrow('bug');
    await expect(Promise.all([a, b])).resolves.toEqual(['a', 'b']);
    expect(db.transactions).toEqual([['a'], ['b']]);
  });

  it('fails nobody silently when the commit itself fails once', async () => {
    const db = fakeDb();
    db.failNextCommit();
    const gc = new GroupCommitter(db.runner, { maxBatch: 10, maxDelayMs: 1 });
    await expect(Promise.all([gc.submit(op('a')), gc.submit(op('b'))])).resolves.toEqual(['a', 'b']);
    expect(db.transactions).toEqual([['a'], ['b']]);
  });

  it('runs up to maxConcurrent transactions at once', async () => {
    const db = fakeDb();
    const release = db.hold();
    const gc = new GroupCommitter(db.runner, { maxBatch: 1, maxDelayMs: 1, maxConcurrent: 2 });
    const done: string[] = [];
    const all = ['a', 'b', 'c'].map((x) => gc.submit(op(x)).then(() => done.push(x)));
    await new Promise((r) => setTimeout(r, 20));
    expect(gc.waiting).toBe(1); // a and b are in flight, c waits for a free slot
    release();
    await Promise.all(all);
    expect(done.sort()).toEqual(['a', 'b', 'c']);
  });

  it('openEarly: begins the transaction while the batch gathers, then writes the whole batch in it', async () => {
    const db = fakeDb();
    const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 20, openEarly: true });
    const first = gc.submit(op('a'));
    expect(db.begun()).toBe(1); // at once, not 20 ms later
    const second = gc.submit(op('b'));
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(db.begun()).toBe(1);
    expect(db.transactions).toEqual([['a', 'b']]);
  });

  it('openEarly: while every slot writes, the next transaction is already begun for the writes that wait', async () => {
    const db = fakeDb();
    const release = db.hold();
    const gc = new GroupCommitter(db.runner, { maxBatch: 1, maxDelayMs: 1, maxConcurrent: 1, openEarly: true });
    const first = gc.submit(op('a')); // full batch: flushed at once, and its commit is held
    await new Promise((r) => setTimeout(r, 5));
    expect(db.begun()).toBe(1); // nothing waits: nothing begun ahead
    const second = gc.submit(op('b'));
    expect(db.begun()).toBe(2); // begun ahead, although the only slot is still writing
    await new Promise((r) => setTimeout(r, 5));
    expect(db.transactions).toEqual([]);
    release();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(db.begun()).toBe(2);
    expect(db.transactions).toEqual([['a'], ['b']]);
  });

  it('openEarly: when the transaction cannot begin, every write is tried alone and fails only if that fails too', async () => {
    const db = fakeDb();
    let attempts = 0;
    const runner: TransactionRunner = (work) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('cannot begin')) : db.runner(work);
    };
    const gc = new GroupCommitter(runner, { maxBatch: 100, maxDelayMs: 5, openEarly: true });
    expect(await Promise.all([gc.submit(op('a')), gc.submit(op('b'))])).toEqual(['a', 'b']);
    expect(db.transactions).toEqual([['a'], ['b']]);
  });

  it('retryTogether: a refused first try is retried as one batch, told it is retrying; only the first try is flagged', async () => {
    const db = fakeDb();
    const firstTries: boolean[] = [];
    let refuse = true;
    const runner: TransactionRunner = async (work, firstTry) => {
      firstTries.push(firstTry === true);
      const result = await db.runner(work);
      if (refuse) {
        refuse = false;
        throw new Error('refused guess');
      }
      return result;
    };
    const seen: boolean[] = [];
    const guessing: BatchWriter<string, string> = {
      write: async (m, items, retrying) => {
        seen.push(retrying);
        await m.query(`start(${items.join(',')})`);
        return items.map((item) => `${item}!`);
      },
    };
    const gc = new GroupCommitter(runner, { maxBatch: 100, maxDelayMs: 2, retryTogether: (error) => /refused/.test(String(error)) });
    expect(await Promise.all([gc.submitBatched(guessing, 'a'), gc.submitBatched(guessing, 'b')])).toEqual(['a!', 'b!']);
    expect(seen).toEqual([false, true]);
    expect(firstTries).toEqual([true, false]);
    // Not one transaction per write: the retry wrote the batch together.
    expect(db.begun()).toBe(2);
  });

  it('retryTogether: a failure it does not name is retried write by write, as before', async () => {
    const db = fakeDb();
    db.failNextCommit();
    const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 2, retryTogether: (error) => /refused/.test(String(error)) });
    expect(await Promise.all([gc.submit(op('a')), gc.submit(op('b'))])).toEqual(['a', 'b']);
    expect(db.begun()).toBe(3);
    expect(db.transactions).toEqual([['a'], ['b']]);
  });

  it('drain() commits whatever is queued', async () => {
    const db = fakeDb();
    const gc = new GroupCommitter(db.runner, { maxBatch: 10, maxDelayMs: 60_000 });
    const p = gc.submit(op('late'));
    await gc.drain();
    await expect(p).resolves.toBe('late');
    expect(gc.waiting).toBe(0);
  });

  describe('submitBatched', () => {
    /** A writer that records each call's items as one statement and answers `item!` per item (or fails on "bad"). */
    const writer = (name: string): BatchWriter<string, string> => ({
      write: async (m, items) => {
        await m.query(`${name}(${items.join(',')})`);
        if (items.includes('bad')) throw new Error('bad item');
        return items.map((item) => `${item}!`);
      },
    });

    it('writes the items of one writer waiting in a flush with ONE call, at the place of the first of them', async () => {
      const db = fakeDb();
      const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 2 });
      const starts = writer('start');
      const finishes = writer('finish');
      const results = await Promise.all([
        gc.submit(op('x')),
        gc.submitBatched(starts, 'a'),
        gc.submitBatched(finishes, 'f'),
        gc.submitBatched(starts, 'b'),
        gc.submit(op('y')),
        gc.submitBatched(starts, 'c'),
      ]);
      expect(results).toEqual(['x', 'a!', 'f!', 'b!', 'y', 'c!']);
      expect(db.transactions).toEqual([['x', 'start(a,b,c)', 'finish(f)', 'y']]);
    });

    it('runs the writers of one flush side by side; a plain write waits for the writers queued before it', async () => {
      const db = fakeDb();
      const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 2 });
      /** Two statements per call, with a pause between them in which another writer can send its own. */
      const twoStep = (name: string): BatchWriter<string, string> => ({
        write: async (m, items) => {
          await m.query(`${name}1(${items.join(',')})`);
          await new Promise((r) => setTimeout(r, 5));
          await m.query(`${name}2`);
          return items.map((item) => `${item}!`);
        },
      });
      const results = await Promise.all([
        gc.submitBatched(twoStep('start'), 'a'),
        gc.submitBatched(twoStep('finish'), 'f'),
        gc.submit(op('y')),
        gc.submitBatched(twoStep('progress'), 'p'),
      ]);
      expect(results).toEqual(['a!', 'f!', 'y', 'p!']);
      expect(db.transactions).toEqual([['start1(a)', 'finish1(f)', 'start2', 'finish2', 'y', 'progress1(p)', 'progress2']]);
    });

    it('when one of the writers running side by side fails, the transaction ends only after the others have', async () => {
      const db = fakeDb();
      const events: string[] = [];
      const runner: TransactionRunner = async (work) => {
        try {
          return await db.runner(work);
        } catch (error) {
          events.push('rolled back');
          throw error;
        }
      };
      const gc = new GroupCommitter(runner, { maxBatch: 100, maxDelayMs: 2 });
      const slow: BatchWriter<string, string> = {
        write: async (m, items) => {
          await new Promise((r) => setTimeout(r, 10));
          await m.query(`slow(${items.join(',')})`);
          events.push('slow ended');
          return items.map((item) => `${item}!`);
        },
      };
      const outcomes = await Promise.allSettled([gc.submitBatched(writer('start'), 'bad'), gc.submitBatched(slow, 's')]);
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual(['bad item', 's!']);
      // The shared attempt, then each item alone: 'bad' fails again, 's' commits.
      expect(events).toEqual(['slow ended', 'rolled back', 'rolled back', 'slow ended']);
      expect(db.transactions).toEqual([['slow(s)']]);
    });

    it('when a batched write breaks the shared transaction, every item is retried alone and only the bad one fails', async () => {
      const db = fakeDb();
      const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 2 });
      const starts = writer('start');
      const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map((item) => gc.submitBatched(starts, item)));
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual(['a!', 'bad item', 'c!']);
      // Committed: the two good items, each in its own transaction; nothing of the failed shared one.
      expect(db.transactions).toEqual([['start(a)'], ['start(c)']]);
    });

    it('keeps batches of different flushes apart: nothing is acknowledged before its own commit', async () => {
      const db = fakeDb();
      const release = db.hold();
      const gc = new GroupCommitter(db.runner, { maxBatch: 2, maxDelayMs: 1 });
      const starts = writer('start');
      const first = Promise.all([gc.submitBatched(starts, 'a'), gc.submitBatched(starts, 'b')]);
      const second = gc.submitBatched(starts, 'c');
      let firstDone = false;
      void first.then(() => (firstDone = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(firstDone).toBe(false);
      release();
      expect(await first).toEqual(['a!', 'b!']);
      expect(await second).toBe('c!');
      expect(db.transactions).toEqual([['start(a,b)'], ['start(c)']]);
    });
  });

  describe('expect (announced writes)', () => {
    const starts: BatchWriter<string, string> = {
      write: async (m, items) => {
        await m.query(`start(${items.join(',')})`);
        return items.map((item) => `${item}!`);
      },
    };
    /** Lets every pending check-phase callback run (setImmediate), twice over. */
    const turns = () => new Promise((r) => setImmediate(() => setImmediate(r)));

    /** Two writes announced to a committer with a long timer, the first of them queued: the batch waits. */
    async function oneQueuedOneOnItsWay() {
      const db = fakeDb();
      const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 60_000 });
      const [queued, onItsWay] = [gc.expect(), gc.expect()];
      const a = gc.submitBatched(starts, 'a', queued);
      await turns();
      expect(db.begun()).toBe(0); // `onItsWay` is still on its way
      return { db, gc, a, onItsWay };
    }

    it('holds a batch while an announced write is on its way and flushes it with that write at once, long before maxDelayMs', async () => {
      const { db, gc, a, onItsWay } = await oneQueuedOneOnItsWay();
      const b = gc.submitBatched(starts, 'b', onItsWay);
      expect(await Promise.all([a, b])).toEqual(['a!', 'b!']);
      expect(db.transactions).toEqual([['start(a,b)']]);
    });

    it('flushes the waiting batch once an announced caller gives up without writing', async () => {
      const { db, gc, a, onItsWay: leaving } = await oneQueuedOneOnItsWay();
      leaving.settle();
      leaving.settle(); // settling twice counts once
      expect(await a).toBe('a!');
      await turns(); // the flush has ended (writes queued while it ran would go out right after it)
      // A later announcement is waited for again: the counter did not go below zero.
      const late = gc.expect();
      const b = gc.submitBatched(starts, 'b');
      await turns();
      expect(db.transactions).toEqual([['start(a)']]);
      late.settle();
      expect(await b).toBe('b!');
      expect(db.transactions).toEqual([['start(a)'], ['start(b)']]);
    });

    it('still flushes after maxDelayMs when an announced write never comes', async () => {
      const db = fakeDb();
      const gc = new GroupCommitter(db.runner, { maxBatch: 100, maxDelayMs: 5 });
      gc.expect(); // never settled
      expect(await gc.submitBatched(starts, 'a')).toBe('a!');
      expect(db.transactions).toEqual([['start(a)']]);
    });
  });
});
