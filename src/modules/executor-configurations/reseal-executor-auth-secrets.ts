import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SecretBox } from '../../common/secrets';
import { Database } from '../../database/database.service';
import { repairColumnAtStart } from '../../database/rewrite-column';
import { resealStoredAuthentication } from './executor-configuration.output';

/** At start, encrypts executor authentication settings stored in clear (see ResealProviderConfigSecrets). */
@Injectable()
export class ResealExecutorAuthSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResealExecutorAuthSecrets');

  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    const target = { table: 'executor_configurations', column: 'authentication', rewrite: (stored: string) => resealStoredAuthentication(this.box, stored) };
    return repairColumnAtStart(this.db, target, this.logger, 'executor configuration(s) holding secrets in clear');
  }
}
