import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyGuard } from './common/auth/api-key.guard';
import { ApiKeyService, RESOLVED_API_KEY } from './common/auth/api-key.service';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { BodyValidationPipe } from './common/http/body-validation.pipe';
import { OperationParamsGuard } from './common/http/operation-params.guard';
import { LifecycleService } from './common/lifecycle/lifecycle.service';
import { MetricsService } from './common/metrics/metrics.service';
import type { ResolvedApiKey } from './config/api-key';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { retriesDatabaseStart } from './database/database-start-problem';
import { DatabaseModule } from './database/database.module';
import { OutboundModule } from './common/outbound/outbound.module';
import { SecretsModule } from './common/secrets/secrets.module';
import { ExecutorsModule } from './engine/executors/executors.module';
import { productionModules } from './engine/queue/production-queue.module';
import { AuditModule } from './modules/audit/audit.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { HealthModule } from './modules/health/health.module';
import { ProviderConfigLookupModule } from './modules/provider-configurations/provider-config-lookup.module';
import { ProviderConfigurationsModule } from './modules/provider-configurations/provider-configurations.module';
import { ExecutorConfigurationsModule } from './modules/executor-configurations/executor-configurations.module';
import { WorkflowsModule } from './modules/workflows/workflows.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';
import { WebhookSubscriptionsModule } from './modules/webhook-subscriptions/webhook-subscriptions.module';
import { ExecutionsModule } from './modules/executions/executions.module';
import { DashboardsModule } from './modules/dashboards/dashboards.module';

/** Cross-cutting providers every feature module may inject. */
@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, apiKey: ResolvedApiKey | null): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: RESOLVED_API_KEY, useValue: apiKey },
        ApiKeyService,
        LifecycleService,
        MetricsService,
      ],
      exports: [APP_CONFIG, ApiKeyService, LifecycleService, MetricsService],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, apiKey: ResolvedApiKey | null): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, apiKey),
        // A database that cannot be reached yet is retried, every 3 s for 30 s, each time saying why; one that
        // another process holds, or that answered a wrong setting, is not (neither changes by waiting).
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database),
          autoLoadEntities: true,
          retryAttempts: 10,
          retryDelay: 3_000,
          verboseRetryLog: true,
          toRetry: (error) => retriesDatabaseStart(error, config.database),
        }),
        DatabaseModule,
        SecretsModule,
        OutboundModule,
        AuditModule,
        HealthModule,
        CatalogModule,
        ProviderConfigLookupModule,
        ProviderConfigurationsModule,
        ExecutorConfigurationsModule,
        WorkflowsModule,
        WebhookSubscriptionsModule,
        ExecutorsModule,
        ExecutionsModule,
        WebhooksModule,
        DashboardsModule,
        ...productionModules(config),
      ],
      providers: [
        // Order matters: authentication first, then parameter validation.
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_GUARD, useClass: OperationParamsGuard },
        { provide: APP_PIPE, useClass: BodyValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
