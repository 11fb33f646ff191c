#!/usr/bin/env node
/**
 * Memory under sustained webhook ingest, through the BUILT service, SQLite then PostgreSQL (when reachable): CHUNKS
 * autocannon runs of 15 s (50 connections, small JSON) against one active `webhook → set_output` workflow, and after
 * each a full garbage collection in the service (bench/heap-after-gc.cjs) to read the heap that is still in use.
 * A leak shows as that figure growing with the calls served; the heap used between collections, and the resident set,
 * swing with the collector's timing and say little.
 * Usage: npm run build && node bench/soak.mjs [chunks=12] [postgres-url]
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BENCH_API_KEY, ROOT, hookWorkflow, load, resetPostgres, startService } from './lib.mjs';

const chunks = Number(process.argv[2] ?? 12);
const pgUrl = process.argv[3] ?? 'postgres://root@127.0.0.1:5432/flk_soak';
const MB = 1024 * 1024;

async function soak(label, env) {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'flowker-soak-')), 'heap.ndjson');
  const service = await startService({
    ...env,
    HEAP_REPORT_FILE: report,
    NODE_OPTIONS: `--expose-gc --require ${path.join(ROOT, 'bench', 'heap-after-gc.cjs')}`,
  });
  const afterGc = async () => {
    const before = readLines(report).length;
    service.child.kill('SIGUSR2');
    for (let i = 0; i < 200 && readLines(report).length === before; i++) await new Promise((r) => setTimeout(r, 25));
    return readLines(report).at(-1);
  };
  try {
    const hook = await hookWorkflow(service);
    const target = {
      url: `${service.url}/v1/webhooks/${hook.path}`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': BENCH_API_KEY },
      body: JSON.stringify({ event: 'order.paid', amount: 42 }),
    };
    console.log(`\n== ${label}`);
    const samples = [];
    let calls = 0;
    for (let chunk = 0; chunk < chunks; chunk++) {
      const r = await load({ ...target, duration: 15 });
      calls += r.total;
      const heap = await afterGc();
      samples.push({ calls, heapUsed: heap.heapUsed });
      console.log(
        `chunk ${String(chunk + 1).padStart(2)}: ${r.requestsPerSec} req/s, p99 ${r.p99Ms} ms, non-2xx ${r.non2xx}; ` +
          `${calls} calls so far; after a full GC: heap ${(heap.heapUsed / MB).toFixed(1)} MB, RSS ${(heap.rss / MB).toFixed(0)} MB`,
      );
    }
    // The first chunk warms caches (compiled code, prepared statements, pools): growth is counted from its end.
    const [first, last] = [samples[0], samples.at(-1)];
    const perCall = (last.heapUsed - first.heapUsed) / Math.max(1, last.calls - first.calls);
    console.log(`heap after GC from chunk 1 to ${chunks}: ${((last.heapUsed - first.heapUsed) / MB).toFixed(2)} MB over ${last.calls - first.calls} calls (${perCall.toFixed(3)} bytes a call)`);
  } finally {
    await service.stop();
  }
}

function readLines(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  } catch {
    return [];
  }
}

await soak('SQLite', {});
if (await resetPostgres(pgUrl)) {
  // PostgreSQL needs a secrets key from the environment; any 32 bytes do for a benchmark.
  await soak('PostgreSQL', { DATABASE_URL: pgUrl, SECRETS_KEY: Buffer.alloc(32, 9).toString('base64') });
} else {
  console.log(`\nPostgreSQL at ${pgUrl} not reachable: skipped`);
}
