import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import { matchOperation } from '../../src/common/http/route-matcher';

/**
 * Checks every HTTP response the e2e suite receives against openapi/flowker.yaml: the status must be documented
 * for the operation and the body must validate against its schema. Each checked (operation, status) is appended to
 * a hits file that scripts/test.mjs turns into test/contract-coverage.json.
 */
const ROOT = path.resolve(__dirname, '..', '..');
export const HITS_DIR = process.env.CONTRACT_HITS_DIR ?? path.join(ROOT, 'test', '.artifacts', 'contract-hits');

export interface SpecDoc {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; requestBody?: { content?: Record<string, { example?: unknown; schema?: unknown }> } }>>;
  components: Record<string, Record<string, unknown>>;
}

/** openapi/flowker.yaml, parsed once for every test that reads it. */
export const spec = YAML.parse(readFileSync(path.join(ROOT, 'openapi', 'flowker.yaml'), 'utf8')) as SpecDoc;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
ajv.addSchema({ $id: 'flowker', components: { schemas: spec.components.schemas } });
const validators = new Map<string, ValidateFunction>();

export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

/** Follows `$ref`s within the spec until a value that is not one. */
export function resolveRef<T>(value: unknown): T {
  let cur = value as { $ref?: string };
  while (cur && cur.$ref) {
    cur = cur.$ref.replace(/^#\//, '').split('/').reduce((o: any, k) => o?.[k], spec) as { $ref?: string };
  }
  return cur as T;
}

function rewriteRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `flowker${v}` : rewriteRefs(v);
  }
  return out;
}

function validatorFor(key: string, schema: unknown): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile(rewriteRefs(schema) as object);
    validators.set(key, v);
  }
  return v;
}

const errorSchema = () => validatorFor('ErrorResponse', { $ref: '#/components/schemas/ErrorResponse' });

function recordHit(operationId: string, status: number): void {
  mkdirSync(HITS_DIR, { recursive: true });
  appendFileSync(path.join(HITS_DIR, `hits-${process.pid}.ndjson`), `${JSON.stringify({ operationId, status })}\n`);
}

export interface CheckedResponse {
  readonly operationId?: string;
  readonly status: number;
  readonly body: unknown;
}

/** Validates one response; throws ContractViolation with a readable explanation when it breaks the spec. */
export function checkResponse(method: string, url: string, status: number, contentType: string | null, text: string): CheckedResponse {
  const urlPath = new URL(url, 'http://x').pathname;
  const op = matchOperation(method, urlPath);
  const isJson = (contentType ?? '').includes('json');
  let body: unknown = text;
  if (isJson && text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ContractViolation(`${method} ${urlPath} → ${status}: body claims JSON but does not parse`);
    }
  }
  if (!op) {
    // Not an operation (unknown route, wrong method): it must still be an error in the one error shape.
    if (status < 400 || !errorSchema()(body)) {
      throw new ContractViolation(`${method} ${urlPath} → ${status}: not in the spec and not an ErrorResponse: ${text.slice(0, 300)}`);
    }
    return { status, body };
  }
  const operation = spec.paths[op.path][method.toLowerCase()];
  const documented = operation.responses[String(status)];
  if (!documented) {
    throw new ContractViolation(
      `${op.operationId}: status ${status} is not documented (documented: ${Object.keys(operation.responses).join(', ')}); body: ${text.slice(0, 300)}`,
    );
  }
  const response = resolveRef<{ content?: Record<string, { schema?: unknown }> }>(documented);
  const media = response.content ?? {};
  const mediaTypes = Object.keys(media);
  if (mediaTypes.length === 0) {
    if (text.length > 0) throw new ContractViolation(`${op.operationId} → ${status}: the spec documents no body, got ${text.slice(0, 200)}`);
  } else if (mediaTypes.includes('application/json')) {
    if (!isJson) throw new ContractViolation(`${op.operationId} → ${status}: expected application/json, got ${contentType}`);
    const schema = media['application/json'].schema;
    if (schema) {
      const validate = validatorFor(`${op.operationId}:${status}`, schema);
      if (!validate(body)) {
        throw new ContractViolation(
          `${op.operationId} → ${status}: body does not match the spec: ${ajv.errorsText(validate.errors)}; body: ${text.slice(0, 500)}`,
        );
      }
    }
  } else if (!mediaTypes.some((t) => (contentType ?? '').startsWith(t.split(';')[0]))) {
    throw new ContractViolation(`${op.operationId} → ${status}: content type ${contentType} is not one of ${mediaTypes.join(', ')}`);
  }
  recordHit(op.operationId, status);
  return { operationId: op.operationId, status, body };
}

/** A fetch that checks every response against the spec before handing it back. */
export function contractFetch(inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input as string | URL | Request, init);
    const response = await inner(request);
    const text = await response.clone().text();
    checkResponse(request.method, request.url, response.status, response.headers.get('content-type'), text);
    return response;
  };
}
