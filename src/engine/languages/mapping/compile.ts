import { defineOwn, isJsonObject, readOwn, type JsonObject } from '../shared/own-property';
import { MappingRuntimeError, MappingSyntaxError, OperationProblem } from './errors';
import { MAPPING_LIMITS } from './limits';
import { OPERATIONS } from './operations/registry';
import type { OperationOptions, RunOperation } from './operations/support';
import { parseMappingPath } from './path';

export interface CompiledStep {
  /** Where the step came from, e.g. `inputMapping` (the shift) or `transforms[1]`; prefixes run-time errors. */
  readonly label: string;
  readonly operation: string;
  readonly run: RunOperation;
  /** A `shift` into a new document: it only reads its input, and copies what it writes (apply.ts relies on it). */
  readonly buildsNewDocument: boolean;
}

interface CompiledList {
  /** Applied in order; none means the input passes through unchanged. */
  readonly steps: readonly CompiledStep[];
  /**
   * Configuration problems that upstream only reported when the step ran (e.g. `remove_characters`
   * without `characters`); they make the step fail at run time here too. Listed for callers that
   * want to warn at save time.
   */
  readonly deferredProblems: readonly string[];
}

export interface CompiledMapping extends CompiledList {
  readonly kind: 'mapping';
}

export interface CompiledTransforms extends CompiledList {
  readonly kind: 'transforms';
}

const TRANSFORM_FIELDS = new Set(['operation', 'spec', 'require', 'inplace']);

/**
 * Compiles an `inputMapping`/`outputMapping` list (`{source, target, required?, transformation?}`):
 * one shift of every mapping with both a source and a target (the later of two equal targets wins;
 * any `required: true` makes every source required), then each `transformation` in list order as an
 * operation whose spec is `{path: <target>, ...config}`. `listName` only prefixes error messages.
 */
export function compileMappings(raw: unknown, listName = 'inputMapping'): CompiledMapping {
  const entries = listEntries(raw, listName);
  const moves = new Map<string, string>();
  let requireAll = false;
  const transformations: Array<{ at: string; type: string; spec: JsonObject }> = [];

  entries.forEach((entry, index) => {
    const at = `${listName}[${index}]`;
    if (!isJsonObject(entry)) throw new MappingSyntaxError(at, 'must be an object');
    const source = optionalString(entry, 'source', at);
    const target = optionalString(entry, 'target', at);
    if (optionalBoolean(entry, 'required', at)) requireAll = true;
    if (source && target) {
      checkPath(source, 'source', `${at}.source`);
      checkPath(target, 'target', `${at}.target`);
      moves.delete(target);
      moves.set(target, source);
    }
    const transformation = readOwn(entry, 'transformation').value;
    if (transformation === undefined || transformation === null) return;
    if (!isJsonObject(transformation)) throw new MappingSyntaxError(`${at}.transformation`, 'must be an object');
    const type = optionalString(transformation, 'type', `${at}.transformation`);
    if (!type) return;
    if (!OPERATIONS.has(type)) {
      throw new MappingSyntaxError(`${at}.transformation.type`, `unknown transformation type ${JSON.stringify(type)}`);
    }
    const config = readOwn(transformation, 'config').value ?? {};
    if (!isJsonObject(config)) throw new MappingSyntaxError(`${at}.transformation.config`, 'must be an object');
    const spec: JsonObject = {};
    defineOwn(spec, 'path', target ?? '');
    for (const key of boundedKeys(config, `${at}.transformation.config`)) defineOwn(spec, key, config[key]);
    transformations.push({ at: `${at}.transformation`, type, spec });
  });

  const steps: CompiledStep[] = [];
  const deferredProblems: string[] = [];
  if (moves.size > 0) {
    const spec: JsonObject = {};
    for (const [target, source] of moves) defineOwn(spec, target, source);
    steps.push(compileStep('shift', spec, { require: requireAll, inPlace: false }, listName, deferredProblems));
  }
  for (const { at, type, spec } of transformations) {
    steps.push(compileStep(type, spec, { require: false, inPlace: false }, at, deferredProblems));
  }
  return Object.freeze({ kind: 'mapping', steps: Object.freeze(steps), deferredProblems: Object.freeze(deferredProblems) });
}

