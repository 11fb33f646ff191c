import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RedisRateLimiter } from '../../common/redis/redis-rate-limiter';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ExecutionsModule } from '../executions';
import { WorkflowsModule } from '../workflows';
import { ExecutionCompletion } from './execution-completion';
import { WebhookArmEntity } from './webhook-arm.entity';
import { WebhookArmsRepository } from './webhook-arms.repository';
import { WebhookIngressRoutes } from './webhook-ingress.routes';
import { WebhookIngressService } from './webhook-ingress.service';
import { WebhookManagementService } from './webhook-management.service';
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
      // Production mode (REDIS_URL): one budget shared by every instance.
      provide: WebhookRateLimiter,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.redis ? new RedisRateLimiter(config.redis) : new InProcessRateLimiter()),
    },
    WebhookIngressService,
    WebhookManagementService,
    WebhookIngressRoutes,
  ],
})
export class WebhooksModule {}
