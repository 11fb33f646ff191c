import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SecretBox } from '../../common/secrets';
import { Database } from '../../database/database.service';
import { repairColumnAtStart, rewriteJson } from '../../database/rewrite-column';

/**
 * At start, encrypts what subscriptions still hold in clear because they were saved before the rule covered it: the
 * values of secret query parameters in `url` (sealed only since 2026-12-02) and header values whose name became
 * secret later. See ResealProviderConfigSecrets; a row that cannot be read is logged and left as it is.
 */
@Injectable()
export class ResealSubscriptionSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResealSubscriptionSecrets');

  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const url = { table: 'webhook_subscriptions', column: 'url', rewrite: (stored: string) => this.box.sealRemaining(stored) };
    await repairColumnAtStart(this.db, url, this.logger, 'subscription URL(s) holding secrets in clear');
    const headers = { table: 'webhook_subscriptions', column: 'headers', rewrite: rewriteJson<Record<string, string>>((h) => this.box.sealRemaining(h)) };
    await repairColumnAtStart(this.db, headers, this.logger, 'subscription header set(s) holding secrets in clear');
  }
}
