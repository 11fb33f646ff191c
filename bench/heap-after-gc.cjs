/**
 * Preloaded into the service by bench/soak.mjs (with --expose-gc): on SIGUSR2, a full garbage collection, then the
 * heap still in use and the resident set appended as one JSON line to the file named by HEAP_REPORT_FILE.
 * Worker threads (SQLite's checkpointer and reader) are left alone.
 */
if (require('node:worker_threads').isMainThread && typeof global.gc === 'function' && process.env.HEAP_REPORT_FILE) {
  const { appendFileSync } = require('node:fs');
  process.on('SIGUSR2', () => {
    global.gc();
    const { heapUsed, rss } = process.memoryUsage();
    appendFileSync(process.env.HEAP_REPORT_FILE, `${JSON.stringify({ heapUsed, rss })}\n`);
  });
}
