import { Controller, Query } from '@nestjs/common';
import { DashboardRoutes, type DashboardContract, type operations } from '../../generated';
import { DashboardsService } from './dashboards.service';

type SummaryQuery = NonNullable<operations['getExecutionSummary']['parameters']['query']>;

@Controller()
export class DashboardsController implements DashboardContract {
  constructor(private readonly dashboards: DashboardsService) {}

  @DashboardRoutes.getWorkflowSummary()
  async getWorkflowSummary() {
    return this.dashboards.workflowSummary();
  }

  @DashboardRoutes.getExecutionSummary()
  async getExecutionSummary(@Query() query: SummaryQuery) {
    return this.dashboards.executionSummary(query);
  }
}
