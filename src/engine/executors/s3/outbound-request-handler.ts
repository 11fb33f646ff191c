import { Readable } from 'node:stream';
import type { HttpHandlerOptions, HttpRequest, HttpResponse, QueryParameterBag, RequestHandlerOutput } from '@smithy/types';
import { OutboundHttp, type OutboundResponse } from '../../../common/outbound';
import { AttemptFailure } from '../executor-failures';
import { outboundFailure } from '../http/outbound-failure';

export interface OutboundRequestHandlerOptions {
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly signal: AbortSignal;
  /** Added after signing (unsigned), e.g. Idempotency-Key. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
  /** Largest request body accepted (the SDK may hand over a stream). */
  readonly maxRequestBytes: number;
}

/**
 * An AWS SDK v3 request handler that sends through OutboundHttp instead of Node's http module, so S3 traffic gets
 * the same SSRF policy (checked on the address dialled, IP literals included), timeout and response-size cap as
 * every other outbound call. Keeps the last response's status line and headers for the node's envelope.
 */
export class OutboundRequestHandler {
  lastResponse?: Pick<OutboundResponse, 'status' | 'statusText' | 'url' | 'headers'>;

  constructor(
    private readonly http: OutboundHttp,
    private readonly options: OutboundRequestHandlerOptions,
  ) {}

  async handle(request: HttpRequest, handlerOptions?: HttpHandlerOptions): Promise<RequestHandlerOutput<HttpResponse>> {
    const url = requestUrl(request);
    const what = `${request.method} ${url.origin}${url.pathname}`;
    const body = await bodyBytes(request.body, this.options.maxRequestBytes);
    const signals = [this.options.signal];
    if (handlerOptions?.abortSignal instanceof AbortSignal) signals.push(handlerOptions.abortSignal);
    const signal = AbortSignal.any(signals);
    let res: OutboundResponse;
    try {
      res = await this.http.request({
        url: url.toString(),
        method: request.method,
        headers: { ...stringHeaders(request.headers), ...(this.options.extraHeaders ?? {}) },
        body,
        timeoutMs: this.options.timeoutMs,
        maxResponseBytes: this.options.maxResponseBytes,
        signal,
      });
    } catch (err) {
      throw outboundFailure(err, what, signal.aborted);
    }
    if (res.truncated) {
      throw new AttemptFailure(`${what}: response larger than ${this.options.maxResponseBytes} bytes`, { retryable: false, breakerFailure: false });
    }
    this.lastResponse = { status: res.status, statusText: res.statusText, url: res.url, headers: res.headers };
    return {
      response: {
        statusCode: res.status,
        reason: res.statusText.replace(/^\d+\s*/, ''),
        headers: { ...res.headers },
        body: new Uint8Array(res.body.buffer, res.body.byteOffset, res.body.byteLength),
      },
    };
  }

  updateHttpClientConfig(): void {
    // Settings are fixed per call.
  }

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {
    // OutboundHttp owns the connections.
  }
}

function requestUrl(request: HttpRequest): URL {
  const port = request.port ? `:${request.port}` : '';
  const url = new URL(`${request.protocol.replace(/:?$/, ':')}//${request.hostname}${port}`);
  url.pathname = request.path;
  url.search = queryString(request.query ?? {});
  return url;
}

/** RFC 3986 encoding as SigV4 signs it; `null` values are bare keys (`?uploads`). */
function queryString(query: QueryParameterBag): string {
  const parts: string[] = [];
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    const name = strictEncode(key);
    if (value === null || value === undefined) parts.push(name);
    else for (const item of Array.isArray(value) ? value : [value]) parts.push(`${name}=${strictEncode(item)}`);
  }
  return parts.join('&');
}

function strictEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function stringHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    // undici derives Host from the URL: the same value the SDK signed, and no second source of truth.
    if (value !== undefined && name.toLowerCase() !== 'host') out[name] = value;
  }
  return out;
}

async function bodyBytes(body: unknown, max: number): Promise<Buffer | string | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (body instanceof Readable) {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += bytes.length;
      if (size > max) throw new AttemptFailure(`request body larger than ${max} bytes`, { retryable: false, breakerFailure: false });
      chunks.push(bytes);
    }
    return Buffer.concat(chunks);
  }
  throw new AttemptFailure('unsupported request body type', { retryable: false, breakerFailure: false });
}
