import { randomUUID } from 'node:crypto';
import type { Database } from '../../../src/database/database.service';
import type { AuditEventRepository, StoredAuditEvent } from '../../../src/modules/audit/audit-event.repository';
import { computeAuditHash } from '../../../src/modules/audit/audit-hash';
import { AuditService, VERIFY_BATCH_SIZE } from '../../../src/modules/audit/audit.service';

/** A chain of `n` correctly hashed rows with ids 1..n. */
function chain(n: number): StoredAuditEvent[] {
  const rows: StoredAuditEvent[] = [];
  let previousHash: string | null = null;
  for (let i = 1; i <= n; i++) {
    const fields = {
      eventId: randomUUID(), eventType: 'EXECUTION_STARTED', action: 'EXECUTE', result: 'SUCCESS', resourceId: `r${i}`,
      resourceType: 'execution', actorType: 'system', actorId: 'flowker', actorIp: '0.0.0.0', context: '{}',
      metadata: `{"n":${i}}`, timestamp: new Date(1_770_000_000_000 + i).toISOString(),
    };
    const hash = computeAuditHash(previousHash, fields);
    rows.push({ ...fields, id: String(i), hash, previousHash });
    previousHash = hash;
  }
  return rows;
}

/** The service over an in-memory table, recording every slice it asks for. */
function serviceOver(rows: StoredAuditEvent[]) {
  const slices: Array<{ afterId?: string; upToId: string; take: number }> = [];
  const repo = {
    findByEventId: async (_: unknown, eventId: string) => rows.find((r) => r.eventId === eventId) ?? null,
    chainSlice: async (_: unknown, afterId: string | undefined, upToId: string, take: number) => {
      slices.push({ afterId, upToId, take });
      return rows.filter((r) => Number(r.id) > Number(afterId ?? 0) && Number(r.id) <= Number(upToId)).slice(0, take);
    },
  } as unknown as AuditEventRepository;
  const db = { read: (work: (m: unknown) => unknown) => work({}) } as unknown as Database;
  return { service: new AuditService(db, repo), slices };
}

describe('AuditService.verify', () => {
  it('walks a long chain in keyset batches and accepts it', async () => {
    const rows = chain(2 * VERIFY_BATCH_SIZE + 500);
    const { service, slices } = serviceOver(rows);
    const target = rows[rows.length - 1];
    expect(await service.verify(target.eventId)).toEqual({ isValid: true, totalChecked: rows.length, message: 'Hash chain is valid' });
    expect(slices.map((s) => s.afterId)).toEqual([undefined, String(VERIFY_BATCH_SIZE), String(2 * VERIFY_BATCH_SIZE)]);
    expect(slices.every((s) => s.take === VERIFY_BATCH_SIZE && s.upToId === target.id)).toBe(true);
  });

  it('stops at the first altered row, even past a batch boundary', async () => {
    const rows = chain(2 * VERIFY_BATCH_SIZE + 500);
    rows[1699] = { ...rows[1699], metadata: '{"n":0}' };
    const { service, slices } = serviceOver(rows);
    const result = await service.verify(rows[rows.length - 1].eventId);
    expect(result).toMatchObject({ isValid: false, firstInvalidId: 1700, totalChecked: 1700 });
    expect(result.message).toMatch(/altered/);
    expect(slices).toHaveLength(2);
  });

  it('reports a missing first row at the new first row, and a gap at the row after it', async () => {
    const rows = chain(10);
    const { service } = serviceOver(rows.slice(1));
    expect(await service.verify(rows[9].eventId)).toMatchObject({ isValid: false, firstInvalidId: 2, totalChecked: 1 });
    const gap = serviceOver([...rows.slice(0, 4), ...rows.slice(5)]);
    expect(await gap.service.verify(rows[9].eventId)).toMatchObject({ isValid: false, firstInvalidId: 6, totalChecked: 5 });
  });

  it('checks nothing after the requested event', async () => {
    const rows = chain(10);
    rows[7] = { ...rows[7], actorId: 'intruder' };
    const { service } = serviceOver(rows);
    expect(await service.verify(rows[4].eventId)).toEqual({ isValid: true, totalChecked: 5, message: 'Hash chain is valid' });
  });
});
