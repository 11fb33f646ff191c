import { configProblem } from '../errors';
import { parseMappingPath, readPath, writePath, type MappingPath } from '../path';
import { checkStringLength, field, isJsonObject, requireSpec, spendAllowance, type OperationCompiler } from './support';

/**
 * Flowker's own string transforms. Each works on the string at `path`; when the path is missing or
 * holds something other than a string, the document is left as it is. Each charges the string's length to the
 * allowance: their cost grows with it, and 200 of them over a 4 MiB string held the event loop for seconds.
 */
function stringTransform(name: string, configure: (spec: Record<string, unknown>) => (value: string) => string): OperationCompiler {
  return (rawSpec) => {
    const spec = requireSpec(rawSpec);
    const path = field(spec, 'path');
    if (typeof path !== 'string' || path === '') throw configProblem(`${name}: 'path' is required`);
    const at: MappingPath = parseMappingPath(path, 'target');
    const change = configure(spec);
    return (document, environment) => {
      if (!isJsonObject(document)) return document;
      const value = readPath(document, at, false);
      if (typeof value !== 'string') return document;
      spendAllowance(environment, value.length, 'rewrite');
      writePath(document, at, checkStringLength(change(value), `${name} result`));
      return document;
    };
  };
}

export const removeCharacters = stringTransform('remove_characters', (spec) => {
  const characters = field(spec, 'characters');
  if (typeof characters !== 'string' || characters.trim() === '') {
    throw configProblem("remove_characters: 'characters' is required and must not be empty or blank");
  }
  const removed = new Set(Array.from(characters, (char) => char.codePointAt(0)!));
  return (value) => withoutCodePoints(value, removed);
});

/** Code points turned back into text at a time: well below the engine's limit on call arguments. */
const CHUNK = 8192;

/**
 * `value` without the listed code points, in one pass over its code points (a lone surrogate counts as one).
 * Splitting the string into an array of one-character strings, filtering and joining took about 0.2 s per MiB, so a
 * 200-entry mapping over a 1 MiB input held the event loop for some 40 s; collecting the kept code points and
 * turning them back into text in chunks is about ten times faster.
 */
function withoutCodePoints(value: string, removed: ReadonlySet<number>): string {
  let out = '';
  let kept: number[] = [];
  for (let index = 0; index < value.length; ) {
    const codePoint = value.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    if (removed.has(codePoint)) continue;
    kept.push(codePoint);
    if (kept.length === CHUNK) {
      out += String.fromCodePoint(...kept);
      kept = [];
    }
  }
  return out + String.fromCodePoint(...kept);
}

export const addPrefix = stringTransform('add_prefix', (spec) => {
  const prefix = field(spec, 'prefix');
  if (typeof prefix !== 'string' || prefix === '') throw configProblem("add_prefix: 'prefix' is required and must not be empty");
  return (value) => prefix + value;
});

export const addSuffix = stringTransform('add_suffix', (spec) => {
  const suffix = field(spec, 'suffix');
  if (typeof suffix !== 'string' || suffix === '') throw configProblem("add_suffix: 'suffix' is required and must not be empty");
  return (value) => value + suffix;
});

export const toUppercase = stringTransform('to_uppercase', () => (value) => value.toUpperCase());
export const toLowercase = stringTransform('to_lowercase', () => (value) => value.toLowerCase());
