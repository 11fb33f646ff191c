import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { MetricsService } from '../../common/metrics/metrics.service';
import { bullConnection } from '../../common/redis/redis-client';
import { APP_CONFIG, type AppConfig, type RedisConfig } from '../../config/app-config';
import { ExecutionDispatch } from './execution-dispatch';
import { settlesWithin } from './settles-within';

export const EXECUTIONS_QUEUE = 'executions';

/** What a job carries: the id only. The database holds the execution's state. */
export interface ExecutionJobData {
  readonly executionId: string;
}

/** How long shutdown waits for the queue's pending commands when Redis is unreachable. */
const CLOSE_TIMEOUT_MS = 3_000;

/** How long a metrics scrape waits for Redis. */
const SCRAPE_TIMEOUT_MS = 1_000;

/**
 * The producer side of the BullMQ `executions` queue, used by every role. The job id is the execution id, so
 * adding an execution that already has a waiting, delayed or active job does nothing: the API's hand-over, start-up
 * recovery and the workers' sweep can all add the same execution without it ever running twice at once.
 */
@Injectable()
export class ExecutionJobQueue extends ExecutionDispatch implements OnModuleDestroy {
  private readonly logger = new Logger('ExecutionJobQueue');
  readonly queue: Queue<ExecutionJobData>;
  /** Set when a graceful close did not finish in time: the connections then stop reconnecting. */
  private abandoned = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig, metrics: MetricsService) {
    super();
    const redis = config.redis as RedisConfig;
    this.queue = new Queue<ExecutionJobData>(EXECUTIONS_QUEUE, {
      connection: bullConnection(redis, () => this.abandoned),
      prefix: redis.prefix,
      defaultJobOptions: {
        // Finished jobs are dropped at once: the database keeps the history, and a later re-add must create a job.
        removeOnComplete: true,
        removeOnFail: true,
        attempts: 5,
        backoff: { type: 'fixed', delay: 1_000 },
      },
    });
    this.queue.on('error', (err) => this.logger.warn(`queue connection: ${err.message}`));
    this.registerMetrics(metrics);
  }

  dispatch(executionId: string): void {
    this.queue.add('run', { executionId }, { jobId: executionId }).catch((err: Error) => {
      // Stored but not queued: a worker's sweep queues it (docs/deployment.md "Outages").
      this.logger.warn(`execution ${executionId} not queued yet (${err.message}); the sweep will queue it`);
    });
  }

  /** Adds jobs for these executions; existing jobs are left as they are. */
  async requeue(executionIds: readonly string[]): Promise<void> {
    for (let i = 0; i < executionIds.length; i += 500) {
      const chunk = executionIds.slice(i, i + 500);
      await this.queue.addBulk(chunk.map((executionId) => ({ name: 'run', data: { executionId }, opts: { jobId: executionId } })));
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (await settlesWithin(this.queue.close().catch(() => undefined), CLOSE_TIMEOUT_MS)) return;
    this.abandoned = true;
    // disconnect() waits for Redis as well: bounded, so an unreachable Redis cannot hold shutdown.
    await settlesWithin(this.queue.disconnect().catch(() => undefined), CLOSE_TIMEOUT_MS);
  }

  private registerMetrics(metrics: MetricsService): void {
    metrics.gauge('flowker_queue_jobs', 'Jobs in a work queue by state (BullMQ)', ['queue', 'state'], async (gauge) => {
      const counts = await withTimeout(this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed'));
      for (const [state, count] of Object.entries(counts ?? {})) gauge.labels(EXECUTIONS_QUEUE, state).set(count);
    });
    metrics.gauge(
      'flowker_queue_oldest_waiting_job_age_seconds',
      'Age of the oldest job waiting to be picked up (0 when none waits)',
      ['queue'],
      async (gauge) => {
        const oldest = await withTimeout(this.queue.getJobs(['wait'], 0, 0, true));
        const timestamp = oldest?.[0]?.timestamp;
        gauge.labels(EXECUTIONS_QUEUE).set(timestamp ? Math.max(0, (Date.now() - timestamp) / 1000) : 0);
      },
    );
  }
}

/** The value, or undefined when Redis does not answer in time (a scrape must not hang on an outage). */
async function withTimeout<T>(work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), SCRAPE_TIMEOUT_MS)))]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
