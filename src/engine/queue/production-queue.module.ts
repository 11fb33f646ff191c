import { Global, Module, type DynamicModule } from '@nestjs/common';
import { RedisProbe } from '../../common/redis/redis-probe';
import type { AppConfig } from '../../config/app-config';
import { ExecutionsModule } from '../../modules/executions/executions.module';
import { WorkflowsModule } from '../../modules/workflows/workflows.module';
import { ExecutionDispatch } from './execution-dispatch';
import { ExecutionJobQueue } from './execution-job-queue';
import { ExecutionJobRunner } from './execution-job-runner';
import { ExecutionJobWorker } from './execution-job-worker';

/** Producer side, in every role: the engine hands executions to the queue instead of running them itself. */
@Global()
@Module({
  providers: [ExecutionJobQueue, { provide: ExecutionDispatch, useExisting: ExecutionJobQueue }, RedisProbe],
  exports: [ExecutionJobQueue, ExecutionDispatch, RedisProbe],
})
class ExecutionQueueModule {}

/** Consumer side, in `worker` and `all` processes only. */
@Module({
  imports: [ExecutionsModule, WorkflowsModule],
  providers: [ExecutionJobRunner, ExecutionJobWorker],
})
class ExecutionWorkerModule {}

/**
 * Production mode (REDIS_URL set): executions go through the BullMQ `executions` queue. Without REDIS_URL nothing
 * is added and the engine keeps its in-process queue.
 */
export function productionModules(config: AppConfig): DynamicModule[] {
  if (!config.redis) return [];
  const modules: DynamicModule[] = [{ module: ExecutionQueueModule, global: true }];
  if (config.role !== 'api') modules.push({ module: ExecutionWorkerModule });
  return modules;
}
