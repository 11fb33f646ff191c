import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EXECUTION_STATUSES, isTerminal } from './execution.types';

/** The statuses an execution never leaves. */
const FINISHED = EXECUTION_STATUSES.filter(isTerminal);

/**
 * Deleting old executions. The executions and steps tables have no entity (the engine writes them with SQL of its
 * own), so this is SQL too; the queries run alike on SQLite and PostgreSQL.
 */
@Injectable()
export class ExecutionHistoryRepository {
  /**
   * Deletes up to `limit` executions that ended before `before` (oldest first, through the completion-time index),
   * with their steps; answers how many. The audit trail keeps its events: it is append-only.
   */
  async purgeFinished(manager: EntityManager, before: string, limit: number): Promise<number> {
    const rows: Array<{ id: string }> = await manager
      .createQueryBuilder()
      .select('e.id', 'id')
      .from('executions', 'e')
      .where('e.completed_at < :before', { before })
      .andWhere('e.status IN (:...finished)', { finished: FINISHED })
      .orderBy('e.completed_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit)
      .getRawMany();
    if (rows.length === 0) return 0;
    const ids = rows.map((row) => row.id);
    await manager.createQueryBuilder().delete().from('execution_steps').where('execution_id IN (:...ids)', { ids }).execute();
    const deleted = await manager.createQueryBuilder().delete().from('executions').where('id IN (:...ids)', { ids }).execute();
    return deleted.affected ?? 0;
  }
}
