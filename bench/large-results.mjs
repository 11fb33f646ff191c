#!/usr/bin/env node
/**
 * Executions with large executor results, against the BUILT service on SQLite: `trigger` → STEPS executor nodes in a
 * line, each answered by a local mock with MIB MiB of JSON. Reports the time until every execution is finished and
 * the longest answer of `GET /health`, polled every 20 ms meanwhile: how long the event loop was held at most.
 * Runs with EXECUTIONS at once, then with one.
 * Usage: npm run build && node bench/large-results.mjs [steps=10] [mib=3] [executions=4]
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { api, freePort, startService } from './lib.mjs';

const steps = Number(process.argv[2] ?? 10);
const mib = Number(process.argv[3] ?? 3);
const together = Number(process.argv[4] ?? 4);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Answers every call with the same large JSON body, in its own process so it does not share this one's CPU. */
async function startLargeMock() {
  const port = await freePort();
  const code = `const body = JSON.stringify({ data: 'y'.repeat(${mib} * 1024 * 1024) });
    require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => s.writeHead(200, { 'content-type': 'application/json' }).end(body)); })
      .listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await sleep(300);
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}


async function chainWorkflow(service, mockUrl) {
  const config = await api(service, 'POST', '/v1/provider-configurations', {
    name: `large ${randomUUID().slice(0, 8)}`,
    providerId: 'http',
    config: { base_url: mockUrl },
  });
  const ids = ['start', ...Array.from({ length: steps }, (_, i) => `call${i}`)];
  const nodes = ids.map((id, i) => ({
    id,
    type: i === 0 ? 'trigger' : 'executor',
    position: { x: 0, y: 0 },
    data: i === 0 ? { triggerType: 'manual' } : { executorId: 'http.request', providerConfigId: config.id, path: '/large', method: 'POST', timeout: 60 },
  }));
  const edges = ids.slice(1).map((target, i) => ({ id: `e${i}`, source: ids[i], target }));
  const wf = await api(service, 'POST', '/v1/workflows', { name: `large ${randomUUID().slice(0, 8)}`, nodes, edges });
  await api(service, 'POST', `/v1/workflows/${wf.workflowId}/activate`);
  return wf.workflowId;
}

async function measure(service, workflowId, count) {
  let longest = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const began = performance.now();
      await fetch(`${service.url}/health`);
      longest = Math.max(longest, performance.now() - began);
      await sleep(20);
    }
  })();
  const began = Date.now();
  const started = await Promise.all(
    Array.from({ length: count }, () => api(service, 'POST', `/v1/workflows/${workflowId}/executions`, { inputData: {} }, { 'Idempotency-Key': randomUUID() })),
  );
  const statuses = [];
  for (const { executionId } of started) {
    let status;
    do {
      await sleep(100);
      status = await api(service, 'GET', `/v1/executions/${executionId}`);
    } while (status.status === 'running' || status.status === 'pending');
    statuses.push(status.status);
  }
  const seconds = (Date.now() - began) / 1000;
  polling = false;
  await poller;
  return { count, seconds, longest: Math.round(longest), statuses: [...new Set(statuses)].join(', ') };
}

const mock = await startLargeMock();
const service = await startService({ OUTBOUND_ALLOW_PRIVATE: '127.0.0.0/8', EXECUTOR_MAX_ATTEMPTS: '1' });
try {
  const workflowId = await chainWorkflow(service, mock.url);
  console.log(`${steps} executor steps of ${mib} MiB each, SQLite`);
  console.log('| executions at once | all finished after | longest GET /health answer | final status |');
  console.log('|---|---|---|---|');
  for (const count of [together, 1]) {
    const r = await measure(service, workflowId, count);
    console.log(`| ${r.count} | ${r.seconds.toFixed(1)} s | ${r.longest} ms | ${r.statuses} |`);
  }
} finally {
  await service.stop();
  mock.stop();
}
