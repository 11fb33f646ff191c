import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import { assertMetadataWithinLimits, mergedMetadata } from '../../common/metadata/metadata-limits';
import { canonicalName, type NameRule } from '../../common/names';
import type { Page } from '../../common/pagination/cursor';
import { classifyConfigKey, keepUnchangedSecrets, SecretBox } from '../../common/secrets';
import { Database } from '../../database/database.service';
import { AuditWriter, type AuditActor, type AuditEventInput } from '../audit/audit-writer';
import { CatalogService } from '../catalog/catalog.service';
import { ProviderConfigReferences } from './provider-config-references';
import { ProviderConfigurationEntity, type ProviderConfigStatus } from './provider-configuration.entity';
import {
  openConfig,
  sealConfig,
  toOutput,
  type ProviderConfigurationCreateOutput,
  type ProviderConfigurationOutput,
} from './provider-configuration.output';
import { ProviderConfigurationRepository, type ProviderConfigListQuery } from './provider-configuration.repository';

export interface CreateProviderConfig {
  name: string;
  description?: string;
  providerId: string;
  config: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

export interface UpdateProviderConfig {
  name?: string;
  description?: string;
  config?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/** Names are stored trimmed and in NFC (canonicalName); the bound is the request schema's. */
const NAME_RULE: NameRule = { maxLength: 100, tooLong: 'FLK-0296', subject: 'provider configuration' };

const notFound = (id: string) => new FlkError('FLK-0290', `No provider configuration has the id ${id}.`);

const STATUS_CHANGED = () =>
  new FlkError('FLK-0350', 'The provider configuration changed while the request was being processed; read it again and retry.');

/**
 * Provider configurations: settings and credentials for catalog providers. Secret leaves of `config` are encrypted
 * before they reach the database and masked in everything returned; the audit trail only ever gets names and ids.
 */
@Injectable()
export class ProviderConfigurationsService {
  constructor(
    private readonly db: Database,
    private readonly repository: ProviderConfigurationRepository,
    private readonly references: ProviderConfigReferences,
    private readonly catalog: CatalogService,
    private readonly audit: AuditWriter,
    private readonly box: SecretBox,
  ) {}

  async create(input: CreateProviderConfig, actor: AuditActor): Promise<ProviderConfigurationCreateOutput> {
    if (input.metadata) assertMetadataWithinLimits(input.metadata);
    this.assertValidConfig(input.providerId, input.config, 'FLK-0294');
    const now = new Date().toISOString();
    const row: ProviderConfigurationEntity = {
      id: randomUUID(),
      name: canonicalName(input.name, NAME_RULE),
      description: input.description || null,
      providerId: input.providerId,
      config: sealConfig(this.box, input.config),
      status: 'active',
      metadata: input.metadata ? JSON.stringify(input.metadata) : null,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.write(async (manager) => {
      await this.repository.insert(manager, row);
      await this.record(manager, actor, row, 'PROVIDER_CONFIG_CREATED', {
        'provider_config.name': row.name,
        'provider_config.provider_id': row.providerId,
      });
    });
    return { id: row.id, name: row.name, status: 'active', createdAt: row.createdAt };
  }

  async list(query: ProviderConfigListQuery): Promise<Page<ProviderConfigurationOutput>> {
    const page = await this.db.read((manager) => this.repository.list(manager, query));
    return { ...page, items: page.items.map((row) => toOutput(this.box, row)) };
  }

  async get(id: string): Promise<ProviderConfigurationOutput> {
    return toOutput(this.box, await this.find(id));
  }

  /**
   * Changes only the fields sent; a new config replaces the old one whole, metadata is merged key by key and the
   * merged metadata must be within the limits (400 FLK-0312..0315), as what was sent must be.
   */
  async update(id: string, input: UpdateProviderConfig, actor: AuditActor): Promise<ProviderConfigurationOutput> {
    if (input.metadata) assertMetadataWithinLimits(input.metadata);
    const current = await this.find(id);
    const metadata = input.metadata !== undefined ? JSON.stringify(mergedMetadata(current.metadata, input.metadata)) : current.metadata;
    // A config read and sent back carries masks: each mask of the stored value at its place keeps that secret.
    const config = input.config === undefined ? undefined : keepUnchangedSecrets(input.config, openConfig(this.box, current), classifyConfigKey);
    if (config !== undefined) this.assertValidConfig(current.providerId, config, 'FLK-0294');
    const next: ProviderConfigurationEntity = {
      ...current,
      name: input.name !== undefined ? canonicalName(input.name, NAME_RULE) : current.name,
      description: input.description !== undefined ? input.description || null : current.description,
      config: config !== undefined ? sealConfig(this.box, config) : current.config,
      metadata,
      updatedAt: laterThan(current.updatedAt),
    };
    await this.db.write(async (manager) => {
      const saved = await this.repository.updateIfUnchanged(manager, next, { status: current.status, updatedAt: current.updatedAt });
      if (!saved) throw await this.conflictOrGone(manager, id);
      await this.record(manager, actor, next, 'PROVIDER_CONFIG_UPDATED', {
        'provider_config.name': next.name,
        'provider_config.changed_fields': Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined).sort(),
      });
    });
    return toOutput(this.box, next);
  }

