import { isJsonObject, readOwn, type JsonObject } from '../../shared/own-property';
import { MappingRuntimeError, compileProblem, configProblem } from '../errors';
import { MAPPING_LIMITS } from '../limits';

/**
 * Characters the mappings may still work through (MAPPING_LIMITS.maxCopiedLength). The engine gives each execution
 * one for all its mappings: renewed at every node, a workflow of many nodes multiplied the bound by its node count.
 */
export interface MappingAllowance {
  left: number;
}

export function newMappingAllowance(): MappingAllowance {
  return { left: MAPPING_LIMITS.maxCopiedLength };
}

/** Sources of time and randomness (replaceable in tests), and the allowance the steps charge their work to. */
export interface TransformEnvironment {
  now(): Date;
  randomUUID(): string;
  readonly allowance: MappingAllowance;
}

export interface OperationOptions {
  /** `require: true` on the operation: missing source paths fail instead of reading as null. */
  readonly require: boolean;
  /** `inplace: true` (shift only): write into the input document instead of a new one. */
  readonly inPlace: boolean;
}

export type RunOperation = (document: unknown, environment: TransformEnvironment) => unknown;

/** Checks one operation's spec once and returns the function that applies it. */
export type OperationCompiler = (spec: JsonObject | undefined, options: OperationOptions) => RunOperation;

export function requireSpec(spec: JsonObject | undefined): JsonObject {
  if (spec === undefined) throw configProblem('spec is required');
  return spec;
}

/** The spec's own entries, bounded. */
export function entriesOf(object: JsonObject, what = 'spec'): Array<[string, unknown]> {
  const keys = Object.keys(object);
  if (keys.length > MAPPING_LIMITS.maxEntries) {
    throw compileProblem(`${what} has more than ${MAPPING_LIMITS.maxEntries} entries`);
  }
  return keys.map((key) => [key, object[key]]);
}

export function listOf(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw configProblem(`${what} must be a list`);
  if (value.length > MAPPING_LIMITS.maxEntries) {
    throw compileProblem(`${what} has more than ${MAPPING_LIMITS.maxEntries} entries`);
  }
  return value;
}

/** An own property of the spec; undefined when absent. */
export function field(object: JsonObject, key: string): unknown {
  return readOwn(object, key).value;
}

/**
 * A deep copy that keeps only JSON: written values never alias each other or the input. Copies made while the steps
 * run are charged to the run's allowance: without it, `shift {a: "$", b: "$"}` repeated doubled the document at
 * every step, and some twenty steps held the event loop for seconds and gigabytes of memory.
 */
export function cloneJson(value: unknown, environment?: TransformEnvironment): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  const text = JSON.stringify(value);
  if (environment) spendAllowance(environment, text.length, 'copy');
  return JSON.parse(text) as unknown;
}

/**
 * Charges text the steps work through in proportion to the document (copies, uuid names hashed, times re-formatted,
 * strings rewritten or joined, values compared) to the allowance, and fails the step past it: what an execution's
 * mappings cost must not grow with how often a spec repeats a path, nor with how many nodes repeat a spec.
 */
export function spendAllowance(
  environment: TransformEnvironment,
  characters: number,
  work: 'copy' | 'hash' | 're-format' | 'rewrite' | 'join' | 'compare',
): void {
  environment.allowance.left -= characters;
  if (environment.allowance.left < 0) {
    throw new MappingRuntimeError(`the steps would ${work} more than ${MAPPING_LIMITS.maxCopiedLength} characters of JSON`);
  }
}

export function checkStringLength(text: string, what: string): string {
  if (text.length > MAPPING_LIMITS.maxStringLength) {
    throw new MappingRuntimeError(`${what} would be longer than ${MAPPING_LIMITS.maxStringLength} characters`);
  }
  return text;
}

export { isJsonObject };
