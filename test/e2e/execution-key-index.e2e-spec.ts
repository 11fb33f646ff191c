import { DataSource, type EntitySubscriberInterface } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { authJson, startTestApp, usingPostgres, type TestApp } from '../support/test-app';
import { callHook, webhookWorkflow } from './webhooks-fixtures';

/**
 * Only executions started with an idempotency key can collide, so only they are in the unique key index and only
 * their flushes pay for the duplicate checks (migration 1764400000012). Executions without a key were the ones
 * that paid for nothing: an index entry each, a uniqueness probe each, and guarded step upserts.
 */
describe('idempotency keys: only keyed executions are indexed and checked', () => {
  let t: TestApp;
  let hook: { id: string; path: string };
  const sent: string[] = [];
  const recorder: EntitySubscriberInterface = { beforeQuery: (event) => void sent.push(event.query) };

  beforeAll(async () => {
    t = await startTestApp();
    hook = await webhookWorkflow(t);
    t.app.get(DataSource).subscribers.push(recorder);
  });
  afterAll(async () => {
    const subscribers = t.app.get(DataSource).subscribers;
    subscribers.splice(subscribers.indexOf(recorder), 1);
    await t.close();
  });

  it('the unique index on (workflow_id, idempotency_key) leaves rows without a key out', async () => {
    const db = t.app.get(Database);
    const definition = usingPostgres()
      ? await db.snapshot("SELECT indexdef AS sql FROM pg_indexes WHERE indexname = 'UQ_executions_workflow_idempotency'", [])
      : await db.snapshot("SELECT sql FROM sqlite_master WHERE name = 'UQ_executions_workflow_idempotency'", []);
    expect(definition).toHaveLength(1);
    expect(String(definition[0].sql)).toMatch(/UNIQUE INDEX .* WHERE \(?"?idempotency_key"? IS NOT NULL\)?/i);
  });

  it('concurrent calls with one Idempotency-Key still start one execution, and the key is found again later', async () => {
    const key = `order-${Date.now()}`;
    const calls = await Promise.all(
      Array.from({ length: 10 }, () => callHook(t, hook.path, { body: { n: 1 }, headers: authJson({ 'Idempotency-Key': key }) })),
    );
    const ids = new Set(calls.map((res) => res.headers.get('x-webhook-execution-id')));
    expect(ids.size).toBe(1);
    const again = await callHook(t, hook.path, { body: { n: 1 }, headers: authJson({ 'Idempotency-Key': key }) });
    expect(again.headers.get('x-webhook-execution-id')).toBe([...ids][0]);
    const rows = await t.app.get(Database).snapshot('SELECT id FROM executions WHERE workflow_id = ? AND idempotency_key = ?', [hook.id, key]);
    expect(rows.map((row) => row.id)).toEqual([...ids]);
  });

  // On PostgreSQL a flush of starts is first sent as plain inserts in any case (a guess that no key is taken), so
  // only SQLite's statements differ with and without keys.
  (usingPostgres() ? it.skip : it)('starts without a key and their steps are plain inserts; with a key in the flush they are checked', async () => {
    const stepInserts = () => sent.filter((query) => /INSERT INTO execution_steps/.test(query));
    const executionInserts = () => sent.filter((query) => /INSERT INTO executions/.test(query));
    sent.length = 0;
    const plain = await Promise.all([1, 2, 3].map((n) => callHook(t, hook.path, { body: { n } })));
    expect(plain.map((res) => res.status)).toEqual([201, 201, 201]);
    expect(stepInserts().length).toBeGreaterThan(0);
    for (const query of stepInserts()) expect(query).not.toMatch(/ON CONFLICT|EXISTS/);
    expect(executionInserts().length).toBeGreaterThan(0);
    for (const query of executionInserts()) expect(query).not.toMatch(/ON CONFLICT/);

    sent.length = 0;
    const keyed = await callHook(t, hook.path, { body: { n: 4 }, headers: authJson({ 'Idempotency-Key': `k-${Date.now()}` }) });
    expect(keyed.status).toBe(201);
    expect(stepInserts().length).toBeGreaterThan(0);
    for (const query of stepInserts()) expect(query).toMatch(/WHERE EXISTS[\s\S]*ON CONFLICT/);
    for (const query of executionInserts()) expect(query).toMatch(/ON CONFLICT \(workflow_id, idempotency_key\) WHERE idempotency_key IS NOT NULL DO NOTHING/);
  });

  (usingPostgres() ? it.skip : it)('a key lookup is answered by the partial index (SQLite plan)', async () => {
    const plan = await t.app.get(Database).snapshot(
      'EXPLAIN QUERY PLAN SELECT id FROM executions WHERE workflow_id = ? AND idempotency_key = ?',
      [hook.id, 'some-key'],
    );
    expect(plan.map((line) => String(line.detail)).join('\n')).toMatch(/USING (COVERING )?INDEX UQ_executions_workflow_idempotency/);
  });
});
