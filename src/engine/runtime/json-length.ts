/**
 * A lower bound of the length of `JSON.stringify(value)`, counted without building the text, and given up as soon as
 * it passes `limit` (the answer is then some number above `limit`). Strings count their characters and quotes, not
 * their escapes.
 *
 * Mappings share strings instead of copying them (docs/languages.md 2.7), so a result can hold the same large string
 * many times: 200 entries of one 1 MiB input field are a 200 MiB document in a few bytes of memory. Serialising it
 * only to find it too long held the event loop for seconds (and past V8's longest string, about 20 s, to fail with
 * "Invalid string length"); this finds out first.
 */
export function jsonLengthAtLeast(value: unknown, limit: number): number {
  let total = 0;
  const visit = (item: unknown): void => {
    if (total > limit) return;
    if (typeof item === 'string') total += item.length + 2;
    else if (typeof item === 'number' || typeof item === 'boolean') total += String(item).length;
    else if (item === null || item === undefined) total += 4;
    else if (Array.isArray(item)) {
      total += 2 + Math.max(0, item.length - 1);
      for (const element of item) {
        visit(element);
        if (total > limit) return;
      }
    } else if (typeof item === 'object') {
      const entries = Object.entries(item);
      total += 2 + Math.max(0, entries.length - 1);
      for (const [key, member] of entries) {
        total += key.length + 3;
        visit(member);
        if (total > limit) return;
      }
    }
  };
  visit(value);
  return total;
}
