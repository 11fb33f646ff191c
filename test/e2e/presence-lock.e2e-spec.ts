import { Client } from 'pg';
import { PRESENCE_LOCK_SPACE, PRESENCE_SETTLE_MS, PresenceLock } from '../../src/engine/runtime/presence-lock';
import { usingPostgres } from '../support/test-app';

jest.setTimeout(30_000);

/**
 * The presence lock a process holds on PostgreSQL while it lives (ExecutionLeases): other processes judge a lease
 * holder ended when its lock is free, so it must be held from start to close, come back with the same id when its
 * connection is cut, and not be used to judge others while the process's own lock is new.
 */
(usingPostgres() ? describe : describe.skip)('presence locks (PostgreSQL)', () => {
  const url = process.env.TEST_DATABASE_URL!;
  let observer: Client;
  const locks: PresenceLock[] = [];

  beforeAll(async () => {
    observer = new Client({ connectionString: url });
    await observer.connect();
  });
  afterEach(async () => {
    for (const lock of locks.splice(0)) await lock.close();
  });
  afterAll(async () => {
    await observer.end();
  });

  const started = async () => {
    const lock = new PresenceLock(url, 200);
    locks.push(lock);
    await lock.start();
    return lock;
  };

  /** The server process of the session holding presence lock `id`, if any session holds it. */
  const holderOf = async (id: number): Promise<number | undefined> => {
    const result = await observer.query<{ pid: number }>(
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1::oid AND objid = $2::oid AND objsubid = 2`,
      [PRESENCE_LOCK_SPACE, id],
    );
    return result.rows[0]?.pid;
  };

  const until = async (condition: () => Promise<boolean>, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('is held from start to close, under a fresh id for each process', async () => {
    const [first, second] = [await started(), await started()];
    expect(first.id).not.toBe(second.id);
    expect(await holderOf(first.id)).toEqual(expect.any(Number));
    expect(await holderOf(second.id)).not.toBe(await holderOf(first.id));
    await first.close();
    expect(await holderOf(first.id)).toBeUndefined();
    expect(await holderOf(second.id)).toEqual(expect.any(Number));
  });

  it('lists the locks held on the database, only once its own has been held long enough to trust the list', async () => {
    const [first, second] = [await started(), await started()];
    // Just taken: after a server restart, the other processes may not have taken theirs back yet.
    expect(await first.heldLocks()).toBeNull();
    const settled = Date.now() + PRESENCE_SETTLE_MS;
    const held = await first.heldLocks(settled);
    expect(held).toEqual(expect.any(Set));
    expect([...held!]).toEqual(expect.arrayContaining([first.id, second.id]));
    await second.close();
    expect(await first.heldLocks(settled)).not.toContain(second.id);
  });

  it('is taken again, with the same id, when its connection is cut; until then and for a while after, it judges no one', async () => {
    const lock = await started();
    const settled = () => Date.now() + PRESENCE_SETTLE_MS;
    const before = await holderOf(lock.id);
    await observer.query('SELECT pg_terminate_backend($1)', [before]);
    // The server grants the lock a moment before the process reads the answer: wait for both.
    await until(async () => (await lock.heldLocks(settled())) !== null, 10_000, 'the lock to be taken again');
    const after = await holderOf(lock.id);
    expect(after).toEqual(expect.any(Number));
    expect(after).not.toBe(before);
    expect(await lock.heldLocks()).toBeNull();
    expect(await lock.heldLocks(settled())).toContain(lock.id);
  });

  it('ends its session on close even while it is taking its lock back', async () => {
    const lock = await started();
    await observer.query('SELECT pg_terminate_backend($1)', [await holderOf(lock.id)]);
    await lock.close();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await holderOf(lock.id)).toBeUndefined();
  });
});
