import { Body, Controller, Param, Query } from '@nestjs/common';
// DTO classes are imported as values: their runtime type is what the validation pipe validates against.
import { ExecutorsRoutes, UpdateExecutorConfigurationInput, type ExecutorsContract, type operations } from '../../generated';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import type { AuditActor } from '../audit/audit-writer';
import { ExecutorConfigurationsService } from './executor-configurations.service';

type ListQuery = NonNullable<operations['listExecutorConfigurations']['parameters']['query']>;

/** Thin HTTP layer; the actor parameter is optional only because the generated contract has no slot for it. */
@Controller()
export class ExecutorConfigurationsController implements ExecutorsContract {
  constructor(private readonly executors: ExecutorConfigurationsService) {}

  @ExecutorsRoutes.listExecutorConfigurations()
  async listExecutorConfigurations(@Query() query: ListQuery) {
    // The params guard has validated the query and applied the spec's defaults.
    return this.executors.list({
      status: query.status,
      limit: query.limit!,
      cursor: query.cursor,
      sortBy: query.sortBy!,
      sortOrder: query.sortOrder!,
    });
  }

  @ExecutorsRoutes.getExecutorConfiguration()
  async getExecutorConfiguration(@Param() path: { id: string }) {
    return this.executors.get(path.id);
  }

  @ExecutorsRoutes.updateExecutorConfiguration()
  async updateExecutorConfiguration(
    @Param() path: { id: string },
    @Body() body: UpdateExecutorConfigurationInput,
    @CurrentActor() actor?: AuditActor,
  ) {
    return this.executors.update(path.id, body, actor!);
  }

  @ExecutorsRoutes.deleteExecutorConfiguration()
  async deleteExecutorConfiguration(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    await this.executors.delete(path.id, actor!);
  }
}
