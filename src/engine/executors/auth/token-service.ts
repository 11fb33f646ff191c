import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OutboundError, OutboundHttp, type OutboundResponse } from '../../../common/outbound';
import { AttemptFailure, CallSetupError } from '../executor-failures';
import { parseBaseUrl, redactUrl } from '../http/url';
import type { AuthSettings, TokenClient } from './auth-settings';

type TokenAuth = Extract<AuthSettings, { type: 'oauth2_client_credentials' | 'oidc_client_credentials' }>;

export interface AccessToken {
  /** The value of the Authorization header, e.g. `Bearer eyJ…`. */
  readonly authorization: string;
}

interface CachedToken extends AccessToken {
  readonly refreshAt: number;
}

interface CachedDiscovery {
  readonly tokenEndpoint: string;
  readonly expiresAt: number;
}

/** Refresh this long before the identity provider says a token expires. */
const REFRESH_MARGIN_MS = 60_000;
/** Tokens without `expires_in` are reused this long. */
const UNKNOWN_LIFETIME_MS = 5 * 60_000;
const DISCOVERY_TTL_MS = 60 * 60_000;
const MAX_IDP_RESPONSE_BYTES = 256 * 1024;

export interface TokenRequestOptions {
  /** Identifies whose token this is (the provider configuration id). */
  readonly owner: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
}

/**
 * Access tokens of the client-credentials flows (plain OAuth2 and OIDC discovery), cached per provider
 * configuration until shortly before they expire; discovery documents are cached for an hour per issuer. Callers
 * that need the same token at the same time share one request to the identity provider. Everything goes through
 * OutboundHttp, so identity providers are subject to the same SSRF policy as providers.
 *
 * Process-local: each instance of the service fetches its own tokens.
 */
@Injectable()
export class TokenService {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pendingTokens = new Map<string, Promise<CachedToken>>();
  private readonly discoveries = new Map<string, CachedDiscovery>();
  private readonly pendingDiscoveries = new Map<string, Promise<CachedDiscovery>>();

  constructor(private readonly http: OutboundHttp) {}

  async token(auth: TokenAuth, options: TokenRequestOptions): Promise<AccessToken> {
    // A configuration edited to other credentials must not reuse the old token: the key covers the settings too.
    const key = `${options.owner}:${fingerprint(auth)}`;
    const cached = this.tokens.get(key);
    if (cached && Date.now() < cached.refreshAt) return cached;
    let pending = this.pendingTokens.get(key);
    if (!pending) {
      // The shared request is bounded by time only: one caller giving up must not fail the others.
      pending = this.fetchToken(auth, options.timeoutMs).then(
        (token) => {
          this.tokens.set(key, token);
          return token;
        },
      ).finally(() => this.pendingTokens.delete(key));
      this.pendingTokens.set(key, pending);
    }
    return raceSignal(pending, options.signal);
  }

  /** Forgets the token of `owner` (e.g. after the provider answered 401 to it), so the next call fetches a new one. */
  forget(owner: string): void {
    for (const key of this.tokens.keys()) if (key.startsWith(`${owner}:`)) this.tokens.delete(key);
  }

