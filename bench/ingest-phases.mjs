#!/usr/bin/env node
/**
 * Where a webhook call's time goes under the load of bench/webhooks.mjs (b), on SQLite. With 50 connections nearly
 * every call of a cycle waits on the same group-commit flush, so the service's main thread runs a cycle's phases one
 * after another; this script times them from marks recorded in the service (bench/ingest-phases-preload.cjs):
 *   A answers    the end of a flush's commit → the first request read after it (the answers going out);
 *   R requests   first → last request read before the next flush;
 *   P preparing  last request read → the flush (the last calls' lookups and runs);
 *   F flush      the flush → its commit.
 * With --profile, a V8 CPU profile of the same interval says what each phase spent its time on (µs a call, by
 * package, file of ours or native function). The bare echo runs first, for the ratio. SQLite only: on PostgreSQL up
 * to three flushes overlap, and a cycle has no single flush.
 * Usage: npm run build && node bench/ingest-phases.mjs [seconds] [--profile]
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_JSON_HEADERS, WEBHOOK_PAYLOAD, hookWorkflow, startBaseline, startService } from './lib.mjs';

const args = process.argv.slice(2);
const profile = args.includes('--profile');
const seconds = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 8);
const load = (url, headers, duration) => autocannon({ url, method: 'POST', headers, body: WEBHOOK_PAYLOAD, connections: 50, duration });
const rate = (result) => result.requests.total / result.duration;

const baseline = await startBaseline();
const echo = rate(await load(`${baseline.url}/echo`, { 'Content-Type': 'application/json' }, seconds));
await baseline.stop();

const out = path.join(tmpdir(), `flowker-bench-phases-${process.pid}.json`);
const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ingest-phases-preload.cjs');
const service = await startService({ NODE_OPTIONS: `--require ${preload}`, PHASES_OUT: out, PHASES_PROFILE: profile ? '1' : '0' });
let marks;
let ingest;
try {
  const wf = await hookWorkflow(service);
  const url = `${service.url}/v1/webhooks/${wf.path}`;
  await load(url, BENCH_JSON_HEADERS, 3);
  // Recorded from 1 s in to 1 s before the end, so that no cycle is cut by the load's start or end.
  const run = load(url, BENCH_JSON_HEADERS, seconds + 2);
  setTimeout(() => process.kill(service.pid, 'SIGUSR2'), 1000);
  setTimeout(() => process.kill(service.pid, 'SIGUSR2'), (seconds + 1) * 1000);
  ingest = await run;
  for (let wait = 0; wait < 50; wait += 1) {
    try {
      marks = JSON.parse(readFileSync(out, 'utf8'));
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
} finally {
  await service.stop();
  rmSync(out, { force: true });
}
if (!marks) throw new Error('the service wrote no marks');

const cycles = cyclesOf(marks);
const calls = cycles.reduce((sum, cycle) => sum + cycle.writes, 0);
console.log(`(a) bare Fastify POST /echo ${Math.round(echo)} req/s; (b) webhook ingest ${Math.round(rate(ingest))} req/s = ${((100 * rate(ingest)) / echo).toFixed(1)} %${profile ? ' (under the profiler)' : ''}`);
console.log(`${cycles.length} cycles of ${(calls / cycles.length).toFixed(1)} calls on average\n`);
console.log('phase                     ms a cycle   µs a call');
const wall = { A: 0, R: 0, P: 0, F: 0 };
for (const cycle of cycles) for (const phase of Object.keys(wall)) wall[phase] += cycle.phases[phase][1] - cycle.phases[phase][0];
const names = { A: 'A answers', R: 'R requests', P: 'P preparing', F: 'F flush' };
for (const [phase, micros] of Object.entries(wall)) {
  console.log(`${names[phase].padEnd(24)} ${(micros / cycles.length / 1000).toFixed(2).padStart(10)} ${(micros / calls).toFixed(1).padStart(11)}`);
}
if (marks.profile) printProfile(marks.profile, cycles, calls);

/**
 * Cycles between consecutive flush ends: the requests read after one flush's commit and before the next flush began
 * belong to the next flush's cycle. A flush whose cycle read no request (a write of the engine alone) is skipped.
 */
function cyclesOf({ requests, flushes }) {
  const found = [];
  let next = 0;
  for (let n = 1; n < flushes.length; n += 1) {
    const [previousEnd] = flushes[n - 1];
    const [end, writes, flushSeconds] = flushes[n];
    const start = end - flushSeconds * 1e6;
    while (next < requests.length && requests[next] <= previousEnd) next += 1;
    const first = requests[next];
    let last = first;
    while (next < requests.length && requests[next] <= start) last = requests[next++];
    if (first === undefined || first > start) continue;
    found.push({ writes, phases: { A: [previousEnd, first], R: [first, last], P: [last, start], F: [start, end] } });
  }
  return found;
}

/** Each sample's time goes to the phase it fell in, and within it to a package, a file of ours or a native function. */
function printProfile(cpuProfile, cycles, calls) {
  const nodes = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const totals = { A: new Map(), R: new Map(), P: new Map(), F: new Map() };
  const bounds = cycles.flatMap((cycle) => Object.entries(cycle.phases).map(([phase, [from, to]]) => ({ phase, from, to })));
  let at = cpuProfile.startTime;
  let cursor = 0;
  cpuProfile.samples.forEach((id, n) => {
    at += cpuProfile.timeDeltas[n];
    while (cursor < bounds.length && bounds[cursor].to <= at) cursor += 1;
    const bound = bounds[cursor];
    if (!bound || bound.from > at) return;
    const key = categoryOf(nodes.get(id).callFrame);
    const phaseTotals = totals[bound.phase];
    phaseTotals.set(key, (phaseTotals.get(key) ?? 0) + (cpuProfile.timeDeltas[n + 1] ?? 0));
  });
  for (const [phase, byKey] of Object.entries(totals)) {
    console.log(`\n${names[phase]}, µs a call:`);
    for (const [key, micros] of [...byKey].sort((x, y) => y[1] - x[1]).slice(0, 12)) console.log(`  ${(micros / calls).toFixed(2).padStart(6)}  ${key}`);
  }
}

function categoryOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : `native ${functionName}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `package ${pkg[1]}`;
  const ours = /\/dist\/(.*)$/.exec(url);
  if (ours) return ours[1];
  return url.startsWith('node:') ? url : path.basename(url);
}
