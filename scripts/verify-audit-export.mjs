#!/usr/bin/env node
/**
 * Verifies the audit hash chain from OUTSIDE the service, using only what the API returns (docs/audit.md).
 * Reads GET /v1/audit-events?sortOrder=ASC page after page, recomputes every hash and checks every link.
 *
 *   FLOWKER_URL=http://127.0.0.1:4021 FLOWKER_API_KEY=... node scripts/verify-audit-export.mjs
 *
 * Exit code 0: the whole chain is intact; 1: the first invalid event is printed; 2: the service could not be read.
 */
import { createHash } from 'node:crypto';
import { URLSearchParams } from 'node:url';
import canonicalize from 'canonicalize';

const baseUrl = (process.env.FLOWKER_URL ?? 'http://127.0.0.1:4021').replace(/\/+$/, '');
const apiKey = process.env.FLOWKER_API_KEY ?? process.env.API_KEY ?? '';
const PAGE_SIZE = 100;

/** The documented hash of one exported event, chained to `previousHash` (null for the first event). */
function hashOf(event, previousHash) {
  const text = [
    previousHash ?? 'GENESIS', event.eventId, event.eventType, event.action, event.result, event.resourceId,
    event.resourceType, event.actor.type, event.actor.id, event.actor.ipAddress,
    canonicalize(event.context ?? {}), canonicalize(event.metadata ?? {}), event.timestamp,
  ].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function* eventsInChainOrder() {
  let cursor = '';
  for (;;) {
    const query = new URLSearchParams({ sortOrder: 'ASC', limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${baseUrl}/v1/audit-events?${query}`, { headers: { 'X-API-Key': apiKey } });
    if (!res.ok) throw new Error(`GET /v1/audit-events answered ${res.status}: ${await res.text()}`);
    const page = await res.json();
    yield* page.items;
    if (!page.hasMore) return;
    cursor = page.nextCursor;
  }
}

async function main() {
  let previousHash = null;
  let position = 0;
  for await (const event of eventsInChainOrder()) {
    position += 1;
    const problem =
      (event.previousHash ?? null) !== previousHash
        ? `previousHash ${event.previousHash ?? '(none)'} is not the hash of the event before it (${previousHash ?? 'none: first event'})`
        : hashOf(event, previousHash) !== event.hash
          ? 'its hash does not match its content: the event was altered'
          : null;
    if (problem) {
      console.log(`INVALID at position ${position}: event ${event.eventId} (${event.eventType}, ${event.timestamp}): ${problem}`);
      console.log(JSON.stringify(event, null, 2));
      process.exitCode = 1;
      return;
    }
    previousHash = event.hash;
  }
  console.log(`OK: ${position} audit events, one unbroken hash chain.`);
}

main().catch((err) => {
  console.error(`Could not verify the audit trail: ${err.message}`);
  process.exitCode = 2;
});
