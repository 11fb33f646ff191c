import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../common/errors';
import { assertMetadataWithinLimits, mergedMetadata } from '../../common/metadata/metadata-limits';
import { canonicalName, type NameRule } from '../../common/names';
import type { Page } from '../../common/pagination/cursor';
import { classifyConfigKey, hasUrlSecrets, keepUnchangedSecrets, SecretBox } from '../../common/secrets';
import { Database } from '../../database/database.service';
import type { UpdateExecutorConfigurationInput } from '../../generated';
import { AuditWriter, type AuditActor } from '../audit/audit-writer';
import { destinationOrigin, withDefined } from '../audit/destination-origin';
import type { ExecutorConfigStatus, ExecutorConfigurationEntity } from './executor-configuration.entity';
import { openAuthentication, sealAuthenticationConfig, toOutput, type ExecutorConfigurationOutput, type ExecutorEndpoint } from './executor-configuration.output';
import { ExecutorConfigurationRepository, type ExecutorConfigListQuery } from './executor-configuration.repository';

const EDITABLE: readonly ExecutorConfigStatus[] = ['unconfigured', 'configured'];
const DELETABLE: readonly ExecutorConfigStatus[] = ['unconfigured', 'configured', 'disabled'];
const DEFAULT_TIMEOUT_SECONDS = 30;
/** Names are stored trimmed and in NFC (canonicalName); the bound is the request schema's. */
const NAME_RULE: NameRule = { maxLength: 100, tooLong: 'FLK-0261', subject: 'executor configuration' };

const notFound = (id: string) => new FlkError('FLK-0250', `No executor configuration has the id ${id}.`);

const CHANGED = () =>
  new FlkError('FLK-0350', 'The executor configuration changed while the request was being processed; read it again and retry.');

/**
 * Executor configurations (`/v1/executors`). There is no create route: rows are seeded. Field rules are enforced by
 * the request DTO (400 FLK-0260..0273); this service owns the status rules and the stored shape. Changes and deletes
 * are audited in their transaction (upstream does not audit them, but they change where calls go and with which
 * credentials).
 */
@Injectable()
export class ExecutorConfigurationsService {
  constructor(
    private readonly db: Database,
    private readonly repository: ExecutorConfigurationRepository,
    private readonly box: SecretBox,
    private readonly audit: AuditWriter,
  ) {}

  async list(query: ExecutorConfigListQuery): Promise<Page<ExecutorConfigurationOutput>> {
    const page = await this.db.read((manager) => this.repository.list(manager, query));
    return { ...page, items: page.items.map((row) => toOutput(this.box, row)) };
  }

  async get(id: string): Promise<ExecutorConfigurationOutput> {
    return toOutput(this.box, await this.find(id));
  }

