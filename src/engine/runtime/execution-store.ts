import diagnosticsChannel from 'node:diagnostics_channel';
import { EventEmitter } from 'node:events';
import { Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MetricsService } from '../../common/metrics/metrics.service';
import { Database } from '../../database/database.service';
import { canSendAhead, CommitRefusedError } from '../../database/sent-ahead';
import { AuditWriter, SYSTEM_ACTOR, type AuditActor, type AuditEntry, type AuditEventInput } from '../../modules/audit/audit-writer';
import type { ExecutionRecord, ExecutionSummary, StepRecord } from '../../modules/executions/execution.types';
import { ExecutionsRepository, type FinishChange, type ProgressChange } from '../../modules/executions/executions.repository';
import { WorkflowEventOutbox, type WorkflowEvent } from '../../modules/webhook-subscriptions/workflow-event-outbox';
import { ExecutionLeases } from './execution-leases';
import { GroupCommitter, type BatchWriter, type ExpectedWrite } from './group-commit';
import type { FinishedInMemory } from './in-memory-run';
import { executionFinishedEvent, executionStartedEvent, stepEvents } from './workflow-events';

const NONE_ANNOUNCED: ReadonlySet<string> = new Set();

/**
 * Node's diagnostics channel on which every flush of the execution store's group commit is published as it ends,
 * `{ writes, seconds }` (as in /metrics), for tracers and the benchmarks (bench/ingest-phases.mjs) to subscribe to.
 * Nothing is built while nobody listens.
 */
export const FLUSH_CHANNEL = 'flowker:execution-store:flush';
const flushChannel = diagnosticsChannel.channel(FLUSH_CHANNEL);

interface StartItem {
  readonly execution: ExecutionRecord;
  readonly actor: AuditActor;
  /** Set when the execution ran to its end before being stored: `execution` is then its final state. */
  readonly finished?: FinishedInMemory;
}

interface ProgressItem {
  readonly executionId: string;
  readonly workflowId: string;
  readonly steps: readonly StepRecord[];
  readonly change: ProgressChange;
  readonly announced: ReadonlySet<string>;
}

interface FinishItem extends Omit<ProgressItem, 'change'> {
  readonly change: FinishChange;
  readonly errorCode?: string;
}

export type StartOutcome = { readonly created: true } | { readonly created: false; readonly existing: ExecutionSummary };

/**
 * Every write of the execution engine and of the entry points that start executions (execute API, webhooks) goes
 * through here and is group-committed (GroupCommitter): many executions share one transaction, and each caller
 * resumes only once its own write is committed. Each write also enqueues the workflow events it causes
 * (workflow-events.ts) in its transaction: the outbox holds an event exactly when its state change committed.
 */
