import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  WebhookDeliveryAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEventEntity,
  type DeliveryStatus,
  type WebhookEventType,
} from './webhook-subscription.entities';

/** Columns of a delivery the worker changes after an attempt. */
export type DeliveryOutcome = Pick<
  WebhookDeliveryEntity,
  'status' | 'attempts' | 'retryStep' | 'nextAttemptAt' | 'lastStatusCode' | 'lastError' | 'updatedAt'
>;

export interface DeliveryQuery {
  subscriptionId: string;
  status?: DeliveryStatus;
  limit: number;
  offset: number;
}

export interface AttemptQuery {
  organizationId: string;
  subscriptionId?: string;
  eventType?: WebhookEventType;
  limit: number;
  offset: number;
}

/** Deliveries nothing sends again unless a client resends them. */
const FINISHED_STATUSES: DeliveryStatus[] = ['succeeded', 'failed', 'exhausted'];

/** Events, deliveries and the attempt log. */
@Injectable()
export class DeliveriesRepository {
  async insertEvent(manager: EntityManager, event: WebhookEventEntity, deliveries: WebhookDeliveryEntity[]): Promise<void> {
    await manager.insert(WebhookEventEntity, event);
    if (deliveries.length > 0) await manager.insert(WebhookDeliveryEntity, deliveries);
  }

