import { OPERATION_LIST, type OperationDefinition } from '../../generated';

interface CompiledRoute {
  readonly op: OperationDefinition;
  readonly regex: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/v1/workflows/{id}` → a regex matching one concrete path; a multi-segment `*` route matches the rest. */
function compile(op: OperationDefinition): CompiledRoute {
  const pattern = op.routePath
    .split('/')
    .map((seg) => (seg === '*' ? '.+' : seg.startsWith(':') ? '[^/]+' : escape(seg)))
    .join('/');
  return { op, regex: new RegExp(`^${pattern}/?$`) };
}

const ROUTES = OPERATION_LIST.map(compile);

/** The spec operations whose path matches a concrete URL path (any method). */
export function operationsForPath(urlPath: string): OperationDefinition[] {
  const pathOnly = urlPath.split('?')[0];
  return ROUTES.filter((r) => r.regex.test(pathOnly)).map((r) => r.op);
}

/** The spec operation answering this method and concrete URL path, if any. */
export function matchOperation(method: string, urlPath: string): OperationDefinition | undefined {
  const upper = method.toUpperCase();
  const candidates = operationsForPath(urlPath).filter((op) => op.method === upper);
  // A literal segment beats a parameter: /v1/workflows/from-template must not be read as /v1/workflows/{id}.
  const paramCount = (op: OperationDefinition) => op.routePath.split(/[:*]/).length;
  return candidates.sort((a, b) => paramCount(a) - paramCount(b))[0];
}
