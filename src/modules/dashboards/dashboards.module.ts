import { Module } from '@nestjs/common';
import { DashboardsController } from './dashboards.controller';
import { DashboardsRepository } from './dashboards.repository';
import { DashboardsService } from './dashboards.service';

/** Read-only counts over workflows and executions (aggregated in SQL). */
@Module({
  controllers: [DashboardsController],
  providers: [DashboardsRepository, DashboardsService],
  // The `flowker_executions` metric reads the same counts (health module).
  exports: [DashboardsRepository],
})
export class DashboardsModule {}
