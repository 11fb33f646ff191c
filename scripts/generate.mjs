#!/usr/bin/env node
/**
 * Turns openapi/flowker.yaml into src/generated/:
 *   openapi-types.ts  – TypeScript types (openapi-typescript)
 *   dtos.ts           – one class-validator + @ApiProperty class per component schema
 *   operations.ts     – the operation table (method, path, operationId, statuses, parameters)
 *   contracts/*.ts    – per tag: an interface the controller implements and one route decorator per operation
 *   index.ts          – barrel
 *
 * `--check` writes nothing and exits 1 when any generated file differs from what the spec produces.
 */
import { readFile, writeFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPEC_PATH = path.join(ROOT, 'openapi', 'flowker.yaml');
const OUT_DIR = path.join(ROOT, 'src', 'generated');
const HEADER = '/* eslint-disable */\n// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.\n// Change the spec, then run `npm run generate`.\n';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

const pascal = (s) => s.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c) => c.toUpperCase());
const kebab = (s) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
const lit = (v) => JSON.stringify(v);
const refName = (ref) => ref.split('/').pop();

function resolve(spec, obj) {
  let cur = obj;
  while (cur && cur.$ref) {
    const parts = cur.$ref.replace(/^#\//, '').split('/');
    cur = parts.reduce((o, k) => o?.[k], spec);
    if (!cur) throw new Error(`unresolved $ref ${obj.$ref}`);
  }
  return cur;
}

// ---------------------------------------------------------------------------------------------------------------
// DTO classes

function tsTypeOf(schema) {
  if (schema.$ref) return refName(schema.$ref);
  switch (schema.type) {
    case 'string': return schema.enum ? schema.enum.map(lit).join(' | ') : 'string';
    case 'integer':
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'array': {
      const inner = tsTypeOf(schema.items ?? {});
      return /[|]/.test(inner) ? `Array<${inner}>` : `${inner}[]`;
    }
    case 'object': return 'Record<string, unknown>';
    default: return 'unknown';
  }
}

/** Keywords class-validator cannot express: a request schema using one must enforce it in the service instead. */
const UNSUPPORTED_KEYWORDS = ['maxProperties', 'minProperties', 'oneOf', 'anyOf', 'allOf', 'not', 'patternProperties'];

/**
 * The class-validator decorators for one property. `codes` is the property's x-flk-codes map; its optional
 * x-flk-messages map (keyword → text after the property name) replaces class-validator's wording where that would
 * only quote the rule (a pattern's "must match /\\S/ regular expression").
 */
function validatorsFor(schema, codes, isRequired) {
  const unsupported = UNSUPPORTED_KEYWORDS.filter((k) => schema[k] !== undefined);
  if (unsupported.length) {
    throw new Error(`request property uses ${unsupported.join(', ')}, which the DTO generator cannot enforce; enforce it in the service and describe it in the property's description`);
  }
  const ctx = (keyword) => (codes?.[keyword] ? `context: { code: ${lit(codes[keyword])} }` : '');
  const messages = schema['x-flk-messages'];
  const msg = (keyword) => (messages?.[keyword] ? `message: ${lit(`$property ${messages[keyword]}`)}` : '');
  const opts = (keyword, extra = '') => {
    const parts = [extra, msg(keyword), ctx(keyword)].filter(Boolean);
    return parts.length ? `{ ${parts.join(', ')} }` : '';
  };
  const withOpts = (args, keyword, extra) => {
    const o = opts(keyword, extra);
    return [String(args), o].filter((x) => x !== '').join(', ');
  };
  const out = [];
  const each = schema.type === 'array' && schema.items && !schema.items.$ref ? schema.items : null;
  out.push(isRequired ? `@IsDefined(${opts('required')})` : null);
  if (schema.$ref) {
    out.push(`@IsObject(${opts('type')})`, `@ValidateNested()`, `@Type(() => ${refName(schema.$ref)})`);
    return out.filter(Boolean);
  }
  switch (schema.type) {
    case 'string':
      out.push(`@IsString(${opts('type')})`);
      if (schema.minLength !== undefined) out.push(`@MinLength(${withOpts(schema.minLength, 'minLength')})`);
      if (schema.maxLength !== undefined) out.push(`@MaxLength(${withOpts(schema.maxLength, 'maxLength')})`);
      if (schema.pattern) out.push(`@Matches(${withOpts(`new RegExp(${lit(schema.pattern)})`, 'pattern')})`);
      if (schema.enum) out.push(`@IsIn(${withOpts(lit(schema.enum), 'enum')})`);
      if (schema.format === 'uuid') out.push(`@IsUUID(${withOpts("'all'", 'format')})`);
      if (schema.format === 'date-time') out.push(`@IsISO8601(${withOpts('{ strict: true }', 'format')})`);
      if (schema.format === 'uri') out.push(`@IsUrl(${withOpts('{ require_tld: false, require_protocol: true }', 'format')})`);
      break;
    case 'integer':
      out.push(`@IsInt(${opts('type')})`);
      break;
    case 'number':
      out.push(`@IsNumber(${withOpts('{ allowNaN: false, allowInfinity: false }', 'type')})`);
      break;
    case 'boolean':
      out.push(`@IsBoolean(${opts('type')})`);
      break;
    case 'object':
      out.push(`@IsObject(${opts('type')})`);
      break;
    case 'array':
      out.push(`@IsArray(${opts('type')})`);
      if (schema.minItems !== undefined) out.push(`@ArrayMinSize(${withOpts(schema.minItems, 'minItems')})`);
      if (schema.maxItems !== undefined) out.push(`@ArrayMaxSize(${withOpts(schema.maxItems, 'maxItems')})`);
      if (schema.items?.$ref) {
        out.push(`@IsObject(${withOpts('', 'type', 'each: true')})`, `@ValidateNested({ each: true })`, `@Type(() => ${refName(schema.items.$ref)})`);
      } else if (each) {
        const e = (name, args = '') => `@${name}(${[args, `{ each: true${codes?.type ? `, context: { code: ${lit(codes.type)} }` : ''} }`].filter(Boolean).join(', ')})`;
        if (each.type === 'string') out.push(e('IsString'));
        if (each.enum) out.push(e('IsIn', lit(each.enum)));
        if (each.type === 'integer') out.push(e('IsInt'));
        if (each.type === 'number') out.push(e('IsNumber', '{ allowNaN: false, allowInfinity: false }'));
        if (each.type === 'boolean') out.push(e('IsBoolean'));
        if (each.type === 'object') out.push(e('IsObject'));
        if (each.maxLength !== undefined) out.push(e('MaxLength', each.maxLength));
        if (each.minLength !== undefined) out.push(e('MinLength', each.minLength));
      }
      break;
    default:
      break;
  }
  if (schema.minimum !== undefined) out.push(`@Min(${withOpts(schema.minimum, 'minimum')})`);
  if (schema.maximum !== undefined) out.push(`@Max(${withOpts(schema.maximum, 'maximum')})`);
  return out.filter(Boolean);
}

function apiPropertyFor(schema, isRequired) {
  const o = { required: isRequired };
  if (schema.description) o.description = schema.description;
  let typeExpr = null;
  if (schema.$ref) typeExpr = `() => ${refName(schema.$ref)}`;
  else if (schema.type === 'array') {
    o.isArray = true;
    if (schema.items?.$ref) typeExpr = `() => ${refName(schema.items.$ref)}`;
    else if (schema.items?.type === 'object') typeExpr = 'Object';
    else if (schema.items?.type) o.type = schema.items.type;
    if (schema.items?.enum) o.enum = schema.items.enum;
  } else if (schema.type === 'object') typeExpr = 'Object';
  else if (schema.type) o.type = schema.type;
  for (const k of ['format', 'enum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum', 'pattern', 'default', 'example']) {
    if (schema[k] !== undefined && o[k] === undefined) o[k] = schema[k];
  }
  if (schema.type === 'object' && schema.additionalProperties) o.additionalProperties = true;
  const body = Object.entries(o).map(([k, v]) => `${k}: ${lit(v)}`);
  if (typeExpr) body.unshift(`type: ${typeExpr}`);
  return `@ApiProperty({ ${body.join(', ')} })`;
}

function refsOf(schema, acc = new Set()) {
  if (!schema || typeof schema !== 'object') return acc;
  if (schema.$ref) acc.add(refName(schema.$ref));
  for (const v of Object.values(schema)) if (v && typeof v === 'object') refsOf(v, acc);
  return acc;
}

/** Dependencies first: decorator metadata reads a property's class when the owning class is defined. */
function orderSchemas(schemas) {
  const names = Object.keys(schemas).sort();
  const done = new Set();
  const order = [];
  const visit = (n, stack = []) => {
    if (done.has(n)) return;
    if (stack.includes(n)) throw new Error(`schema cycle: ${[...stack, n].join(' -> ')}`);
    for (const dep of [...refsOf(schemas[n])].sort()) if (schemas[dep]) visit(dep, [...stack, n]);
    done.add(n);
    order.push(n);
  };
  names.forEach((n) => visit(n));
  return order;
}

function renderDtos(spec, extraBodies) {
  const schemas = { ...spec.components.schemas, ...extraBodies };
  const used = new Set();
  const classes = orderSchemas(schemas).map((name) => {
    const schema = schemas[name];
    const lines = [];
    if (schema.description) lines.push(`/** ${schema.description.replace(/\*\//g, '*\\/').split('\n').join('\n * ')} */`);
    if (schema.type !== 'object' || !schema.properties) {
      // Not an object with named fields (e.g. a free-form map): no validation class, only a type alias.
      lines.push(`export type ${name} = ${schema.type === 'object' ? 'Record<string, unknown>' : tsTypeOf(schema)};`);
      return lines.join('\n');
    }
    const closed = schema.additionalProperties === false;
    lines.push(`@ApiSchema({ name: ${lit(name)} })`);
    lines.push(`export class ${name} {`);
    lines.push(`  static readonly closed = ${closed};`);
    const required = new Set(schema.required ?? []);
    for (const [prop, propSchema] of Object.entries(schema.properties)) {
      const isReq = required.has(prop);
      const codes = propSchema['x-flk-codes'];
      const validators = validatorsFor(propSchema, codes, isReq);
      if (!isReq) validators.unshift(`@ValidateIf((o: ${name}) => o.${prop} !== undefined)`);
      for (const v of validators) used.add(v.match(/^@(\w+)/)[1]);
      lines.push('');
      lines.push(`  ${apiPropertyFor(propSchema, isReq)}`);
      for (const v of validators) lines.push(`  ${v}`);
      lines.push(`  ${prop}${isReq ? '!' : '?'}: ${tsTypeOf(propSchema)};`);
    }
    lines.push('}');
    return lines.join('\n');
  });
  const cv = [...used].filter((u) => u !== 'Type').sort();
  return [
    HEADER,
    `import { ApiProperty, ApiSchema } from '@nestjs/swagger';`,
    `import { Type } from 'class-transformer';`,
    `import {\n  ${cv.join(',\n  ')},\n} from 'class-validator';`,
    '',
    classes.join('\n\n'),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

function collectOperations(spec) {
  const ops = [];
  const extraBodies = {};
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${p} has no operationId`);
      if (!op.tags || op.tags.length !== 1) throw new Error(`${op.operationId} must have exactly one tag`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((x) => resolve(spec, x));
      const statuses = Object.keys(op.responses).sort();
      const success = statuses.filter((s) => s.startsWith('2'));
      if (success.length === 0) throw new Error(`${op.operationId} documents no 2xx response`);
      let requestBody = null;
      if (op.requestBody) {
        const rb = resolve(spec, op.requestBody);
        const media = rb.content?.['application/json'];
        if (!media) throw new Error(`${op.operationId}: only application/json request bodies are supported`);
        let dto;
        if (media.schema?.$ref) dto = refName(media.schema.$ref);
        else {
          dto = `${pascal(op.operationId)}Body`;
          extraBodies[dto] = media.schema;
        }
        requestBody = { dto, required: rb.required === true };
      }
      const contentOf = (status) => {
        const r = resolve(spec, op.responses[status]);
        return Object.keys(r.content ?? {}).sort();
      };
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: p,
        routePath: toRoutePath(p, params),
        tag: op.tags[0],
        summary: op.summary ?? '',
        isPublic: Array.isArray(op.security) && op.security.length === 0,
        successStatus: Number(success[0]),
        successStatuses: success.map(Number),
        statuses: statuses.map(Number),
        successContent: Object.fromEntries(success.map((s) => [s, contentOf(s)])),
        payloadTooLargeCode: op['x-payload-too-large-code'] ?? null,
        parameters: params.map((x) => ({
          name: x.name,
          in: x.in,
          required: x.required === true,
          schema: x.schema ?? {},
          ...(x['x-flk-codes'] ? { flkCodes: x['x-flk-codes'] } : {}),
        })),
        requestBody,
      });
    }
  }
  ops.sort((a, b) => a.operationId.localeCompare(b.operationId));
  return { ops, extraBodies };
}

/** OpenAPI `{id}` → Fastify `:id`; a parameter marked `x-multi-segment` becomes the wildcard `*`. */
function toRoutePath(p, params) {
  return p.replace(/\{([^}]+)\}/g, (_, name) => {
    const param = params.find((x) => x.in === 'path' && x.name === name);
    return param?.['x-multi-segment'] ? '*' : `:${name}`;
  });
}

function renderOperations(ops) {
  const table = ops.map((o) => {
    const entry = {
      operationId: o.operationId,
      method: o.method,
      path: o.path,
      routePath: o.routePath,
      tag: o.tag,
      isPublic: o.isPublic,
      successStatus: o.successStatus,
      statuses: o.statuses,
      payloadTooLargeCode: o.payloadTooLargeCode,
      parameters: o.parameters,
      requestBody: o.requestBody,
    };
    return `  ${o.operationId}: ${JSON.stringify(entry, null, 2).split('\n').join('\n  ')},`;
  });
  return [
    HEADER,
    `export interface OperationParameter {`,
    `  readonly name: string;`,
    `  readonly in: 'path' | 'query' | 'header' | 'cookie';`,
    `  readonly required: boolean;`,
    `  readonly schema: Readonly<Record<string, unknown>>;`,
    `  readonly flkCodes?: Readonly<Record<string, string>>;`,
    `}`,
    '',
    `export interface OperationDefinition {`,
    `  readonly operationId: string;`,
    `  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';`,
    `  /** The path as the spec writes it, e.g. /v1/workflows/{id}. */`,
    `  readonly path: string;`,
    `  /** The path as the router registers it, e.g. /v1/workflows/:id. */`,
    `  readonly routePath: string;`,
    `  readonly tag: string;`,
    `  readonly isPublic: boolean;`,
    `  readonly successStatus: number;`,
    `  readonly statuses: readonly number[];`,
    `  /** The code a too-large body answers on this operation, when it is not the generic FLK-0006 (x-payload-too-large-code). */`,
    `  readonly payloadTooLargeCode: string | null;`,
    `  readonly parameters: readonly OperationParameter[];`,
    `  readonly requestBody: { readonly dto: string; readonly required: boolean } | null;`,
    `}`,
    '',
    `export const OPERATIONS = {`,
    ...table,
    `} as const satisfies Record<string, OperationDefinition>;`,
    '',
    `export type OperationId = keyof typeof OPERATIONS;`,
    '',
    `export const OPERATION_LIST: readonly OperationDefinition[] = Object.values(OPERATIONS);`,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Contracts per tag

function responseType(o) {
  const parts = o.successStatuses.map((s) => {
    const content = o.successContent[String(s)];
    if (content.length === 0) return 'void';
    if (content.includes('application/json')) return `operations[${lit(o.operationId)}]['responses'][${s}]['content']['application/json']`;
    return 'string';
  });
  return [...new Set(parts)].join(' | ');
}

function renderContract(tag, ops) {
  const iface = `${pascal(tag)}Contract`;
  const routes = `${pascal(tag)}Routes`;
  const dtoImports = new Set();
  const methods = ops.map((o) => {
    const args = [];
    const has = (where) => o.parameters.some((x) => x.in === where);
    if (has('path')) args.push(`path: NonNullable<operations[${lit(o.operationId)}]['parameters']['path']>`);
    if (has('query')) args.push(`query: NonNullable<operations[${lit(o.operationId)}]['parameters']['query']>`);
    if (o.requestBody) {
      dtoImports.add(o.requestBody.dto);
      args.push(`body: ${o.requestBody.dto}${o.requestBody.required ? '' : ' | undefined'}`);
    }
    if (has('header')) args.push(`headers: NonNullable<operations[${lit(o.operationId)}]['parameters']['header']>`);
    return `  /** ${o.method} ${o.path}${o.summary ? ` — ${o.summary.replace(/\*\//g, '')}` : ''} */\n  ${o.operationId}(${args.join(', ')}): Promise<${responseType(o)}>;`;
  });
  const decorators = ops.map((o) => {
    const verb = pascal(o.method.toLowerCase());
    const parts = [
      `${verb}(${lit(o.routePath)})`,
      `HttpCode(${o.successStatus})`,
      `SetMetadata(OPERATION_ID, ${lit(o.operationId)})`,
      ...(o.isPublic ? [`SetMetadata(IS_PUBLIC, true)`] : []),
      `ApiOperation({ operationId: ${lit(o.operationId)}, summary: ${lit(o.summary)} })`,
      `ApiTags(${lit(tag)})`,
    ];
    return `  ${o.operationId}: () => applyDecorators(\n    ${parts.join(',\n    ')},\n  ),`;
  });
  const verbs = [...new Set(ops.map((o) => pascal(o.method.toLowerCase())))].sort();
  return [
    HEADER,
    `import { applyDecorators, HttpCode, SetMetadata, ${verbs.join(', ')} } from '@nestjs/common';`,
    `import { ApiOperation, ApiTags } from '@nestjs/swagger';`,
    `import type { operations } from '../openapi-types';`,
    dtoImports.size ? `import type { ${[...dtoImports].sort().join(', ')} } from '../dtos';` : '',
    `import { IS_PUBLIC, OPERATION_ID } from '../route-metadata';`,
    '',
    `/** Operations of the "${tag}" tag. The controller implements this, so a signature that drifts from the spec does not compile. */`,
    `export interface ${iface} {`,
    methods.join('\n'),
    `}`,
    '',
    `/** Route decorators: method, path and success status come from the spec, never from hand-written code. */`,
    `export const ${routes} = {`,
    decorators.join('\n'),
    `} as const;`,
    '',
  ].filter((l) => l !== '').join('\n').replace(/\n(export|\/\*\*)/g, '\n\n$1') + '\n';
}

const ROUTE_METADATA = `${HEADER}
/** Metadata key holding the spec operationId of a route handler. */
export const OPERATION_ID = 'flowker:operationId';
/** Metadata key marking a route that the spec declares public (security: []). */
export const IS_PUBLIC = 'flowker:isPublic';
`;

// ---------------------------------------------------------------------------------------------------------------

async function build() {
  const specText = await readFile(SPEC_PATH, 'utf8');
  const spec = YAML.parse(specText);
  const { ops, extraBodies } = collectOperations(spec);
  const files = new Map();
  const types = astToString(await openapiTS(spec, { alphabetize: true, exportType: true }));
  files.set('openapi-types.ts', `${HEADER}\n${types}`);
  files.set('dtos.ts', renderDtos(spec, extraBodies));
  files.set('operations.ts', renderOperations(ops));
  files.set('route-metadata.ts', ROUTE_METADATA);
  const tags = [...new Set(ops.map((o) => o.tag))].sort();
  for (const tag of tags) {
    files.set(`contracts/${kebab(tag)}.contract.ts`, renderContract(tag, ops.filter((o) => o.tag === tag)));
  }
  const barrel = [
    HEADER,
    `export * from './dtos';`,
    `export * from './operations';`,
    `export * from './route-metadata';`,
    `export type { paths, components, operations } from './openapi-types';`,
    ...tags.map((t) => `export * from './contracts/${kebab(t)}.contract';`),
    '',
  ].join('\n');
  files.set('index.ts', barrel);
  return files;
}

async function listExisting(dir, prefix = '') {
  const out = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listExisting(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out;
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await build();
  const existing = await listExisting(OUT_DIR);
  const stale = [];
  for (const [rel, content] of files) {
    const current = await readFile(path.join(OUT_DIR, rel), 'utf8').catch(() => null);
    if (current !== content) stale.push(rel);
  }
  const orphans = existing.filter((rel) => !files.has(rel));
  if (check) {
    if (stale.length || orphans.length) {
      console.error('generated code is stale; run `npm run generate`:');
      for (const s of stale) console.error(`  changed: src/generated/${s}`);
      for (const s of orphans) console.error(`  not produced by the spec: src/generated/${s}`);
      process.exit(1);
    }
    console.log(`generated code is up to date (${files.size} files)`);
    return;
  }
  for (const rel of orphans) await rm(path.join(OUT_DIR, rel));
  for (const [rel, content] of files) {
    await mkdir(path.dirname(path.join(OUT_DIR, rel)), { recursive: true });
    await writeFile(path.join(OUT_DIR, rel), content);
  }
  console.log(`generated ${files.size} files into src/generated (${stale.length} changed, ${orphans.length} removed)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
