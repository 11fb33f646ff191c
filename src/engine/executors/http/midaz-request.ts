import { isPlainObject } from '../../../common/secrets/secret-walk';
import { resolveAuth } from '../auth/auth-settings';
import { CallSetupError } from '../executor-failures';
import { jsonBody, requestTimeoutMs, type BuildInput, type HttpRequestPlan } from './http-plan';
import { isDotSegment, parseBaseUrl } from './url';

interface MidazRoute {
  readonly method: 'GET' | 'POST';
  readonly base: 'onboarding_base_url' | 'transaction_base_url';
  readonly path: string;
}

const LEDGER = '/v1/organizations/{organization_id}/ledgers/{ledger_id}';

/** §10.5: Midaz splits its API across two services, so each executor has a fixed method, service and path. */
export const MIDAZ_ROUTES: Readonly<Record<string, MidazRoute>> = {
  'midaz.create-transaction': { method: 'POST', base: 'transaction_base_url', path: `${LEDGER}/transactions/json` },
  'midaz.create-account': { method: 'POST', base: 'onboarding_base_url', path: `${LEDGER}/accounts` },
  'midaz.get-account': { method: 'GET', base: 'onboarding_base_url', path: `${LEDGER}/accounts/{accountId}` },
  'midaz.get-account-balance': { method: 'GET', base: 'transaction_base_url', path: `${LEDGER}/accounts/{accountId}/balances` },
};

/**
 * Midaz request: each `{param}` is the first non-empty string among the provider configuration, the node `data`
 * and the top-level keys of the mapped body, percent-encoded so a value cannot add path segments. POSTs send the
 * mapped body; GETs send neither body nor query. A trailing `/` on the base URL is dropped (upstream produced `//`).
 * Auth: the configuration's `auth` object (OIDC client credentials), if any.
 */
export function buildMidazRequest(input: BuildInput): HttpRequestPlan {
  const route = MIDAZ_ROUTES[input.executorId];
  if (!route) throw new CallSetupError(`no Midaz route for executor "${input.executorId}"`);
  const baseRaw = input.config[route.base];
  if (typeof baseRaw !== 'string' || baseRaw.trim() === '') throw new CallSetupError(`the provider configuration has no ${route.base}`);
  const base = parseBaseUrl(baseRaw, route.base);
  const body = isPlainObject(input.body) ? input.body : {};
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = [input.config[name], input.nodeData[name], body[name]].find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (value === undefined) throw new CallSetupError(`missing path parameter "${name}" (looked in the provider configuration, the node data and the request body)`);
    const segment = encodeURIComponent(value.trim());
    // Encoding leaves `.` and `..` as they are, and the URL parser would resolve them: an `accountId` of `..` from a
    // webhook's input turned get-account-balance into a call of the ledger's own /balances.
    if (isDotSegment(segment)) throw new CallSetupError(`path parameter "${name}" must not be "${value.trim()}"`);
    return segment;
  });
  const url = new URL(base.toString());
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = '';
  return {
    method: route.method,
    url,
    headers: route.method === 'POST' ? { 'Content-Type': 'application/json' } : {},
    body: route.method === 'POST' ? (jsonBody(input.body) ?? '{}') : undefined,
    auth: resolveAuth(input.config),
    timeoutMs: requestTimeoutMs(input.nodeData, input.config),
  };
}
