import { classifyConfigKey, maskSecrets, type SecretBox } from '../../common/secrets';
import { rewriteJson } from '../../database/rewrite-column';
import type { components } from '../../generated';
import type { ExecutorConfigurationEntity } from './executor-configuration.entity';

export type ExecutorConfigurationOutput = components['schemas']['ExecutorConfigurationOutput'];
export type ExecutorEndpoint = components['schemas']['ExecutorEndpointOutput'];
export type ExecutorAuthentication = components['schemas']['ExecutorAuthenticationOutput'];

/** Authentication settings as stored: sealed under the configuration rule, as provider configurations are. */
export function sealAuthenticationConfig(box: SecretBox, config: Record<string, unknown>): Record<string, unknown> {
  return box.seal(config, classifyConfigKey);
}

/** Stored authentication with what its settings still hold in clear sealed (see resealStoredConfig). */
export function resealStoredAuthentication(box: SecretBox, stored: string): string {
  return rewriteJson<ExecutorAuthentication>((auth) => (auth.config ? { ...auth, config: box.sealRemaining(auth.config, classifyConfigKey) } : auth))(stored);
}

/** Authentication with its secrets in clear. Only for code that must use them. */
export function openAuthentication(box: SecretBox, row: ExecutorConfigurationEntity): ExecutorAuthentication {
  return box.open(JSON.parse(row.authentication) as ExecutorAuthentication, classifyConfigKey);
}

/** What a client sees: authentication secrets and secret query parameters of the base URL masked; empty optional fields omitted. */
export function toOutput(box: SecretBox, row: ExecutorConfigurationEntity): ExecutorConfigurationOutput {
  const auth = openAuthentication(box, row);
  const metadata = row.metadata ? (JSON.parse(row.metadata) as Record<string, unknown>) : undefined;
  return {
    id: row.id,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    // Rows are seeded from outside the API: one may still carry a key in its query, which is never shown.
    baseUrl: maskSecrets(row.baseUrl),
    endpoints: JSON.parse(row.endpoints) as ExecutorEndpoint[],
    authentication: {
      type: auth.type,
      ...(auth.config && Object.keys(auth.config).length > 0 ? { config: maskSecrets(auth.config, { rule: classifyConfigKey }) } : {}),
    },
    status: row.status,
    ...(metadata && Object.keys(metadata).length > 0 ? { metadata } : {}),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...(row.lastTestedAt ? { lastTestedAt: row.lastTestedAt } : {}),
  };
}
