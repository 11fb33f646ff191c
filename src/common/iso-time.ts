/**
 * `new Date(ms).toISOString()` for the last two instants asked for. V8 formats an ISO date in C++ through snprintf,
 * about half a microsecond each, and one webhook call stamps the same millisecond several times over (its execution,
 * its steps, its audit events) as do the other calls of a burst; the second entry keeps a deadline or lease expiry
 * computed in between from evicting the current millisecond.
 */
let recentMs = Number.NaN;
let recentText = '';
let previousMs = Number.NaN;
let previousText = '';

/** The ISO 8601 UTC text of `ms` (default: now), exactly as Date.prototype.toISOString writes it. */
export function isoTime(ms: number = Date.now()): string {
  if (ms === recentMs) return recentText;
  if (ms === previousMs) return previousText;
  // Throws RangeError for an invalid time, as toISOString does (NaN never equals a cached entry).
  const text = new Date(ms).toISOString();
  previousMs = recentMs;
  previousText = recentText;
  recentMs = ms;
  recentText = text;
  return text;
}

/**
 * The time of an ISO 8601 text, as Date.parse reads it; a text isoTime has just written (an execution's deadline,
 * read back when it starts running) is answered from the same two entries without parsing.
 */
export function timeOfIso(text: string): number {
  if (text === recentText) return recentMs;
  if (text === previousText) return previousMs;
  return Date.parse(text);
}
