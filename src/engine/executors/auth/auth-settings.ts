import { isPlainObject } from '../../../common/secrets/secret-walk';
import { CallSetupError } from '../executor-failures';

/** Client credentials sent to an OAuth2 token endpoint. */
export interface TokenClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  readonly audience?: string;
  readonly extraParams: Readonly<Record<string, string>>;
  /** client_secret_basic: HTTP Basic header; client_secret_post: in the form. */
  readonly method: 'client_secret_basic' | 'client_secret_post';
}

export type AuthSettings =
  | { readonly type: 'none' }
  | {
      readonly type: 'api_key';
      readonly key: string;
      readonly location: 'header' | 'query';
      readonly headerName: string;
      readonly queryParamName: string;
      readonly prefix: string;
    }
  | { readonly type: 'bearer'; readonly token: string }
  | { readonly type: 'basic'; readonly username: string; readonly password: string }
  | { readonly type: 'oauth2_client_credentials'; readonly tokenUrl: string; readonly client: TokenClient }
  | { readonly type: 'oidc_client_credentials'; readonly issuerUrl: string; readonly client: TokenClient };

export const AUTH_TYPES = ['none', 'api_key', 'bearer', 'basic', 'oauth2_client_credentials', 'oidc_client_credentials'];

const NONE: AuthSettings = { type: 'none' };

/**
 * How a provider configuration authenticates, from (in this order):
 * - an `auth` object: `{type, …}` as in the http provider schema; without `type`, an `issuer_url` means OIDC client
 *   credentials (the Midaz shape) and a `token_url` OAuth2 client credentials;
 * - the flat upstream form `auth_type` + `api_key`/`bearer_token`/`username`/`password`/`token_url`/`client_id`/…;
 * - a bare `api_key` (Tracer): sent as `X-API-Key` (or the header named by `api_key_header`) without needing
 *   `auth_type` — upstream sent no credentials at all in that case (quirk 7).
 */
export function resolveAuth(config: Readonly<Record<string, unknown>>): AuthSettings {
  if (isPlainObject(config.auth)) return fromFields(config.auth, 'auth');
  if (typeof config.auth_type === 'string') {
    const { api_key, bearer_token, ...rest } = config;
    return fromFields({ ...rest, type: config.auth_type, key: api_key, token: bearer_token }, 'auth_type');
  }
  if (typeof config.api_key === 'string' && config.api_key !== '') {
    const header = typeof config.api_key_header === 'string' && config.api_key_header.trim() ? config.api_key_header.trim() : 'X-API-Key';
    return { type: 'api_key', key: config.api_key, location: 'header', headerName: header, queryParamName: 'api_key', prefix: '' };
  }
  return NONE;
}

function fromFields(fields: Readonly<Record<string, unknown>>, where: string): AuthSettings {
  const type = typeof fields.type === 'string' ? fields.type : 'issuer_url' in fields ? 'oidc_client_credentials' : 'token_url' in fields ? 'oauth2_client_credentials' : undefined;
  const need = (name: string): string => {
    const value = fields[name];
    if (typeof value !== 'string' || value === '') throw new CallSetupError(`${where}: ${type} authentication needs a non-empty "${name}"`);
    return value;
  };
  const optional = (name: string): string | undefined => (typeof fields[name] === 'string' ? (fields[name] as string) : undefined);
  switch (type) {
    case undefined:
    case 'none':
      return NONE;
    case 'api_key': {
      const location = optional('location') ?? 'header';
      if (location !== 'header' && location !== 'query') throw new CallSetupError(`${where}: api_key location must be header or query`);
      return {
        type,
        key: need('key'),
        location,
        headerName: optional('header_name') || 'X-API-Key',
        queryParamName: optional('query_param_name') || 'api_key',
        prefix: optional('prefix') ?? '',
      };
    }
    case 'bearer':
      return { type, token: need('token') };
    case 'basic':
      return { type, username: optional('username') ?? '', password: need('password') };
    case 'oauth2_client_credentials':
      return { type, tokenUrl: need('token_url'), client: tokenClient(fields, need, where) };
    case 'oidc_client_credentials':
      return { type, issuerUrl: need('issuer_url'), client: tokenClient(fields, need, where) };
    default:
      throw new CallSetupError(`${where}: unsupported authentication type "${type.slice(0, 60)}" (use one of ${AUTH_TYPES.join(', ')})`);
  }
}

function tokenClient(fields: Readonly<Record<string, unknown>>, need: (name: string) => string, where: string): TokenClient {
  const method = fields.client_auth_method ?? 'client_secret_basic';
  if (method !== 'client_secret_basic' && method !== 'client_secret_post') {
    throw new CallSetupError(`${where}: client_auth_method must be client_secret_basic or client_secret_post`);
  }
  const scopes = Array.isArray(fields.scopes)
    ? fields.scopes.filter((s): s is string => typeof s === 'string' && s !== '')
    : typeof fields.scopes === 'string'
      ? fields.scopes.split(/\s+/).filter(Boolean)
      : [];
  const extraParams: Record<string, string> = {};
  if (isPlainObject(fields.extra_params)) {
    for (const [name, value] of Object.entries(fields.extra_params)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') extraParams[name] = String(value);
    }
  }
  return {
    clientId: need('client_id'),
    clientSecret: need('client_secret'),
    scopes,
    audience: typeof fields.audience === 'string' && fields.audience !== '' ? fields.audience : undefined,
    extraParams,
    method,
  };
}