  private async fetchToken(auth: TokenAuth, timeoutMs: number): Promise<CachedToken> {
    const tokenUrl = auth.type === 'oidc_client_credentials' ? await this.tokenEndpoint(auth.issuerUrl, timeoutMs) : auth.tokenUrl;
    const url = parseBaseUrl(tokenUrl, 'token URL');
    const { headers, form } = tokenRequest(auth.client);
    const requestedAt = Date.now();
    const res = await this.send('token request', url, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      timeoutMs,
    });
    const json = parseJsonObject(res);
    if (res.status !== 200 || !json || typeof json.access_token !== 'string' || json.access_token === '') {
      throw idpFailure('token request', url, res, json);
    }
    const tokenType = typeof json.token_type === 'string' && json.token_type !== '' ? json.token_type : 'Bearer';
    // `expires_in: 0` (or a negative value) is a token already expired: used for this call, never reused. Only a
    // missing or unreadable value falls back to the default lifetime.
    const expiresIn = json.expires_in === undefined || json.expires_in === null ? NaN : Number(json.expires_in);
    const expiresInMs = Number.isFinite(expiresIn) ? Math.max(0, expiresIn) * 1000 : undefined;
    // Short-lived tokens (a minute or less) are still reused for half their life rather than fetched per call.
    const lifetime = expiresInMs ?? UNKNOWN_LIFETIME_MS;
    const reuseFor = lifetime > 2 * REFRESH_MARGIN_MS ? lifetime - REFRESH_MARGIN_MS : lifetime / 2;
    return {
      authorization: `${tokenType.toLowerCase() === 'bearer' ? 'Bearer' : tokenType} ${json.access_token}`,
      refreshAt: requestedAt + reuseFor,
    };
  }

  private async tokenEndpoint(issuerUrl: string, timeoutMs: number): Promise<string> {
    const issuer = parseBaseUrl(issuerUrl, 'issuer URL').toString().replace(/\/+$/, '');
    const cached = this.discoveries.get(issuer);
    if (cached && Date.now() < cached.expiresAt) return cached.tokenEndpoint;
    let pending = this.pendingDiscoveries.get(issuer);
    if (!pending) {
      pending = this.discover(issuer, timeoutMs)
        .then((doc) => {
          this.discoveries.set(issuer, doc);
          return doc;
        })
        .finally(() => this.pendingDiscoveries.delete(issuer));
      this.pendingDiscoveries.set(issuer, pending);
    }
    return (await pending).tokenEndpoint;
  }

  private async discover(issuer: string, timeoutMs: number): Promise<CachedDiscovery> {
    const url = new URL(`${issuer}/.well-known/openid-configuration`);
    const res = await this.send('OIDC discovery', url, { method: 'GET', headers: { Accept: 'application/json' }, timeoutMs, maxRedirects: 3 });
    const json = parseJsonObject(res);
    if (res.status !== 200 || !json || typeof json.token_endpoint !== 'string' || json.token_endpoint === '') {
      if (res.status === 200) throw new CallSetupError(`OIDC discovery at ${redactUrl(url)} returned no token_endpoint`);
      throw idpFailure('OIDC discovery', url, res, json);
    }
    return { tokenEndpoint: json.token_endpoint, expiresAt: Date.now() + DISCOVERY_TTL_MS };
  }

  private async send(
    what: string,
    url: URL,
    init: { method: string; headers: Record<string, string>; body?: string; timeoutMs: number; maxRedirects?: number },
  ): Promise<OutboundResponse> {
    try {
      const res = await this.http.request({ url: url.toString(), ...init, maxResponseBytes: MAX_IDP_RESPONSE_BYTES });
      if (res.truncated) throw new AttemptFailure(`${what} to ${redactUrl(url)} answered more than ${MAX_IDP_RESPONSE_BYTES} bytes`, { retryable: false, breakerFailure: false });
      return res;
    } catch (err) {
      if (err instanceof AttemptFailure) throw err;
      if (err instanceof OutboundError && (err.kind === 'blocked' || err.kind === 'invalid-url')) {
        throw new CallSetupError(`${what} refused: ${err.message}`);
      }
      if (err instanceof OutboundError && err.kind === 'unreadable-response') {
        throw new AttemptFailure(`${what} to ${redactUrl(url)}: ${err.message}`, { retryable: false, breakerFailure: false });
      }
      const reason = err instanceof Error ? err.message : String(err);
      throw new AttemptFailure(`${what} to ${redactUrl(url)} failed: ${reason}`, { retryable: true, breakerFailure: true });
    }
  }
}

function tokenRequest(client: TokenClient): { headers: Record<string, string>; form: URLSearchParams } {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (client.scopes.length > 0) form.set('scope', client.scopes.join(' '));
  if (client.audience) form.set('audience', client.audience);
  for (const [name, value] of Object.entries(client.extraParams)) {
    if (!['grant_type', 'client_id', 'client_secret'].includes(name)) form.set(name, value);
  }
  if (client.method === 'client_secret_post') {
    form.set('client_id', client.clientId);
    form.set('client_secret', client.clientSecret);
    return { headers: {}, form };
  }
  // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined and base64-encoded.
  const basic = Buffer.from(`${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`).toString('base64');
  return { headers: { Authorization: `Basic ${basic}` }, form };
}

function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

function parseJsonObject(res: OutboundResponse): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(res.body.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A refused or broken identity-provider answer; only the OAuth `error` code is quoted (never the body). */
function idpFailure(what: string, url: URL, res: OutboundResponse, json: Record<string, unknown> | undefined): AttemptFailure {
  const code = typeof json?.error === 'string' && /^[\w.-]{1,64}$/.test(json.error) ? ` (${json.error})` : '';
  const transient = res.status === 429 || res.status >= 500;
  const detail = res.status === 200 ? 'an answer without access_token' : res.statusText;
  return new AttemptFailure(`${what} to ${redactUrl(url)} got ${detail}${code}`, {
    retryable: transient,
    breakerFailure: transient,
    status: res.status,
  });
}

function fingerprint(auth: TokenAuth): string {
  return createHash('sha256').update(JSON.stringify(auth)).digest('base64url').slice(0, 22);
}

/** `promise`, unless `signal` aborts first. */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new AttemptFailure('aborted', { retryable: false, breakerFailure: false }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AttemptFailure('aborted', { retryable: false, breakerFailure: false }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
