import { Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { Database } from '../../database/database.service';
import { ExecutionsRepository } from '../../modules/executions/executions.repository';
import { ExecutionDispatch } from '../queue/execution-dispatch';
import { ExecutionEngine } from './execution-engine';
import { ExecutionResumption } from './execution-resumption';

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
    private readonly resumption: ExecutionResumption,
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
    const resumable = await this.resumption.load(id);
    if (typeof resumable === 'string') return;
    this.engine.enqueue(resumable.execution, resumable.workflow, resumable.steps);
  }
}
