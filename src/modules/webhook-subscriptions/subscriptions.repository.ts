import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import { SUBSCRIPTION_NAME_INDEX } from '../../database/migrations/1764400000007-webhook-subscriptions';
import { isUniqueViolation } from '../../database/unique-violation';
import {
  WebhookDeliveryAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEventEntity,
  WebhookSubscriptionEntity,
  type DisabledReason,
} from './webhook-subscription.entities';

/** Subscriptions as stored (secret and credential headers still encrypted); always scoped to one organisation. */
@Injectable()
export class SubscriptionsRepository {
  findInOrganization(manager: EntityManager, organizationId: string, id: string): Promise<WebhookSubscriptionEntity | null> {
    return manager.findOneBy(WebhookSubscriptionEntity, { id, organizationId });
  }

  findByIds(manager: EntityManager, ids: readonly string[]): Promise<WebhookSubscriptionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.createQueryBuilder(WebhookSubscriptionEntity, 's').where('s.id IN (:...ids)', { ids }).getMany();
  }

  /**
   * The subscriptions, locked until the transaction ends, in id order so that two lockers never wait on each other
   * crosswise. PostgreSQL only: SQLite runs one transaction at a time anyway.
   */
  lockByIds(manager: EntityManager, ids: readonly string[]): Promise<WebhookSubscriptionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const query = manager.createQueryBuilder(WebhookSubscriptionEntity, 's').where('s.id IN (:...ids)', { ids }).orderBy('s.id');
    // FOR NO KEY UPDATE: enough to wait for (and be waited for by) an UPDATE or DELETE of the row, without blocking
    // readers that only need it to stay (foreign-key checks).
    if (manager.connection.options.type === 'postgres') query.setLock('for_no_key_update');
    return query.getMany();
  }

  /** Active subscriptions of an organisation, for the outbox to fan an event out to. */
  listActive(manager: EntityManager, organizationId: string): Promise<Array<Pick<WebhookSubscriptionEntity, 'id' | 'events'>>> {
    return manager
      .createQueryBuilder(WebhookSubscriptionEntity, 's')
      .select(['s.id', 's.events'])
      .where('s.organization_id = :organizationId AND s.active = TRUE', { organizationId })
      .getMany();
  }

  async page(manager: EntityManager, organizationId: string, limit: number, offset: number) {
    const [items, total] = await manager.findAndCount(WebhookSubscriptionEntity, {
      where: { organizationId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items, total };
  }

  async insert(manager: EntityManager, row: WebhookSubscriptionEntity): Promise<void> {
    try {
      await manager.insert(WebhookSubscriptionEntity, row);
    } catch (err) {
      throw translateDuplicateName(err, row.name);
    }
  }

  /**
   * Writes `changes` (only those columns) to the subscription `read`, only if nobody changed it since it was read
   * (same updatedAt); false otherwise.
   */
  async updateIfUnchanged(
    manager: EntityManager,
    read: Pick<WebhookSubscriptionEntity, 'id' | 'organizationId' | 'updatedAt'>,
    changes: Partial<Omit<WebhookSubscriptionEntity, 'id' | 'organizationId'>>,
  ): Promise<boolean> {
    try {
      const result = await manager
        .createQueryBuilder()
        .update(WebhookSubscriptionEntity)
        .set(changes)
        .where('id = :id AND organization_id = :organizationId AND updated_at = :expectedUpdatedAt', {
          id: read.id,
          organizationId: read.organizationId,
          expectedUpdatedAt: read.updatedAt,
        })
        .execute();
      return (result.affected ?? 0) === 1;
    } catch (err) {
      throw translateDuplicateName(err, changes.name ?? '');
    }
  }

  /**
   * Deletes the subscription with its deliveries, their log and the events (bodies) no other subscription's delivery
   * still needs; false when it does not exist in the organisation.
   */
  async deleteWithHistory(manager: EntityManager, organizationId: string, id: string): Promise<boolean> {
    const result = await manager.delete(WebhookSubscriptionEntity, { id, organizationId });
    if ((result.affected ?? 0) === 0) return false;
    await manager
      .createQueryBuilder()
      .delete()
      .from(WebhookEventEntity)
      .where('id IN (SELECT d.event_id FROM webhook_deliveries d WHERE d.subscription_id = :id)', { id })
      .andWhere('NOT EXISTS (SELECT 1 FROM webhook_deliveries o WHERE o.event_id = webhook_events.id AND o.subscription_id <> :id)', { id })
      .execute();
    await manager.delete(WebhookDeliveryAttemptEntity, { subscriptionId: id });
    await manager.delete(WebhookDeliveryEntity, { subscriptionId: id });
    return true;
  }

  /** The server's own decision to stop delivering (410 Gone, or failing for too long). No-op if already inactive. */
  async disable(manager: EntityManager, id: string, reason: DisabledReason, now: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(WebhookSubscriptionEntity)
      .set({ active: false, disabledReason: reason, disabledAt: now, updatedAt: now })
      .where('id = :id AND active = TRUE', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Starts (when null) or ends (null) a run of failures. */
  async setFailingSince(manager: EntityManager, id: string, failingSince: string | null): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(WebhookSubscriptionEntity)
      .set({ failingSince })
      .where('id = :id', { id })
      .execute();
  }
}

function translateDuplicateName(err: unknown, name: string): unknown {
  // PostgreSQL names the index; SQLite names the columns.
  if (isUniqueViolation(err, SUBSCRIPTION_NAME_INDEX) || isUniqueViolation(err, 'webhook_subscriptions.organization_id, webhook_subscriptions.name')) {
    return new FlkError('FLK-0704', `A webhook subscription named "${name}" already exists in this organisation.`, { name: 'already used' });
  }
  return err;
}
