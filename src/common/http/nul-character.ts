/**
 * Whether a parsed JSON value holds U+0000 in any string or key. PostgreSQL cannot store that character in text
 * (SQLite can), so a management body carrying one is refused up front on both databases alike instead of failing
 * at the insert. Webhook payloads are not concerned: they are stored as JSON text, where it stays escaped.
 */
export function containsNulCharacter(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNulCharacter);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000') || containsNulCharacter(item)) return true;
    }
  }
  return false;
}
