import type { components } from '../../generated';
import { isPlainObject } from '../../engine/runtime/node-logic';
import type { ExecutionRecord, ExecutionSummary, StepRecord } from './execution.types';

type ExecutionCreateOutput = components['schemas']['ExecutionCreateOutput'];
type ExecutionStatusOutput = components['schemas']['ExecutionStatusOutput'];
type ExecutionResultsOutput = components['schemas']['ExecutionResultsOutput'];
type StepResultOutput = components['schemas']['StepResultOutput'];

export function toCreateOutput(e: ExecutionSummary): ExecutionCreateOutput {
  return { executionId: e.id, workflowId: e.workflowId, status: e.status, startedAt: e.startedAt };
}

export function toStatusOutput(e: ExecutionSummary): ExecutionStatusOutput {
  return {
    executionId: e.id,
    workflowId: e.workflowId,
    status: e.status,
    currentStepNumber: e.currentStepNumber,
    totalSteps: e.totalSteps,
    startedAt: e.startedAt,
    ...(e.completedAt !== null ? { completedAt: e.completedAt } : {}),
    ...(e.status === 'failed' && e.errorMessage !== null ? { errorMessage: e.errorMessage } : {}),
  };
}

/** Only for finished executions (the caller checks). A failed execution has no finalOutput. */
export function toResultsOutput(e: ExecutionRecord, steps: readonly StepRecord[]): ExecutionResultsOutput {
  return {
    executionId: e.id,
    workflowId: e.workflowId,
    status: e.status as ExecutionResultsOutput['status'],
    stepResults: steps.map(toStepResult),
    ...(e.status === 'completed' && isPlainObject(e.finalOutput) ? { finalOutput: e.finalOutput } : {}),
    startedAt: e.startedAt,
    ...(e.completedAt !== null ? { completedAt: e.completedAt } : {}),
  };
}

function toStepResult(s: StepRecord): StepResultOutput {
  const output = isPlainObject(s.output) && Object.keys(s.output).length > 0 ? s.output : undefined;
  return {
    stepNumber: s.stepNumber,
    stepName: s.stepName,
    nodeId: s.nodeId,
    status: s.status,
    ...(output ? { output } : {}),
    ...(s.status === 'failed' && s.errorMessage ? { errorMessage: s.errorMessage } : {}),
    executedAt: s.startedAt,
    durationMs: Math.max(0, s.durationMs ?? 0),
  };
}
