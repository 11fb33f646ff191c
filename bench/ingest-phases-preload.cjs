/**
 * Loaded into the service by bench/ingest-phases.mjs (`--require`). On the first SIGUSR2 it starts recording, on the
 * second it writes what it recorded to $PHASES_OUT as JSON and stops:
 *   - `requests`: when each request was read (Node's `http.server.request.start` channel);
 *   - `flushes`: when each flush of the execution store's group commit ended, with its writes and seconds
 *     (FLUSH_CHANNEL, src/engine/runtime/execution-store.ts);
 *   - with PHASES_PROFILE=1, a V8 CPU profile of the same interval, sampled every 100 µs.
 * Times are microseconds of the monotonic clock, the clock of the profile's timestamps.
 */
const { isMainThread } = require('node:worker_threads');

if (isMainThread) {
  const diagnosticsChannel = require('node:diagnostics_channel');
  const { writeFileSync } = require('node:fs');
  const inspector = require('node:inspector');
  const path = require('node:path');
  // Read once the service has started (at the first signal), from the module it loaded: required by this preload
  // before the service's own entry point, it would load part of the application ahead of it.
  const flushChannel = () => require(path.join(__dirname, '..', 'dist', 'engine', 'runtime', 'execution-store.js')).FLUSH_CHANNEL;

  const now = () => Number(process.hrtime.bigint() / 1000n);
  const profiling = process.env.PHASES_PROFILE === '1';
  const session = profiling ? new inspector.Session() : undefined;
  session?.connect();
  let recording = false;
  let requests = [];
  let flushes = [];
  const onRequest = () => requests.push(now());
  const onFlush = ({ writes, seconds }) => flushes.push([now(), writes, seconds]);

  const write = (profile) => writeFileSync(process.env.PHASES_OUT, JSON.stringify({ requests, flushes, profile }));
  process.on('SIGUSR2', () => {
    recording = !recording;
    if (recording) {
      requests = [];
      flushes = [];
      diagnosticsChannel.subscribe('http.server.request.start', onRequest);
      diagnosticsChannel.subscribe(flushChannel(), onFlush);
      session?.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 100 }, () => session.post('Profiler.start')));
      return;
    }
    diagnosticsChannel.unsubscribe('http.server.request.start', onRequest);
    diagnosticsChannel.unsubscribe(flushChannel(), onFlush);
    if (session) session.post('Profiler.stop', (_error, result) => write(result?.profile));
    else write(undefined);
  });
}
