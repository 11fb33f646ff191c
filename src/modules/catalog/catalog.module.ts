import { Module } from '@nestjs/common';
import { ActiveProviderConfigsPort, NoProviderConfigs } from './active-provider-configs.port';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [CatalogController],
  providers: [
    CatalogService,
    // Replaced by the provider-configurations module once it exists; until then no choices are offered.
    { provide: ActiveProviderConfigsPort, useClass: NoProviderConfigs },
  ],
  exports: [CatalogService],
})
export class CatalogModule {}
