import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SecretBox } from '../../common/secrets';
import { Database } from '../../database/database.service';
import { repairColumnAtStart } from '../../database/rewrite-column';
import { resealStoredNodes } from './node-secrets';

/**
 * At start, encrypts node data that workflows still hold in clear because it was saved before the rule covered it
 * (the values of secret query parameters in URLs are sealed only since 2026-12-02). The text of a workflow changes,
 * never what it means: its `updatedAt` is kept. See ResealProviderConfigSecrets.
 */
@Injectable()
export class ResealNodeSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResealNodeSecrets');

  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    const target = { table: 'workflows', column: 'nodes', rewrite: (stored: string) => resealStoredNodes(this.box, stored) };
    return repairColumnAtStart(this.db, target, this.logger, 'workflow(s) holding node secrets in clear');
  }
}
