import { Injectable } from '@nestjs/common';
import { NOT_COMPLETED } from '../../database/common-value-indexes';
import { Database } from '../../database/database.service';
import type { ExecutionStatus } from '../executions/execution.types';

export interface ExecutionCountFilter {
  /** ISO-8601 UTC, compared with the stored `started_at` text. */
  readonly startedFrom?: string;
  readonly startedTo?: string;
  readonly status?: ExecutionStatus;
}

/**
 * Dashboard figures: counted by status in the database, never rows loaded into memory. A count reads every
 * matching row, so it goes through Database.aggregate (off the event loop on SQLite, without waiting for writes).
 */
@Injectable()
export class DashboardsRepository {
  constructor(private readonly db: Database) {}

  async workflowsByStatus(): Promise<Map<string, number>> {
    return this.grouped('SELECT status, COUNT(*) AS n FROM workflows GROUP BY status', []);
  }

  /**
   * Executions by status. The status indexes leave `completed` out (src/database/common-value-indexes.ts), and a
   * GROUP BY over every status would read the whole table: so the other statuses are counted from those small indexes,
   * all executions from the narrow (started_at, id) index, and `completed` is the difference, in ONE statement so that
   * both counts see the same rows.
   */
  async executionsByStatus(filter: ExecutionCountFilter): Promise<Map<string, number>> {
    const range: string[] = [];
    const params: unknown[] = [];
    if (filter.startedFrom !== undefined) {
      range.push('started_at >= ?');
      params.push(filter.startedFrom);
    }
    if (filter.startedTo !== undefined) {
      range.push('started_at <= ?');
      params.push(filter.startedTo);
    }
    const where = (conditions: string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '');
    const others = [...range, NOT_COMPLETED];
    if (filter.status !== undefined && filter.status !== 'completed') {
      return this.grouped(`SELECT status, COUNT(*) AS n FROM executions ${where([...others, 'status = ?'])} GROUP BY status`, [...params, filter.status]);
    }
    const rows = await this.db.aggregate(
      `SELECT status, COUNT(*) AS n FROM executions ${where(others)} GROUP BY status
       UNION ALL SELECT NULL, COUNT(*) FROM executions ${where(range)}`,
      [...params, ...params],
    );
    const counts = new Map<string, number>();
    let completed = 0;
    for (const row of rows) {
      if (row.status === null) completed += Number(row.n);
      else {
        counts.set(String(row.status), Number(row.n));
        completed -= Number(row.n);
      }
    }
    if (filter.status === 'completed') counts.clear();
    // Like GROUP BY, no entry for a status without executions.
    if (completed > 0) counts.set('completed', completed);
    return counts;
  }

  private async grouped(sql: string, params: unknown[]): Promise<Map<string, number>> {
    const rows = await this.db.aggregate(sql, params);
    return new Map(rows.map((row) => [String(row.status), Number(row.n)]));
  }
}