@Injectable()
export class ExecutionStore {
  private readonly committer: GroupCommitter;
  /** Emits `finished` (executionId) once an execution's final write has committed, in this process only. */
  readonly events = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    private readonly audit: AuditWriter,
    private readonly outbox: WorkflowEventOutbox,
    private readonly leases: ExecutionLeases,
    @Optional() metrics?: MetricsService,
  ) {
    // SQLite has one connection. On PostgreSQL batches overlap: the others write while one holds the audit chain's
    // lock to commit. Since a flush of starts is sent in one round trip, the lock is held only for the server's own
    // work, and 3 in flight measured best (A/B, 4 alternating pairs each: ≈ +9 % over 2 and ≈ +13 % over 4; with
    // three round trips per flush, 2 had been ≈ +20 % over 4).
    // On PostgreSQL, BEGIN is a round trip: it is sent while the batch gathers (openEarly).
    this.committer = new GroupCommitter((work, firstTry) => this.db.write(work, { retriesRefusedCommit: firstTry }), {
      maxBatch: 256,
      maxDelayMs: 2,
      maxConcurrent: db.dialect === 'postgres' ? 3 : 1,
      openEarly: db.dialect === 'postgres',
      // A statement sent ahead of COMMIT was refused (an idempotency key was taken): nothing was stored, and the
      // retry writes the batch the careful way.
      retryTogether: (error) => error instanceof CommitRefusedError,
      onFlushed: flushObserver(metrics),
    });
  }

  /**
   * Stores a new execution (already `running`) with its EXECUTION_STARTED event, unless the workflow already has
   * an execution with the same idempotency key: then that one is returned. Concurrent identical requests are
   * decided by the unique index (INSERT … ON CONFLICT DO NOTHING, one statement for every start of a flush); the
   * loser reads the winner in the same transaction, whether the winner committed earlier or is in this statement.
   * In embedded mode it is stored leased to this process (ExecutionLeases), which is to run it.
   */
  start(execution: ExecutionRecord, actor: AuditActor, expected?: ExpectedWrite): Promise<StartOutcome> {
    return this.committer.submitBatched(this.starts, { execution: { ...execution, lease: this.leases.grant() }, actor }, expected);
  }

  /** Announces a start that is on its way (GroupCommitter.expect); pass it to start / startFinished. */
  expectStart(): ExpectedWrite {
    return this.committer.expect();
  }

  /**
   * Stores an execution that already ran to its end (ExecutionEngine.runInMemory) like `start`, and in the same
   * write its steps and the events of its end; the same idempotency rule applies.
   */
  startFinished(finished: FinishedInMemory, actor: AuditActor, expected?: ExpectedWrite): Promise<StartOutcome> {
    return this.committer.submitBatched(this.starts, { execution: finished.record, actor, finished }, expected).then((outcome) => {
      if (outcome.created) this.events.emit('finished', finished.record.id);
      return outcome;
    });
  }

  /**
   * Every start waiting in one flush: one multi-row INSERT (with the steps of executions stored finished, sent
   * together), then the events of the executions it stored. On PostgreSQL the insert is first sent ahead, assuming
   * no idempotency key is taken, so that it, the events and the COMMIT take one round trip; if one was taken, the
   * commit fails and the retry (`retrying`) inserts the careful way, skipping the duplicates.
   */
  private readonly starts: BatchWriter<StartItem, StartOutcome> = {
    write: async (manager, items, retrying) => {
      const executions = items.map((item) => item.execution);
      const steps = items.flatMap((item) => item.finished?.steps ?? []);
      let inserted: ReadonlySet<string> | 'all';
      if (!retrying && canSendAhead(manager)) {
        this.executions.sendInsertMany(manager, executions, steps);
        inserted = 'all';
      } else {
        inserted = await this.executions.insertManyUnlessKeyTaken(manager, executions, steps);
      }
      const quiet = this.outbox.nobodyListens();
      const outcomes: StartOutcome[] = [];
      // The flush's audit events, in the order they happened, appended in one call after the loop.
      const audits: AuditEntry[] = [];
      for (const { execution, actor, finished } of items) {
        if (inserted !== 'all' && !inserted.has(execution.id)) {
          const existing = await this.executions.findSummaryByKey(manager, execution.workflowId, execution.idempotencyKey ?? '');
          if (!existing) throw new Error(`execution insert for workflow ${execution.workflowId} was refused without a conflicting row`);
          outcomes.push({ created: false, existing });
          continue;
        }
        audits.push({
          actor,
          event: {
            eventType: 'EXECUTION_STARTED',
            action: 'EXECUTE',
            result: 'SUCCESS',
            resourceType: 'execution',
            resourceId: execution.id,
            metadata: { 'workflow.id': execution.workflowId },
          },
        });
        if (!quiet) await this.outbox.enqueue(manager, executionStartedEvent(execution));
        if (finished) {
          const { steps, change, errorCode } = finished;
          const end: FinishItem = { executionId: execution.id, workflowId: execution.workflowId, steps, change, errorCode, announced: NONE_ANNOUNCED };
          audits.push({ actor: SYSTEM_ACTOR, event: endAuditEvent(end) });
          if (!quiet) await this.enqueueEndEvents(manager, end);
        }
        outcomes.push({ created: true });
      }
      await this.audit.appendEach(manager, audits);
      return outcomes;
    },
  };

  /**
   * Saves steps and progress of a running execution; false when it is no longer running (stop quietly). `announced`:
   * nodes whose `running` state an earlier write already reported (see stepEvents).
   */
  progress(
    executionId: string,
    steps: readonly StepRecord[],
    change: ProgressChange,
    scope: { readonly workflowId: string; readonly announced: ReadonlySet<string> },
  ): Promise<boolean> {
    return this.committer.submitBatched(this.progressWrites, { executionId, workflowId: scope.workflowId, steps, change, announced: scope.announced });
  }

  /** Final write: steps, status and the EXECUTION_COMPLETED/FAILED event together; false if it had already finished. */
  finish(
    executionId: string,
    workflowId: string,
    steps: readonly StepRecord[],
    change: FinishChange,
    errorCode?: string,
    announced: ReadonlySet<string> = NONE_ANNOUNCED,
  ): Promise<boolean> {
    return this.committer.submitBatched(this.finishWrites, { executionId, workflowId, steps, change, announced, errorCode }).then((finished) => {
      if (finished) this.events.emit('finished', executionId);
      return finished;
    });
  }

  /** Progress writes of one flush: one compare-and-set UPDATE and one step upsert (for the executions it changed), together. */
  private readonly progressWrites: BatchWriter<ProgressItem, boolean> = {
    write: async (manager, items) => {
      const changed = await this.executions.updateProgressMany(
        manager,
        items.map((item) => ({ id: item.executionId, change: item.change, steps: item.steps })),
        this.leases.owner,
      );
      const kept = items.filter((item) => changed.has(item.executionId));
      if (!this.outbox.nobodyListens()) {
        for (const item of kept) {
          await this.enqueueAll(manager, item.steps.flatMap((step) => stepEvents(item.workflowId, step, item.announced)));
        }
      }
      return items.map((item) => changed.has(item.executionId));
    },
  };

  /** Final writes of one flush: one compare-and-set UPDATE and one step upsert together, then each finished execution's events. */
  private readonly finishWrites: BatchWriter<FinishItem, boolean> = {
    write: async (manager, items) => {
      const changed = await this.executions.finishMany(
        manager,
        items.map((item) => ({ id: item.executionId, change: item.change, steps: item.steps })),
        this.leases.owner,
      );
      const kept = items.filter((item) => changed.has(item.executionId));
      const quiet = this.outbox.nobodyListens();
      for (const item of kept) await this.recordEnd(manager, quiet, item);
      return items.map((item) => changed.has(item.executionId));
    },
  };

  /** The audit event of an execution's end and, when someone listens, its step events and workflow.completed/failed. */
  private async recordEnd(manager: EntityManager, quiet: boolean, item: FinishItem): Promise<void> {
    await this.audit.append(manager, SYSTEM_ACTOR, endAuditEvent(item));
    if (!quiet) await this.enqueueEndEvents(manager, item);
  }

  /** The workflow events of an execution's end: its step events, then workflow.completed/failed. */
  private enqueueEndEvents(manager: EntityManager, item: FinishItem): Promise<void> {
    const { executionId, workflowId, steps, change, announced } = item;
    return this.enqueueAll(manager, [
      ...steps.flatMap((step) => stepEvents(workflowId, step, announced)),
      executionFinishedEvent(executionId, workflowId, change),
    ]);
  }

  private async enqueueAll(manager: EntityManager, events: readonly WorkflowEvent[]): Promise<void> {
    for (const event of events) await this.outbox.enqueue(manager, event);
  }

  /** Commits everything queued (shutdown). */
  drain(): Promise<void> {
    return this.committer.drain();
  }
}

