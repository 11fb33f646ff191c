import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Database } from '../../database/database.service';
import { WorkflowDefinitions } from '../workflows/workflow-definitions';
import { WebhookArmEntity } from './webhook-arm.entity';
import { disarmMovedTrigger, disarmWorkflow } from './webhook-workflow-cleanup';

/**
 * At start, drops the unused arms whose trigger no longer declares the armed route, and those of active workflows.
 * Saving a draft has done the first since arms and edits were tied together (disarmMovedTrigger), activating the
 * second since 2026-12-02 (disarmWorkflow); arms left before then would answer their old route, or the route of a
 * workflow deactivated later, until they expired (at most a day). Arms are few: one per workflow at most.
 */
@Injectable()
export class StaleArmsCleanup implements OnApplicationBootstrap {
  private readonly logger = new Logger('StaleArmsCleanup');

  constructor(
    private readonly db: Database,
    private readonly definitions: WorkflowDefinitions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dropped = await this.db.write(async (m) => {
      let count = 0;
      for (const arm of await m.find(WebhookArmEntity, { where: { consumedAt: IsNull() } })) {
        const workflow = await this.definitions.load(m, arm.workflowId);
        if (workflow?.status === 'active') {
          await disarmWorkflow(m, arm.workflowId);
          count += 1;
        } else if (await disarmMovedTrigger(m, arm.workflowId, workflow?.nodes ?? [])) count += 1;
      }
      return count;
    });
    if (dropped > 0) this.logger.log(`Dropped ${dropped} webhook arm(s) whose trigger had moved or whose workflow was activated since they were armed`);
  }
}
