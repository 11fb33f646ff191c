import { randomFillSync } from 'node:crypto';

/*
 * A time-ordered UUID (version 7, RFC 9562) for rows written at high rate (executions, audit events). Consecutive
 * ids sort together, so each insert lands at the end of the primary-key and resource indexes instead of on a random
 * page: a group commit of a few hundred rows then dirties a handful of index pages, not hundreds. Still a UUID to
 * every client and schema (`format: uuid`); the embedded millisecond timestamp is also in the row itself.
 *
 * Layout: 48-bit Unix milliseconds, version 7, a 42-bit counter (12 bits of rand_a and the top 30 of rand_b,
 * RFC 9562 §6.2 method 1) that starts at a random value in its lower half each millisecond and counts up within
 * it, then 32 random bits. Ids of one process are therefore strictly increasing. Random bytes come from a pool
 * refilled about once per thousand ids (a library generator refills 256 bytes every 16 ids; that system call
 * showed in profiles of the webhook path).
 */

const POOL_BYTES = 10_240;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let nextByte = POOL_BYTES;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const TWO_32 = 2 ** 32;
const COUNTER_LIMIT = 2 ** 42;

let lastMs = -1;
let counter = 0;
/** The id's first two groups, the hex of `lastMs`: written once per millisecond, not once per id. */
let msGroups = '';
let msGroupsOf = -1;

/** Offset of `count` fresh random bytes in the pool. */
function take(count: number): number {
  if (nextByte + count > POOL_BYTES) {
    randomFillSync(pool);
    nextByte = 0;
  }
  const at = nextByte;
  nextByte += count;
  return at;
}

export function timeOrderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    const at = take(6);
    counter = (pool[at] & 0x01) * TWO_32 * 256 + pool[at + 1] * TWO_32 + pool.readUInt32BE(at + 2);
    lastMs = now;
  } else {
    // Same millisecond (or the clock stepped back): count on; a full counter borrows the next millisecond.
    counter += 1;
    if (counter >= COUNTER_LIMIT) {
      lastMs += 1;
      counter = 0;
    }
  }
  const high = Math.floor(counter / TWO_32); // counter bits 41..32
  const low = counter % TWO_32;
  if (msGroupsOf !== lastMs) {
    const ms = lastMs.toString(16).padStart(12, '0');
    msGroups = `${ms.slice(0, 8)}-${ms.slice(8)}-`;
    msGroupsOf = lastMs;
  }
  const r = take(4);
  return (
    msGroups +
    `${HEX[0x70 | (high >>> 6)]}${HEX[((high & 0x3f) << 2) | (low >>> 30)]}-` +
    `${HEX[0x80 | ((low >>> 24) & 0x3f)]}${HEX[(low >>> 16) & 0xff]}-` +
    `${HEX[(low >>> 8) & 0xff]}${HEX[low & 0xff]}${HEX[pool[r]]}${HEX[pool[r + 1]]}${HEX[pool[r + 2]]}${HEX[pool[r + 3]]}`
  );
}

/**
 * A string below every time-ordered id made at or after `ms` and above every one made before it (ids compare as
 * text in both databases): `id < timeOrderedIdFloor(ms)` selects rows created before `ms` by their primary key.
 */
export function timeOrderedIdFloor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}`;
}
