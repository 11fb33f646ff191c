import { randomUUID } from 'node:crypto';
import { Database } from '../../src/database/database.service';
import { dialectSql } from '../../src/database/dialect-sql';
import type { ExecutionRecord, ExecutionStatus } from '../../src/modules/executions/execution.types';
import { ExecutionsRepository } from '../../src/modules/executions/executions.repository';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { webhookWorkflow } from './webhooks-fixtures';

interface Row {
  readonly id: string;
  readonly workflowId: string;
  readonly status: ExecutionStatus;
  readonly startedAt: string;
  readonly completedAt: string | null;
}

/**
 * Every page walk of GET /v1/executions against the documented order, computed here from the stored rows: by
 * startedAt, or by completedAt with the unfinished executions after all finished ones in both directions; ties on the
 * timestamp broken by id. The rows are made with many equal timestamps and unfinished executions, so a keyset
 * condition or a split of the completedAt query that drops, repeats or misorders a row at a page boundary shows.
 */
describe('listExecutions: page walks match the documented order', () => {
  // The unfiltered walks go through every execution in the database, one page a request at `limit=1`: on the
  // PostgreSQL run that database is shared by every test file before this one, so the walk grows with the suite
  // (0.5 s a test alone, over 5 s once in a full CI run on a slow machine).
  jest.setTimeout(60_000);
  let t: TestApp;
  let rows: Row[];
  let workflows: string[];
  let inserted: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    // Executions an earlier test file left unfinished on a shared PostgreSQL database are resumed by this app's
    // recovery and change status while the walks run: wait until they have ended (seen once in a full run).
    const db = t.app.get(Database);
    // If some never end, the walks below would fail as an ordering mismatch: say what is wrong instead.
    const stillOpen = async () =>
      Number((await db.snapshot(`SELECT COUNT(*) AS n FROM executions WHERE status IN ('pending', 'running')`, []))[0].n);
    for (const deadline = Date.now() + 20_000; (await stillOpen()) > 0; await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() > deadline) throw new Error(`${await stillOpen()} executions left by earlier tests were still unfinished after 20 s`);
    }
    workflows = [(await webhookWorkflow(t)).id, (await webhookWorkflow(t)).id];
    const statuses: ExecutionStatus[] = ['completed', 'failed', 'running', 'pending'];
    // Few distinct timestamps, so most of them are shared by several executions.
    const at = (n: number) => new Date(Date.UTC(2031, 0, 1, 0, 0, n % 4)).toISOString();
    const records: ExecutionRecord[] = Array.from({ length: 37 }, (_, n) => {
      const status = statuses[(n * 7) % statuses.length];
      const finished = status === 'completed' || status === 'failed';
      return {
        id: randomUUID(),
        workflowId: workflows[n % 2],
        status,
        inputData: {},
        currentStepNumber: 0,
        totalSteps: 1,
        errorMessage: null,
        finalOutput: undefined,
        idempotencyKey: null,
        requestFingerprint: null,
        startedAt: at(n * 5),
        completedAt: finished ? at(n * 3) : null,
        updatedAt: at(n),
        deadlineAt: '2031-01-02T00:00:00.000Z',
      };
    });
    inserted = records.map((r) => r.id);
    const repository = t.app.get(ExecutionsRepository);
    await t.app.get(Database).write((m) => repository.insertManyUnlessKeyTaken(m, records));
    const stored = await t.app.get(Database).snapshot('SELECT id, workflow_id, status, started_at, completed_at FROM executions', []);
    rows = stored.map((r) => ({
      id: String(r.id),
      workflowId: String(r.workflow_id),
      status: r.status as ExecutionStatus,
      startedAt: String(r.started_at),
      completedAt: (r.completed_at as string | null) ?? null,
    }));
    expect(rows.filter((r) => r.completedAt === null).length).toBeGreaterThan(5);
  });
  afterAll(async () => {
    // Unfinished rows left on a shared PostgreSQL database would be taken up by the next app's recovery.
    const ids = inserted;
    await t.app.get(Database).write((m) => m.query(dialectSql(m, `DELETE FROM executions WHERE id IN (${ids.map(() => '?').join(', ')})`), ids));
    await t.close();
  });

  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  function expected(sortBy: string, order: 'ASC' | 'DESC', keep: (r: Row) => boolean): string[] {
    const sign = order === 'ASC' ? 1 : -1;
    const rank = (r: Row) => (sortBy === 'completedAt' && r.completedAt === null ? 1 : 0);
    const key = (r: Row) => (sortBy === 'startedAt' ? r.startedAt : (r.completedAt ?? ''));
    return rows
      .filter(keep)
      .sort((a, b) => rank(a) - rank(b) || sign * compare(key(a), key(b)) || sign * compare(a.id, b.id))
      .map((r) => r.id);
  }

  async function walk(query: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let page = await (await t.http(`/v1/executions?${query}&limit=${limit}`, { headers: authJson() })).json();
    for (;;) {
      seen.push(...page.items.map((e: { executionId: string }) => e.executionId));
      if (!page.hasMore) return seen;
      const filters = query.split('&').filter((p) => p.startsWith('workflowId=') || p.startsWith('status='));
      const next = [`cursor=${encodeURIComponent(page.nextCursor)}`, `limit=${limit}`, ...filters].join('&');
      page = await (await t.http(`/v1/executions?${next}`, { headers: authJson() })).json();
    }
  }

  const filters: Array<[string, (r: Row) => boolean]> = [
    ['', () => true],
    ['workflowId=W0', (r) => r.workflowId === workflows[0]],
    ['status=running', (r) => r.status === 'running'],
    ['status=failed', (r) => r.status === 'failed'],
    ['workflowId=W1&status=completed', (r) => r.workflowId === workflows[1] && r.status === 'completed'],
  ];

  it('a hand-made completedAt cursor beyond the unfinished executions gives an empty last page, as the order says', async () => {
    const cursor = (so: string, sv: string) => Buffer.from(JSON.stringify({ sb: 'completedAt', so, sv, id: rows[0].id })).toString('base64url');
    for (const [so, sv] of [['ASC', '~'], ['DESC', '!']]) {
      const page = await (await t.http(`/v1/executions?cursor=${cursor(so, sv)}`, { headers: authJson() })).json();
      expect(page).toEqual({ items: [], nextCursor: '', hasMore: false });
    }
    // Just before the unfinished ones: all of them follow, and nothing finished.
    const before = cursor('ASC', '9999-12-31T23:59:59.998Z');
    const page = await (await t.http(`/v1/executions?cursor=${before}&limit=100`, { headers: authJson() })).json();
    expect(page.items.map((e: { executionId: string }) => e.executionId)).toEqual(expected('completedAt', 'ASC', (r) => r.completedAt === null));
  });

  for (const sortBy of ['startedAt', 'completedAt']) {
    for (const order of ['ASC', 'DESC'] as const) {
      it(`by ${sortBy} ${order}: every filter, pages of 1, 3 and 100`, async () => {
        for (const [filter, keep] of filters) {
          const query = [`sortBy=${sortBy}`, `sortOrder=${order}`, filter.replace('W0', workflows[0]).replace('W1', workflows[1])]
            .filter(Boolean)
            .join('&');
          const want = expected(sortBy, order, keep);
          for (const limit of [1, 3, 100]) expect({ query, limit, ids: await walk(query, limit) }).toEqual({ query, limit, ids: want });
        }
      });
    }
  }
});
