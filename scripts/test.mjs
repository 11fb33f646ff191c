#!/usr/bin/env node
/**
 * The project's whole test run (`npm test`):
 *   1. unit + e2e suites on the embedded SQLite database;
 *   2. the e2e suite again on PostgreSQL (TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/test);
 *   3. contract coverage: every implemented operation must have had every documented status hit;
 *   4. the Swagger UI browser test in Chromium.
 * It ends with one line `N passed, N failed`. Outside CI, a missing PostgreSQL or Chromium is reported and skipped;
 * with CI=true each is required.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = path.join(ROOT, 'test', '.artifacts');
const HITS_DIR = path.join(ARTIFACTS, 'contract-hits');
const CI = process.env.CI === 'true' || process.env.CI === '1';
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const extraArgs = process.argv.slice(2);

let passed = 0;
let failed = 0;
const problems = [];

function runJest(label, args, env) {
  const out = path.join(ARTIFACTS, `jest-${label}.json`);
  rmSync(out, { force: true });
  console.log(`\n=== jest (${label}) ===`);
  const res = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), ...args, '--json', `--outputFile=${out}`, ...extraArgs],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CONTRACT_HITS_DIR: HITS_DIR, ...env } },
  );
  if (!existsSync(out)) {
    failed += 1;
    problems.push(`jest (${label}) produced no result file (exit ${res.status})`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  // A suite that fails to load reports zero failed tests: count it as a failure.
  const broken = r.numRuntimeErrorTestSuites ?? 0;
  passed += r.numPassedTests;
  failed += r.numFailedTests + broken;
  if (r.numFailedTests + broken > 0) problems.push(`jest (${label}): ${r.numFailedTests} failed tests, ${broken} suites failed to run`);
  if (r.numTotalTests === 0) {
    failed += 1;
    problems.push(`jest (${label}) ran no test`);
  }
}

const portOpen = (host, port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1000 });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });

function coverage() {
  const spec = YAML.parse(readFileSync(path.join(ROOT, 'openapi', 'flowker.yaml'), 'utf8'));
  const pending = new Set(
    readFileSync(path.join(ROOT, 'test', 'not-yet-implemented.txt'), 'utf8')
      .split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean),
  );
  const hits = new Map();
  if (existsSync(HITS_DIR)) {
    for (const f of readdirSync(HITS_DIR)) {
      for (const line of readFileSync(path.join(HITS_DIR, f), 'utf8').split('\n').filter(Boolean)) {
        const { operationId, status } = JSON.parse(line);
        hits.set(`${operationId} ${status}`, (hits.get(`${operationId} ${status}`) ?? 0) + 1);
      }
    }
  }
  const operations = {};
  let documented = 0;
  let hit = 0;
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const statuses = {};
      for (const status of Object.keys(op.responses).sort()) {
        const n = hits.get(`${op.operationId} ${status}`) ?? 0;
        statuses[status] = n > 0;
        documented += 1;
        if (n > 0) hit += 1;
      }
      const implemented = !pending.has(op.operationId);
      operations[op.operationId] = { method: method.toUpperCase(), path: p, tag: op.tags?.[0], implemented, statuses };
      const missing = Object.entries(statuses).filter(([, v]) => !v).map(([s]) => s);
      if (implemented) {
        if (missing.length === 0) passed += 1;
        else {
          failed += 1;
          problems.push(`contract coverage: ${op.operationId} never answered ${missing.join(', ')}`);
        }
      }
    }
  }
  const report = { generatedAt: new Date().toISOString(), documented, hit, operations };
  writeFileSync(path.join(ROOT, 'test', 'contract-coverage.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n=== contract coverage: ${hit}/${documented} documented (operation, status) pairs hit ===`);
  for (const [id, o] of Object.entries(operations)) {
    const marks = Object.entries(o.statuses).map(([s, v]) => `${s}${v ? '✓' : '·'}`).join(' ');
    console.log(`  ${o.implemented ? ' ' : '…'} ${id.padEnd(34)} ${marks}`);
  }
  console.log('  (… = listed in test/not-yet-implemented.txt)');
}

function browserTest() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    if (CI) {
      failed += 1;
      problems.push(`browser test: no Chromium at ${chromium}`);
    } else console.log(`\n(browser test skipped: no Chromium at ${chromium}; apt-get install chromium)`);
    return;
  }
  console.log('\n=== browser test (Swagger UI in Chromium) ===');
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'browser-test.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (res.status === 0) passed += 1;
  else {
    failed += 1;
    problems.push('browser test failed');
  }
}

async function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  rmSync(HITS_DIR, { recursive: true, force: true });
  runJest('sqlite', [], { TEST_DATABASE_URL: '' });
  const [host, port] = [new URL(PG_URL).hostname, Number(new URL(PG_URL).port || 5432)];
  if (await portOpen(host, port)) {
    runJest('postgres', ['--selectProjects', 'e2e', '--runInBand'], { TEST_DATABASE_URL: PG_URL });
  } else if (CI) {
    failed += 1;
    problems.push(`PostgreSQL is not reachable at ${host}:${port}`);
  } else console.log(`\n(PostgreSQL run skipped: nothing listens on ${host}:${port})`);
  if (extraArgs.length === 0) {
    coverage();
    browserTest();
  }
  if (problems.length) console.log(`\nProblems:\n  - ${problems.join('\n  - ')}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log(`\n${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
