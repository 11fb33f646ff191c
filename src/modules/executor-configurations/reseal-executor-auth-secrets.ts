import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SecretBox } from '../../common/secrets';
import { Database } from '../../database/database.service';
import { rewriteColumn } from '../../database/rewrite-column';
import { resealStoredAuthentication } from './executor-configuration.output';

/** At start, encrypts executor authentication settings stored in clear (see ResealProviderConfigSecrets). */
@Injectable()
export class ResealExecutorAuthSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResealExecutorAuthSecrets');

  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { changed, failed } = await rewriteColumn(this.db, {
      table: 'executor_configurations',
      column: 'authentication',
      rewrite: (stored) => resealStoredAuthentication(this.box, stored),
    });
    if (changed > 0) this.logger.log(`Encrypted values stored in clear in ${changed} executor configuration(s)`);
    if (failed.length > 0) this.logger.error(`Executor configuration(s) whose stored secrets could not be read: ${failed.join(', ')}`);
  }
}
