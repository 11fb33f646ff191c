import { Injectable } from '@nestjs/common';
import { ExecutionEngine } from '../runtime/execution-engine';
import { ExecutionResumption } from '../runtime/execution-resumption';

/**
 * What a worker does with one job: load the execution from the database and run it from its last recorded step
 * with the engine's own code. An execution that is already completed or failed is left alone (its final write is
 * compare-and-set on the status, so even a late duplicate could not finish it twice).
 */
@Injectable()
export class ExecutionJobRunner {
  constructor(
    private readonly resumption: ExecutionResumption,
    private readonly engine: ExecutionEngine,
  ) {}

  /** Resolves when the run ended or stopped; 'skipped' when there was nothing to run. */
  async run(executionId: string): Promise<'ran' | 'skipped'> {
    const resumable = await this.resumption.load(executionId);
    if (resumable === 'gone') return 'skipped';
    if (resumable === 'failed') return 'ran';
    await this.engine.runNow(resumable.execution, resumable.workflow, resumable.steps);
    return 'ran';
  }
}
