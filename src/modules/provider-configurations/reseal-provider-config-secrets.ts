import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SecretBox } from '../../common/secrets';
import { Database } from '../../database/database.service';
import { repairColumnAtStart } from '../../database/rewrite-column';
import { resealStoredConfig } from './provider-configuration.output';

/**
 * At start, encrypts the provider-configuration values stored in clear before their key counted as secret, so the
 * widened rule protects old rows at rest too and not only once each is next saved. Awaited before the server
 * listens; a row that cannot be read is logged and left as it is, and never stops the start.
 */
@Injectable()
export class ResealProviderConfigSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResealProviderConfigSecrets');

  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    const target = { table: 'provider_configurations', column: 'config', rewrite: (stored: string) => resealStoredConfig(this.box, stored) };
    return repairColumnAtStart(this.db, target, this.logger, 'provider configuration(s) holding secrets in clear');
  }
}