/** Compiles a raw `transforms` list of `{operation, spec, require?, inplace?}`. */
export function compileTransforms(raw: unknown, listName = 'transforms'): CompiledTransforms {
  const deferredProblems: string[] = [];
  const steps = listEntries(raw, listName).map((entry, index) => {
    const at = `${listName}[${index}]`;
    if (!isJsonObject(entry)) throw new MappingSyntaxError(at, 'must be an object');
    for (const key of Object.keys(entry)) {
      if (!TRANSFORM_FIELDS.has(key)) throw new MappingSyntaxError(`${at}.${key}`, 'is not a supported field');
    }
    const operation = readOwn(entry, 'operation').value;
    if (typeof operation !== 'string' || operation === '') {
      throw new MappingSyntaxError(`${at}.operation`, 'is required and must be a string');
    }
    if (!OPERATIONS.has(operation)) throw new MappingSyntaxError(`${at}.operation`, `unknown operation ${JSON.stringify(operation)}`);
    const spec = readOwn(entry, 'spec').value;
    if (spec !== undefined && spec !== null) {
      if (!isJsonObject(spec)) throw new MappingSyntaxError(`${at}.spec`, 'must be an object');
      if (Object.keys(spec).length === 0) throw new MappingSyntaxError(`${at}.spec`, 'must contain at least one element');
    }
    const options: OperationOptions = {
      require: optionalBoolean(entry, 'require', at),
      inPlace: optionalBoolean(entry, 'inplace', at),
    };
    return compileStep(operation, (spec ?? undefined) as JsonObject | undefined, options, at, deferredProblems);
  });
  return Object.freeze({ kind: 'transforms', steps: Object.freeze(steps), deferredProblems: Object.freeze(deferredProblems) });
}

/** Null when the list compiles, else the MappingSyntaxError message (for save-time validation). */
export function validateMappings(raw: unknown, listName = 'inputMapping'): string | null {
  return messageOf(() => compileMappings(raw, listName));
}

export function validateTransforms(raw: unknown, listName = 'transforms'): string | null {
  return messageOf(() => compileTransforms(raw, listName));
}

function messageOf(compile: () => unknown): string | null {
  try {
    compile();
    return null;
  } catch (error) {
    if (error instanceof MappingSyntaxError) return error.message;
    throw error;
  }
}

function compileStep(
  operation: string,
  spec: JsonObject | undefined,
  options: OperationOptions,
  label: string,
  deferredProblems: string[],
): CompiledStep {
  const compiler = OPERATIONS.get(operation)!;
  const buildsNewDocument = operation === 'shift' && !options.inPlace;
  try {
    return Object.freeze({ label, operation, run: compiler(spec, options), buildsNewDocument });
  } catch (error) {
    if (error instanceof OperationProblem && error.deferred) {
      const message = error.message;
      deferredProblems.push(`${label}: ${message}`);
      const fail: RunOperation = () => {
        throw new MappingRuntimeError(message);
      };
      return Object.freeze({ label, operation, run: fail, buildsNewDocument: false });
    }
    if (error instanceof OperationProblem) throw new MappingSyntaxError(`${label}.spec`, error.message);
    // e.g. a spec value that cannot be copied as JSON (a cycle, a BigInt)
    throw new MappingSyntaxError(`${label}.spec`, `is not valid JSON (${(error as Error)?.message ?? String(error)})`);
  }
}

function listEntries(raw: unknown, listName: string): readonly unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new MappingSyntaxError(listName, 'must be a list');
  if (raw.length > MAPPING_LIMITS.maxEntries) {
    throw new MappingSyntaxError(listName, `has ${raw.length} entries; at most ${MAPPING_LIMITS.maxEntries} are allowed`);
  }
  return raw;
}

function boundedKeys(object: JsonObject, at: string): string[] {
  const keys = Object.keys(object);
  if (keys.length > MAPPING_LIMITS.maxEntries) {
    throw new MappingSyntaxError(at, `has more than ${MAPPING_LIMITS.maxEntries} entries`);
  }
  return keys;
}

function optionalString(object: JsonObject, key: string, at: string): string {
  const value = readOwn(object, key).value;
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new MappingSyntaxError(`${at}.${key}`, 'must be a string');
  return value;
}

function optionalBoolean(object: JsonObject, key: string, at: string): boolean {
  const value = readOwn(object, key).value;
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new MappingSyntaxError(`${at}.${key}`, 'must be a boolean');
  return value;
}

function checkPath(text: string, role: 'source' | 'target', at: string): void {
  try {
    parseMappingPath(text, role);
  } catch (error) {
    if (error instanceof OperationProblem) throw new MappingSyntaxError(at, error.message);
    throw error;
  }
}
