import { Injectable } from '@nestjs/common';
import type { AuthSettings } from './auth-settings';
import { TokenService, type TokenRequestOptions } from './token-service';

export interface Credentials {
  readonly headers: Record<string, string>;
  readonly query: Record<string, string>;
}

const NO_CREDENTIALS: Credentials = { headers: {}, query: {} };

/** Turns AuthSettings into the headers and query parameters of one request (fetching a token when needed). */
@Injectable()
export class CredentialsResolver {
  constructor(private readonly tokens: TokenService) {}

  async resolve(auth: AuthSettings, options: TokenRequestOptions): Promise<Credentials> {
    switch (auth.type) {
      case 'none':
        return NO_CREDENTIALS;
      case 'api_key': {
        const value = `${auth.prefix}${auth.key}`;
        return auth.location === 'query' ? { headers: {}, query: { [auth.queryParamName]: value } } : { headers: { [auth.headerName]: value }, query: {} };
      }
      case 'bearer':
        return { headers: { Authorization: `Bearer ${auth.token}` }, query: {} };
      case 'basic':
        return { headers: { Authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` }, query: {} };
      case 'oauth2_client_credentials':
      case 'oidc_client_credentials': {
        const token = await this.tokens.token(auth, options);
        return { headers: { Authorization: token.authorization }, query: {} };
      }
    }
  }

  /** Whether a 401 from the provider may be cured by fetching a fresh token. */
  usesTokens(auth: AuthSettings): boolean {
    return auth.type === 'oauth2_client_credentials' || auth.type === 'oidc_client_credentials';
  }

  forgetToken(owner: string): void {
    this.tokens.forget(owner);
  }
}

/** Query parameters whose values are credentials and must be redacted wherever the URL is shown. */
export function secretQueryParams(auth: AuthSettings): string[] {
  return auth.type === 'api_key' && auth.location === 'query' ? [auth.queryParamName] : [];
}
