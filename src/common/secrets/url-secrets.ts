import { classifyKey } from './secret-keys';

/** Text that is one absolute URL (`scheme://…`, no white space): only such text is searched for secret parameters. */
const URL_TEXT = /^[a-z][a-z0-9+.-]{0,31}:\/\/\S*$/i;

/**
 * Query parameter names whose value is a credential: what the key rule calls a secret or a credential container
 * (`api_key`, `token`, `access_token`, `key`, `password`, `signature`, `client_secret`, `auth`, `X-Amz-Credential`…),
 * and `sig`, the signature of shared-access and presigned URLs. Compared as the key rule compares keys, after
 * decoding the name as a query parser would.
 */
export function isSecretQueryName(name: string): boolean {
  const decoded = decodedQueryText(name);
  return decoded.toLowerCase() === 'sig' || classifyKey(decoded) !== 'plain';
}

function decodedQueryText(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text; // malformed escapes: compared as written
  }
}

/**
 * `text` with the value of every secret query parameter (isSecretQueryName) replaced by `replace(value, name)`, the
 * value as written (still percent-encoded); every other character of the text is kept as it was, so the rest of the
 * URL stays readable and a value put back in its place gives the original text. Text that is not a URL, or has no
 * such parameter with a value, is returned as it is.
 */
export function mapUrlSecrets(text: string, replace: (value: string, name: string) => string): string {
  if (!URL_TEXT.test(text)) return text;
  const queryStart = text.indexOf('?');
  if (queryStart < 0) return text;
  const fragment = text.indexOf('#', queryStart);
  const queryEnd = fragment < 0 ? text.length : fragment;
  const fields = text.slice(queryStart + 1, queryEnd).split('&');
  let changed = false;
  const mapped = fields.map((field) => {
    const equals = field.indexOf('=');
    if (equals < 0 || equals === field.length - 1) return field;
    const name = field.slice(0, equals);
    if (!isSecretQueryName(name)) return field;
    changed = true;
    return `${name}=${replace(field.slice(equals + 1), name)}`;
  });
  return changed ? `${text.slice(0, queryStart + 1)}${mapped.join('&')}${text.slice(queryEnd)}` : text;
}

/** The values of the secret query parameters of `text` by name (the first of a repeated name), as mapUrlSecrets sees them. */
export function urlSecretValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  mapUrlSecrets(text, (value, name) => {
    if (!values.has(name)) values.set(name, value);
    return value;
  });
  return values;
}

/** Whether `text` is a URL with a value in a secret query parameter. */
export const hasUrlSecrets = (text: string): boolean => urlSecretValues(text).size > 0;
