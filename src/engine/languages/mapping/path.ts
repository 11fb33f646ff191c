import { afterJsonString } from '../../../common/json-string-end';
import {
  FORBIDDEN_KEYS,
  defineOwn,
  hasOwn,
  isJsonObject,
  readOwn,
  type JsonObject,
} from '../shared/own-property';
import { MappingRuntimeError, compileProblem } from './errors';
import { MAPPING_LIMITS } from './limits';

/**
 * Mapping paths: dot-separated keys, each optionally followed by `[n]` (array index), `[*]` (every element) or
 * `["key"]` (a key written as a JSON string, for keys a bare word cannot spell: `["fetch.user"].body`,
 * `labels["app.kubernetes.io/name"]`, `form[""]`); `$` alone is the whole document (sources only).
 */
export type PathStep =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' };

export interface MappingPath {
  readonly text: string;
  readonly steps: readonly PathStep[];
  /** `$`: the whole input document. */
  readonly whole: boolean;
  readonly hasWildcard: boolean;
}

export type PathRole = 'source' | 'target';

/** Parses a path; throws a compile-time OperationProblem when it is malformed or unsafe to write. */
export function parseMappingPath(text: unknown, role: PathRole): MappingPath {
  if (typeof text !== 'string') throw compileProblem(`${role} path must be a string`);
  if (text.length === 0) throw compileProblem(`${role} path is empty`);
  if (text === '$') {
    if (role === 'target') throw compileProblem('"$" (the whole document) can only be a source');
    return { text, steps: [], whole: true, hasWildcard: false };
  }
  const steps: PathStep[] = [];
  for (const segment of segmentsOf(text)) {
    parseSegment(segment, text, role, steps);
    if (steps.length > MAPPING_LIMITS.maxPathSegments) {
      throw compileProblem(`path ${quote(text)} has more than ${MAPPING_LIMITS.maxPathSegments} segments`);
    }
  }
  return { text, steps, whole: false, hasWildcard: steps.some((step) => step.kind === 'wildcard') };
}

function parseSegment(segment: string, text: string, role: PathRole, steps: PathStep[]): void {
  if (segment.length === 0) throw compileProblem(`path ${quote(text)} has an empty segment`);
  const bracket = segment.indexOf('[');
  const key = bracket === -1 ? segment : segment.slice(0, bracket);
  if (key.length > 0) {
    if (role === 'target' && FORBIDDEN_KEYS.has(key)) {
      throw compileProblem(`path ${quote(text)} may not write the key ${quote(key)}`);
    }
    steps.push({ kind: 'key', name: key });
  }
  if (bracket === -1) return;
  let rest = segment.slice(bracket);
  while (rest.length > 0) {
    if (rest.startsWith('["')) {
      const end = afterJsonString(rest, 2);
      const name = quotedKey(rest.slice(1, end), rest[end] === ']', text);
      if (role === 'target' && FORBIDDEN_KEYS.has(name)) {
        throw compileProblem(`path ${quote(text)} may not write the key ${quote(name)}`);
      }
      steps.push({ kind: 'key', name });
      rest = rest.slice(end + 1);
      continue;
    }
    const close = rest.indexOf(']');
    if (!rest.startsWith('[') || close === -1) {
      throw compileProblem(`path ${quote(text)}: expected "[index]" or "[*]" in ${quote(segment)}`);
    }
    const inside = rest.slice(1, close);
    rest = rest.slice(close + 1);
    if (inside === '*') {
      if (role === 'target') throw compileProblem(`path ${quote(text)}: "[*]" can only be used in a source`);
      steps.push({ kind: 'wildcard' });
      continue;
    }
    if (!/^[0-9]{1,6}$/.test(inside)) {
      throw compileProblem(`path ${quote(text)}: ${quote(`[${inside}]`)} is not an array index (digits or *)`);
    }
    const index = Number(inside);
    if (index > MAPPING_LIMITS.maxArrayIndex) {
      throw compileProblem(`path ${quote(text)}: array index ${index} is above the limit of ${MAPPING_LIMITS.maxArrayIndex}`);
    }
    steps.push({ kind: 'index', index });
  }
}

const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The path's segments: split on the dots that are not inside a quoted key. */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === '[' && text[i + 1] === '"') {
      i = afterJsonString(text, i + 2);
    } else {
      if (text[i] === '.') {
        segments.push(text.slice(start, i));
        start = i + 1;
      }
      i += 1;
    }
  }
  segments.push(text.slice(start));
  return segments;
}

/** The key a `["…"]` spells; `literal` is the JSON string with its quotes, `closed` whether `]` follows it. */
function quotedKey(literal: string, closed: boolean, text: string): string {
  let name: unknown;
  try {
    name = closed ? JSON.parse(literal) : undefined;
  } catch {
    name = undefined;
  }
  if (typeof name !== 'string') {
    throw compileProblem(`path ${quote(text)}: a quoted key is written ["…"], a JSON string in brackets (${quote(literal)})`);
  }
  return name;
}

