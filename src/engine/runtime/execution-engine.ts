import { BeforeApplicationShutdown, Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { LifecycleService } from '../../common/lifecycle/lifecycle.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { ExecutionRecord, StepRecord } from '../../modules/executions/execution.types';
import type { Workflow } from '../../modules/workflows/workflow.types';
import { NodeExecutor } from '../executors/node-executor';
import { ExecutionDispatch } from '../queue/execution-dispatch';
import { ExecutionRun } from './execution-run';
import { ExecutionStore } from './execution-store';
import { ExecutionLeases } from './execution-leases';
import { DeferredLog, FinishCapture, runsWithoutIo, type FinishedInMemory } from './in-memory-run';
import { WorkQueue } from './work-queue';

/**
 * Runs executions in the background: a bounded in-process queue (EXECUTION_CONCURRENCY) of ExecutionRuns. On
 * shutdown it stops taking work, lets in-flight steps finish for up to EXECUTION_DRAIN_MS, abandons the rest to
 * recovery and flushes the store before the database closes.
 */
@Injectable()
export class ExecutionEngine implements BeforeApplicationShutdown {
  private readonly logger = new Logger('ExecutionEngine');
  private readonly queue: WorkQueue;
  private readonly shutdown = new AbortController();
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lifecycle: LifecycleService,
    private readonly store: ExecutionStore,
    private readonly executor: NodeExecutor,
    private readonly leases: ExecutionLeases,
    /** Bound in production mode (REDIS_URL): executions then run in worker processes, not here. */
    @Optional() private readonly dispatch?: ExecutionDispatch,
  ) {
    this.queue = new WorkQueue(config.executionConcurrency, (error) =>
      this.logger.error({ msg: 'execution task failed', err: error }),
    );
  }

  /** False once the process drains: callers answer 503 instead of starting work. */
  get accepting(): boolean {
    return !this.stopped && !this.lifecycle.draining;
  }

  /** Queues a stored, running execution; `recorded` are the steps of an earlier attempt (recovery). */
  enqueue(execution: ExecutionRecord, workflow: Workflow, recorded: readonly StepRecord[] = []): void {
    if (this.dispatch) return this.dispatch.dispatch(execution.id); // a worker loads it from the database
    if (!this.accepting) return; // left to the next process's recovery
    // Its lease is renewed while it runs here; once the run ends, whatever it left unfinished is resumed.
    this.leases.hold(execution.id);
    this.queue.push(() => {
      this.leases.renewWhileRunning(execution.id);
      return this.runNow(execution, workflow, recorded).finally(() => this.leases.letGo(execution.id));
    });
  }

  /**
   * True when the workflow has no executor node: its executions run to their end in the caller's task before they
   * are stored (runInMemory), and are stored finished in the transaction that accepts them.
   */
  completesInMemory(workflow: Workflow): boolean {
    return runsWithoutIo(workflow);
  }

  /** Runs a workflow without executor nodes (completesInMemory) to its end; nothing is written. */
  async runInMemory(execution: ExecutionRecord, workflow: Workflow): Promise<FinishedInMemory> {
    const capture = new FinishCapture();
    const log = new DeferredLog(this.logger);
    const run = new ExecutionRun(
      { store: capture, executor: this.executor, logger: log, stopping: () => false, shutdownSignal: this.shutdown.signal },
      execution,
      workflow,
    );
    await run.execute();
    return capture.finished(execution, log);
  }

  /** Runs one execution to its end in the caller's task (recovery and benchmarks use it directly). */
  runNow(execution: ExecutionRecord, workflow: Workflow, recorded: readonly StepRecord[] = []): Promise<void> {
    const run = new ExecutionRun(
      {
        store: this.store,
        executor: this.executor,
        logger: this.logger,
        stopping: () => !this.accepting,
        shutdownSignal: this.shutdown.signal,
      },
      execution,
      workflow,
      recorded,
    );
    return run.execute();
  }

  get stats(): { running: number; queued: number } {
    return { running: this.queue.running, queued: this.queue.queued };
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const dropped = this.queue.clearWaiting();
    const drainMs = this.config.executionDrainMs;
    const timedOut = await Promise.race([
      this.queue.idle().then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), drainMs).unref()),
    ]);
    if (timedOut) {
      // Calls still in flight are abandoned; their steps stay `running` and recovery re-attempts them.
      this.shutdown.abort(new Error('shutting down'));
      await this.queue.idle();
    }
    await this.store.drain();
    await this.leases.releaseAll();
    if (dropped > 0 || timedOut) {
      this.logger.warn({
        msg: 'engine stopped; its unfinished executions are resumed by the next process that starts or sweeps',
        notStarted: dropped,
        abandoned: timedOut,
      });
    }
  }
}
