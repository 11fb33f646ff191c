import diagnosticsChannel from 'node:diagnostics_channel';
import { FLUSH_CHANNEL } from '../../src/engine/runtime/execution-store';
import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { callHook, webhookWorkflow } from './webhooks-fixtures';

describe('GET /metrics', () => {
  let t: TestApp;

  /** In a scrape, the value of the first sample named `name` (its labels, if any, containing every one of `parts`); 0 when none. */
  const valueIn = (text: string, name: string, ...parts: string[]) => {
    const line = text.split('\n').find((l) => (l.startsWith(`${name} `) || l.startsWith(`${name}{`)) && parts.every((part) => l.includes(part)));
    return line === undefined ? 0 : Number(line.split(' ').pop());
  };
  const scrape = async () => (await t.http('/metrics')).text();
  const metric = async (name: string, ...parts: string[]) => valueIn(await scrape(), name, ...parts);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is public and speaks the Prometheus text format', async () => {
    const res = await t.http('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP process_cpu_user_seconds_total/m);
    expect(text).toMatch(/^flowker_db_pool_connections\{state="total"\} \d+$/m);
  });

  it('records HTTP latency by route template, never by raw URL', async () => {
    await t.http('/v1/catalog/providers/tracer', { headers: authJson() });
    await t.http('/v1/catalog/providers/midaz', { headers: authJson() });
    const text = await (await t.http('/metrics')).text();
    const line = text.split('\n').find((l) => l.startsWith('flowker_http_request_duration_seconds_count{') && l.includes('route="/v1/catalog/providers/:id"'));
    expect(line).toMatch(/method="GET"/);
    expect(line).toMatch(/status_code="200"/);
    expect(Number(line!.split(' ').pop())).toBe(2);
    expect(text).not.toContain('/v1/catalog/providers/tracer');
  });

  it('counts requests refused before routing: a URL the router refuses, and requests that could not be read', async () => {
    // Neither appeared in /metrics, so an operator could not see a client sending broken requests.
    const refusedUrl = () => metric('flowker_http_request_duration_seconds_count', 'route="unmatched"', 'status_code="400"');
    const unread = () => metric('flowker_http_unreadable_requests_total', 'status_code="431"');
    const [urlsBefore, unreadBefore] = [await refusedUrl(), await unread()];

    const bad = await fetch(`${t.baseUrl}/v1/workflows/%zz`, { headers: authJson() });
    expect(bad.status).toBe(400);
    await bad.text();
    const huge = await fetch(`${t.baseUrl}/v1/workflows/${'a'.repeat(20_000)}`, { headers: authJson() });
    expect(huge.status).toBe(431);
    await huge.text();

    expect(await refusedUrl()).toBe(urlsBefore + 1);
    expect(await unread()).toBe(unreadBefore + 1);
  });

  it('shows the group commit of execution writes: how many writes each flush held and how long it took', async () => {
    const wf = await webhookWorkflow(t);
    // One scrape for all of them: a write of the engine between two scrapes would skew the comparisons.
    const totals = async () => {
      const text = await scrape();
      return {
        writes: valueIn(text, 'flowker_execution_store_flush_writes_sum'),
        flushes: valueIn(text, 'flowker_execution_store_flush_writes_count'),
        allBuckets: valueIn(text, 'flowker_execution_store_flush_writes_bucket', 'le="+Inf"'),
        timed: valueIn(text, 'flowker_execution_store_flush_duration_seconds_count'),
        seconds: valueIn(text, 'flowker_execution_store_flush_duration_seconds_sum'),
      };
    };
    const published: Array<{ writes: number; seconds: number }> = [];
    const listen = (message: unknown) => published.push(message as { writes: number; seconds: number });
    diagnosticsChannel.subscribe(FLUSH_CHANNEL, listen);
    const before = await totals();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => callHook(t, wf.path, { body: { n } })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    const after = await totals();
    diagnosticsChannel.unsubscribe(FLUSH_CHANNEL, listen);
    // Each accepted call is one stored start; other writes of the engine may share or add flushes.
    expect(after.writes - before.writes).toBeGreaterThanOrEqual(20);
    expect(after.flushes - before.flushes).toBeGreaterThanOrEqual(1);
    expect(after.flushes - before.flushes).toBeLessThanOrEqual(after.writes - before.writes);
    // Every flush is timed too.
    expect(after.timed - before.timed).toBe(after.flushes - before.flushes);
    expect(after.seconds).toBeGreaterThan(before.seconds);
    expect(after.allBuckets).toBe(after.flushes);
    // The same flushes are published on the diagnostics channel, for tracers and the benchmarks.
    expect(published.reduce((sum, flush) => sum + flush.writes, 0)).toBeGreaterThanOrEqual(20);
    for (const flush of published) {
      expect(flush.writes).toBeGreaterThanOrEqual(1);
      expect(flush.seconds).toBeGreaterThanOrEqual(0);
    }
  });
});
