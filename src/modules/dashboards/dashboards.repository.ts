import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.service';
import type { ExecutionStatus } from '../executions/execution.types';

export interface ExecutionCountFilter {
  /** ISO-8601 UTC, compared with the stored `started_at` text. */
  readonly startedFrom?: string;
  readonly startedTo?: string;
  readonly status?: ExecutionStatus;
}

/**
 * Dashboard figures: COUNT(*) … GROUP BY status in the database, never rows loaded into memory. A count reads every
 * matching row, so it goes through Database.aggregate (off the event loop on SQLite, without waiting for writes).
 */
@Injectable()
export class DashboardsRepository {
  constructor(private readonly db: Database) {}

  async workflowsByStatus(): Promise<Map<string, number>> {
    return this.grouped('SELECT status, COUNT(*) AS n FROM workflows GROUP BY status', []);
  }

  async executionsByStatus(filter: ExecutionCountFilter): Promise<Map<string, number>> {
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
    return this.grouped(`SELECT status, COUNT(*) AS n FROM executions ${clause} GROUP BY status`, params);
  }

  private async grouped(sql: string, params: unknown[]): Promise<Map<string, number>> {
    const rows = await this.db.aggregate(sql, params);
    return new Map(rows.map((row) => [String(row.status), Number(row.n)]));
  }
}
