import { Body, Controller, Param } from '@nestjs/common';
// DTO classes are imported as values: their runtime type is what the validation pipe validates against.
import {
  CatalogRoutes,
  CatalogTemplateValidationRequest,
  CatalogValidationRequest,
  type CatalogContract,
} from '../../generated';
import { CatalogService } from './catalog.service';

@Controller()
export class CatalogController implements CatalogContract {
  constructor(private readonly catalog: CatalogService) {}

  @CatalogRoutes.listCatalogExecutors()
  async listCatalogExecutors() {
    return this.catalog.listExecutors();
  }

  @CatalogRoutes.getCatalogExecutor()
  async getCatalogExecutor(@Param() path: { id: string }) {
    return this.catalog.getExecutor(path.id);
  }

  @CatalogRoutes.validateCatalogExecutorConfig()
  async validateCatalogExecutorConfig(@Param() path: { id: string }, @Body() body: CatalogValidationRequest) {
    return this.catalog.validateExecutorConfig(path.id, body.config ?? {});
  }

  @CatalogRoutes.listCatalogProviders()
  async listCatalogProviders() {
    return this.catalog.listProviders();
  }

  @CatalogRoutes.getCatalogProvider()
  async getCatalogProvider(@Param() path: { id: string }) {
    return this.catalog.getProvider(path.id);
  }

  @CatalogRoutes.listCatalogProviderExecutors()
  async listCatalogProviderExecutors(@Param() path: { id: string }) {
    return this.catalog.listProviderExecutors(path.id);
  }

  @CatalogRoutes.listCatalogTemplates()
  async listCatalogTemplates() {
    return this.catalog.listTemplates();
  }

  @CatalogRoutes.getCatalogTemplate()
  async getCatalogTemplate(@Param() path: { id: string }) {
    return this.catalog.getTemplate(path.id);
  }

  @CatalogRoutes.validateCatalogTemplateParams()
  async validateCatalogTemplateParams(@Param() path: { id: string }, @Body() body: CatalogTemplateValidationRequest) {
    return this.catalog.validateTemplateParams(path.id, body.params ?? {});
  }

  @CatalogRoutes.listCatalogTriggers()
  async listCatalogTriggers() {
    return this.catalog.listTriggers();
  }

  @CatalogRoutes.getCatalogTrigger()
  async getCatalogTrigger(@Param() path: { id: string }) {
    return this.catalog.getTrigger(path.id);
  }
}
