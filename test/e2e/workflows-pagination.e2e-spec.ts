import { scratchDatabase } from '../support/scratch-database';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { create, post, runnable, unique } from './workflows-fixtures';

type Item = { id: string; name: string; status: string; createdAt: string; updatedAt: string };

/**
 * Keyset pagination of GET /v1/workflows. On PostgreSQL the app gets an empty database of its own: paging by twos
 * through every workflow the other files stored took longer with each file added, past the test's time limit.
 */
describe('Workflows: list and pagination', () => {
  let t: TestApp;
  let scratch: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
  const mine: string[] = [];

  beforeAll(async () => {
    scratch = usingPostgres() ? await scratchDatabase('pages') : undefined;
    t = await startTestApp(scratch ? { DATABASE_URL: scratch.url } : {});
    const prefix = unique('page');
    // Names out of creation order, so every sort gives a different sequence.
    for (const letter of ['m', 'c', 'x', 'a', 'q', 'f', 'z']) mine.push(await create(t, { name: `${prefix} ${letter}` }));
    // Touch two of them so updatedAt order differs from createdAt order.
    for (const id of [mine[0], mine[3]]) {
      await t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify({ name: `${prefix} touched ${id.slice(0, 4)}` }) });
    }
    expect((await post(t, `/v1/workflows/${mine[1]}/activate`)).status).toBe(422); // no nodes: stays a draft
    // Creating a database and migrating it took over Jest's 5 s on a loaded machine.
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await scratch?.drop();
  });

  async function pageThrough(query: string, limit: number) {
    const items: Item[] = [];
    let cursor = '';
    let pages = 0;
    for (;;) {
      const res = await t.http(`/v1/workflows?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: authJson() });
      expect(res.status).toBe(200);
      const page = await res.json();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      pages++;
      if (!page.hasMore) {
        expect(page.nextCursor).toBe('');
        break;
      }
      expect(page.items).toHaveLength(limit);
      cursor = page.nextCursor;
    }
    return { items, pages };
  }

  const sorts = ['createdAt', 'updatedAt', 'name'] as const;
  const cases = sorts.flatMap((sortBy) => (['ASC', 'DESC'] as const).map((sortOrder) => [sortBy, sortOrder] as const));

  it.each(cases)('sortBy=%s sortOrder=%s: pages of 2 cover everything once, in the order of one big page', async (sortBy, sortOrder) => {
    const query = `&sortBy=${sortBy}&sortOrder=${sortOrder}`;
    const whole = await (await t.http(`/v1/workflows?limit=100${query}`, { headers: authJson() })).json();
    const { items, pages } = await pageThrough(query, 2);
    expect(pages).toBeGreaterThan(2);
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    if (!whole.hasMore) expect(ids).toEqual(whole.items.map((i: Item) => i.id));
    // Our own workflows appear in the requested order.
    const ours = items.filter((i) => mine.includes(i.id));
    expect(ours).toHaveLength(mine.length);
    const keys = ours.map((i) => `${i[sortBy]}\u0000${i.id}`);
    const sorted = [...keys].sort();
    expect(keys).toEqual(sortOrder === 'ASC' ? sorted : sorted.reverse());
  });

  it('defaults to createdAt DESC with 10 items, via the typed client', async () => {
    const { data, response } = await t.client.GET('/v1/workflows');
    expect(response.status).toBe(200);
    expect(data!.items.length).toBeLessThanOrEqual(10);
    const created = data!.items.map((i) => i.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it('filters by status', async () => {
    const active = await create(t, runnable());
    await post(t, `/v1/workflows/${active}/activate`);
    const { items } = await pageThrough('&status=active', 50);
    expect(items.every((i) => i.status === 'active')).toBe(true);
    expect(items.map((i) => i.id)).toContain(active);
    const drafts = await pageThrough('&status=draft', 50);
    expect(drafts.items.map((i) => i.id)).not.toContain(active);
  });

  it.each(['0', '101', '1.5', 'ten', '-1'])('limit=%s is 400 FLK-0304', async (limit) => {
    const res = await t.http(`/v1/workflows?limit=${limit}`, { headers: authJson() });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('FLK-0304');
  });

  it.each([
    ['status=archived'],
    ['sortBy=created_at'],
    ['sortOrder=desc'],
  ])('%s is 400 FLK-0304', async (query) => {
    const res = await t.http(`/v1/workflows?${query}`, { headers: authJson() });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('FLK-0304');
  });

  it('limits 1 and 100 are accepted', async () => {
    for (const limit of [1, 100]) expect((await t.http(`/v1/workflows?limit=${limit}`, { headers: authJson() })).status).toBe(200);
  });

  // A client loop that passes back `nextCursor` sends `cursor=` for its first page, as upstream allows.
  it('an empty cursor is the first page, on every list that pages with one', async () => {
    const lists = ['/v1/workflows', '/v1/executions', '/v1/audit-events', '/v1/provider-configurations', '/v1/executors'];
    for (const list of lists) {
      const plain = await t.http(`${list}?limit=2`, { headers: authJson() });
      const empty = await t.http(`${list}?limit=2&cursor=`, { headers: authJson() });
      expect({ list, status: empty.status }).toEqual({ list, status: 200 });
      expect((await empty.json()).items.map((i: { id?: string; eventId?: string; executionId?: string }) => i.id ?? i.eventId ?? i.executionId))
        .toEqual((await plain.json()).items.map((i: { id?: string; eventId?: string; executionId?: string }) => i.id ?? i.eventId ?? i.executionId));
    }
    // No cursor, so sortBy may come with it (a real cursor carries its own sort).
    expect((await t.http('/v1/executions?cursor=&sortBy=startedAt', { headers: authJson() })).status).toBe(200);
  });

  it('any empty query value counts as absent, as upstream reads it: an unset filter lists everything with the defaults', async () => {
    const plain = await (await t.http('/v1/workflows', { headers: authJson() })).json();
    const empty = await t.http('/v1/workflows?status=&limit=&sortBy=&sortOrder=&name=', { headers: authJson() });
    expect(empty.status).toBe(200);
    expect((await empty.json()).items.map((i: Item) => i.id)).toEqual(plain.items.map((i: Item) => i.id));
    // A value that is there is still checked.
    expect((await t.http('/v1/workflows?status=sleeping', { headers: authJson() })).status).toBe(400);
  });

  it('a bad cursor, or one from another sort, is 400 FLK-0008', async () => {
    const first = await (await t.http('/v1/workflows?limit=1&sortBy=name&sortOrder=ASC', { headers: authJson() })).json();
    expect(first.hasMore).toBe(true);
    const bad = ['garbage!', Buffer.from('{"id":1}').toString('base64url'), 'eyJpZCI6ImExYjJjM2Q0In0='];
    for (const cursor of bad) {
      const res = await t.http(`/v1/workflows?cursor=${encodeURIComponent(cursor)}`, { headers: authJson() });
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('FLK-0008');
    }
    const otherSort = await t.http(`/v1/workflows?cursor=${encodeURIComponent(first.nextCursor)}&sortBy=createdAt`, { headers: authJson() });
    expect(otherSort.status).toBe(400);
    expect((await otherSort.json()).code).toBe('FLK-0008');
    const sameSort = await t.http(`/v1/workflows?cursor=${encodeURIComponent(first.nextCursor)}&sortBy=name&sortOrder=ASC&limit=1`, { headers: authJson() });
    expect(sameSort.status).toBe(200);
    expect((await sameSort.json()).items[0].id).not.toBe(first.items[0].id);
  });

  it('names sort as the database orders them, consistently across pages', async () => {
    const { items } = await pageThrough('&sortBy=name&sortOrder=ASC', 3);
    const single = await (await t.http('/v1/workflows?limit=100&sortBy=name&sortOrder=ASC', { headers: authJson() })).json();
    if (!single.hasMore) expect(items.map((i) => i.name)).toEqual(single.items.map((i: Item) => i.name));
  });
});
