#!/usr/bin/env node
/**
 * Reads against a large table, through the BUILT service, SQLite then PostgreSQL (when reachable):
 *   1. fills the database by webhook ingest for FILL seconds (an execution, its step and two audit events per call;
 *      on PostgreSQL then ANALYZE, which autovacuum does within a minute anyway);
 *   2. walks PAGES pages of 100 of `GET /v1/executions` by startedAt and by completedAt (both orders), and by
 *      completedAt filtered by the workflow and by status `completed`: the first page 20 times, then the walk, each
 *      with its median and longest page — a keyset page should cost the same at any depth;
 *   3. `GET /v1/audit-events` by `resourceId` alone and with its `resourceType`;
 *   4. `GET /health` pinged every 2 ms, first alone, then while a client asks `GET /v1/dashboards/executions` (a count
 *      over every execution) back to back: how long the counts hold up other requests.
 * Usage: npm run build && node bench/listings.mjs [fill-seconds=15] [pages=200] [postgres-url]
 */
import autocannon from 'autocannon';
import { BENCH_API_KEY, WEBHOOK_PAYLOAD, hookWorkflow, postgresQuery, resetPostgres, startService } from './lib.mjs';

const fillSeconds = Number(process.argv[2] ?? 15);
const pages = Number(process.argv[3] ?? 200);
const pgUrl = process.argv[4] ?? 'postgres://root@127.0.0.1:5432/flk_listings';
const auth = { 'X-API-Key': BENCH_API_KEY };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function timed(service, path, headers = auth) {
  const began = performance.now();
  const res = await fetch(`${service.url}${path}`, { headers });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - began, body };
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
  return `n ${sorted.length}, median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, longest ${sorted.at(-1).toFixed(2)} ms`;
};

async function fill(service) {
  const hook = await hookWorkflow(service);
  const result = await autocannon({
    url: `${service.url}/v1/webhooks/${hook.path}`,
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: WEBHOOK_PAYLOAD,
    connections: 50,
    duration: fillSeconds,
  });
  return { calls: result['2xx'], workflowId: hook.id };
}

/** The first page 20 times (what a list view asks for most), then a walk of PAGES pages from it. */
async function walk(service, query) {
  const firsts = [];
  for (let n = 0; n < 20; n++) firsts.push((await timed(service, `/v1/executions?limit=100&${query}`)).ms);
  const times = [];
  let page = await timed(service, `/v1/executions?limit=100&${query}`);
  times.push(page.ms);
  while (times.length < pages && page.body.hasMore) {
    page = await timed(service, `/v1/executions?limit=100&cursor=${encodeURIComponent(page.body.nextCursor)}`);
    times.push(page.ms);
  }
  return `first page ${stats(firsts)}\n${' '.repeat(45)}walk ${stats(times)}`;
}

async function pings(service, ms) {
  const times = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const began = performance.now();
    await fetch(`${service.url}/health`).then((res) => res.arrayBuffer());
    times.push(performance.now() - began);
    await sleep(2);
  }
  return times;
}

/**
 * PostgreSQL plans by its statistics, and right after the fill the table has none (autovacuum analyzes it within a
 * minute or so): planned as if it held a few rows, a filtered page sorts all of them. Analyzed, as in steady state.
 */
const analyze = (url) => postgresQuery(url, 'ANALYZE');

async function measure(name, env) {
  const service = await startService(env);
  try {
    const { calls, workflowId } = await fill(service);
    if (env.DATABASE_URL) await analyze(env.DATABASE_URL);
    console.log(`\n== ${name}: ${calls} executions stored by webhook ingest in ${fillSeconds} s`);
    const queries = [
      'sortBy=startedAt&sortOrder=DESC',
      'sortBy=completedAt&sortOrder=DESC',
      'sortBy=completedAt&sortOrder=ASC',
      `workflowId=${workflowId}&sortBy=completedAt&sortOrder=DESC`,
      'status=completed&sortBy=completedAt&sortOrder=DESC',
    ];
    for (const query of queries) console.log(`executions ${query.replace(/=[0-9a-f-]{36}/, '=…').padEnd(34)} ${await walk(service, query)}`);
    const newest = (await timed(service, '/v1/audit-events?limit=1')).body.items[0];
    for (const query of [`resourceId=${newest.resourceId}`, `resourceType=${newest.resourceType}&resourceId=${newest.resourceId}`]) {
      const times = [];
      for (let n = 0; n < 20; n++) times.push((await timed(service, `/v1/audit-events?${query}`)).ms);
      console.log(`audit events by ${query.replace(/=[0-9a-f-]{36}/, '=…').padEnd(38)} ${stats(times)}`);
    }
    console.log(`/health alone                                     ${stats(await pings(service, 3000))}`);
    let counting = true;
    const counts = [];
    const client = (async () => {
      while (counting) counts.push((await timed(service, '/v1/dashboards/executions')).ms);
    })();
    const busy = await pings(service, 4000);
    counting = false;
    await client;
    console.log(`/health while dashboards count back to back       ${stats(busy)}`);
    console.log(`    the counts themselves                         ${stats(counts)}`);
  } finally {
    await service.stop();
  }
}

await measure('SQLite', {});
if (await resetPostgres(pgUrl)) {
  await measure('PostgreSQL', { DATABASE_URL: pgUrl, SECRETS_KEY: Buffer.alloc(32, 9).toString('base64') });
} else {
  console.log(`\n(PostgreSQL at ${pgUrl} not reachable: skipped)`);
}
