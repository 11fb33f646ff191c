import { classifyKey, isVisibleSetting, secretPairValueKey, visibleSettingsOf, type KeyRule } from './secret-keys';
import { mapUrlSecrets } from './url-secrets';

export type SecretLeafFn = (value: unknown, key: string) => unknown;
/** What becomes of the value of a secret query parameter inside a URL string (see mapUrlSecrets). */
export type UrlSecretFn = (value: string, name: string) => string;

/**
 * Deep copy of a JSON-like value in which every secret leaf (see classifyKey, or the `rule` given) is replaced by
 * `onSecret(value)`, and in every other string that is a URL the value of each secret query parameter
 * (`https://api.example.com/v1?api_key=…`) by `inUrl(value)`: onSecret's result, unless the caller says otherwise.
 * Objects and arrays are searched at any depth; class instances (Dates, Buffers) are kept as they are.
 */
export function mapSecrets(
  value: unknown,
  onSecret: SecretLeafFn,
  rule: KeyRule = classifyKey,
  inUrl: UrlSecretFn = (secret, name) => onSecret(secret, name) as string,
): unknown {
  if (typeof value === 'string') return mapUrlSecrets(value, inUrl);
  if (Array.isArray(value)) return value.map((item) => mapSecrets(item, onSecret, rule, inUrl));
  if (!isPlainObject(value)) return value;
  const pairValueKey = secretPairValueKey(value, rule);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === pairValueKey && key === 'value') {
      out[key] = inner === null || inner === undefined ? inner : onSecret(inner, key);
      continue;
    }
    const kind = rule(key);
    const settings = kind === 'secret' && pairValueKey === undefined && isPlainObject(inner) ? visibleSettingsOf(key) : undefined;
    if (settings) {
      out[key] = mapSecretWithSettings(inner as Record<string, unknown>, settings, onSecret);
      continue;
    }
    const secretHere = kind === 'secret' || (kind === 'container' && !isPlainObject(inner) && !Array.isArray(inner));
    if (secretHere && pairValueKey === undefined) {
      out[key] = inner === null || inner === undefined ? inner : onSecret(inner, key);
    } else {
      out[key] = mapSecrets(inner, onSecret, rule, inUrl);
    }
  }
  return out;
}

/** A secret's object value with visible settings: those settings as they are, every other field a secret leaf. */
function mapSecretWithSettings(value: Record<string, unknown>, settings: ReadonlySet<string>, onSecret: SecretLeafFn): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = inner === null || inner === undefined || isVisibleSetting(settings, key, inner) ? inner : onSecret(inner, key);
  }
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