  findEvents(manager: EntityManager, ids: readonly string[]): Promise<WebhookEventEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.createQueryBuilder(WebhookEventEntity, 'e').where('e.id IN (:...ids)', { ids }).getMany();
  }

  findDelivery(manager: EntityManager, subscriptionId: string, id: string): Promise<WebhookDeliveryEntity | null> {
    return manager.findOneBy(WebhookDeliveryEntity, { id, subscriptionId });
  }

  /**
   * Claims up to `limit` due deliveries of active subscriptions for this worker: compare-and-set from `pending` to
   * `delivering` under a fresh token, then reads back what the token won. Two workers selecting the same rows cannot
   * both win a row, because the update only applies while it is still `pending`.
   *
   * A subscription gets at most `perSubscription` deliveries `delivering` at once, counted in the database so that
   * every process sees the same number: subscriptions at the cap are skipped, and candidates beyond a
   * subscription's free share are left `pending`. `more` says whether due deliveries may be left behind.
   */
  async claimDue(
    manager: EntityManager,
    token: string,
    now: string,
    limit: number,
    perSubscription: number,
  ): Promise<{ claimed: WebhookDeliveryEntity[]; more: boolean }> {
    // Sends in flight per subscription, counted once (few rows: at most the send slots of every process). A count
    // per candidate row, as a correlated subquery, cost a count for every pending row the scan passed, and a
    // subscription at its cap made the scan pass its whole backlog (5 ms a claim behind 5,000 rows, once per send).
    const busy = await manager
      .createQueryBuilder(WebhookDeliveryEntity, 'f')
      .select('f.subscription_id', 'subscriptionId')
      .addSelect('COUNT(*)', 'n')
      .where("f.status = 'delivering'")
      .groupBy('f.subscription_id')
      .getRawMany<{ subscriptionId: string; n: number | string }>();
    // PostgreSQL returns COUNT(*) as a string (bigint).
    const inFlight = new Map(busy.map((row) => [row.subscriptionId, Number(row.n)]));
    const atCap = [...inFlight].filter(([, n]) => n >= perSubscription).map(([id]) => id);
    const query = manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .select('d.id', 'id')
      .addSelect('d.subscription_id', 'subscriptionId')
      .innerJoin('webhook_subscriptions', 's', 's.id = d.subscription_id')
      .where("d.status = 'pending' AND d.next_attempt_at <= :now AND s.active = TRUE", { now })
      .orderBy('d.next_attempt_at', 'ASC')
      .limit(limit);
    if (atCap.length > 0) query.andWhere('d.subscription_id NOT IN (:...atCap)', { atCap });
    // PostgreSQL: concurrent claimers skip each other's rows instead of queueing on (and deadlocking over) them.
    // SQLite needs nothing: Database serialises every transaction.
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write', undefined, ['d']).setOnLocked('skip_locked');
    const due = await query.getRawMany<{ id: string; subscriptionId: string }>();
    const more = due.length === limit;
    const ids = withinShare(due, inFlight, perSubscription);
    if (ids.length === 0) return { claimed: [], more };
    await manager
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({ status: 'delivering', claimToken: token, claimedAt: now })
      .where("id IN (:...ids) AND status = 'pending'", { ids })
      .execute();
    return { claimed: await manager.findBy(WebhookDeliveryEntity, { claimToken: token, status: 'delivering' }), more };
  }

  /** A delivery created already claimed, for an immediate send (the test operation). */
  async insertDelivery(manager: EntityManager, delivery: WebhookDeliveryEntity): Promise<void> {
    await manager.insert(WebhookDeliveryEntity, delivery);
  }

  /**
   * Puts deliveries whose claim is older than `cutoff` back to `pending`, due now: their worker died (or the process
   * was killed) mid-attempt. At-least-once: the receiver may see such an event twice, with the same webhook-id.
   */
  async releaseAbandoned(manager: EntityManager, cutoff: string, now: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({ status: 'pending', claimToken: null, claimedAt: null, nextAttemptAt: now })
      .where("status = 'delivering' AND claimed_at < :cutoff", { cutoff })
      .execute();
    return result.affected ?? 0;
  }

  /** Hands back those of `ids` that `token` still holds, due now and without counting an attempt (shutdown). */
  async releaseClaim(manager: EntityManager, token: string, ids: readonly string[], now: string): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({ status: 'pending', claimToken: null, claimedAt: null, nextAttemptAt: now })
      .where("id IN (:...ids) AND claim_token = :token AND status = 'delivering'", { ids, token })
      .execute();
  }

  /**
   * Deletes up to `limit` finished deliveries (succeeded, failed, exhausted) last changed before `before`, oldest
   * first, with their attempts and the bodies of events no delivery needs any more; answers how many it deleted.
   * Delivery ids are time-ordered, so those created before `before` lie below `idFloor` in the primary key and the
   * scan stays in the old part of the table. The delete checks status and time again: a delivery resent since it
   * was selected (PostgreSQL, another transaction) is pending now and stays.
   */
  async purgeFinished(manager: EntityManager, before: string, idFloor: string, limit: number): Promise<number> {
    const candidates: Array<{ id: string; eventId: string }> = await manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .select('d.id', 'id')
      .addSelect('d.event_id', 'eventId')
      .where('d.id < :idFloor', { idFloor })
      .andWhere('d.status IN (:...finished)', { finished: FINISHED_STATUSES })
      .andWhere('d.updated_at < :before', { before })
      .orderBy('d.id', 'ASC')
      .limit(limit)
      .getRawMany();
    if (candidates.length === 0) return 0;
    const ids = candidates.map((c) => c.id);
    const deleted = await manager
      .createQueryBuilder()
      .delete()
      .from(WebhookDeliveryEntity)
      .where({ id: In(ids), status: In(FINISHED_STATUSES) })
      .andWhere('updated_at < :before', { before })
      .execute();
    await manager
      .createQueryBuilder()
      .delete()
      .from(WebhookDeliveryAttemptEntity)
      .where({ deliveryId: In(ids) })
      .andWhere('NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = webhook_delivery_attempts.delivery_id)')
      .execute();
    await manager
      .createQueryBuilder()
      .delete()
      .from(WebhookEventEntity)
      .where({ id: In([...new Set(candidates.map((c) => c.eventId))]) })
      .andWhere('NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = webhook_events.id)')
      .execute();
    return deleted.affected ?? 0;
  }

  /** Ids among `ids` that still exist (a subscription deleted mid-attempt takes its deliveries with it). */
  async existing(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .select('d.id', 'id')
      .where('d.id IN (:...ids)', { ids })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /** Records an attempt's outcome, only while this worker's claim still holds. */
  async finish(manager: EntityManager, id: string, token: string, outcome: DeliveryOutcome): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({ ...outcome, claimToken: null, claimedAt: null })
      .where("id = :id AND claim_token = :token AND status = 'delivering'", { id, token })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Same outcome for many deliveries of one claim (the common case: every one succeeded with the same status). */
  async finishSucceeded(manager: EntityManager, ids: readonly string[], token: string, statusCode: number, now: string): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({
        status: 'succeeded',
        attempts: () => 'attempts + 1',
        nextAttemptAt: null,
        lastStatusCode: statusCode,
        lastError: null,
        claimToken: null,
        claimedAt: null,
        updatedAt: now,
      })
      .where("id IN (:...ids) AND claim_token = :token AND status = 'delivering'", { ids, token })
      .execute();
  }

  /** Queues a delivery again from the start of the schedule, if its status is still `expected`. */
  async requeue(manager: EntityManager, id: string, expected: DeliveryStatus, now: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({ status: 'pending', retryStep: 0, nextAttemptAt: now, claimToken: null, claimedAt: null, updatedAt: now })
      .where('id = :id AND status = :expected', { id, expected })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Gives up on every waiting delivery of a subscription that stopped receiving. */
  async cancelPending(manager: EntityManager, subscriptionId: string, reason: string, now: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({ status: 'failed', nextAttemptAt: null, lastError: reason, updatedAt: now })
      .where("subscription_id = :subscriptionId AND status = 'pending'", { subscriptionId })
      .execute();
  }

  async insertAttempts(manager: EntityManager, attempts: WebhookDeliveryAttemptEntity[]): Promise<void> {
    if (attempts.length > 0) await manager.insert(WebhookDeliveryAttemptEntity, attempts);
  }

  /** A subscription's deliveries, newest first (ids are time-ordered). */
  async pageDeliveries(manager: EntityManager, query: DeliveryQuery) {
    const [items, total] = await manager.findAndCount(WebhookDeliveryEntity, {
      where: { subscriptionId: query.subscriptionId, ...(query.status ? { status: query.status } : {}) },
      order: { id: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  /** Newest first; attempts of one delivery made in the same millisecond keep their order by number. */
  async pageAttempts(manager: EntityManager, query: AttemptQuery) {
    const qb = manager
      .createQueryBuilder(WebhookDeliveryAttemptEntity, 'a')
      .where('a.organization_id = :organizationId', { organizationId: query.organizationId });
    if (query.subscriptionId) qb.andWhere('a.subscription_id = :subscriptionId', { subscriptionId: query.subscriptionId });
    if (query.eventType) qb.andWhere('a.event_type = :eventType', { eventType: query.eventType });
    const [items, total] = await qb
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.attempt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items, total };
  }
}

/** The candidates (oldest due first) that fit in their subscription's free share of concurrent sends. */
function withinShare(
  due: ReadonlyArray<{ id: string; subscriptionId: string }>,
  inFlight: ReadonlyMap<string, number>,
  perSubscription: number,
): string[] {
  const taken = new Map(inFlight);
  const ids: string[] = [];
  for (const row of due) {
    const busy = taken.get(row.subscriptionId) ?? 0;
    if (busy >= perSubscription) continue;
    taken.set(row.subscriptionId, busy + 1);
    ids.push(row.id);
  }
  return ids;
}
