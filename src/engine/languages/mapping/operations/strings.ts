import { configProblem } from '../errors';
import { parseMappingPath, readPath, writePath, type MappingPath } from '../path';
import { checkStringLength, field, isJsonObject, requireSpec, type OperationCompiler } from './support';

/**
 * Flowker's own string transforms. Each works on the string at `path`; when the path is missing or
 * holds something other than a string, the document is left as it is.
 */
function stringTransform(name: string, configure: (spec: Record<string, unknown>) => (value: string) => string): OperationCompiler {
  return (rawSpec) => {
    const spec = requireSpec(rawSpec);
    const path = field(spec, 'path');
    if (typeof path !== 'string' || path === '') throw configProblem(`${name}: 'path' is required`);
    const at: MappingPath = parseMappingPath(path, 'target');
    const change = configure(spec);
    return (document) => {
      if (!isJsonObject(document)) return document;
      const value = readPath(document, at, false);
      if (typeof value !== 'string') return document;
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
  const removed = new Set(Array.from(characters));
  return (value) => Array.from(value).filter((char) => !removed.has(char)).join('');
});

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
