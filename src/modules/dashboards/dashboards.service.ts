import { Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import { storedTimeRange, type TimeRangeParameters } from '../../common/stored-time-range';
import type { components } from '../../generated';
import { EXECUTION_STATUSES, type ExecutionStatus } from '../executions/execution.types';
import { DashboardsRepository } from './dashboards.repository';

type WorkflowSummaryOutput = components['schemas']['WorkflowSummaryOutput'];
type ExecutionSummaryOutput = components['schemas']['ExecutionSummaryOutput'];

const START_TIME_RANGE: TimeRangeParameters = { from: 'startTime', to: 'endTime', invalidCode: 'FLK-0302', invertedCode: 'FLK-0302' };

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
    // The same conversion as the audit list's: a bound an offset pushes past year 9999 (or before year 0) stays
    // sortable as text, and sub-millisecond digits round towards the inside of the window.
    const { from: startedFrom, to: startedTo } = storedTimeRange(params.startTime, params.endTime, START_TIME_RANGE);
    if (params.status !== undefined && !EXECUTION_STATUSES.includes(params.status as ExecutionStatus)) {
      throw new FlkError('FLK-0302', `status must be one of ${EXECUTION_STATUSES.join(', ')}.`, { status: 'is not a known status' });
    }
    const counts = await this.dashboards.executionsByStatus({ startedFrom, startedTo, status: params.status as ExecutionStatus | undefined });
    const count = (status: ExecutionStatus) => counts.get(status) ?? 0;
    const summary = { completed: count('completed'), failed: count('failed'), pending: count('pending'), running: count('running') };
    return { total: summary.completed + summary.failed + summary.pending + summary.running, ...summary };
  }
}
