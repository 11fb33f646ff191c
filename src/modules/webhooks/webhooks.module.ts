import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RedisRateLimiter } from '../../common/redis/redis-rate-limiter';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { ExecutionsModule } from '../executions';
import { WorkflowsModule } from '../workflows';
import { ExecutionCompletion } from './execution-completion';
import { StaleArmsCleanup } from './stale-arms-cleanup';
import { WebhookArmEntity } from './webhook-arm.entity';
import { WebhookArmsRepository } from './webhook-arms.repository';
import { WebhookIngressRoutes } from './webhook-ingress.routes';
import { WebhookIngressService } from './webhook-ingress.service';
import { WebhookManagementService } from './webhook-management.service';
import { PostgresRateLimiter } from './postgres-rate-limiter';
import { InProcessRateLimiter, WebhookRateLimiter } from './webhook-rate-limiter';
import { WebhookSecretEntity } from './webhook-secret.entity';
import { WebhookSecretsRepository } from './webhook-secrets.repository';
import { WebhookTargetsRepository } from './webhook-targets.repository';
import { WebhooksController } from './webhooks.controller';

/** Webhook triggers: the `/v1/webhooks/*` ingress, secrets and single-use arms. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookSecretEntity, WebhookArmEntity]), WorkflowsModule, ExecutionsModule],
  controllers: [WebhooksController],
  providers: [
    WebhookSecretsRepository,
    WebhookTargetsRepository,
    WebhookArmsRepository,
    ExecutionCompletion,
    {
      // One budget per trigger, kept where every process that serves the trigger sees it.
      provide: WebhookRateLimiter,
      inject: [APP_CONFIG, Database],
      useFactory: (config: AppConfig, db: Database) => {
        if (config.redis) return new RedisRateLimiter(config.redis);
        return db.dialect === 'postgres' ? new PostgresRateLimiter(db) : new InProcessRateLimiter();
      },
    },
    WebhookIngressService,
    WebhookManagementService,
    WebhookIngressRoutes,
    StaleArmsCleanup,
  ],
})
export class WebhooksModule {}
