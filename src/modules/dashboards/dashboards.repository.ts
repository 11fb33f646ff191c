import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ExecutionStatus } from '../executions/execution.types';
import { dialectSql } from '../../database/dialect-sql';

export interface ExecutionCountFilter {
  /** ISO-8601 UTC, compared with the stored `started_at` text. */
  readonly startedFrom?: string;
  readonly startedTo?: string;
  readonly status?: ExecutionStatus;
}

/** Dashboard figures: COUNT(*) … GROUP BY status in the database, never rows loaded into memory. */
@Injectable()
export class DashboardsRepository {
  async workflowsByStatus(manager: EntityManager): Promise<Map<string, number>> {
    return this.grouped(manager, 'SELECT status, COUNT(*) AS n FROM workflows GROUP BY status', []);
  }

  async executionsByStatus(manager: EntityManager, filter: ExecutionCountFilter): Promise<Map<string, number>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.startedFrom !== undefined) {
      where.push('started_at >= ?');
      params.push(filter.startedFrom);
    }
    if (filter.startedTo !== undefined) {
      where.push('started_at <= ?');
      params.push(filter.startedTo);
    }
    if (filter.status !== undefined) {
      where.push('status = ?');
      params.push(filter.status);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    return this.grouped(manager, `SELECT status, COUNT(*) AS n FROM executions ${clause} GROUP BY status`, params);
  }

  private async grouped(manager: EntityManager, sql: string, params: unknown[]): Promise<Map<string, number>> {
    const rows = (await manager.query(dialectSql(manager, sql), params)) as Array<{ status: string; n: unknown }>;
    return new Map(rows.map((row) => [String(row.status), Number(row.n)]));
  }
}
