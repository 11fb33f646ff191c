import { Body, Controller, Param, Query } from '@nestjs/common';
// DTO classes are imported as values: their runtime type is what the validation pipe validates against.
import { ExecutorsRoutes, UpdateExecutorConfigurationInput, type ExecutorsContract, type operations } from '../../generated';
import { ExecutorConfigurationsService } from './executor-configurations.service';

type ListQuery = NonNullable<operations['listExecutorConfigurations']['parameters']['query']>;

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
  async updateExecutorConfiguration(@Param() path: { id: string }, @Body() body: UpdateExecutorConfigurationInput) {
    return this.executors.update(path.id, body);
  }

  @ExecutorsRoutes.deleteExecutorConfiguration()
  async deleteExecutorConfiguration(@Param() path: { id: string }) {
    await this.executors.delete(path.id);
  }
}
