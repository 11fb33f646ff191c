import { Injectable } from '@nestjs/common';
import { SecretBox } from '../../common/secrets';
import { openConfig } from './provider-configuration.output';
import { ProviderConnectivityTester, type ProviderConfigTestResult } from './provider-connectivity-test';
import { ProviderConfigurationsService } from './provider-configurations.service';

/** `POST …/{id}/test`: loads the configuration with its secrets in clear (in memory only) and probes the provider. */
@Injectable()
export class ProviderConfigTester {
  constructor(
    private readonly configs: ProviderConfigurationsService,
    private readonly box: SecretBox,
    private readonly connectivity: ProviderConnectivityTester,
  ) {}

  async test(id: string): Promise<ProviderConfigTestResult> {
    const row = await this.configs.find(id);
    return this.connectivity.run(row.id, row.providerId, openConfig(this.box, row));
  }
}
