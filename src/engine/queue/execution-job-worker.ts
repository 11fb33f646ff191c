import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Worker, type Job } from 'bullmq';
import { bullConnection } from '../../common/redis/redis-client';
import { APP_CONFIG, type AppConfig, type RedisConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { ExecutionsRepository } from '../../modules/executions/executions.repository';
import { ExecutionEngine } from '../runtime/execution-engine';
import { ExecutionJobQueue, EXECUTIONS_QUEUE, type ExecutionJobData } from './execution-job-queue';
import { ExecutionJobRunner } from './execution-job-runner';
import { settlesWithin } from './settles-within';

/**
 * The consumer side, in `worker` and `all` processes: a BullMQ worker runs jobs with EXECUTION_CONCURRENCY
 * parallel slots, and a periodic sweep queues every unfinished execution again (a no-op for those that already
 * have a job), which catches executions stored while Redis was unreachable or whose job was lost with Redis data.
 *
 * A worker that dies (SIGKILL, lost host) stops renewing its job locks; after QUEUE_LOCK_MS another worker's
 * stalled-job check (every QUEUE_STALLED_INTERVAL_MS) puts those jobs back in the queue and they resume from the
 * last recorded step.
 */
const CLOSE_GRACE_MS = 5_000;

@Injectable()
export class ExecutionJobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ExecutionJobWorker');
  private readonly redis: RedisConfig;
  private worker?: Worker<ExecutionJobData>;
  private sweepTimer?: NodeJS.Timeout;
  private sweeping = false;
  /** Set when a graceful close did not finish in time: the connections then stop reconnecting. */
  private abandoned = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    private readonly engine: ExecutionEngine,
    private readonly runner: ExecutionJobRunner,
    private readonly jobs: ExecutionJobQueue,
  ) {
    this.redis = config.redis as RedisConfig;
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker<ExecutionJobData>(EXECUTIONS_QUEUE, (job) => this.process(job), {
      connection: bullConnection(this.redis, () => this.abandoned),
      prefix: this.redis.prefix,
      concurrency: this.config.executionConcurrency,
      lockDuration: this.redis.lockMs,
      stalledInterval: this.redis.stalledIntervalMs,
      // A job is only given up after several takeovers in a row; the sweep re-queues it even then.
      maxStalledCount: 5,
    });
    this.worker.on('error', (err) => this.logger.warn(`worker connection: ${err.message}`));
    this.worker.on('failed', (job, err) => this.logger.warn(`job ${job?.id ?? '?'} failed: ${err.message}`));
    // The first sweep is start-up recovery: executions a stopped process left unfinished get a job again.
    void this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep(), this.redis.sweepIntervalMs);
    this.sweepTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweepTimer);
    // Waits for running jobs; when the process is draining they stop at their next step and go back to the queue.
    // Bounded: with Redis unreachable a graceful close could wait forever (the locks then expire and others resume).
    const closed = this.worker?.close().catch(() => undefined);
    if (await settlesWithin(closed, this.config.executionDrainMs + CLOSE_GRACE_MS)) return;
    this.abandoned = true;
    // Bounded too: BullMQ's forced close also waits for Redis, and with Redis unreachable it never returned, so a
    // SIGTERM never ended the process.
    await settlesWithin(this.worker?.close(true).catch(() => undefined), CLOSE_GRACE_MS);
  }

  private async process(job: Job<ExecutionJobData>): Promise<void> {
    const executionId = job.data.executionId ?? job.id;
    await this.runner.run(executionId);
    if (!this.engine.accepting) {
      // Stopped half-way by shutdown: failing the attempt puts the job back for another worker.
      throw new Error('interrupted by shutdown; another worker resumes it');
    }
  }

  /** Queues unfinished executions again; existing jobs make this a no-op for those already queued or running. */
  async sweep(): Promise<number> {
    if (this.sweeping || !this.engine.accepting) return 0;
    this.sweeping = true;
    try {
      const ids = await this.db.read((m) => this.executions.unfinishedIds(m, new Date().toISOString()));
      if (ids.length > 0) await this.jobs.requeue(ids);
      return ids.length;
    } catch (err) {
      this.logger.warn(`sweep of unfinished executions failed: ${(err as Error).message}`);
      return 0;
    } finally {
      this.sweeping = false;
    }
  }
}
