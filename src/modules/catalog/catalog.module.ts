import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [CatalogController],
  // ActiveProviderConfigsPort comes from the global ProviderConfigLookupModule.
  providers: [CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}