/** A key as the path syntax writes it: bare when it is a plain word, else quoted. */
const keyText = (name: string, first: boolean) =>
  name !== '' && !/[.[\]"\s]/.test(name) ? `${first ? '' : '.'}${name}` : `[${JSON.stringify(name)}]`;

/** Marks an absent value while walking, as opposed to a JSON null that is present. */
const MISSING = Symbol('missing');

/**
 * Reads a source path. A missing path reads as null, or fails when `required`. A wildcard yields one
 * entry per element (null for elements lacking the rest of the path) and `[]` when the array is absent.
 */
export function readPath(document: unknown, path: MappingPath, required: boolean): unknown {
  if (path.whole) return document;
  const value = walk(document, path, 0, required);
  if (value === MISSING) {
    if (required) throw new MappingRuntimeError(`required path ${quote(path.text)} does not exist`);
    return null;
  }
  return value;
}

/** True when the path leads to a present value (null included). */
export function pathExists(document: unknown, path: MappingPath): boolean {
  return path.whole || walk(document, path, 0, false) !== MISSING;
}

function walk(current: unknown, path: MappingPath, from: number, required: boolean): unknown {
  let value = current;
  for (let position = from; position < path.steps.length; position += 1) {
    const step = path.steps[position]!;
    if (step.kind === 'wildcard') {
      if (value === MISSING) {
        if (required) return MISSING;
        return [];
      }
      if (!Array.isArray(value)) {
        throw new MappingRuntimeError(`path ${quote(path.text)}: "[*]" applied to a value that is not an array`);
      }
      return value.map((element: unknown) => {
        const item = walk(element, path, position + 1, required);
        if (item === MISSING) {
          if (required) throw new MappingRuntimeError(`required path ${quote(path.text)} does not exist`);
          return null;
        }
        return item;
      });
    }
    if (value === MISSING) return MISSING;
    if (step.kind === 'key') {
      if (!isJsonObject(value)) return MISSING;
      const next = readOwn(value, step.name);
      value = next.found ? next.value : MISSING;
    } else {
      if (!Array.isArray(value)) return MISSING;
      const next = readOwn(value, step.index);
      value = next.found ? next.value : MISSING;
    }
  }
  return value;
}

/**
 * Writes `value` at a target path, creating objects (or, before an `[n]`, arrays) as needed and
 * padding arrays with null up to the index. Refuses to go through a value of the wrong kind.
 */
export function writePath(document: unknown, path: MappingPath, value: unknown): void {
  if (!isJsonObject(document) && !Array.isArray(document)) {
    throw new MappingRuntimeError(`cannot set ${quote(path.text)}: the document is not an object`);
  }
  let current: JsonObject | unknown[] = document;
  path.steps.forEach((step, position) => {
    const last = position === path.steps.length - 1;
    const nextStep = path.steps[position + 1];
    if (step.kind === 'wildcard') throw new MappingRuntimeError(`cannot set ${quote(path.text)}: "[*]" in a target`);
    let existing: unknown;
    if (step.kind === 'key') {
      if (!isJsonObject(current)) throw kindMismatch(path, position, 'an object');
      if (last) return defineOwn(current, step.name, value);
      existing = readOwn(current, step.name).value;
    } else {
      if (!Array.isArray(current)) throw kindMismatch(path, position, 'an array');
      while (current.length < step.index) current.push(null);
      if (last) {
        current[step.index] = value;
        return;
      }
      existing = current[step.index];
    }
    if (existing === undefined || existing === null) {
      existing = nextStep?.kind === 'index' ? [] : {};
      if (step.kind === 'key') defineOwn(current as JsonObject, step.name, existing);
      else (current as unknown[])[step.index] = existing;
    }
    if (!isJsonObject(existing) && !Array.isArray(existing)) {
      throw kindMismatch(path, position + 1, nextStep?.kind === 'index' ? 'an array' : 'an object');
    }
    current = existing;
  });
}

/** Removes the value at a target path; a missing path is ignored unless `required`. */
export function deletePath(document: unknown, path: MappingPath, required: boolean): void {
  const parentPath = { ...path, steps: path.steps.slice(0, -1) };
  const parent = path.steps.length > 1 ? walk(document, parentPath, 0, false) : document;
  const last = path.steps[path.steps.length - 1];
  if (last?.kind === 'key' && isJsonObject(parent) && hasOwn(parent, last.name)) {
    delete parent[last.name];
    return;
  }
  if (last?.kind === 'index' && Array.isArray(parent) && last.index < parent.length) {
    parent.splice(last.index, 1);
    return;
  }
  if (required) throw new MappingRuntimeError(`required path ${quote(path.text)} does not exist`);
}

/** `position` counts the steps already taken: the value reached after them has the wrong kind. */
function kindMismatch(path: MappingPath, position: number, expected: string): MappingRuntimeError {
  const reached = position === 0 ? 'the document' : quote(stepsText(path.steps.slice(0, position)));
  return new MappingRuntimeError(`cannot set ${quote(path.text)}: ${reached} is not ${expected}`);
}

function stepsText(steps: readonly PathStep[]): string {
  return steps
    .map((step, position) => {
      if (step.kind === 'key') return keyText(step.name, position === 0);
      return step.kind === 'index' ? `[${step.index}]` : '[*]';
    })
    .join('');
}
