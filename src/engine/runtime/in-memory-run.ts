import type { ExecutionRecord, StepRecord } from '../../modules/executions/execution.types';
import type { FinishChange } from '../../modules/executions/executions.repository';
import type { Workflow } from '../../modules/workflows/workflow.types';
import type { RunLogger, RunWrites } from './execution-run';

/**
 * An execution that ran to its end before anything was stored: the start write stores it already finished, with
 * its steps and both its start and end events, in the transaction that accepts it (docs/engine.md "Workflows
 * without executor nodes").
 */
export interface FinishedInMemory {
  /** The execution as it is stored: final status, output and completion time. */
  readonly record: ExecutionRecord;
  readonly steps: readonly StepRecord[];
  readonly change: FinishChange;
  readonly errorCode?: string;
  /** Log lines of `log` actions, written once the execution is stored (a duplicate that is discarded logs nothing). */
  readonly log: DeferredLog;
}

const withoutIo = new WeakMap<Workflow, boolean>();

/**
 * Only executor nodes reach outside the process; every other node is a pure function of the context. A workflow
 * without them can run before its execution is stored: a crash before the commit loses nothing that was answered
 * and has caused nothing outside.
 */
export function runsWithoutIo(workflow: Workflow): boolean {
  let answer = withoutIo.get(workflow);
  if (answer === undefined) {
    answer = !workflow.nodes.some((node) => node.type === 'executor');
    withoutIo.set(workflow, answer);
  }
  return answer;
}

/** Stands in for the store during an in-memory run: keeps the final write instead of sending it. */
export class FinishCapture implements RunWrites {
  private captured?: { steps: readonly StepRecord[]; change: FinishChange; errorCode?: string };

  progress(): Promise<boolean> {
    // Only executor steps write progress, and runsWithoutIo keeps those out of in-memory runs.
    return Promise.reject(new Error('an execution run in memory cannot write progress'));
  }

  finish(_executionId: string, _workflowId: string, steps: readonly StepRecord[], change: FinishChange, errorCode?: string): Promise<boolean> {
    this.captured = { steps, change, errorCode };
    return Promise.resolve(true);
  }

  /** The execution as the captured final write leaves it. */
  finished(execution: ExecutionRecord, log: DeferredLog): FinishedInMemory {
    if (!this.captured) throw new Error(`execution ${execution.id} ended in memory without a final write`);
    const { steps, change, errorCode } = this.captured;
    // Written out rather than spread from `execution`, like the audit rows (chainedRow in transaction-audit-buffer.ts,
    // where the spread was measured): this record lives until its flush commits.
    const record: ExecutionRecord = {
      id: execution.id,
      workflowId: execution.workflowId,
      status: change.status,
      inputData: execution.inputData,
      currentStepNumber: change.currentStepNumber,
      totalSteps: execution.totalSteps,
      errorMessage: change.errorMessage,
      finalOutput: change.finalOutput,
      idempotencyKey: execution.idempotencyKey,
      requestFingerprint: execution.requestFingerprint,
      startedAt: execution.startedAt,
      completedAt: change.updatedAt,
      updatedAt: change.updatedAt,
      deadlineAt: execution.deadlineAt,
    };
    return { record, steps, change, errorCode, log };
  }
}

/** Collects a run's log lines until the run's execution is known to be stored. */
export class DeferredLog implements RunLogger {
  private readonly lines: Array<{ level: 'log' | 'error'; message: unknown }> = [];

  constructor(private readonly target: RunLogger) {}

  log(message: unknown): void {
    this.lines.push({ level: 'log', message });
  }

  error(message: unknown): void {
    this.lines.push({ level: 'error', message });
  }

  /** Writes what was collected to the real logger. */
  flush(): void {
    for (const { level, message } of this.lines.splice(0)) this.target[level](message);
  }
}