  enable(id: string, actor: AuditActor): Promise<ProviderConfigurationOutput> {
    return this.changeStatus(id, 'disabled', 'active', actor);
  }

  disable(id: string, actor: AuditActor): Promise<ProviderConfigurationOutput> {
    return this.changeStatus(id, 'active', 'disabled', actor);
  }

  /**
   * Deletes in any status, except while an active workflow uses the configuration: deleting it then would make every
   * execution fail at that node, so the client deactivates (or edits) those workflows first.
   */
  async delete(id: string, actor: AuditActor): Promise<void> {
    const current = await this.find(id);
    await this.db.write(async (manager) => {
      // Locked first, so that the question below is answered after any activation relying on it has committed.
      if (!(await this.repository.findLocked(manager, id, 'update'))) throw notFound(id);
      const users = await this.references.activeWorkflowsUsing(manager, id);
      if (users.length > 0) {
        throw new FlkError(
          'FLK-0292',
          `The provider configuration is used by active workflows (${users.map((w) => `"${w.name}"`).join(', ')}); ` +
            'deactivate them or point them at another configuration first.',
        );
      }
      if (!(await this.repository.deleteIfStatus(manager, id, current.status))) throw await this.conflictOrGone(manager, id);
      await this.record(manager, actor, current, 'PROVIDER_CONFIG_DELETED', { 'provider_config.id': id });
    });
  }

  /** The stored row, or 404 FLK-0290. */
  async find(id: string, manager?: EntityManager): Promise<ProviderConfigurationEntity> {
    const row = manager ? await this.repository.findById(manager, id) : await this.db.read((m) => this.repository.findById(m, id));
    if (!row) throw notFound(id);
    return row;
  }

  /** Why a compare-and-set found nothing to write: deleted meanwhile (404, as a later request gets) or changed (409). */
  private async conflictOrGone(manager: EntityManager, id: string): Promise<FlkError> {
    return (await this.repository.findById(manager, id)) ? STATUS_CHANGED() : notFound(id);
  }

  private async changeStatus(
    id: string,
    from: ProviderConfigStatus,
    to: ProviderConfigStatus,
    actor: AuditActor,
  ): Promise<ProviderConfigurationOutput> {
    const current = await this.find(id);
    if (current.status !== from) {
      // Plural, so that no article has to agree with the status ("a active").
      throw new FlkError('FLK-0292', `The provider configuration is ${current.status}; only ${from} configurations can become ${to}.`);
    }
    const next: ProviderConfigurationEntity = { ...current, status: to, updatedAt: laterThan(current.updatedAt) };
    await this.db.write(async (manager) => {
      // The whole row read above is written back, so it must still be that row (updatedAt), not merely in that status:
      // a PATCH committed in between (a rotated key) would otherwise be reverted.
      if (!(await this.repository.updateIfUnchanged(manager, next, { status: from, updatedAt: current.updatedAt }))) {
        throw await this.conflictOrGone(manager, id);
      }
      await this.record(manager, actor, next, 'PROVIDER_CONFIG_UPDATED', {
        'provider_config.name': next.name,
        'provider_config.status': to,
      });
    });
    return toOutput(this.box, next);
  }

  /** Unknown provider → `notFound`; config not matching the provider's schema → 422 FLK-0293 with the fields. */
  private assertValidConfig(providerId: string, config: Record<string, unknown>, notFound: 'FLK-0294'): void {
    if (!this.catalog.findProvider(providerId)) {
      throw new FlkError(notFound, `"${providerId.slice(0, 100)}" is not a provider of the catalog (see GET /v1/catalog/providers).`);
    }
    const violation = this.catalog.providerConfigViolation(providerId, config);
    if (violation) throw new FlkError('FLK-0293', violation.message, violation.fields);
  }

  private record(
    manager: EntityManager,
    actor: AuditActor,
    row: ProviderConfigurationEntity,
    eventType: AuditEventInput['eventType'],
    metadata: Record<string, unknown>,
  ): Promise<void> {
    const action = eventType === 'PROVIDER_CONFIG_CREATED' ? 'CREATE' : eventType === 'PROVIDER_CONFIG_DELETED' ? 'DELETE' : 'UPDATE';
    return this.audit.append(manager, actor, {
      eventType,
      action,
      result: 'SUCCESS',
      resourceType: 'provider_config',
      resourceId: row.id,
      metadata,
    });
  }
}

/**
 * Now, but strictly after `previous`: updatedAt doubles as the optimistic version of a row, so two changes within
 * the same millisecond must still differ.
 */
function laterThan(previous: string): string {
  const now = Date.now();
  const before = Date.parse(previous);
  return new Date(Number.isNaN(before) || now > before ? now : before + 1).toISOString();
}
