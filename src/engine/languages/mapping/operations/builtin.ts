import { configProblem } from '../errors';
import { deletePath, parseMappingPath, readPath, writePath, type MappingPath } from '../path';
import {
  checkStringLength,
  cloneJson,
  entriesOf,
  field,
  isJsonObject,
  listOf,
  requireSpec,
  spendAllowance,
  type OperationCompiler,
  type TransformEnvironment,
} from './support';

/** Targets are parsed where the spec is read, so a bad key is a compile-time error. */
function targetPath(text: string): MappingPath {
  return parseMappingPath(text, 'target');
}

/**
 * `shift {target: source | [sources]}`: builds a new document (or writes into the input with
 * `inplace`). A list of sources wraps each value in a one-element array, the later overwriting the
 * earlier, as upstream did. Entries apply in spec order.
 */
export const shift: OperationCompiler = (rawSpec, options) => {
  const spec = requireSpec(rawSpec);
  const moves = entriesOf(spec).map(([target, source]) => {
    const to = targetPath(target);
    if (typeof source === 'string') return { to, sources: [parseMappingPath(source, 'source')], wrap: false };
    if (!Array.isArray(source)) throw configProblem(`value for ${JSON.stringify(target)} must be a path or a list of paths`);
    const sources = listOf(source, `sources for ${JSON.stringify(target)}`).map((item) => {
      if (typeof item !== 'string') throw configProblem(`sources for ${JSON.stringify(target)} must all be strings`);
      return parseMappingPath(item, 'source');
    });
    return { to, sources, wrap: true };
  });
  return (document, environment) => {
    const output = options.inPlace ? document : {};
    for (const move of moves) {
      for (const source of move.sources) {
        const value = cloneJson(readPath(document, source, options.require), environment);
        writePath(output, move.to, move.wrap ? [value] : value);
      }
    }
    return output;
  };
};

/** `default {path: value}`: writes each value (any JSON) at its path, overwriting what is there. */
export const setDefaults: OperationCompiler = (rawSpec) => {
  const writes = entriesOf(requireSpec(rawSpec)).map(([target, value]) => ({ to: targetPath(target), value: cloneJson(value) }));
  return (document, environment) => {
    for (const write of writes) writePath(document, write.to, cloneJson(write.value, environment));
    return document;
  };
};

/** `delete {paths: [...]}`: removes each path; with `require`, a missing one fails. */
export const remove: OperationCompiler = (rawSpec, options) => {
  const spec = requireSpec(rawSpec);
  const paths = listOf(field(spec, 'paths'), 'paths').map((item) => {
    if (typeof item !== 'string') throw configProblem('paths must all be strings');
    return targetPath(item);
  });
  return (document) => {
    for (const path of paths) deletePath(document, path, options.require);
    return document;
  };
};

/**
 * `concat {sources: [{value} | {path}], targetPath, delim?}`: joins literal strings and the text of
 * values into one string. Like upstream, a missing path contributes `null` (or fails with `require`),
 * an array contributes its non-null elements run together, and non-strings their JSON text.
 */
export const concat: OperationCompiler = (rawSpec, options) => {
  const spec = requireSpec(rawSpec);
  const target = field(spec, 'targetPath');
  if (typeof target !== 'string') throw configProblem('targetPath must be a string');
  const to = targetPath(target);
  const delimiter = field(spec, 'delim') ?? '';
  if (typeof delimiter !== 'string') throw configProblem('delim must be a string');
  const parts = listOf(field(spec, 'sources'), 'sources').map((item) => {
    if (!isJsonObject(item)) throw configProblem('each source must be an object with "value" or "path"');
    const value = field(item, 'value');
    if (value !== undefined) {
      if (typeof value !== 'string') throw configProblem('a source "value" must be a string');
      return { literal: value };
    }
    const path = field(item, 'path');
    if (typeof path !== 'string') throw configProblem('each source must have either "value" or "path"');
    return { path: parseMappingPath(path, 'source') };
  });
  return (document, environment) => {
    let text = '';
    parts.forEach((part, position) => {
      if (position > 0) text += delimiter;
      const piece = part.path ? concatText(readPath(document, part.path, options.require)) : part.literal!;
      spendAllowance(environment, piece.length, 'join');
      text += piece;
      checkStringLength(text, 'concat result');
    });
    writePath(document, to, text);
    return document;
  };
};

function concatText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value.filter((item) => item !== null).map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('');
  }
  return JSON.stringify(value);
}

/**
 * `coalesce {target: [paths], ignore?: [values]}`: writes at each target the first source value that
 * is present, not null and not one of the ignored values. Refuses `require`, as upstream did.
 */
export const coalesce: OperationCompiler = (rawSpec, options) => {
  const spec = requireSpec(rawSpec);
  if (options.require) throw configProblem('coalesce does not support "require"');
  const rawIgnore = field(spec, 'ignore');
  const ignored = new Set(
    rawIgnore === undefined ? [] : listOf(rawIgnore, 'ignore').map((value) => JSON.stringify(value)),
  );
  const choices = entriesOf(spec)
    .filter(([key]) => key !== 'ignore')
    .map(([target, sources]) => ({
      to: targetPath(target),
      sources: listOf(sources, `sources for ${JSON.stringify(target)}`).map((item) => {
        if (typeof item !== 'string') throw configProblem(`sources for ${JSON.stringify(target)} must all be strings`);
        return parseMappingPath(item, 'source');
      }),
    }));
  return (document, environment) => {
    for (const choice of choices) {
      for (const source of choice.sources) {
        const value = readPath(document, source, false);
        if (value === null || isIgnored(value, ignored, environment)) continue;
        writePath(document, choice.to, cloneJson(value, environment));
        break;
      }
    }
    return document;
  };
};

/** Whether `value` is one of the ignored values; the text printed to compare it is charged to the allowance. */
function isIgnored(value: unknown, ignored: ReadonlySet<string>, environment: TransformEnvironment): boolean {
  if (ignored.size === 0) return false;
  const text = JSON.stringify(value);
  spendAllowance(environment, text.length, 'compare');
  return ignored.has(text);
}

/** `extract {path}`: the value at the path becomes the whole document (null when missing). */
export const extract: OperationCompiler = (rawSpec, options) => {
  const path = field(requireSpec(rawSpec), 'path');
  if (typeof path !== 'string') throw configProblem('path must be a string');
  const from = parseMappingPath(path, 'source');
  return (document) => readPath(document, from, options.require);
};

/** `pass`: leaves the document as it is. */
export const pass: OperationCompiler = () => (document) => document;