/** EXECUTION_COMPLETED or EXECUTION_FAILED, by the system, for an execution's final write. */
function endAuditEvent({ executionId, workflowId, change, errorCode }: FinishItem): AuditEventInput {
  const completed = change.status === 'completed';
  return {
    eventType: completed ? 'EXECUTION_COMPLETED' : 'EXECUTION_FAILED',
    action: 'EXECUTE',
    result: completed ? 'SUCCESS' : 'FAILED',
    resourceType: 'execution',
    resourceId: executionId,
    metadata: completed ? { 'workflow.id': workflowId } : { 'workflow.id': workflowId, error: errorCode ?? 'FLK-0504' },
  };
}

/**
 * The group commit in /metrics, one observation per flush (not per write, which would cost every call): the batch
 * sizes show how well writes share a transaction, the durations what a caller waits for its commit once its write
 * is flushed. Their sums over time give flushes per second and how many are in flight on average. Each flush is
 * also published on FLUSH_CHANNEL.
 */
function flushObserver(metrics: MetricsService | undefined): (writes: number, seconds: number) => void {
  const writes = metrics?.histogram('flowker_execution_store_flush_writes', 'Execution writes committed together in one group-commit flush', [], [1, 2, 5, 10, 20, 50, 100, 200]);
  const duration = metrics?.histogram(
    'flowker_execution_store_flush_duration_seconds',
    'Time from a group-commit flush until every write in it is committed (or has failed)',
    [],
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  );
  return (count, seconds) => {
    writes?.observe(count);
    duration?.observe(seconds);
    if (flushChannel.hasSubscribers) flushChannel.publish({ writes: count, seconds });
  };
}
