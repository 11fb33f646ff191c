import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CatalogModule } from '../../modules/catalog/catalog.module';
import { CredentialsResolver } from './auth/credentials';
import { TokenService } from './auth/token-service';
import { CatalogNodeExecutor } from './catalog-node-executor';
import { ExecutorRunners } from './executor-runners';
import { EXECUTOR_SETTINGS } from './executor-settings';
import { HttpRunner } from './http/http-runner';
import { NodeExecutor } from './node-executor';
import { ProviderConfigSource } from './provider-config-source';
import { CircuitBreakers } from './resilience/breakers';
import { S3Runner } from './s3/s3-runner';

/**
 * The executors behind NodeExecutor. OutboundHttp, SecretBox, Database and the provider-configuration repository
 * come from global modules; the catalog from CatalogModule.
 */
@Global()
@Module({
  imports: [CatalogModule],
  providers: [
    { provide: EXECUTOR_SETTINGS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.executors },
    TokenService,
    CredentialsResolver,
    HttpRunner,
    S3Runner,
    ExecutorRunners,
    CircuitBreakers,
    ProviderConfigSource,
    CatalogNodeExecutor,
    { provide: NodeExecutor, useExisting: CatalogNodeExecutor },
  ],
  exports: [NodeExecutor, CredentialsResolver],
})
export class ExecutorsModule {}
