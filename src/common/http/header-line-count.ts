import { FlkError } from '../errors';

/**
 * How many header lines named `name` (lower case) a request carried, from Node's `rawHeaders` (name and value in
 * turn). Node joins repeated lines of most headers into one value, `a, b`, which reads as one value nobody sent.
 */
export function headerLineCount(rawHeaders: readonly string[], name: string): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === name) count += 1;
  return count;
}

/**
 * Refuses a key header (an Idempotency-Key, a delivery id) sent on several lines: Node's joined `a, b` would be a
 * third key, so a retry that sends only one of them would start the work again.
 */
export function refuseRepeatedKeyHeader(rawHeaders: readonly string[], header: string, code: 'FLK-0304' | 'FLK-0509'): void {
  if (headerLineCount(rawHeaders, header.toLowerCase()) > 1) {
    throw new FlkError(code, `The ${header} header is sent more than once; send one key.`);
  }
}
