/** What other modules (webhook ingress, dashboards) may use from executions. */
export { ExecutionsModule } from './executions.module';
export { ExecutionsRepository } from './executions.repository';
export { IdempotencyKeyReused, StartExecutionService, requestFingerprint, type StartRequest, type StartResult } from './start-execution.service';
export { ExecutionStore } from '../../engine/runtime/execution-store';
export { ExecutionEngine } from '../../engine/runtime/execution-engine';
export type { ExecutionRecord, ExecutionStatus, ExecutionSummary, StepRecord } from './execution.types';
