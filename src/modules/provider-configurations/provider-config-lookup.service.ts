import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Database } from '../../database/database.service';
import { ActiveProviderConfigsPort, type ActiveProviderConfigRef } from '../catalog/active-provider-configs.port';
import { ProviderConfigLookup, type ProviderConfigRef } from './provider-config-lookup';
import { ProviderConfigurationRepository } from './provider-configuration.repository';

/** Secret-free views of provider configurations for other modules (workflows, engine, catalog). */
@Injectable()
export class ProviderConfigReader extends ProviderConfigLookup implements ActiveProviderConfigsPort {
  constructor(
    private readonly db: Database,
    private readonly repository: ProviderConfigurationRepository,
  ) {
    super();
  }

  async findById(id: string, manager?: EntityManager): Promise<ProviderConfigRef | null> {
    // Inside a write (a workflow saved or activated on the strength of this row), the row stays locked until it ends.
    const row = manager ? await this.repository.findLocked(manager, id, 'share') : await this.db.read((m) => this.repository.findById(m, id));
    return row ? { id: row.id, name: row.name, providerId: row.providerId, status: row.status } : null;
  }

  async listActive(providerId: string, limit: number): Promise<ActiveProviderConfigRef[]> {
    const rows = await this.db.read((m) => this.repository.listActiveOfProvider(m, providerId, limit));
    return rows.map(({ id, name }) => ({ id, name }));
  }
}
