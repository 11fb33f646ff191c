import { isSecretQueryName } from '../../../common/secrets';
import { clip } from '../../../common/unicode';
import { CallSetupError } from '../executor-failures';

export type QueryValues = Record<string, string>;

/**
 * `base` with `path` appended segment-wise (one `/` between them whatever either side has). A `?query` on the path
 * is kept. The path can only descend: `..` segments, backslashes and absolute URLs are refused so a node cannot
 * reach another API on the same host.
 */
export function joinUrl(base: string, path: string | undefined): URL {
  const url = parseBaseUrl(base);
  if (path === undefined || path === '') return url;
  const [pathPart, queryPart] = splitOnce(path, '?');
  const below = () => new CallSetupError(`path "${clip(path)}" must be a relative path below the base URL`);
  // The URL parser treats `%2e` as a dot in a dot segment (`%2e%2e`, `.%2E`), so they are dot segments here too.
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathPart) || pathPart.includes('\\') || pathPart.split('/').some(isDotSegment)) throw below();
  const head = url.pathname.replace(/\/+$/, '');
  const tail = pathPart.replace(/^\/+/, '');
  url.pathname = tail ? `${head}/${tail}` : head || '/';
  // Whatever else the parser normalises, the result must still be the base path or below it.
  if (url.pathname !== (head || '/') && !url.pathname.startsWith(`${head}/`)) throw below();
  if (queryPart !== undefined) {
    for (const [name, value] of new URLSearchParams(queryPart)) url.searchParams.append(name, value);
  }
  return url;
}

/** `.` or `..`, also percent-encoded: a segment the URL parser resolves away, climbing out of the path it is in. */
export const isDotSegment = (segment: string) => {
  const dots = segment.replace(/%2e/gi, '.');
  return dots === '.' || dots === '..';
};

/** An absolute http(s) URL without credentials in it, or a CallSetupError naming the setting. */
export function parseBaseUrl(raw: string, setting = 'base URL'): URL {
  const url = toUrl(raw);
  if (!url) throw new CallSetupError(`the ${setting} is not an absolute URL`);
  const problem = baseUrlProblem(url);
  if (problem) throw new CallSetupError(`the ${setting} ${problem}`);
  url.hash = '';
  return url;
}

const toUrl = (raw: string): URL | undefined => {
  try {
    return new URL(raw.trim());
  } catch {
    return undefined;
  }
};

/**
 * Why a parsed URL cannot be the base of a call, or undefined. Shared with the catalog, whose provider schemas
 * refuse such a URL when a configuration is saved (not first when every execution fails).
 */
export function baseUrlProblem(url: URL): string | undefined {
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return 'must be an http or https URL with a host';
  if (url.username || url.password) return 'must not carry credentials; use auth';
  return undefined;
}

/** baseUrlProblem of a string that parses as a URL; one that does not is left to the schema's `format: uri`. */
export function baseUrlTextProblem(raw: string): string | undefined {
  const url = toUrl(raw);
  return url ? baseUrlProblem(url) : undefined;
}

export function setQuery(url: URL, query: QueryValues): void {
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
}

export const REDACTED = 'REDACTED';

/**
 * The URL as it may be shown and stored (node output, error messages): credentials in the user-info part and the
 * values of query parameters that hold secrets (by name, or named in `secretParams`) are replaced.
 */
export function redactUrl(url: URL | string, secretParams: readonly string[] = []): string {
  let copy: URL;
  try {
    copy = new URL(url.toString());
  } catch {
    return '(invalid URL)';
  }
  if (copy.username) copy.username = REDACTED;
  if (copy.password) copy.password = '';
  const secret = new Set(secretParams.map((p) => p.toLowerCase()));
  for (const name of new Set(copy.searchParams.keys())) {
    if (secret.has(name.toLowerCase()) || isSecretQueryName(name)) copy.searchParams.set(name, REDACTED);
  }
  return copy.toString();
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

