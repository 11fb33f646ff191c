import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.service';
import { isTerminal, type ExecutionRecord, type StepRecord } from '../../modules/executions/execution.types';
import { ExecutionsRepository } from '../../modules/executions/executions.repository';
import { WorkflowDefinitions } from '../../modules/workflows/workflow-definitions';
import type { Workflow } from '../../modules/workflows/workflow.types';
import { countSteps } from './execution-plan';
import { codeOf, interruptedSteps } from './execution-run';
import { ExecutionStore } from './execution-store';

/** An unfinished execution ready to run again from its last recorded step. */
export interface ResumableExecution {
  readonly execution: ExecutionRecord;
  readonly steps: StepRecord[];
  readonly workflow: Workflow;
}

/**
 * Picking an interrupted execution up again, the same way after a restart (embedded mode) and when a queue worker
 * takes over a job (production mode): read it with its steps and workflow in one snapshot, then either hand it back
 * to be run or, when it cannot resume, fail it together with the steps the interruption left running.
 */
@Injectable()
export class ExecutionResumption {
  constructor(
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    private readonly definitions: WorkflowDefinitions,
    private readonly store: ExecutionStore,
  ) {}

  /** `'gone'`: missing or already ended; `'failed'`: it could not resume and is now failed. */
  async load(executionId: string): Promise<ResumableExecution | 'gone' | 'failed'> {
    const loaded = await this.db.read(async (m) => {
      const execution = await this.executions.findRecord(m, executionId);
      if (!execution || isTerminal(execution.status)) return null;
      const steps = await this.executions.steps(m, executionId);
      const workflow = await this.definitions.current(m, execution.workflowId);
      return { execution, steps, workflow };
    });
    if (!loaded) return 'gone';
    const { execution, steps, workflow } = loaded;
    const problem = resumeProblem(execution, steps, workflow);
    // A `pending` execution (created but never started) becomes running like any new one.
    if (problem === undefined) return { execution: { ...execution, status: 'running' }, steps, workflow: workflow! };
    const now = new Date().toISOString();
    // Compare-and-set on the status: an execution another process finished meanwhile is left as it is.
    await this.store.finish(
      execution.id,
      execution.workflowId,
      interruptedSteps(steps, `interrupted by a restart and not resumed: ${problem}`, now),
      { status: 'failed', errorMessage: problem, finalOutput: undefined, currentStepNumber: execution.currentStepNumber, updatedAt: now },
      codeOf(problem),
    );
    return 'failed';
  }
}

/** Why an unfinished execution cannot be resumed, or undefined when it can. */
export function resumeProblem(execution: ExecutionRecord, steps: readonly StepRecord[], workflow: Workflow | null): string | undefined {
  if (!workflow) {
    return `cannot resume after a restart: workflow ${execution.workflowId} no longer exists: FLK-0504`;
  }
  const nodes = new Map(workflow.nodes.map((node) => [node.id, node]));
  for (const step of steps) {
    const node = nodes.get(step.nodeId);
    if (!node || String(node.type) !== step.nodeType) {
      return `cannot resume after a restart: the workflow changed since the execution started (node "${step.nodeId}"): FLK-0504`;
    }
  }
  // A node added since the start is not caught above (no step of it exists yet), and the run would take it: more
  // steps than `totalSteps` said, from a definition the execution never started with.
  const total = countSteps(workflow.nodes);
  if (total !== execution.totalSteps) {
    return `cannot resume after a restart: the workflow changed since the execution started (${total} steps now, ${execution.totalSteps} then): FLK-0504`;
  }
  if (Date.parse(execution.deadlineAt) <= Date.now()) {
    return `execution timed out: it did not finish before its deadline ${execution.deadlineAt}: FLK-0503`;
  }
  return undefined;
}
