import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.service';
import { isTerminal } from '../../modules/executions/execution.types';
import { ExecutionsRepository } from '../../modules/executions/executions.repository';
import { WorkflowDefinitions } from '../../modules/workflows/workflow-definitions';
import { ExecutionEngine } from '../runtime/execution-engine';
import { resumeProblem } from '../runtime/execution-recovery';
import { codeOf } from '../runtime/execution-run';
import { ExecutionStore } from '../runtime/execution-store';

/**
 * What a worker does with one job: load the execution from the database and run it from its last recorded step
 * with the engine's own code. An execution that is already completed or failed is left alone (its final write is
 * compare-and-set on the status, so even a late duplicate could not finish it twice).
 */
@Injectable()
export class ExecutionJobRunner {
  constructor(
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    private readonly definitions: WorkflowDefinitions,
    private readonly store: ExecutionStore,
    private readonly engine: ExecutionEngine,
  ) {}

  /** Resolves when the run ended or stopped; 'skipped' when there was nothing to run. */
  async run(executionId: string): Promise<'ran' | 'skipped'> {
    const loaded = await this.db.read(async (m) => {
      const execution = await this.executions.findRecord(m, executionId);
      if (!execution || isTerminal(execution.status)) return null;
      const steps = await this.executions.steps(m, executionId);
      const workflow = await this.definitions.current(m, execution.workflowId);
      return { execution, steps, workflow };
    });
    if (!loaded) return 'skipped';
    const { execution, steps, workflow } = loaded;
    const problem = resumeProblem(execution, steps, workflow);
    if (problem) {
      const now = new Date().toISOString();
      await this.store.finish(
        execution.id,
        execution.workflowId,
        [],
        { status: 'failed', errorMessage: problem, finalOutput: undefined, currentStepNumber: execution.currentStepNumber, updatedAt: now },
        codeOf(problem),
      );
      return 'ran';
    }
    await this.engine.runNow({ ...execution, status: 'running' }, workflow!, steps);
    return 'ran';
  }
}
