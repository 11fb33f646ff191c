import { Module } from '@nestjs/common';
import { ExecutionEngine } from '../../engine/runtime/execution-engine';
import { ExecutionLeases } from '../../engine/runtime/execution-leases';
import { ExecutionRecovery } from '../../engine/runtime/execution-recovery';
import { ExecutionResumption } from '../../engine/runtime/execution-resumption';
import { ExecutionStore } from '../../engine/runtime/execution-store';
import { WorkflowsModule } from '../workflows/workflows.module';
import { ExecuteBodyLimit } from './execute-body-limit';
import { ExecutionHistoryRepository } from './execution-history.repository';
import { ExecutionRetention } from './execution-retention.service';
import { ExecutionsController } from './executions.controller';
import { ExecutionsRepository } from './executions.repository';
import { ExecutionsService } from './executions.service';
import { StartExecutionService } from './start-execution.service';

/**
 * Executions API and the engine that runs them. NodeExecutor comes from the executors' global module. The store
 * and engine are exported for the webhook entry point, which starts executions the same way.
 */
@Module({
  imports: [WorkflowsModule],
  controllers: [ExecutionsController],
  providers: [
    ExecutionsRepository,
    ExecutionStore,
    ExecutionEngine,
    ExecutionLeases,
    ExecutionRecovery,
    ExecutionResumption,
    ExecutionsService,
    StartExecutionService,
    ExecuteBodyLimit,
    ExecutionHistoryRepository,
    ExecutionRetention,
  ],
  exports: [ExecutionsRepository, ExecutionStore, ExecutionEngine, ExecutionResumption, StartExecutionService],
})
export class ExecutionsModule {}
