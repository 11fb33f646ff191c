import secureJson from 'secure-json-parse';
import { FlkError } from '../errors';
import { isWellFormed } from '../unicode';
import { quoteUnsafeIntegers } from './exact-integers';

/**
 * What a parsed JSON body may hold beyond being valid JSON. Bodies are walked recursively later on (secret masking,
 * canonical JSON for fingerprints and audit hashes, the languages, JSON.stringify when they are stored), and some
 * values parse fine but cannot be kept:
 *
 * - nesting deeper than MAX_JSON_DEPTH: a few thousand levels overflow the call stack in those walks (a 500);
 * - a number beyond ±1.8e308 (`1e309`): JSON.parse turns it into Infinity, which JSON.stringify silently stores as
 *   null and canonical JSON refuses (a 500 for a keyed execution request);
 * - management bodies only, text that cannot be stored exactly: U+0000 in a string or key (PostgreSQL cannot store
 *   that character in text; SQLite can), or a lone UTF-16 surrogate (JSON like "\ud800" parses into one; it has no
 *   UTF-8 form, so both databases would store U+FFFD instead). Such a body is refused up front on both databases
 *   alike. Webhook payloads come from other systems and are taken as they are: U+0000 stays escaped in their JSON
 *   text, and a lone surrogate becomes U+FFFD.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * Shorter texts are walked only when they spell an exponent of three digits or more: nesting past the limit takes
 * this many characters at least, and a number without an exponent overflows only with 309 digits or more.
 */
const SHORTEST_TOO_DEEP = 2 * (MAX_JSON_DEPTH + 1);
const LARGE_EXPONENT = /\d[eE]\+?\d{3}/;

export interface JsonBodyRules {
  /** Refuse strings and keys the database cannot store exactly (U+0000, lone surrogates): management bodies. */
  readonly exactText: boolean;
}

/** A `\uD800`–`\uDFFF` escape: the only way JSON text can carry a lone surrogate (raw bytes decode as UTF-8). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * Why a parsed JSON body cannot be taken (a sentence for the 400's message), or undefined. `text` is the body the
 * value was parsed from: it rules out short bodies without a walk (U+0000 and lone surrogates need their escapes
 * in the text). The walk is
 * linear in the number of values, like the parse before it.
 */
export function jsonBodyProblem(text: string, value: unknown, rules: JsonBodyRules): string | undefined {
  const nul = rules.exactText && text.includes('\\u0000');
  const surrogates = rules.exactText && SURROGATE_ESCAPE.test(text);
  if (!nul && !surrogates && text.length < SHORTEST_TOO_DEEP && !LARGE_EXPONENT.test(text)) return undefined;
  return walk(value, nul, surrogates);
}

/** Iterative on purpose: the point is to refuse what would overflow a recursive walk. */
function walk(root: unknown, nul: boolean, surrogates: boolean): string | undefined {
  // Two parallel stacks (value, its depth) rather than an object per value: large bodies hold many values.
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return 'it holds a number too large to represent (beyond ±1.8e308)';
      continue;
    }
    if (typeof value === 'string') {
      const problem = textProblem(value, nul, surrogates);
      if (problem) return problem;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return `it nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`;
    if (!Array.isArray(value) && (nul || surrogates)) {
      for (const key of Object.keys(value)) {
        const problem = textProblem(key, nul, surrogates);
        if (problem) return problem;
      }
    }
    const entries = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    for (const item of entries) {
      values.push(item);
      depths.push(depth + 1);
    }
  }
  return undefined;
}

function textProblem(text: string, nul: boolean, surrogates: boolean): string | undefined {
  if (nul && text.includes('\u0000')) return 'it holds the character U+0000 (\\u0000) in a string or key; it cannot be stored';
  if (surrogates && !isWellFormed(text)) {
    return 'it holds a lone UTF-16 surrogate (an unpaired \\ud800–\\udfff escape) in a string or key; it cannot be stored';
  }
  return undefined;
}

/** secure-json-parse's message when it refuses a `__proto__` key or a `constructor.prototype` path. */
const FORBIDDEN_KEY = /forbidden (?:prototype|constructor) property/;

/**
 * A JSON body parsed and checked (jsonBodyProblem), integers beyond the safe range kept exactly as strings
 * (exact-integers.ts); any failure is a 400 FLK-0001 whose message names the body
 * (`what`: "request body", "webhook body") and says what is wrong: where the JSON breaks, a refused key, or a value
 * that cannot be kept. A `__proto__` key or a `constructor` object holding `prototype`, at any depth, is refused, as
 * Fastify's own parser does, so no object built from the body can have its prototype replaced. That parser reports
 * every failure as the same "Body is not valid JSON", which told a sender neither where its JSON broke nor that it
 * was valid but refused.
 */
export function parseJsonBody(text: string, what: string, rules: JsonBodyRules): unknown {
  const exact = quoteUnsafeIntegers(text);
  let value: unknown;
  try {
    value = parseSecurely(exact);
  } catch (err) {
    // Where the JSON breaks is reported in the text as sent, not as rewritten.
    const message = (exact === text ? (err as Error) : failureOf(() => parseSecurely(text)) ?? (err as Error)).message;
    if (FORBIDDEN_KEY.test(message)) {
      throw new FlkError(
        'FLK-0001',
        `The ${what} cannot be taken: it has a "__proto__" key or a "constructor" object with a "prototype" key, which are refused so that no object's prototype can be replaced.`,
      );
    }
    throw new FlkError('FLK-0001', `The ${what} is not valid JSON: ${message}.`);
  }
  const problem = jsonBodyProblem(text, value, rules);
  if (problem) throw new FlkError('FLK-0001', `The ${what} cannot be taken: ${problem}.`);
  return value;
}

const parseSecurely = (text: string): unknown => secureJson.parse(text, null, { protoAction: 'error', constructorAction: 'error' });

function failureOf(attempt: () => unknown): Error | undefined {
  try {
    attempt();
    return undefined;
  } catch (err) {
    return err as Error;
  }
}
