import { Module } from '@nestjs/common';
import { DatabaseProbe } from './database-probe';
import { ExecutionStatusMetrics } from './execution-status-metrics';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  controllers: [HealthController],
  providers: [HealthService, DatabaseProbe, ExecutionStatusMetrics],
})
export class HealthModule {}
