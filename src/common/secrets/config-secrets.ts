import { classifyConfigKey } from './secret-keys';
import { maskSecretValue } from './secret-masker';
import { mapSecrets } from './secret-walk';

/**
 * Provider-configuration and executor-authentication settings as clients see them: every secret leaf under the
 * wider configuration rule (classifyConfigKey) masked the way every other secret is shown.
 */
export function maskConfigSecrets<T>(value: T): T {
  return mapSecrets(value, maskSecretValue, classifyConfigKey) as T;
}
