import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SecretBox } from '../../common/secrets';
import { isPlainObject } from '../../common/secrets/secret-walk';
import { Database } from '../../database/database.service';
import { dialectSql } from '../../database/dialect-sql';
import type { ProviderConfigStatus } from '../../modules/provider-configurations/provider-configuration.entity';
import { openConfig } from '../../modules/provider-configurations/provider-configuration.output';
import { ProviderConfigurationRepository } from '../../modules/provider-configurations/provider-configuration.repository';
import { CallSetupError } from './executor-failures';

export interface LoadedProviderConfig {
  readonly id: string;
  readonly providerId: string;
  /** Secrets decrypted: never log, store or echo this. */
  readonly config: Readonly<Record<string, unknown>>;
}

/** What decides whether a cached configuration is still the stored one: every change moves `updatedAt` forward. */
interface StoredVersion {
  readonly status: ProviderConfigStatus;
  readonly providerId: string;
  readonly updatedAt: string;
}

/** Opened configurations kept in memory; far more than a deployment has, so eviction is a safety net only. */
const MAX_CACHED = 1_000;

/**
 * Reads the provider configuration a node points at, with its secrets opened, and checks it may be used.
 *
 * Opening the secrets and reading the whole row on every executor call is the expensive part, so the opened
 * configuration is kept in memory (never logged or written anywhere) together with the `updatedAt` it was read at.
 * Every call still reads the row's status, provider and `updatedAt` (one primary-key lookup, plain SQL) and uses the
 * cached copy only while `updatedAt` is unchanged: the provider-configurations service moves it strictly forward on
 * every update and status change, so a disabled, edited or deleted configuration takes effect on the very next call,
 * in this process and in every other one sharing the database.
 */
@Injectable()
export class ProviderConfigSource {
  private readonly opened = new Map<string, { readonly updatedAt: string; readonly loaded: LoadedProviderConfig }>();

  constructor(
    private readonly db: Database,
    private readonly repository: ProviderConfigurationRepository,
    private readonly box: SecretBox,
  ) {}

  async load(id: string, expectedProviderId: string): Promise<LoadedProviderConfig> {
    const version = await this.db.read((manager) => storedVersion(manager, id));
    assertUsable(id, version, expectedProviderId);
    const cached = this.opened.get(id);
    if (cached && cached.updatedAt === version.updatedAt) return cached.loaded;
    this.opened.delete(id);

    const row = await this.db.read((manager) => this.repository.findById(manager, id));
    assertUsable(id, row, expectedProviderId);
    const config: unknown = openConfig(this.box, row);
    if (!isPlainObject(config)) throw new CallSetupError(`provider configuration ${id} holds no settings object`);
    const loaded: LoadedProviderConfig = { id: row.id, providerId: row.providerId, config: deepFreeze(config) };
    if (this.opened.size >= MAX_CACHED) this.opened.delete(this.opened.keys().next().value as string);
    this.opened.set(id, { updatedAt: row.updatedAt, loaded });
    return loaded;
  }
}

function assertUsable<T extends StoredVersion>(id: string, row: T | null, expectedProviderId: string): asserts row is T {
  if (!row) throw new CallSetupError(`provider configuration ${id} does not exist`);
  if (row.status !== 'active') throw new CallSetupError(`provider configuration ${id} is ${row.status}`);
  if (row.providerId !== expectedProviderId) {
    throw new CallSetupError(`provider configuration ${id} belongs to provider "${row.providerId}", not "${expectedProviderId}"`);
  }
}

/** Status, provider and version of one configuration: the cheap per-call check (primary key, no secrets read). */
async function storedVersion(manager: EntityManager, id: string): Promise<StoredVersion | null> {
  const rows = (await manager.query(dialectSql(manager, 'SELECT status, provider_id, updated_at FROM provider_configurations WHERE id = ?'), [
    id,
  ])) as Array<{ status: ProviderConfigStatus; provider_id: string; updated_at: string }>;
  const row = rows[0];
  return row ? { status: row.status, providerId: row.provider_id, updatedAt: row.updated_at } : null;
}

/** The cached settings are shared by every call: make an accidental change fail loudly instead of leaking. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}
