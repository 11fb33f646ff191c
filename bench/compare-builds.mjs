/**
 * Which of two builds spends less CPU on an asynchronous webhook call: the question every change to the hot path
 * asks, answered more finely than full runs of bench/webhooks.mjs can (this machine's speed drifts by a third within
 * minutes, so two runs minutes apart do not compare).
 *
 * Usage: node bench/compare-builds.mjs <build A> <build B> [starts, default 3] [rounds a start, default 6]
 *          [seconds a segment, default 3]
 *   A build is a directory holding main.js inside this checkout, so that it finds node_modules: for example
 *   `npm run build && cp -r dist dist-a` on one version and the same into dist-b on the other. The same directory
 *   given twice measures the method's own noise.
 *
 * Each start runs fresh processes of both builds side by side on SQLite (each its own data directory), each with a
 * webhook workflow, warmed up alike. Each round loads the bare echo, then A and B for the same time, in alternating
 * order. The figure that decides is the CPU time of each service's main thread (its event loop) per answered call,
 * which is what bounds the rate. Two processes of one build differ by up to about 3 % for their whole life, so the
 * error is taken from the spread between starts.
 *
 * With two CPUs or more, this script (and autocannon in it) is kept on CPU 0 and the servers on CPU 1, every thread
 * of them. Left to the scheduler, the first started of two identical builds came out about 3 % dearer, in either
 * order; pinned, that order effect went (docs/benchmarks.md, thirty-third session).
 * The absolute figures are then those of a one-CPU server, and only the comparison counts.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { BENCH_API_KEY, ROOT, cpuMicrosOf, hookWorkflow, load, startBaseline, startService } from './lib.mjs';

const [buildA, buildB, startsArg = '3', roundsArg = '6', secondsArg = '3'] = process.argv.slice(2);
if (!buildA || !buildB) {
  console.error('usage: node bench/compare-builds.mjs <build A> <build B> [starts] [rounds a start] [seconds a segment]');
  process.exit(2);
}
const starts = Number(startsArg);
const rounds = Number(roundsArg);
const seconds = Number(secondsArg);
const BODY = JSON.stringify({ order: 1, status: 'paid' });
const JSON_HEADERS = { 'content-type': 'application/json' };

const serverCpus = pinLoadGenerator();
console.log(serverCpus === undefined ? 'not pinned (one CPU, or no taskset)' : 'load generator on CPU 0, servers on CPU 1');
const builds = [buildA, buildB].map((dir) => path.resolve(ROOT, dir));
const baseline = await startBaseline({ cpus: serverCpus });
/** Per start, per build (0 = A, 1 = B): the rounds' figures. */
const figures = [];
try {
  for (let start = 0; start < starts; start += 1) figures.push(await measureStart(start));
} finally {
  await baseline.stop();
}
summarise(figures);

/** Fresh processes of both builds (started in alternating order), warmed up alike, then `rounds` rounds. */
async function measureStart(start) {
  const order = start % 2 === 0 ? [0, 1] : [1, 0];
  const services = [];
  try {
    for (const n of order) services[n] = await startService({}, { main: path.join(builds[n], 'main.js'), cpus: serverCpus });
    const hooks = [];
    for (const n of order) {
      hooks[n] = await hookWorkflow(services[n]);
      await callHook(services[n], hooks[n], 3); // warm-up
    }
    const measured = [[], []];
    for (let round = 0; round < rounds; round += 1) {
      const echo = await load({ url: baseline.url, method: 'POST', headers: JSON_HEADERS, body: BODY, duration: seconds });
      for (const n of round % 2 === 0 ? order : [...order].reverse()) {
        const before = cpuMicrosOf(services[n].pid, { mainThreadOnly: true });
        const result = await callHook(services[n], hooks[n], seconds);
        const micros = (cpuMicrosOf(services[n].pid, { mainThreadOnly: true }) - before) / Math.max(1, result.total);
        if (result.non2xx > 0) throw new Error(`build ${'AB'[n]} answered ${result.non2xx} calls with a non-2xx status`);
        measured[n].push({ rate: result.requestsPerSec, share: result.requestsPerSec / echo.requestsPerSec, p99: result.p99Ms, micros });
      }
      const line = [0, 1].map((n) => {
        const f = measured[n][round];
        return `${'AB'[n]} ${f.rate} req/s (${pct(f.share)}), p99 ${f.p99} ms, ${f.micros.toFixed(1)} µs`;
      });
      console.log(`start ${start + 1} round ${round + 1}: echo ${echo.requestsPerSec} req/s | ${line.join(' | ')}`);
    }
    return measured;
  } finally {
    await Promise.all(services.filter(Boolean).map((service) => service.stop()));
  }
}

function callHook(service, hook, duration) {
  return load({
    url: `${service.url}/v1/webhooks/${hook.path}`,
    method: 'POST',
    headers: { ...JSON_HEADERS, 'x-api-key': BENCH_API_KEY },
    body: BODY,
    duration,
  });
}

/** Keeps this process on CPU 0 and answers the servers' CPU list, or undefined when there is nothing to separate. */
function pinLoadGenerator() {
  if (availableParallelism() < 2) return undefined;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
    return '1';
  } catch {
    return undefined;
  }
}

/**
 * The builds' means, and B − A per start: a process's own speed varies (which functions V8 optimised and how, where
 * its heap landed), so rounds of one start are not independent samples, and the spread between starts is the
 * honest error.
 */
function summarise(figures) {
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  for (const n of [0, 1]) {
    const all = figures.flatMap((start) => start[n]);
    console.log(
      `${'AB'[n]} (${path.relative(ROOT, builds[n])}): ${Math.round(mean(all.map((x) => x.rate)))} req/s, ${pct(mean(all.map((x) => x.share)))} of the echo, ` +
        `${mean(all.map((x) => x.micros)).toFixed(1)} µs of main thread a call`,
    );
  }
  const baseMicros = mean(figures.flatMap((start) => start[0].map((x) => x.micros)));
  const perStart = figures.map((start) => mean(start[1].map((b, round) => b.micros - start[0][round].micros)));
  const average = mean(perStart);
  const spread = Math.sqrt(perStart.reduce((sum, d) => sum + (d - average) ** 2, 0) / Math.max(1, perStart.length - 1));
  const fewer = figures.flatMap((start) => start[1].filter((b, round) => b.micros < start[0][round].micros)).length;
  console.log(`B − A per start: ${perStart.map((d) => `${d.toFixed(1)} µs (${pct(d / baseMicros)})`).join(', ')}`);
  console.log(
    `B − A: ${average.toFixed(1)} µs a call (${pct(average / baseMicros)}), standard error ${(spread / Math.sqrt(perStart.length)).toFixed(1)} µs ` +
      `over ${perStart.length} starts; B used less in ${fewer} of ${starts * rounds} rounds`,
  );
}

function pct(share) {
  return `${(100 * share).toFixed(1)} %`;
}
