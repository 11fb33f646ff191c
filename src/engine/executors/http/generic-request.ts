import { isPlainObject } from '../../../common/secrets/secret-walk';
import { resolveAuth } from '../auth/auth-settings';
import { CallSetupError } from '../executor-failures';
import {
  hasHeader,
  headerEntries,
  jsonBody,
  queryEntries,
  requestMethod,
  requestTimeoutMs,
  setHeader,
  successStatuses,
  type BuildInput,
  type HttpRequestPlan,
} from './http-plan';
import { joinUrl, setQuery } from './url';

const WITHOUT_BODY = new Set(['GET', 'HEAD']);

/** Catalog providers whose executors build their request here (executor-runners.ts routes them). */
export const GENERIC_HTTP_PROVIDERS: readonly string[] = ['tracer', 'http'];

/** Stands in for the provider's base URL when only the node's own settings are judged. */
const ANY_BASE_URL = 'https://provider.invalid/';

/**
 * What in a node's own `data` makes every call fail whatever the provider configuration and the input: its path
 * (an absolute URL, `..`), method, headers, query or success statuses, judged by the builder's own checks. Activation
 * refuses such a node, as it does a mapping that cannot run. Undefined when there is nothing.
 */
export function nodeRequestProblem(nodeData: Readonly<Record<string, unknown>>): string | undefined {
  try {
    joinUrl(ANY_BASE_URL, nodePath(nodeData)?.trim());
    requestMethod(nodeData.method, 'POST');
    headerEntries(nodeData.headers, 'node headers');
    queryEntries(nodeData.query, 'node query');
    successStatuses(nodeData.successStatuses);
    return undefined;
  } catch (err) {
    if (err instanceof CallSetupError) return err.message;
    throw err;
  }
}

const nodePath = (nodeData: Readonly<Record<string, unknown>>) =>
  [nodeData.path, nodeData.endpointName].find((p): p is string => typeof p === 'string' && p.trim() !== '');

/**
 * Every non-Midaz HTTP executor (Tracer, http.request): `base_url` joined with `data.path` (else
 * `data.endpointName`), method `data.method` (default POST), headers from the configuration then the node, query
 * from the configuration then the node, and the mapped body as JSON. GET and HEAD carry no body: the scalar
 * top-level fields of a mapped object become query parameters instead (an explicit `query` wins).
 */
export function buildGenericRequest(input: BuildInput): HttpRequestPlan {
  const { config, nodeData } = input;
  if (typeof config.base_url !== 'string' || config.base_url.trim() === '') {
    throw new CallSetupError('the provider configuration has no base_url');
  }
  const url = joinUrl(config.base_url, nodePath(nodeData)?.trim());
  const method = requestMethod(nodeData.method, 'POST');

  const headers = { ...headerEntries(config.headers, 'headers of the provider configuration') };
  for (const [name, value] of Object.entries(headerEntries(nodeData.headers, 'node headers'))) setHeader(headers, name, value);

  let body: string | undefined;
  const query = { ...queryEntries(config.query, 'query of the provider configuration') };
  if (WITHOUT_BODY.has(method)) {
    if (isPlainObject(input.body)) Object.assign(query, queryEntries(input.body, 'request body'));
  } else {
    body = jsonBody(input.body);
    if (body !== undefined && !hasHeader(headers, 'content-type')) headers['Content-Type'] = 'application/json';
  }
  Object.assign(query, queryEntries(nodeData.query, 'node query'));
  setQuery(url, query);

  return {
    method,
    url,
    headers,
    body,
    auth: resolveAuth(config),
    timeoutMs: requestTimeoutMs(nodeData, config),
    successStatuses: successStatuses(nodeData.successStatuses),
  };
}