  /**
   * Replaces name, description (omitted → cleared), base URL, endpoints and authentication; merges metadata. Only
   * while `unconfigured` or `configured`; the status is left as it is. A base URL with a secret query parameter is
   * refused (400 FLK-0263); the metadata sent and the merged metadata must be within the limits (400 FLK-0312..0315).
   */
  async update(id: string, input: UpdateExecutorConfigurationInput, actor: AuditActor): Promise<ExecutorConfigurationOutput> {
    // A key in the query would be stored in clear in a plain column; like user info, it belongs in `authentication`.
    if (hasUrlSecrets(input.baseUrl)) {
      throw new FlkError('FLK-0263', 'baseUrl must not carry credentials in its query (api_key, token, signature…); put them in authentication.', {
        baseUrl: 'must not carry credentials in its query',
      });
    }
    if (input.metadata) assertMetadataWithinLimits(input.metadata);
    const current = await this.find(id);
    if (!EDITABLE.includes(current.status)) {
      throw new FlkError('FLK-0252', `An executor configuration in status ${current.status} cannot be changed (only unconfigured or configured).`);
    }
    const endpoints: ExecutorEndpoint[] = input.endpoints.map((e) => ({
      name: e.name,
      path: e.path,
      method: e.method.toUpperCase() as ExecutorEndpoint['method'],
      timeout: e.timeout ?? DEFAULT_TIMEOUT_SECONDS,
    }));
    // Settings read and sent back carry masks: each mask of the stored value at its place keeps that secret.
    const config = input.authentication.config
      ? keepUnchangedSecrets(input.authentication.config, openAuthentication(this.box, current).config, classifyConfigKey)
      : undefined;
    const authentication = { type: input.authentication.type, ...(config ? { config: sealAuthenticationConfig(this.box, config) } : {}) };
    const metadata = input.metadata !== undefined ? JSON.stringify(mergedMetadata(current.metadata, input.metadata)) : current.metadata;
    const next: ExecutorConfigurationEntity = {
      ...current,
      name: canonicalName(input.name, NAME_RULE),
      description: input.description || null,
      baseUrl: input.baseUrl.replace(/\/+$/, ''),
      endpoints: JSON.stringify(endpoints),
      authentication: JSON.stringify(authentication),
      metadata,
      updatedAt: laterThan(current.updatedAt),
    };
    await this.db.write(async (manager) => {
      if (!(await this.repository.updateIfUnchanged(manager, next, { status: current.status, updatedAt: current.updatedAt }))) {
        throw await this.conflictOrGone(manager, id);
      }
      await this.record(manager, actor, next, 'EXECUTOR_CONFIG_UPDATED');
    });
    return toOutput(this.box, next);
  }

  /** Allowed while `unconfigured`, `configured` or `disabled`; a `tested` or `active` configuration is kept. */
  async delete(id: string, actor: AuditActor): Promise<void> {
    const current = await this.find(id);
    if (!DELETABLE.includes(current.status)) {
      throw new FlkError('FLK-0252', `An executor configuration in status ${current.status} cannot be deleted (disable it first).`);
    }
    await this.db.write(async (manager) => {
      if (!(await this.repository.deleteIfStatus(manager, id, current.status))) throw await this.conflictOrGone(manager, id);
      await this.record(manager, actor, current, 'EXECUTOR_CONFIG_DELETED');
    });
  }

  /**
   * The audit event of a change: what identifies the configuration and where its calls go, by URL origin only (a
   * path can carry a token) and the authentication scheme; never a setting of the scheme.
   */
  private record(
    manager: EntityManager,
    actor: AuditActor,
    row: ExecutorConfigurationEntity,
    eventType: 'EXECUTOR_CONFIG_UPDATED' | 'EXECUTOR_CONFIG_DELETED',
  ): Promise<void> {
    return this.audit.append(manager, actor, {
      eventType,
      action: eventType === 'EXECUTOR_CONFIG_DELETED' ? 'DELETE' : 'UPDATE',
      result: 'SUCCESS',
      resourceType: 'executor_config',
      resourceId: row.id,
      metadata: {
        'executor_config.name': row.name,
        ...withDefined('executor_config.destination', destinationOrigin(row.baseUrl)),
        'executor_config.authentication_type': (JSON.parse(row.authentication) as { type: string }).type,
        'executor_config.status': row.status,
      },
    });
  }

  /** The stored row, or 404 FLK-0250. */
  async find(id: string): Promise<ExecutorConfigurationEntity> {
    const row = await this.db.read((manager) => this.repository.findById(manager, id));
    if (!row) throw notFound(id);
    return row;
  }

  /** Why a compare-and-set found nothing to write: deleted meanwhile (404, as a later request gets) or changed (409). */
  private async conflictOrGone(manager: EntityManager, id: string): Promise<FlkError> {
    return (await this.repository.findById(manager, id)) ? CHANGED() : notFound(id);
  }
}

/** Now, but strictly after `previous`, because updatedAt is also the row's optimistic version. */
function laterThan(previous: string): string {
  const now = Date.now();
  const before = Date.parse(previous);
  return new Date(Number.isNaN(before) || now > before ? now : before + 1).toISOString();
}
