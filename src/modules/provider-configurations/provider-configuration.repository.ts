import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import type { Page } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-query';
import { isUniqueViolation } from '../../database/unique-violation';
import { lockedUntilCommit } from '../../database/row-lock';
import { PROVIDER_CONFIG_NAME_INDEX } from '../../database/migrations/1764400000003-provider-configurations';
import { ProviderConfigurationEntity, type ProviderConfigStatus } from './provider-configuration.entity';

export const PROVIDER_CONFIG_SORTS = ['createdAt', 'updatedAt', 'name'] as const;
export type ProviderConfigSort = (typeof PROVIDER_CONFIG_SORTS)[number];

export interface ProviderConfigListQuery {
  status?: ProviderConfigStatus;
  providerId?: string;
  limit: number;
  cursor?: string;
  sortBy: ProviderConfigSort;
  sortOrder: 'ASC' | 'DESC';
}

const SORT_COLUMNS: Record<ProviderConfigSort, string> = { createdAt: 'created_at', updatedAt: 'updated_at', name: 'name' };

/** Rows exactly as stored (secret leaves still encrypted). Services decide what leaves the process. */
@Injectable()
export class ProviderConfigurationRepository {
  findById(manager: EntityManager, id: string): Promise<ProviderConfigurationEntity | null> {
    return manager.findOneBy(ProviderConfigurationEntity, { id });
  }

  /**
   * Reads the row and locks it until the transaction ends (lockedUntilCommit): `share` while a workflow comes to rely on
   * it (activation checks it exists and is active), `update` before a delete asks who relies on it. The two locks
   * conflict, so an activation and the delete of its configuration cannot both commit on the strength of what each
   * read before the other committed (a write skew: an active workflow on a deleted configuration).
   */
  findLocked(manager: EntityManager, id: string, mode: 'share' | 'update'): Promise<ProviderConfigurationEntity | null> {
    return lockedUntilCommit(manager.createQueryBuilder(ProviderConfigurationEntity, 'p').where('p.id = :id', { id }), mode).getOne();
  }

  /** Inserts, translating a duplicate name into 409 FLK-0291. */
  async insert(manager: EntityManager, row: ProviderConfigurationEntity): Promise<void> {
    try {
      await manager.insert(ProviderConfigurationEntity, row);
    } catch (err) {
      throw translateDuplicateName(err, row.name);
    }
  }

  /**
   * Saves every column of `row` provided the stored row still has the `expected` status (and, when given, the
   * `expected` updatedAt); false when it changed or vanished since it was read, so the caller answers 409 FLK-0350
   * instead of overwriting a concurrent change.
   */
  async updateIfUnchanged(
    manager: EntityManager,
    row: ProviderConfigurationEntity,
    expected: { status: ProviderConfigStatus; updatedAt?: string },
  ): Promise<boolean> {
    const { id, ...columns } = row;
    const qb = manager
      .createQueryBuilder()
      .update(ProviderConfigurationEntity)
      .set(columns)
      .where('id = :id AND status = :status', { id, status: expected.status });
    if (expected.updatedAt !== undefined) qb.andWhere('updated_at = :updatedAt', { updatedAt: expected.updatedAt });
    try {
      return ((await qb.execute()).affected ?? 0) === 1;
    } catch (err) {
      throw translateDuplicateName(err, row.name);
    }
  }

  async deleteIfStatus(manager: EntityManager, id: string, expectedStatus: ProviderConfigStatus): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ProviderConfigurationEntity)
      .where('id = :id AND status = :expectedStatus', { id, expectedStatus })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** One page, filtered by status and provider, in keyset order. */
  list(manager: EntityManager, query: ProviderConfigListQuery): Promise<Page<ProviderConfigurationEntity>> {
    const qb = manager.createQueryBuilder(ProviderConfigurationEntity, 'pc');
    if (query.status) qb.andWhere('pc.status = :status', { status: query.status });
    if (query.providerId !== undefined) qb.andWhere('pc.provider_id = :providerId', { providerId: query.providerId });
    return keysetPage(qb, query, SORT_COLUMNS, (row, sortBy) => row[sortBy]);
  }

  /** Active configurations of one provider, by name — what a template parameter may offer. */
  listActiveOfProvider(manager: EntityManager, providerId: string, limit: number): Promise<ProviderConfigurationEntity[]> {
    return manager.find(ProviderConfigurationEntity, {
      where: { providerId, status: 'active' },
      order: { name: 'ASC', id: 'ASC' },
      take: limit,
    });
  }
}

function translateDuplicateName(err: unknown, name: string): unknown {
  // PostgreSQL names the index; SQLite names the column instead.
  if (isUniqueViolation(err, PROVIDER_CONFIG_NAME_INDEX) || isUniqueViolation(err, 'provider_configurations.name')) {
    return new FlkError('FLK-0291', `A provider configuration named "${name}" already exists.`);
  }
  return err;
}
