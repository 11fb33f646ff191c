import type { ExecutionRecord, StepRecord } from '../../modules/executions/execution.types';
import type { FinishChange } from '../../modules/executions/executions.repository';
import type { WorkflowEvent } from '../../modules/webhook-subscriptions/workflow-event-outbox';

/**
 * The workflow events (docs/webhook-subscriptions.md "Workflow events") an engine write produces. They are built
 * here and enqueued by ExecutionStore in the same transaction as the write, so an event exists exactly when its state
 * change committed. Executions belong to no organisation yet: every event goes to the `default` organisation (the
 * outbox's default when organizationId is omitted).
 *
 * Step events carry identifiers, status, timing and the error, never the step's input or output: those can hold
 * provider data, and subscribers who need them can read the execution's results through the API.
 */

/** Largest serialised finalOutput sent with workflow.completed; a larger one is left out and flagged. */
export const MAX_EVENT_FINAL_OUTPUT_BYTES = 64 * 1024;

export function executionStartedEvent(execution: ExecutionRecord): WorkflowEvent {
  return {
    type: 'workflow.started',
    data: { executionId: execution.id, workflowId: execution.workflowId, status: 'running', startedAt: execution.startedAt },
  };
}

export function executionFinishedEvent(executionId: string, workflowId: string, change: FinishChange): WorkflowEvent {
  const base = { executionId, workflowId, status: change.status, completedAt: change.updatedAt };
  if (change.status === 'failed') return { type: 'workflow.failed', data: { ...base, errorMessage: change.errorMessage } };
  // Lazy: the output is serialised (to measure it) only when someone subscribed.
  return { type: 'workflow.completed', data: () => ({ ...base, ...boundedFinalOutput(change.finalOutput) }) };
}

export function boundedFinalOutput(finalOutput: unknown): Record<string, unknown> {
  if (finalOutput === undefined) return {};
  const bytes = Buffer.byteLength(JSON.stringify(finalOutput) ?? '', 'utf8');
  return bytes <= MAX_EVENT_FINAL_OUTPUT_BYTES ? { finalOutput } : { finalOutputOmitted: true, finalOutputBytes: bytes };
}

/**
 * Events for one saved step: `workflow.step.started` when it starts running, `.completed` / `.failed` when it ends.
 * A step that ends in the same write that first records it (conditions, actions, an executor rejected before its
 * call) also gets its `started` event, first. `announced` holds the nodes whose `running` state an earlier write
 * already reported (recovery re-runs such a step without announcing it twice). Skipped steps produce nothing.
 */
export function stepEvents(workflowId: string, step: StepRecord, announced: ReadonlySet<string>): WorkflowEvent[] {
  if (step.status === 'skipped') return [];
  const base = {
    executionId: step.executionId,
    workflowId,
    nodeId: step.nodeId,
    nodeType: step.nodeType,
    stepNumber: step.stepNumber,
    stepName: step.stepName,
    startedAt: step.startedAt,
  };
  const events: WorkflowEvent[] = [];
  if (!announced.has(step.nodeId)) events.push({ type: 'workflow.step.started', data: { ...base, status: 'running' } });
  if (step.status === 'running') return events;
  const ended = { ...base, status: step.status, attempts: step.attempts, completedAt: step.completedAt, durationMs: step.durationMs };
  if (step.status === 'completed') events.push({ type: 'workflow.step.completed', data: ended });
  else events.push({ type: 'workflow.step.failed', data: { ...ended, errorMessage: step.errorMessage } });
  return events;
}
