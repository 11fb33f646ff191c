import { createHash } from 'node:crypto';
import { MappingRuntimeError, configProblem } from '../errors';
import { parseMappingPath, pathExists, readPath, writePath, type MappingPath } from '../path';
import { entriesOf, field, isJsonObject, listOf, requireSpec, spendAllowance, type OperationCompiler, type TransformEnvironment } from './support';

/** RFC 4122 name spaces that upstream accepted by name. */
const NAMESPACES: Readonly<Record<string, string>> = {
  DNS: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  URL: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  OID: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  X500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};
const UUID_TEXT = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

interface Generator {
  readonly target: MappingPath;
  readonly version: 3 | 4 | 5;
  readonly namespace: string;
  readonly names: readonly NameSource[];
}

interface NameSource {
  readonly path: MappingPath | undefined;
  readonly fallback: string | undefined;
}

/**
 * `uuid {path: {version: 4}}` writes a random UUID; `{version: 3|5, namespace, names: [{path,
 * default?}]}` derives one by hashing each name into the previous UUID, starting from the namespace.
 */
export const uuid: OperationCompiler = (rawSpec) => {
  const generators = entriesOf(requireSpec(rawSpec)).map(([key, config]): Generator => {
    if (!isJsonObject(config)) throw configProblem('invalid spec for uuid');
    const version = field(config, 'version');
    if (version !== 3 && version !== 4 && version !== 5) throw configProblem('please set version 3, 4 or 5');
    const target = parseMappingPath(key, 'target');
    if (version === 4) return { target, version, namespace: '', names: [] };
    const namespaceText = field(config, 'namespace');
    if (typeof namespaceText !== 'string') throw configProblem('must provide "namespace" as a string');
    const namespace = Object.prototype.hasOwnProperty.call(NAMESPACES, namespaceText) ? NAMESPACES[namespaceText]! : namespaceText;
    if (!UUID_TEXT.test(namespace)) throw configProblem('namespace is not a valid UUID or one of DNS, URL, OID, X500');
    if (field(config, 'names') === undefined) throw configProblem('must provide the "names" field');
    const names = listOf(field(config, 'names'), 'names').map((item): NameSource => {
      const path = isJsonObject(item) ? field(item, 'path') : undefined;
      const fallback = isJsonObject(item) ? field(item, 'default') : undefined;
      return {
        path: typeof path === 'string' && path !== '' ? parseMappingPath(path, 'source') : undefined,
        fallback: typeof fallback === 'string' ? fallback : undefined,
      };
    });
    return { target, version, namespace, names };
  });
  return (document, environment) => {
    for (const generator of generators) {
      let value: string;
      if (generator.version === 4) {
        value = environment.randomUUID();
      } else {
        value = generator.namespace.toLowerCase();
        for (const name of generator.names) value = nameBased(generator.version, value, nameText(document, name, environment));
      }
      writePath(document, generator.target, value);
    }
    return document;
  };
};

/**
 * The text hashed for one name. It is charged to the run's allowance: a spec of a few thousand names each reading
 * `$` (or a large string) hashed the whole document every time, and held the event loop for minutes.
 */
function nameText(document: unknown, name: NameSource, environment: TransformEnvironment): string {
  if (name.path && pathExists(document, name.path)) {
    const value = readPath(document, name.path, false);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    spendAllowance(environment, text.length, 'hash');
    return text;
  }
  if (name.fallback === undefined) throw new MappingRuntimeError('uuid: unable to get a name from its path or default');
  return name.fallback;
}

/** RFC 4122 version 3 (MD5) or 5 (SHA-1) UUID of `name` within `namespace`. */
export function nameBased(version: 3 | 5, namespace: string, name: string): string {
  const hash = createHash(version === 3 ? 'md5' : 'sha1');
  hash.update(Buffer.from(namespace.replaceAll('-', ''), 'hex'));
  hash.update(name, 'utf8');
  const bytes = hash.digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | (version << 4);
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
