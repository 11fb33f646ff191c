#!/usr/bin/env node
/**
 * The cost of the service's HTTP stack (auth guard, parameter validation, body validation, error shape, logging)
 * against a bare Fastify server, on the catalog routes (no database work), in one run:
 *   (a) bare Fastify GET /hello            (b) GET /v1/catalog/providers
 *   (c) bare Fastify POST /echo             (d) POST /v1/catalog/executors/{id}/validate (DTO + JSON Schema)
 * Usage: npm run build && node bench/http-overhead.mjs [seconds]
 */
import { BENCH_JSON_HEADERS, fmt, load, startBaseline, startService, withPeakRss } from './lib.mjs';

const duration = Number(process.argv[2] ?? 10);
const baseline = await startBaseline();
const service = await startService();
const auth = BENCH_JSON_HEADERS;
const body = JSON.stringify({ config: { accountId: '0b4cbd1e-5a4e-4a8a-9b0c-6f6c2a1f8e11' } });
try {
  const a = await load({ url: `${baseline.url}/hello`, duration });
  const { result: b, peakRssMb } = await withPeakRss(service.pid, () => load({ url: `${service.url}/v1/catalog/providers`, headers: auth, duration }));
  const c = await load({ url: `${baseline.url}/echo`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body, duration });
  const d = await load({ url: `${service.url}/v1/catalog/executors/midaz.get-account/validate`, method: 'POST', headers: auth, body, duration });
  console.log(`(a) bare Fastify GET            ${fmt(a)}`);
  console.log(`(b) GET /v1/catalog/providers   ${fmt(b)}  → ${(100 * b.requestsPerSec / a.requestsPerSec).toFixed(1)} % of (a)`);
  console.log(`(c) bare Fastify POST           ${fmt(c)}`);
  console.log(`(d) POST …/validate             ${fmt(d)}  → ${(100 * d.requestsPerSec / c.requestsPerSec).toFixed(1)} % of (c)`);
  console.log(`peak RSS of the service during (b): ${peakRssMb} MB`);
} finally {
  await service.stop();
  await baseline.stop();
}
