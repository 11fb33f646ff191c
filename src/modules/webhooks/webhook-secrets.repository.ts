import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, MoreThan, type EntityManager } from 'typeorm';
import { WebhookSecretEntity } from './webhook-secret.entity';

/** Hashes of generated webhook secrets; a rotation shortens the validity of the older ones. */
@Injectable()
export class WebhookSecretsRepository {
  /** Hashes of the workflow's secrets that are valid at `now`. */
  async validHashes(manager: EntityManager, workflowId: string, now: string): Promise<string[]> {
    const rows = await manager.find(WebhookSecretEntity, {
      select: { secretHash: true },
      where: [
        { workflowId, expiresAt: IsNull() },
        { workflowId, expiresAt: MoreThan(now) },
      ],
    });
    return rows.map((row) => row.secretHash);
  }

  /**
   * Stores a new secret hash and limits the older ones to `oldValidUntil` (drops them when that is now).
   * Returns whether there were older secrets still valid.
   */
  async rotate(manager: EntityManager, workflowId: string, secretHash: string, now: string, oldValidUntil: string): Promise<boolean> {
    const older = await this.validHashes(manager, workflowId, now);
    await manager.delete(WebhookSecretEntity, { workflowId, expiresAt: LessThanOrEqual(now) });
    if (oldValidUntil <= now) {
      await manager.delete(WebhookSecretEntity, { workflowId });
    } else {
      // Only shorten: an older secret already ending sooner keeps its earlier end.
      await manager.update(WebhookSecretEntity, { workflowId, expiresAt: IsNull() }, { expiresAt: oldValidUntil });
      await manager.update(WebhookSecretEntity, { workflowId, expiresAt: MoreThan(oldValidUntil) }, { expiresAt: oldValidUntil });
    }
    await manager.insert(WebhookSecretEntity, { id: randomUUID(), workflowId, secretHash, createdAt: now, expiresAt: null });
    return older.length > 0;
  }

  async deleteAll(manager: EntityManager, workflowId: string): Promise<void> {
    await manager.delete(WebhookSecretEntity, { workflowId });
  }
}
