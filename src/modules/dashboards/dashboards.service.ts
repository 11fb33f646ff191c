import { Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import type { components } from '../../generated';
import { EXECUTION_STATUSES, type ExecutionStatus } from '../executions/execution.types';
import { DashboardsRepository } from './dashboards.repository';

type WorkflowSummaryOutput = components['schemas']['WorkflowSummaryOutput'];
type ExecutionSummaryOutput = components['schemas']['ExecutionSummaryOutput'];

export interface ExecutionSummaryParams {
  readonly startTime?: string;
  readonly endTime?: string;
  readonly status?: string;
}

@Injectable()
export class DashboardsService {
  constructor(private readonly dashboards: DashboardsRepository) {}

  async workflowSummary(): Promise<WorkflowSummaryOutput> {
    const counts = await this.dashboards.workflowsByStatus();
    const byStatus = [...counts].map(([status, count]) => ({ status, count }));
    return {
      total: byStatus.reduce((sum, entry) => sum + entry.count, 0),
      active: counts.get('active') ?? 0,
      byStatus,
    };
  }

  async executionSummary(params: ExecutionSummaryParams): Promise<ExecutionSummaryOutput> {
    const startedFrom = instant(params.startTime, 'startTime');
    const startedTo = instant(params.endTime, 'endTime');
    if (startedFrom !== undefined && startedTo !== undefined && startedFrom > startedTo) {
      throw new FlkError('FLK-0302', 'startTime must not be after endTime.', { startTime: 'is after endTime' });
    }
    if (params.status !== undefined && !EXECUTION_STATUSES.includes(params.status as ExecutionStatus)) {
      throw new FlkError('FLK-0302', `status must be one of ${EXECUTION_STATUSES.join(', ')}.`, { status: 'is not a known status' });
    }
    const counts = await this.dashboards.executionsByStatus({ startedFrom, startedTo, status: params.status as ExecutionStatus | undefined });
    const count = (status: ExecutionStatus) => counts.get(status) ?? 0;
    const summary = { completed: count('completed'), failed: count('failed'), pending: count('pending'), running: count('running') };
    return { total: summary.completed + summary.failed + summary.pending + summary.running, ...summary };
  }
}

/** An RFC 3339 time as the stored form (UTC ISO-8601 with milliseconds), so text comparison orders correctly. */
function instant(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) || Number.isNaN(ms)) {
    throw new FlkError('FLK-0302', `${name} must be an RFC 3339 date-time such as 2026-03-01T00:00:00Z.`, { [name]: 'is not RFC 3339' });
  }
  return new Date(ms).toISOString();
}
