import type { SecretBox } from '../../common/secrets';
import { maskSecrets } from '../../common/secrets';
import type { components } from '../../generated';
import type { ProviderConfigurationEntity } from './provider-configuration.entity';

export type ProviderConfigurationOutput = components['schemas']['ProviderConfigurationOutput'];
export type ProviderConfigurationCreateOutput = components['schemas']['ProviderConfigurationCreateOutput'];

/** The stored config in clear. Only for code that must use the secrets (the connectivity test). */
export function openConfig(box: SecretBox, row: ProviderConfigurationEntity): Record<string, unknown> {
  return box.open(JSON.parse(row.config) as Record<string, unknown>);
}

/** What a client sees: every secret leaf masked (`****` + last 4), at any depth; empty optional fields omitted. */
export function toOutput(box: SecretBox, row: ProviderConfigurationEntity): ProviderConfigurationOutput {
  const metadata = row.metadata ? (JSON.parse(row.metadata) as Record<string, unknown>) : undefined;
  return {
    id: row.id,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    providerId: row.providerId,
    config: maskSecrets(openConfig(box, row)),
    status: row.status,
    ...(metadata && Object.keys(metadata).length > 0 ? { metadata } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
