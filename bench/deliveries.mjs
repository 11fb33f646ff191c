#!/usr/bin/env node
/**
 * Webhook delivery benchmark (run `npm run build` first): deliveries per second from ONE service instance to a
 * local receiver, and the latency from enqueue (the event's `timestamp`) to receipt.
 *
 * The service runs in this process from dist/ (the real app, worker and outbox); the receiver runs in a child
 * process so the two do not share a CPU. Events are produced with WorkflowEventOutbox.enqueue inside
 * Database.write, exactly as the execution engine will.
 *   node bench/deliveries.mjs                   # SQLite in a temp dir
 *   DATABASE_URL=postgres://… SECRETS_KEY=… node bench/deliveries.mjs
 * Phases: (1) burst: N events enqueued as fast as possible, throughput = N / (last receipt − first enqueue);
 *         (2) steady: a fixed rate for a few seconds, p50/p99 from enqueue to receipt.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BURST = Number(process.env.BENCH_BURST ?? 10_000);
const STEADY_RATE = Number(process.env.BENCH_RATE ?? 500);
const STEADY_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

if (process.argv[2] === 'receiver') runReceiver();
else await main();

/** Child: answers 204 and reports, per webhook-id, when it arrived and when it was enqueued. */
function runReceiver() {
  let samples = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      samples.push([at, Date.parse(body.timestamp), body.data.phase]);
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (msg) => {
    if (msg === 'drain') {
      process.send({ samples });
      samples = [];
    }
  });
}

async function main() {
  const require = createRequire(import.meta.url);
  const { createApp } = require(path.join(ROOT, 'dist/app.factory.js'));
  const { loadConfig } = require(path.join(ROOT, 'dist/config/app-config.js'));
  const { Database } = require(path.join(ROOT, 'dist/database/database.service.js'));
  const { WorkflowEventOutbox } = require(path.join(ROOT, 'dist/modules/webhook-subscriptions/workflow-event-outbox.js'));

  const receiver = fork(fileURLToPath(import.meta.url), ['receiver'], { stdio: 'inherit' });
  const { port } = await new Promise((r) => receiver.once('message', r));
  const collected = [];
  receiver.on('message', (m) => m.samples && collected.push(...m.samples));
  const drain = async () => {
    receiver.send('drain');
    await new Promise((r) => setTimeout(r, 200));
  };

  const dataDir = mkdtempSync(path.join(tmpdir(), 'flowker-bench-subs-'));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    API_KEY: 'bench-key-0123456789abcdef',
    LOG_LEVEL: 'warn',
    OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8',
    SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK: 'true',
  });
  const { app } = await createApp(config, { sha256: 'x'.repeat(64) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const db = app.get(Database);
  const outbox = app.get(WorkflowEventOutbox);
  // The subscription is created through the service (the same validation as the API).
  const { WebhookSubscriptionsService } = require(path.join(ROOT, 'dist/modules/webhook-subscriptions/webhook-subscriptions.service.js'));
  const { SYSTEM_ACTOR } = require(path.join(ROOT, 'dist/modules/audit/audit-writer.js'));
  await app.get(WebhookSubscriptionsService).create('default', { name: 'bench', url: `http://127.0.0.1:${port}/hook`, events: ['workflow.completed'] }, SYSTEM_ACTOR);

  const enqueue = (count, phase) =>
    db.write(async (m) => {
      for (let i = 0; i < count; i += 1) await outbox.enqueue(m, { type: 'workflow.completed', data: { phase, i } });
    });
  const waitFor = async (phase, count, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await drain();
      if (collected.filter((s) => s[2] === phase).length >= count) return true;
      if (Date.now() > deadline) return false;
    }
  };

  // Warm-up.
  await enqueue(200, 'warm');
  await waitFor('warm', 200, 30_000);

  // 1. Burst.
  const started = Date.now();
  // Four producers at a time (on SQLite they queue on the database mutex anyway).
  const chunks = Array.from({ length: Math.ceil(BURST / 100) }, (_, i) => Math.min(100, BURST - i * 100));
  for (let i = 0; i < chunks.length; i += 4) await Promise.all(chunks.slice(i, i + 4).map((n) => enqueue(n, 'burst')));
  const enqueuedIn = Date.now() - started;
  const complete = await waitFor('burst', BURST, 300_000);
  const burst = collected.filter((s) => s[2] === 'burst');
  const last = Math.max(...burst.map((s) => s[0]));
  const perSecond = Math.round((burst.length / (last - started)) * 1000);

  // 2. Steady rate, one transaction per 10 ms tick.
  const perTick = Math.max(1, Math.round(STEADY_RATE / 100));
  const ticks = STEADY_SECONDS * 100;
  const steadyStart = Date.now();
  for (let tick = 0; tick < ticks; tick += 1) {
    await enqueue(perTick, 'steady');
    const due = steadyStart + (tick + 1) * 10;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await waitFor('steady', perTick * ticks, 120_000);
  const latencies = collected.filter((s) => s[2] === 'steady').map((s) => s[0] - s[1]).sort((x, y) => x - y);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  const achieved = Math.round((perTick * ticks) / ((Date.now() - steadyStart) / 1000));

  const dbName = config.database.type === 'postgres' ? 'PostgreSQL' : 'SQLite';
  console.log(JSON.stringify({
    database: dbName,
    burst: { events: BURST, delivered: burst.length, complete, enqueueMs: enqueuedIn, deliveriesPerSecond: perSecond },
    steady: { targetPerSecond: perTick * 100, seconds: STEADY_SECONDS, delivered: latencies.length, achievedPerSecond: achieved,
      p50Ms: pct(50), p99Ms: pct(99), maxMs: latencies[latencies.length - 1] },
  }, null, 2));
  receiver.kill();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
