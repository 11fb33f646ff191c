/**
 * What a parsed JSON body may hold beyond being valid JSON. Every body is walked recursively later on (validation,
 * secret masking, canonical JSON for fingerprints and audit hashes, JSON.stringify when it is stored), and some values
 * parse fine but cannot be kept:
 *
 * - nesting deeper than MAX_JSON_DEPTH: a few thousand levels overflow the call stack in those walks (a 500);
 * - a number beyond ±1.8e308 (`1e309`): JSON.parse turns it into Infinity, which JSON.stringify silently stores as
 *   null and canonical JSON refuses (a 500 for a keyed execution request);
 * - U+0000 in a string or key (management bodies only): PostgreSQL cannot store that character in text (SQLite can),
 *   so such a body is refused up front on both databases alike. Webhook payloads are stored as JSON text, where it
 *   stays escaped.
 */
export const MAX_JSON_DEPTH = 100;

/** A number literal that may overflow: an exponent of three digits or more, or a very long run of digits. */
const OVERFLOW_HINT = /\d[eE]\+?\d{3}|\d{300}/;

export interface JsonBodyRules {
  /** Refuse U+0000 in strings and keys (bodies stored as text columns). */
  readonly refuseNul: boolean;
}

/**
 * Why a parsed JSON body cannot be taken (a sentence for the 400's message), or undefined. `text` is the body the
 * value was parsed from: it rules out most bodies without a walk (depth needs two characters a level; overflow and
 * NUL need their spelling in the text).
 */
export function jsonBodyProblem(text: string, value: unknown, rules: JsonBodyRules): string | undefined {
  const nul = rules.refuseNul && text.includes('\\u0000');
  if (!nul && text.length <= 2 * MAX_JSON_DEPTH && !OVERFLOW_HINT.test(text)) return undefined;
  return walk(value, nul);
}

/** Iterative on purpose: the point is to refuse what would overflow a recursive walk. */
function walk(root: unknown, nul: boolean): string | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return 'it holds a number too large to represent (beyond ±1.8e308)';
      continue;
    }
    if (typeof value === 'string') {
      if (nul && value.includes('\u0000')) return NUL_PROBLEM;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return `it nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (nul && key.includes('\u0000')) return NUL_PROBLEM;
      stack.push({ value: item, depth: depth + 1 });
    }
  }
  return undefined;
}

const NUL_PROBLEM = 'it holds the character U+0000 (\\u0000) in a string or key; it cannot be stored';
