import { Body, Controller, Param, Query } from '@nestjs/common';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
// DTO classes are imported as values: their runtime type is what the validation pipe validates against.
import {
  CreateProviderConfigurationInput,
  ProviderConfigurationsRoutes,
  UpdateProviderConfigurationInput,
  type operations,
  type ProviderConfigurationsContract,
} from '../../generated';
import type { AuditActor } from '../audit/audit-writer';
import { ProviderConfigTester } from './provider-config-tester.service';
import { ProviderConfigurationsService } from './provider-configurations.service';

type ListQuery = NonNullable<operations['listProviderConfigurations']['parameters']['query']>;

/** Thin HTTP layer; the actor parameter is optional only because the generated contract has no slot for it. */
@Controller()
export class ProviderConfigurationsController implements ProviderConfigurationsContract {
  constructor(
    private readonly configs: ProviderConfigurationsService,
    private readonly tester: ProviderConfigTester,
  ) {}

  @ProviderConfigurationsRoutes.listProviderConfigurations()
  async listProviderConfigurations(@Query() query: ListQuery) {
    // The params guard has validated the query and applied the spec's defaults.
    return this.configs.list({
      status: query.status,
      providerId: query.providerId,
      limit: query.limit!,
      cursor: query.cursor,
      sortBy: query.sortBy!,
      sortOrder: query.sortOrder!,
    });
  }

  @ProviderConfigurationsRoutes.createProviderConfiguration()
  async createProviderConfiguration(@Body() body: CreateProviderConfigurationInput, @CurrentActor() actor?: AuditActor) {
    return this.configs.create(body, actor!);
  }

  @ProviderConfigurationsRoutes.getProviderConfiguration()
  async getProviderConfiguration(@Param() path: { id: string }) {
    return this.configs.get(path.id);
  }

  @ProviderConfigurationsRoutes.updateProviderConfiguration()
  async updateProviderConfiguration(
    @Param() path: { id: string },
    @Body() body: UpdateProviderConfigurationInput,
    @CurrentActor() actor?: AuditActor,
  ) {
    return this.configs.update(path.id, body, actor!);
  }

  @ProviderConfigurationsRoutes.deleteProviderConfiguration()
  async deleteProviderConfiguration(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    await this.configs.delete(path.id, actor!);
  }

  @ProviderConfigurationsRoutes.enableProviderConfiguration()
  async enableProviderConfiguration(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    return this.configs.enable(path.id, actor!);
  }

  @ProviderConfigurationsRoutes.disableProviderConfiguration()
  async disableProviderConfiguration(@Param() path: { id: string }, @CurrentActor() actor?: AuditActor) {
    return this.configs.disable(path.id, actor!);
  }

  @ProviderConfigurationsRoutes.testProviderConfiguration()
  async testProviderConfiguration(@Param() path: { id: string }) {
    return this.tester.test(path.id);
  }
}
