import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SecretBox, SecretDecryptionError } from '../../common/secrets';
import { ConfigError } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { repairColumnAtStart } from '../../database/rewrite-column';
import { openConfig, resealStoredConfig } from './provider-configuration.output';

/** Stored configurations holding ciphertext that are tried at start to tell a wrong SECRETS_KEY from one damaged row. */
const KEY_PROBE_ROWS = 20;

/**
 * At start, encrypts the provider-configuration values stored in clear before their key counted as secret, so the
 * widened rule protects old rows at rest too and not only once each is next saved. Awaited before the server
 * listens; a row that cannot be read is logged and left as it is, and never stops the start.
 *
 * Before that it checks that SECRETS_KEY opens what is stored: a key other than the one the secrets were written with
 * used to start a service whose every configuration read answered 500 and whose every provider call failed.
 */
@Injectable()
export class ResealProviderConfigSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResealProviderConfigSecrets');

  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.assertKeyOpensStoredSecrets();
    const target = { table: 'provider_configurations', column: 'config', rewrite: (stored: string) => resealStoredConfig(this.box, stored) };
    await repairColumnAtStart(this.db, target, this.logger, 'provider configuration(s) holding secrets in clear');
  }

  /** Refuses the start (a configuration error) when stored secrets exist and not one of those tried opens. */
  private async assertKeyOpensStoredSecrets(): Promise<void> {
    const rows = await this.db.read((m) =>
      m.createQueryBuilder().select('p.config', 'config').from('provider_configurations', 'p')
        .where('p.config LIKE :sealed', { sealed: '%"v1:%' }).limit(KEY_PROBE_ROWS).getRawMany<{ config: string }>(),
    );
    let refused: SecretDecryptionError | undefined;
    for (const row of rows) {
      try {
        openConfig(this.box, row);
        return;
      } catch (err) {
        if (!(err instanceof SecretDecryptionError)) throw err;
        refused = err;
      }
    }
    if (refused) {
      throw new ConfigError([
        `SECRETS_KEY: the stored provider configuration secrets cannot be decrypted with this key (${rows.length} tried): ` +
          'set SECRETS_KEY (or <DATA_DIR>/secrets.key) to the key they were written with',
      ]);
    }
  }
}
