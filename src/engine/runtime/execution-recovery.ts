import { Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { Database } from '../../database/database.service';
import type { ExecutionRecord, StepRecord } from '../../modules/executions/execution.types';
import { ExecutionsRepository } from '../../modules/executions/executions.repository';
import { WorkflowDefinitions } from '../../modules/workflows/workflow-definitions';
import type { Workflow } from '../../modules/workflows/workflow.types';
import { ExecutionDispatch } from '../queue/execution-dispatch';
import { ExecutionEngine } from './execution-engine';
import { codeOf, interruptedSteps } from './execution-run';
import { ExecutionStore } from './execution-store';

/**
 * On start, every execution left `pending` or `running` by a previous process (and not leased by a live one) is
 * resumed from its last completed step, or failed with the reason it cannot be (docs/engine.md "Recovery").
 */
@Injectable()
export class ExecutionRecovery implements OnApplicationBootstrap {
  private readonly logger = new Logger('ExecutionRecovery');
  /** Settles when every unfinished execution found at start has been queued or failed. */
  done: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    private readonly definitions: WorkflowDefinitions,
    private readonly store: ExecutionStore,
    private readonly engine: ExecutionEngine,
    @Optional() private readonly dispatch?: ExecutionDispatch,
  ) {}

  onApplicationBootstrap(): void {
    // Production mode: the queue's workers sweep unfinished executions instead (src/engine/queue).
    if (this.dispatch) return;
    // In the background: a long backlog must not delay the HTTP server.
    this.done = this.recoverAll().catch((error) => {
      this.logger.error({ msg: 'execution recovery failed', err: error });
      return 0;
    });
  }

  async recoverAll(): Promise<number> {
    const ids = await this.db.read((m) => this.executions.unfinishedIds(m, new Date().toISOString()));
    for (const id of ids) {
      try {
        await this.recover(id);
      } catch (error) {
        this.logger.error({ msg: 'could not recover execution', executionId: id, err: error });
      }
    }
    if (ids.length > 0) this.logger.log({ msg: 'resuming unfinished executions', count: ids.length });
    return ids.length;
  }

  private async recover(id: string): Promise<void> {
    const loaded = await this.db.read(async (m) => {
      const execution = await this.executions.findRecord(m, id);
      if (!execution) return null;
      const steps = await this.executions.steps(m, id);
      const workflow = await this.definitions.current(m, execution.workflowId);
      return { execution, steps, workflow };
    });
    if (!loaded) return;
    const { execution, steps, workflow } = loaded;
    const problem = resumeProblem(execution, steps, workflow);
    if (problem) {
      const now = new Date().toISOString();
      await this.store.finish(
        execution.id,
        execution.workflowId,
        interruptedSteps(steps, `interrupted by a restart and not resumed: ${problem}`, now),
        {
          status: 'failed',
          errorMessage: problem,
          finalOutput: undefined,
          currentStepNumber: execution.currentStepNumber,
          updatedAt: now,
        },
        codeOf(problem),
      );
      return;
    }
    // A `pending` execution (created but never started) becomes running like any new one.
    this.engine.enqueue({ ...execution, status: 'running' }, workflow!, steps);
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
  if (Date.parse(execution.deadlineAt) <= Date.now()) {
    return `execution timed out: it did not finish before its deadline ${execution.deadlineAt}: FLK-0503`;
  }
  return undefined;
}
