/**
 * The ONE rule for "does this key hold a secret?", shared by masking (API output, audit metadata, logs) and by
 * encryption at rest, so what is hidden and what is encrypted can never drift apart. Provider and executor
 * configurations add upstream's non-credential names to it (classifyConfigKey), for masking and encryption alike.
 *
 * Keys are compared as lower-case word lists: `clientSecret`, `client-secret`, `CLIENT_SECRET` and `Client Secret`
 * all become ["client", "secret"].
 */

import { boundedMemo } from '../memo';

/** A key containing any of these words holds a secret (its whole value, whatever its JSON type). */
const SECRET_WORDS = new Set([
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'privatekey', 'authorization',
  'cookie', 'bearer', 'jwt', 'signature', 'credential', 'otp', 'sessionid',
]);

/** Adjacent word pairs that together name a secret (`x-api-key`, `private_key`, `aws_access_key`, `session_id`). */
const SECRET_PAIRS = new Set(['api key', 'private key', 'access key', 'secret key', 'signing key', 'session id', 'set cookie']);

/** Words naming a credential container: a string under them is a secret, an object is searched key by key. */
const CONTAINER_WORDS = new Set(['auth', 'authentication', 'credentials']);

/** A last word that says the value only describes a secret (`token_url`, `token_type`, `api_key_header`). */
const DESCRIPTOR_WORDS = new Set(['url', 'uri', 'endpoint', 'type', 'name', 'header', 'location', 'param', 'prefix']);

export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export type KeyKind = 'secret' | 'container' | 'plain';

/**
 * How a property named `key` is treated. Masking walks every audit event's metadata and every stored node, with the
 * same few property names again and again: answers are memoised.
 */
export const classifyKey: (key: string) => KeyKind = boundedMemo(classifyWords, 10_000);

function classifyWords(key: string): KeyKind {
  const words = keyWords(key);
  if (words.length === 0) return 'plain';
  // The bare word `key` (executor api_key auth config: {header_name, key}) is the key itself.
  if (words.length === 1 && words[0] === 'key') return 'secret';
  if (words.length === 1 && CONTAINER_WORDS.has(words[0])) return 'container';
  const describesOnly = words.length > 1 && DESCRIPTOR_WORDS.has(words[words.length - 1]);
  const joined = words.join('');
  const hasSecretWord =
    words.some((w) => SECRET_WORDS.has(w)) ||
    [...SECRET_WORDS].some((w) => w.length >= 5 && joined.includes(w)) ||
    words.some((w, i) => i > 0 && SECRET_PAIRS.has(`${words[i - 1]} ${w}`));
  return hasSecretWord && !describesOnly ? 'secret' : 'plain';
}

/**
 * What upstream masks in provider configurations and executor authentication settings besides credentials
 * (reference §11.1): payment and personal data, one-time codes, certificates and connection strings, which embed
 * a database password (`database_url` holds one, so its `url` does not make it a mere descriptor here). Each entry is
 * a word run the key's words must contain (`card_number` matches `cardNumber` and `backup_card_number`), as upstream
 * matches names between non-alphanumeric boundaries. Only these settings get the wider rule: the same words in
 * workflow node data, logs or URLs (`address`, `email`, `city` of a customer record) are ordinary data there.
 * The credential names of upstream's list stay with classifyKey, which keeps descriptors (`token_url`,
 * `auth_type`) and identifiers (`client_id`) readable (docs/compatibility.md).
 */
const CONFIG_DATA_NAMES: readonly string[][] = [
  'card number', 'cardnumber', 'cvv', 'cvc', 'ssn', 'social security', 'pin', 'account number', 'accountnumber',
  'routing number', 'routingnumber', 'iban', 'swift', 'bic', 'pan', 'bsb', 'expiry', 'expiration date',
  'date of birth', 'dob', 'tax id', 'taxid', 'tin', 'national id', 'sort code', 'security answer',
  'security question', 'mother maiden name', 'mfa code', 'totp', 'biometric', 'fingerprint', 'certificate',
  'connection string', 'database url', 'email', 'phone', 'address', 'street', 'city', 'zip', 'postal code',
].map((name) => name.split(' '));

const containsRun = (words: readonly string[], run: readonly string[]) =>
  words.some((_, start) => run.every((word, i) => words[start + i] === word));

/** classifyKey, widened for provider-configuration and executor-authentication settings (see CONFIG_DATA_NAMES). */
export const classifyConfigKey: (key: string) => KeyKind = boundedMemo((key: string): KeyKind => {
  const kind = classifyKey(key);
  if (kind !== 'plain') return kind;
  const words = keyWords(key);
  return CONFIG_DATA_NAMES.some((run) => containsRun(words, run)) ? 'secret' : 'plain';
}, 10_000);

/** Decides how a property is treated: classifyKey everywhere, classifyConfigKey for configuration settings. */
export type KeyRule = (key: string) => KeyKind;

/**
 * Secret keys whose object value carries settings besides the secret: a webhook trigger's `signature: {scheme,
 * secret, toleranceSeconds}`. Under such a key only the settings named here (compared as word lists, so
 * `tolerance_seconds` counts too) are shown, and only when they are plain values; every other field, known or
 * not, stays secret, so a draft whose secret sits under an unexpected name does not leak it. A string or array
 * under the key is a secret as a whole, as before.
 */
const VISIBLE_SETTINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['signature', new Set(['scheme', 'tolerance seconds', 'algorithm', 'type', 'header', 'encoding'])],
]);

/** The settings of a secret key's object value that may be shown (see VISIBLE_SETTINGS), or undefined. */
export function visibleSettingsOf(key: string): ReadonlySet<string> | undefined {
  return VISIBLE_SETTINGS.get(keyWords(key).join(' '));
}

export const isVisibleSetting = (settings: ReadonlySet<string>, key: string, value: unknown): boolean =>
  settings.has(keyWords(key).join(' ')) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');

export function isSecretKey(key: string): boolean {
  return classifyKey(key) === 'secret';
}

/**
 * Header lists written as `[{name: "Authorization", value: "…"}]`: the secret sits in `value` and its key is in
 * `name`/`key`/`header`. Returns the property holding the secret, if this object is such a pair.
 */
export function secretPairValueKey(obj: Record<string, unknown>, rule: KeyRule = classifyKey): string | undefined {
  if (!('value' in obj)) return undefined;
  for (const label of ['name', 'key', 'header']) {
    const named = obj[label];
    if (typeof named === 'string' && rule(named) !== 'plain') return 'value';
  }
  return undefined;
}
