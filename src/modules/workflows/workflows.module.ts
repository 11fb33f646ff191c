import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { WorkflowDefinitionValidator } from './validation/definition.validator';
import { WebhookRouteEntity } from './webhook-route.entity';
import { WebhookRoutesRepository } from './webhook-routes.repository';
import { WorkflowDefinitions } from './workflow-definitions';
import { WorkflowEntity } from './workflow.entity';
import { WorkflowLifecycleService } from './workflow-lifecycle.service';
import { WorkflowsController } from './workflows.controller';
import { WorkflowsRepository } from './workflows.repository';
import { WorkflowsService } from './workflows.service';
import { ResealNodeSecrets } from './reseal-node-secrets';

/** Workflows and the webhook routes their activation claims. AuditWriter and ProviderConfigLookup come from global modules. */
@Module({
  imports: [TypeOrmModule.forFeature([WorkflowEntity, WebhookRouteEntity]), CatalogModule],
  controllers: [WorkflowsController],
  providers: [WorkflowsRepository, WebhookRoutesRepository, WorkflowDefinitionValidator, WorkflowsService, WorkflowLifecycleService, WorkflowDefinitions, ResealNodeSecrets],
  exports: [WorkflowsRepository, WebhookRoutesRepository, WorkflowDefinitions],
})
export class WorkflowsModule {}
