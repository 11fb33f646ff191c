import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FastifyRequest } from 'fastify';
import { OPERATIONS, OPERATION_ID, type OperationDefinition, type OperationId, type OperationParameter } from '../../generated';
import { FlkError, type FlkCode } from '../errors';
import { repeatedQueryParameter } from './repeated-query-parameter';

type Location = 'path' | 'query';

interface CompiledParams {
  readonly validate: ValidateFunction;
  readonly params: readonly OperationParameter[];
  /** Parameters that are UUIDs (`format: uuid`). */
  readonly uuids: readonly string[];
}

const ajv = addFormats(new Ajv2020({ allErrors: false, coerceTypes: true, useDefaults: true, strict: false }));
const cache = new Map<string, CompiledParams>();

function compiled(op: OperationDefinition, where: Location): CompiledParams {
  const key = `${op.operationId}:${where}`;
  let entry = cache.get(key);
  if (!entry) {
    const params = op.parameters.filter((p) => p.in === where);
    const schema = {
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
      required: params.filter((p) => p.required).map((p) => p.name),
    };
    const uuids = params.filter((p) => (p.schema as { format?: unknown }).format === 'uuid').map((p) => p.name);
    entry = { validate: ajv.compile(schema), params, uuids };
    cache.set(key, entry);
  }
  return entry;
}

const shown = (value: unknown) => {
  const s = String(value);
  return s.length > 64 ? `${s.slice(0, 64)}…` : s;
};

function failure(where: Location, params: readonly OperationParameter[], err: ErrorObject, data: Record<string, unknown>): FlkError {
  const name = err.instancePath.split('/')[1] ?? (err.params as { missingProperty?: string }).missingProperty ?? '';
  const param = params.find((p) => p.name === name);
  const fallback: FlkCode = where === 'path' ? 'FLK-0002' : 'FLK-0304';
  const code = (param?.flkCodes?.[err.keyword] as FlkCode | undefined) ?? fallback;
  const label = where === 'path' ? 'Path parameter' : 'Query parameter';
  const message =
    err.keyword === 'required'
      ? `${label} "${name}" is required.`
      : err.keyword === 'format' && (err.params as { format?: string }).format === 'uuid'
        ? `${label} "${name}" must be a UUID (got "${shown(data[name])}").`
        : `${label} "${name}" ${err.message ?? 'is invalid'} (got "${shown(data[name])}").`;
  return new FlkError(code, message, { [name]: err.message ?? 'invalid' });
}

/**
 * Validates path and query parameters against the operation's parameter schemas from the spec, before any body
 * work: a bad id is 400 FLK-0002, a bad query value 400 FLK-0304 (or the parameter's own x-flk-codes). Query values
 * are coerced to their declared types and defaults are applied, so handlers receive what the spec promises.
 */
@Injectable()
export class OperationParamsGuard implements CanActivate {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const operationId = this.reflector.get<OperationId | undefined>(OPERATION_ID, context.getHandler());
    if (!operationId) return true;
    const op: OperationDefinition = OPERATIONS[operationId];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.params = checkParams(op, 'path', request.params);
    request.query = checkParams(op, 'query', request.query);
    return true;
  }
}

/**
 * The error this guard will answer for the request's path and query parameters, if any. For the body parser: a body
 * that cannot be parsed is found before the guard runs, but the spec checks parameters first.
 */
export function paramsProblem(op: OperationDefinition, request: Pick<FastifyRequest, 'params' | 'query'>): FlkError | undefined {
  try {
    checkParams(op, 'path', request.params);
    checkParams(op, 'query', request.query);
    return undefined;
  } catch (err) {
    if (err instanceof FlkError) return err;
    throw err;
  }
}

/**
 * On an operation that takes query parameters, one it does not take is refused rather than ignored: a misspelt filter
 * (`?stauts=failed`, `?workflowID=`) would otherwise answer the unfiltered list as if it were the filtered one.
 * Operations without query parameters ignore the query string, where nothing can be misread.
 */
function refuseUndeclared(params: readonly OperationParameter[], source: Record<string, unknown>): void {
  // An empty one is absent, as for declared parameters: it cannot be a filter the caller expects to apply.
  const unknown = Object.keys(source).find((name) => source[name] !== '' && !params.some((p) => p.name === name));
  if (unknown === undefined) return;
  const names = params.map((p) => p.name).join(', ');
  throw new FlkError(queryCodeOf(params), `Query parameter "${shown(unknown)}" is not one this operation takes; it takes ${names}.`, {
    [shown(unknown)]: 'is not a parameter of this operation',
  });
}

/** The code of a query problem no single parameter owns: the one all of the operation's parameters share, if any. */
function queryCodeOf(params: readonly OperationParameter[]): FlkCode {
  const codes = new Set(params.map((p) => p.flkCodes?.type));
  const [only] = codes;
  return codes.size === 1 && only !== undefined ? (only as FlkCode) : 'FLK-0304';
}

function checkParams(op: OperationDefinition, where: Location, raw: unknown): Record<string, unknown> {
  const { validate, params, uuids } = compiled(op, where);
  const source = (raw ?? {}) as Record<string, unknown>;
  // Only declared parameters are kept; a repeated query key arrives as an array (refused below).
  const data: Record<string, unknown> = {};
  for (const p of params) {
    if (!Object.prototype.hasOwnProperty.call(source, p.name)) continue;
    // An empty query value is an absent one, as in upstream's handlers: `?status=&limit=` lists with the defaults.
    // Clients build such URLs from unset filters, and a loop passing back `nextCursor` sends `cursor=` first.
    if (where === 'query' && source[p.name] === '') continue;
    data[p.name] = source[p.name];
  }
  // No parameter of the spec is a list: a repeated one is said to be so (its schema would answer "must be string
  // (got "a,b")"), with the code its wrong type has.
  if (where === 'query' && params.length > 0) refuseUndeclared(params, source);
  const repeated = params.find((p) => Array.isArray(data[p.name]));
  if (repeated) {
    const code = (repeated.flkCodes?.type as FlkCode | undefined) ?? (where === 'path' ? 'FLK-0002' : 'FLK-0304');
    throw repeatedQueryParameter(repeated.name, code);
  }
  if (!validate(data)) throw failure(where, params, validate.errors![0], data);
  // A UUID names the same thing in either case (RFC 9562 compares them without regard to case), and some clients
  // and tools write them in capitals. Every id this service issues is stored lowercase, so that form finds it.
  for (const name of uuids) if (typeof data[name] === 'string') data[name] = (data[name] as string).toLowerCase();
  if (where === 'path') return { ...source, ...data };
  return data;
}
