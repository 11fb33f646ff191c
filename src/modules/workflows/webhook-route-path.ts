const NON_ASCII = /[\u0080-\uffff]/;

/** Methods a webhook trigger may declare: the ones the webhook ingress routes. */
export const WEBHOOK_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Longest webhook path (characters, after normalisation, not counting its leading `/`) a trigger may register: it is
 * a unique-index key, and 513 characters stay within PostgreSQL's btree entry size whatever the script. */
export const MAX_WEBHOOK_PATH_LENGTH = 512;

/**
 * The one spelling of a webhook path, used when a route is registered and when a call is matched:
 * percent-decoded (so `orders%2Fpaid` and `orders/paid` are the same route), in Unicode normalisation form C (so
 * `café` typed as `e` + combining accent and as `é` are the same route, as they look the same), with a leading `/`
 * and without trailing `/`. The root normalises to `/`. Matching stays case-sensitive.
 */
export function normaliseWebhookPath(raw: string): string {
  let decoded = raw;
  // Without a `%` there is nothing to decode (most calls), and decodeURIComponent would still copy the path.
  if (raw.includes('%')) {
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // A malformed escape such as `%zz` is kept literally rather than rejected.
    }
  }
  // Only a path with a non-ASCII character can change: nearly every call skips the normalisation.
  if (NON_ASCII.test(decoded)) decoded = decoded.normalize('NFC');
  const withSlash = decoded.startsWith('/') ? decoded : `/${decoded}`;
  // Most paths end without a slash: the regular expression runs only for those that have one to drop.
  const trimmed = withSlash.endsWith('/') ? withSlash.replace(/\/+$/, '') : withSlash;
  return trimmed === '' ? '/' : trimmed;
}

/**
 * The inverse of normaliseWebhookPath, for a URL: the raw path after `/v1/webhooks/` that calls the route `path`
 * (normalised). Each segment is percent-encoded, so `?`, `#`, `%`, spaces and non-ASCII reach the route instead of
 * starting a query or a fragment. A `/` stays literal except where it would be lost, and is sent as `%2F` (decoded
 * back by the ingress): next to a `.` or `..` segment, which URL parsers resolve away (RFC 3986 §5.2.4), and before
 * an empty first segment, since the ingress takes one leading slash as the route's own.
 */
export function webhookCallPath(path: string): string {
  const segments = path.split('/').slice(1);
  const isDot = (segment: string) => segment === '.' || segment === '..';
  return segments
    .map((segment, index) => {
      const encoded = encodeURIComponent(segment);
      if (index === 0) return segment === '' || isDot(segment) ? `%2F${encoded}` : encoded;
      return `${isDot(segment) || isDot(segments[index - 1]) ? '%2F' : '/'}${encoded}`;
    })
    .join('');
}

/**
 * Whether a normalised path may be a route: no C0 control character or DEL. No client means them in a route, and
 * they would fail differently per database (PostgreSQL cannot store U+0000 in text at all).
 */
export function isRoutableWebhookPath(path: string): boolean {
  for (let i = 0; i < path.length; i += 1) {
    const code = path.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

export function normaliseWebhookMethod(raw: string): string {
  return raw.trim().toUpperCase();
}
