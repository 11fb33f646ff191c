import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/** What is stored for one event, with the internal id normalised to decimal text on both databases. */
export type StoredAuditEvent = Omit<AuditEventEntity, 'id'> & { readonly id: string };

export interface AuditSearch {
  readonly eventType?: string;
  readonly action?: string;
  readonly result?: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  /** Inclusive bounds, as ISO strings in the stored timestamp format. */
  readonly from?: string;
  readonly to?: string;
  readonly order: 'ASC' | 'DESC';
  /** Internal id the previous page ended at (exclusive). */
  readonly afterId?: string;
  readonly take: number;
}

/** Audit trail I/O. Rows are only ever inserted: the table refuses UPDATE and DELETE. */
@Injectable()
export class AuditEventRepository {
  async lastHash(manager: EntityManager): Promise<string | null> {
    const rows = await manager.getRepository(AuditEventEntity).find({ select: { hash: true }, order: { id: 'DESC' }, take: 1 });
    return rows[0]?.hash ?? null;
  }

  async insert(manager: EntityManager, row: Omit<AuditEventEntity, 'id'>): Promise<void> {
    await manager.insert(AuditEventEntity, row);
  }

  async findByEventId(manager: EntityManager, eventId: string): Promise<StoredAuditEvent | null> {
    const row = await manager.getRepository(AuditEventEntity).findOne({ where: { eventId } });
    return row ? normalised(row) : null;
  }

  async search(manager: EntityManager, s: AuditSearch): Promise<StoredAuditEvent[]> {
    const q = manager.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (s.eventType !== undefined) q.andWhere('e.eventType = :eventType', { eventType: s.eventType });
    if (s.action !== undefined) q.andWhere('e.action = :action', { action: s.action });
    if (s.result !== undefined) q.andWhere('e.result = :result', { result: s.result });
    if (s.resourceType !== undefined) q.andWhere('e.resourceType = :resourceType', { resourceType: s.resourceType });
    if (s.resourceId !== undefined) q.andWhere('e.resourceId = :resourceId', { resourceId: s.resourceId });
    if (s.from !== undefined) q.andWhere('e.timestamp >= :from', { from: s.from });
    if (s.to !== undefined) q.andWhere('e.timestamp <= :to', { to: s.to });
    if (s.afterId !== undefined) q.andWhere(s.order === 'ASC' ? 'e.id > :afterId' : 'e.id < :afterId', { afterId: s.afterId });
    const rows = await q.orderBy('e.id', s.order).take(s.take).getMany();
    return rows.map(normalised);
  }

  /** Up to `take` rows with `afterId < id <= upToId` in chain order (`afterId` omitted: from the first row). */
  async chainSlice(manager: EntityManager, afterId: string | undefined, upToId: string, take: number): Promise<StoredAuditEvent[]> {
    const q = manager.getRepository(AuditEventEntity).createQueryBuilder('e').where('e.id <= :upToId', { upToId });
    if (afterId !== undefined) q.andWhere('e.id > :afterId', { afterId });
    const rows = await q.orderBy('e.id', 'ASC').take(take).getMany();
    return rows.map(normalised);
  }
}

function normalised(row: AuditEventEntity): StoredAuditEvent {
  return { ...row, id: String(row.id) };
}
