import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActiveProviderConfigsPort } from '../catalog/active-provider-configs.port';
import { ProviderConfigLookup } from './provider-config-lookup';
import { ProviderConfigReader } from './provider-config-lookup.service';
import { ProviderConfigurationEntity } from './provider-configuration.entity';
import { ProviderConfigurationRepository } from './provider-configuration.repository';

/**
 * The storage of provider configurations plus the secret-free read ports other modules depend on. Kept apart from
 * the HTTP module (which needs the catalog) so the catalog can use ActiveProviderConfigsPort without a cycle.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ProviderConfigurationEntity])],
  providers: [
    ProviderConfigurationRepository,
    ProviderConfigReader,
    { provide: ProviderConfigLookup, useExisting: ProviderConfigReader },
    { provide: ActiveProviderConfigsPort, useExisting: ProviderConfigReader },
  ],
  exports: [ProviderConfigurationRepository, ProviderConfigLookup, ActiveProviderConfigsPort],
})
export class ProviderConfigLookupModule {}
