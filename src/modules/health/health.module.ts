import { Module } from '@nestjs/common';
import { DashboardsModule } from '../dashboards/dashboards.module';
import { DatabaseProbe } from './database-probe';
import { ExecutionStatusMetrics } from './execution-status-metrics';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [DashboardsModule],
  controllers: [HealthController],
  providers: [HealthService, DatabaseProbe, ExecutionStatusMetrics],
})
export class HealthModule {}
