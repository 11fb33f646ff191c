import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ProviderConfigReferences } from './provider-config-references';
import { ProviderConfigTester } from './provider-config-tester.service';
import { ProviderConfigurationsController } from './provider-configurations.controller';
import { ProviderConfigurationsService } from './provider-configurations.service';
import { ProviderConnectivityTester } from './provider-connectivity-test';
import { ResealProviderConfigSecrets } from './reseal-provider-config-secrets';

/**
 * The HTTP side of provider configurations. Storage and the read ports live in the global
 * ProviderConfigLookupModule; AuditWriter, SecretBox, OutboundHttp and Database come from global modules too.
 */
@Module({
  imports: [CatalogModule],
  controllers: [ProviderConfigurationsController],
  providers: [ProviderConfigurationsService, ProviderConfigReferences, ProviderConnectivityTester, ProviderConfigTester, ResealProviderConfigSecrets],
})
export class ProviderConfigurationsModule {}
