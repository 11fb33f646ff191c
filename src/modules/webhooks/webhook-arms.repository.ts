import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, MoreThan, Not, type EntityManager } from 'typeorm';
import { WEBHOOK_ARM_ROUTE_INDEX } from '../../database/migrations/1764400000006-webhooks';
import { isUniqueViolation } from '../../database/unique-violation';
import { WebhookArmEntity } from './webhook-arm.entity';

export type WebhookArm = Readonly<WebhookArmEntity>;

/** One use of an arm: which arm (the workflow's, under that secret) and when, so that it alone can be given back. */
export interface ArmUse {
  readonly workflowId: string;
  readonly secretHash: string;
  readonly consumedAt: string;
}

/** Single-use arms. Consumption is a compare-and-set, so of any number of concurrent calls exactly one wins. */
@Injectable()
export class WebhookArmsRepository {
  findByRoute(manager: EntityManager, method: string, path: string): Promise<WebhookArm | null> {
    return manager.findOne(WebhookArmEntity, { where: { method, path } });
  }

  /** The methods of arms on a (normalised) path that can still be used at `now`. */
  async liveMethodsOn(manager: EntityManager, path: string, now: string): Promise<string[]> {
    const rows = await manager.find(WebhookArmEntity, {
      select: { method: true },
      where: { path, consumedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { method: 'ASC' },
    });
    return rows.map((row) => row.method);
  }

  /**
   * Replaces the workflow's arm. Dead arms (consumed or expired) on the same route are cleared first; a live arm of
   * another workflow there makes this return false. The workflow's own arm is overwritten in place (an upsert on its
   * key): two concurrent arms of one workflow both succeed, the later commit holding the arm, where a delete and an
   * insert let the second insert collide with the first on PostgreSQL (a 500).
   */
  async replace(manager: EntityManager, arm: WebhookArm): Promise<boolean> {
    await manager.delete(WebhookArmEntity, { method: arm.method, path: arm.path, consumedAt: Not(IsNull()) });
    await manager.delete(WebhookArmEntity, { method: arm.method, path: arm.path, expiresAt: LessThanOrEqual(arm.createdAt) });
    try {
      await manager
        .createQueryBuilder()
        .insert()
        .into(WebhookArmEntity)
        .values({ ...arm })
        .orUpdate(['node_id', 'method', 'path', 'secret_hash', 'created_at', 'expires_at', 'consumed_at'], ['workflow_id'])
        .execute();
      return true;
    } catch (err) {
      if (isUniqueViolation(err, WEBHOOK_ARM_ROUTE_INDEX) || isUniqueViolation(err, 'webhook_arms.method, webhook_arms.path')) {
        return false;
      }
      throw err;
    }
  }

  /** Marks the arm used if it is still unused and unexpired at `use.consumedAt`; true for exactly one caller. */
  async consume(manager: EntityManager, use: ArmUse): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(WebhookArmEntity)
      .set({ consumedAt: use.consumedAt })
      .where('workflow_id = :workflowId AND secret_hash = :secretHash AND consumed_at IS NULL AND expires_at > :now', {
        workflowId: use.workflowId,
        secretHash: use.secretHash,
        now: use.consumedAt,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /**
   * Gives an arm back when the call it admitted started nothing (so a retry can succeed). Only that use of that arm:
   * the workflow may have been armed again meanwhile, and its new arm used in the same millisecond.
   */
  async release(manager: EntityManager, use: ArmUse): Promise<void> {
    await manager.update(WebhookArmEntity, { ...use }, { consumedAt: null });
  }
}
