import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import type { Page } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-query';
import { EXECUTOR_CONFIG_NAME_INDEX } from '../../database/migrations/1764400000004-executor-configurations';
import { isUniqueViolation } from '../../database/unique-violation';
import { ExecutorConfigurationEntity, type ExecutorConfigStatus } from './executor-configuration.entity';

export type ExecutorConfigSort = 'createdAt' | 'updatedAt' | 'name';

export interface ExecutorConfigListQuery {
  status?: ExecutorConfigStatus;
  limit: number;
  cursor?: string;
  sortBy: ExecutorConfigSort;
  sortOrder: 'ASC' | 'DESC';
}

const SORT_COLUMNS: Record<ExecutorConfigSort, string> = { createdAt: 'created_at', updatedAt: 'updated_at', name: 'name' };

/** Rows exactly as stored (authentication secrets still encrypted). */
@Injectable()
export class ExecutorConfigurationRepository {
  findById(manager: EntityManager, id: string): Promise<ExecutorConfigurationEntity | null> {
    return manager.findOneBy(ExecutorConfigurationEntity, { id });
  }

  /** There is no create route; seeding (and tests) insert through here. Duplicate name → 409 FLK-0251. */
  async insert(manager: EntityManager, row: ExecutorConfigurationEntity): Promise<void> {
    try {
      await manager.insert(ExecutorConfigurationEntity, row);
    } catch (err) {
      throw translateDuplicateName(err, row.name);
    }
  }

  /** Saves `row` only if status and updatedAt are still what was read; false otherwise (→ 409 FLK-0350). */
  async updateIfUnchanged(
    manager: EntityManager,
    row: ExecutorConfigurationEntity,
    expected: { status: ExecutorConfigStatus; updatedAt: string },
  ): Promise<boolean> {
    const { id, ...columns } = row;
    try {
      const result = await manager
        .createQueryBuilder()
        .update(ExecutorConfigurationEntity)
        .set(columns)
        .where('id = :id AND status = :status AND updated_at = :updatedAt', { id, ...expected })
        .execute();
      return (result.affected ?? 0) === 1;
    } catch (err) {
      throw translateDuplicateName(err, row.name);
    }
  }

  async deleteIfStatus(manager: EntityManager, id: string, status: ExecutorConfigStatus): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ExecutorConfigurationEntity)
      .where('id = :id AND status = :status', { id, status })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  list(manager: EntityManager, query: ExecutorConfigListQuery): Promise<Page<ExecutorConfigurationEntity>> {
    const qb = manager.createQueryBuilder(ExecutorConfigurationEntity, 'ec');
    if (query.status) qb.andWhere('ec.status = :status', { status: query.status });
    return keysetPage(qb, query, SORT_COLUMNS, (row, sortBy) => row[sortBy]);
  }
}

function translateDuplicateName(err: unknown, name: string): unknown {
  // PostgreSQL names the index; SQLite names the column instead.
  if (isUniqueViolation(err, EXECUTOR_CONFIG_NAME_INDEX) || isUniqueViolation(err, 'executor_configurations.name')) {
    return new FlkError('FLK-0251', `An executor configuration named "${name}" already exists.`);
  }
  return err;
}
