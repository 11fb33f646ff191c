import type { KeyRule } from './secret-keys';
import { maskSecretValue } from './secret-masker';
import { isPlainObject, mapSecrets } from './secret-walk';
import { mapUrlSecrets, urlSecretValues } from './url-secrets';

/** Marks where a secret leaf sat in an incoming value, holding what the client sent there. */
class IncomingSecret {
  constructor(readonly value: unknown) {}
}

/**
 * Replace semantics with masked round trips: a client that read a resource and sends it back unchanged sends the
 * masks. A secret leaf (under `rule`) whose incoming value is exactly the mask of the stored value at the same key
 * path keeps the stored secret; any other value (a new secret, or the mask of something else) is taken as sent.
 * The same holds for a secret query parameter of a URL string, parameter by parameter: its value sent back as the
 * mask of the stored URL's parameter of that name keeps the stored value, whatever else of the URL changed.
 * `stored` is the value in clear.
 */
export function keepUnchangedSecrets<T>(incoming: T, stored: unknown, rule?: KeyRule): T {
  // URL strings are left whole by the marking walk: restore compares them parameter by parameter.
  return restore(mapSecrets(incoming, (value) => new IncomingSecret(value), rule, (value) => value), stored) as T;
}

function restore(marked: unknown, stored: unknown): unknown {
  if (marked instanceof IncomingSecret) {
    const unchanged = stored !== undefined && stored !== null && marked.value === maskSecretValue(stored);
    return unchanged ? stored : marked.value;
  }
  if (typeof marked === 'string' && typeof stored === 'string') {
    const storedValues = urlSecretValues(stored);
    return mapUrlSecrets(marked, (value, name) => {
      const before = storedValues.get(name);
      return before !== undefined && value === maskSecretValue(before) ? before : value;
    });
  }
  if (Array.isArray(marked)) return marked.map((item, index) => restore(item, Array.isArray(stored) ? stored[index] : undefined));
  if (!isPlainObject(marked)) return marked;
  return Object.fromEntries(
    Object.entries(marked).map(([key, value]) => [
      key,
      restore(value, isPlainObject(stored) && Object.hasOwn(stored, key) ? stored[key] : undefined),
    ]),
  );
}
