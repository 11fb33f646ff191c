import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/openapi-types';

export type { paths, components, operations } from '../generated/openapi-types';

export interface FlowkerClientOptions {
  /** e.g. http://localhost:4021 */
  readonly baseUrl: string;
  /** Sent as X-API-Key on every request. */
  readonly apiKey?: string;
  /** A custom fetch (tests wrap it to check every response against the spec). */
  readonly fetch?: ClientOptions['fetch'];
  readonly headers?: Record<string, string>;
}

export type FlowkerClient = Client<paths>;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * The spec types the successful answers of /metrics, /swagger and /swagger/openapi.yaml as strings, but openapi-fetch
 * reads every answer as JSON unless each call passes `parseAs: 'text'`, so `client.GET('/metrics')` threw a
 * SyntaxError. A successful answer that is not JSON is handed over as its text, as its type says; a call that asks
 * for another `parseAs` gets what it asked for.
 */
const textAnswersAsStrings: Middleware = {
  async onResponse({ response, options }) {
    const type = response.headers.get('content-type');
    if (!response.ok || options.parseAs !== 'json' || type === null || JSON_TYPE.test(type) || response.status === 204) return undefined;
    const headers = new Headers(response.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    return new Response(JSON.stringify(await response.text()), { status: response.status, statusText: response.statusText, headers });
  },
};

/** A client typed by the spec: paths, parameters, bodies and responses are all checked at compile time. */
export function createFlowkerClient(options: FlowkerClientOptions): FlowkerClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch,
    headers: { ...(options.apiKey ? { 'X-API-Key': options.apiKey } : {}), ...options.headers },
  });
  client.use(textAnswersAsStrings);
  return client;
}
