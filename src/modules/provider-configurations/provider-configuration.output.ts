import { classifyConfigKey, maskSecrets, type SecretBox } from '../../common/secrets';
import { rewriteJson } from '../../database/rewrite-column';
import type { components } from '../../generated';
import type { ProviderConfigurationEntity } from './provider-configuration.entity';

export type ProviderConfigurationOutput = components['schemas']['ProviderConfigurationOutput'];
export type ProviderConfigurationCreateOutput = components['schemas']['ProviderConfigurationCreateOutput'];

/**
 * A config as stored: its secret leaves encrypted under the configuration rule (classifyConfigKey), which also hides
 * what upstream masks in these settings beyond credentials (card and personal data, connection strings).
 */
export function sealConfig(box: SecretBox, config: Record<string, unknown>): string {
  return JSON.stringify(box.seal(config, classifyConfigKey));
}

/**
 * A stored config with what it still holds in clear sealed: values written before their key counted as secret (the
 * rule for configurations has widened over time). The same text when there is nothing to seal.
 */
export function resealStoredConfig(box: SecretBox, stored: string): string {
  return rewriteJson<Record<string, unknown>>((config) => box.sealRemaining(config, classifyConfigKey))(stored);
}

/** The stored config in clear. Only for code that must use the secrets (the connectivity test, executors). */
export function openConfig(box: SecretBox, row: Pick<ProviderConfigurationEntity, 'config'>): Record<string, unknown> {
  return box.open(JSON.parse(row.config) as Record<string, unknown>, classifyConfigKey);
}

/** What a client sees: every secret leaf masked (`****` + last 4), at any depth; empty optional fields omitted. */
export function toOutput(box: SecretBox, row: ProviderConfigurationEntity): ProviderConfigurationOutput {
  const metadata = row.metadata ? (JSON.parse(row.metadata) as Record<string, unknown>) : undefined;
  return {
    id: row.id,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    providerId: row.providerId,
    config: maskSecrets(openConfig(box, row), { rule: classifyConfigKey }),
    status: row.status,
    ...(metadata && Object.keys(metadata).length > 0 ? { metadata } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
