import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
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

/** A client typed by the spec: paths, parameters, bodies and responses are all checked at compile time. */
export function createFlowkerClient(options: FlowkerClientOptions): FlowkerClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch,
    headers: { ...(options.apiKey ? { 'X-API-Key': options.apiKey } : {}), ...options.headers },
  });
}
