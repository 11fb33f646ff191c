/**
 * How many header lines named `name` (lower case) a request carried, from Node's `rawHeaders` (name and value in
 * turn). Node joins repeated lines of most headers into one value, `a, b`, which reads as one value nobody sent.
 */
export function headerLineCount(rawHeaders: readonly string[], name: string): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === name) count += 1;
  return count;
}
