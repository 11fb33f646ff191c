import type { ErrorObject } from 'ajv';
import { clip } from '../../../common/unicode';

/**
 * Catalog schemas are plain JSON documents (JSON Schema draft 2020-12). They are kept as data rather than
 * typed models because they are served verbatim (as JSON strings) and handed to Ajv unchanged.
 */
export type JsonSchema = Record<string, unknown>;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** A JSON object in the narrow sense: not null, not an array. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copy of a JSON value with object keys sorted at every depth, so that serialising it is deterministic.
 * Object.fromEntries defines own properties, so a key named `__proto__` stays an ordinary key.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value).sort();
  return Object.fromEntries(keys.map((key) => [key, sortKeysDeep(value[key])]));
}

/** Compact JSON with recursively sorted keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

// ----- Ajv errors → client-facing problem map

/** Offending location (dotted path, `(root)` for the document itself) → what is wrong there. */
export type SchemaProblems = Record<string, string>;

export const ROOT = '(root)';

// allErrors can report thousands of issues for a large hostile document; the answer stays bounded.
const MAX_FIELDS = 50;
const MAX_PATH_LENGTH = 200;
const SUMMARY_ITEMS = 3;

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function renderPath(segments: string[]): string {
  if (segments.length === 0) return ROOT;
  return segments
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

/** The property an error is really about: for "missing" or "not allowed" that is the child, not the parent. */
function location(error: ErrorObject): string {
  const segments = decodePointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const child =
    error.keyword === 'required'
      ? params.missingProperty
      : error.keyword === 'additionalProperties'
        ? params.additionalProperty
        : error.propertyName;
  if (typeof child === 'string') segments.push(child);
  // Keys come from client input: kept printable and short enough to echo back.
  return clip(renderPath(segments), MAX_PATH_LENGTH);
}

function problemText(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not allowed';
    case 'enum':
      return Array.isArray(params.allowedValues)
        ? `must be one of: ${params.allowedValues.map(String).join(', ')}`
        : 'must be one of the allowed values';
    default:
      if (error.propertyName !== undefined) return `property name ${error.message ?? 'is invalid'}`;
      return error.message ?? 'is invalid';
  }
}

const ONE_OF_BRANCH = /^(.*?\/oneOf)\/(\d+)(\/.*)?$/;
const TAG_CONST = /^\/properties\/([^/]+)\/const$/;

/**
 * With allErrors, a `oneOf` whose branches are told apart by a constant (`auth.type: "bearer"`) reports what every
 * branch misses: a bearer token that is empty read "auth.type must be equal to constant; auth.key is required; …"
 * for all the other types. When some branches are ruled out by their constant and others are not, only the latter's
 * errors are about the value sent; when every branch is ruled out, the one useful statement is which constants exist.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const groups = new Map<string, { tagged: Map<string, ErrorObject[]>; branches: Set<string> }>();
  for (const error of errors) {
    const m = ONE_OF_BRANCH.exec(error.schemaPath);
    if (!m) continue;
    const group = groups.get(m[1]) ?? { tagged: new Map(), branches: new Set() };
    groups.set(m[1], group);
    group.branches.add(m[2]);
    if (error.keyword === 'const' && TAG_CONST.test(m[3] ?? '')) group.tagged.set(m[2], [...(group.tagged.get(m[2]) ?? []), error]);
  }
  const dropped = new Set<ErrorObject>();
  const replacements: ErrorObject[] = [];
  for (const [prefix, group] of groups) {
    if (group.tagged.size === 0) continue;
    const inGroup = (error: ErrorObject) => error.schemaPath === prefix || error.schemaPath.startsWith(`${prefix}/`);
    const untagged = [...group.branches].filter((branch) => !group.tagged.has(branch));
    if (untagged.length > 0) {
      // The branches the constant selects speak for the value; the others, and the oneOf summary, do not.
      for (const error of errors) {
        const m = ONE_OF_BRANCH.exec(error.schemaPath);
        if ((m && m[1] === prefix && group.tagged.has(m[2])) || (error.keyword === 'oneOf' && error.schemaPath === prefix)) dropped.add(error);
      }
    } else {
      const tags = [...group.tagged.values()].flat();
      for (const error of errors) if (inGroup(error)) dropped.add(error);
      const allowedValues = tags.map((error) => (error.params as { allowedValue?: unknown }).allowedValue);
      replacements.push({ ...tags[0], keyword: 'enum', params: { allowedValues } });
    }
  }
  return [...errors.filter((error) => !dropped.has(error)), ...replacements];
}

export function problemsFromAjv(allErrors: readonly ErrorObject[]): SchemaProblems {
  const byPath = new Map<string, string[]>();
  for (const error of relevantErrors(allErrors)) {
    // Ajv follows a failed propertyNames check with a generic wrapper error; the specific one is enough.
    if (error.keyword === 'propertyNames') continue;
    const path = location(error);
    const texts = byPath.get(path) ?? [];
    if (!byPath.has(path)) {
      if (byPath.size >= MAX_FIELDS) continue;
      byPath.set(path, texts);
    }
    const text = problemText(error);
    if (!texts.includes(text)) texts.push(text);
  }
  // fromEntries defines own properties, so a client key such as `__proto__` stays a plain entry.
  return Object.fromEntries([...byPath].map(([path, texts]) => [path, texts.join('; ')]));
}

/** One readable line naming the first few problems. */
export function summarise(subject: string, problems: SchemaProblems): string {
  const entries = Object.entries(problems);
  const shown = entries.slice(0, SUMMARY_ITEMS).map(([path, text]) => `${path} ${text}`);
  const more = entries.length > SUMMARY_ITEMS ? ` (and ${entries.length - SUMMARY_ITEMS} more)` : '';
  return `${subject} is invalid: ${shown.join('; ')}${more}`;
}
