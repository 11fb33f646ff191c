import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExecutorConfigurationEntity } from './executor-configuration.entity';
import { ExecutorConfigurationRepository } from './executor-configuration.repository';
import { ExecutorConfigurationsController } from './executor-configurations.controller';
import { ExecutorConfigurationsService } from './executor-configurations.service';
import { ResealExecutorAuthSecrets } from './reseal-executor-auth-secrets';

/** `/v1/executors`. Database, SecretBox and AuditWriter come from global modules. */
@Module({
  imports: [TypeOrmModule.forFeature([ExecutorConfigurationEntity])],
  controllers: [ExecutorConfigurationsController],
  providers: [ExecutorConfigurationRepository, ExecutorConfigurationsService, ResealExecutorAuthSecrets],
  exports: [ExecutorConfigurationRepository],
})
export class ExecutorConfigurationsModule {}
