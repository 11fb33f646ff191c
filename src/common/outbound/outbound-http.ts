import { STATUS_CODES } from 'node:http';
import { isIP } from 'node:net';
import { Agent, errors as undiciErrors, request, type Dispatcher } from 'undici';
import { ContentCodingError, decodeContentPrefix } from '../http/content-coding';
import { AddressPolicy } from './address-policy';
import { guardedLookup, resolveAllowed, systemResolver, type Resolver } from './guarded-lookup';
import {
  findOutboundError,
  OutboundBlockedError,
  OutboundInvalidUrlError,
  OutboundNetworkError,
  OutboundTimeoutError,
  OutboundUnreadableResponseError,
} from './outbound-errors';

export interface OutboundRequest {
  readonly url: string;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** Whole call, headers and body included. Default 30 s. */
  readonly timeoutMs?: number;
  /** Stop reading the body after this many bytes (the response is then `truncated`). Default 1 MiB. */
  readonly maxResponseBytes?: number;
  /**
   * How many redirects to follow, each hop re-checked against the policy; a hop to another origin keeps only the
   * headers that cannot be credentials (crossOriginHeaders). Default 0: a 3xx is returned as is.
   */
  readonly maxRedirects?: number;
  readonly signal?: AbortSignal;
  /**
   * For callers to whom the status is the answer (webhook deliveries): once the status and headers have come, a body
   * that fails (connection closed early, the timeout, a content coding that does not decode) does not make the call
   * fail; the response carries what was read, `truncated`, and `bodyError`. Default false: the call fails.
   */
  readonly statusIsTheAnswer?: boolean;
}

export interface OutboundResponse {
  readonly status: number;
  /** e.g. "404 Not Found". */
  readonly statusText: string;
  /** The URL that answered (after any redirects followed). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly truncated: boolean;
  readonly durationMs: number;
  /** Why the body could not be read to its end (only with `statusIsTheAnswer`). */
  readonly bodyError?: string;
}

export interface OutboundHttpOptions {
  /** OUTBOUND_ALLOW_PRIVATE entries. */
  readonly allowList: readonly string[];
  readonly resolver?: Resolver;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The only way the service talks to other hosts. Refuses non-http(s) URLs and every destination the AddressPolicy
 * rejects — literal addresses before connecting, host names on the address actually dialled — and bounds each call
 * in time and size. TLS certificates are verified against the host name.
 */
export class OutboundHttp {
  private readonly policy: AddressPolicy;
  private readonly resolver: Resolver;
  private readonly agent: Agent;

  constructor(options: OutboundHttpOptions) {
    this.policy = new AddressPolicy(options.allowList);
    this.resolver = options.resolver ?? systemResolver;
    this.agent = new Agent({
      connect: { lookup: guardedLookup(this.policy, this.resolver) },
      // Pooled sockets were checked when they were opened; keep them briefly so a rebinding window stays short.
      keepAliveTimeout: 4_000,
    });
  }

  /**
   * Checks a URL against the policy without sending anything (resolving its host name if it has one), for callers
   * that must refuse before doing any work. `request` applies the same checks again at connect time.
   */
  async assertAllowed(rawUrl: string): Promise<URL> {
    const url = parseOutboundUrl(rawUrl);
    const host = bareHost(url);
    if (isIP(host)) {
      this.checkLiteral(host);
    } else {
      await resolveAllowed(this.policy, this.resolver, host);
    }
    return url;
  }

  async request(req: OutboundRequest): Promise<OutboundResponse> {
    const started = performance.now();
    const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    let method = (req.method ?? 'GET').toUpperCase();
    let body = req.body;
    let headers: Record<string, string> = { ...(req.headers ?? {}) };
    let url = parseOutboundUrl(req.url);
    try {
      for (let hop = 0; ; hop += 1) {
        const host = bareHost(url);
        if (isIP(host)) this.checkLiteral(host);
        const res = await request(url, {
          dispatcher: this.agent,
          method: method as Dispatcher.HttpMethod,
          headers,
          body: body ?? null,
          signal,
        });
        const location = res.headers.location;
        if (REDIRECTS.has(res.statusCode) && typeof location === 'string' && hop < (req.maxRedirects ?? 0)) {
          await res.body.dump();
          const next = parseOutboundUrl(new URL(location, url).toString());
          if (next.origin !== url.origin) headers = crossOriginHeaders(headers);
          if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
          }
          url = next;
          continue;
        }
        const max = req.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
        const content = await this.readBody(res, max, req.statusIsTheAnswer === true, timeout, timeoutMs);
        const { headers: answered } = content;
        return {
          status: res.statusCode,
          statusText: `${res.statusCode} ${STATUS_CODES[res.statusCode] ?? ''}`.trim(),
          url: url.toString(),
          headers: answered,
          body: content.bytes,
          truncated: content.truncated,
          durationMs: Math.round(performance.now() - started),
          ...(content.failure ? { bodyError: content.failure.message } : {}),
        };
      }
    } catch (err) {
      throw translate(err, timeout.aborted, timeoutMs);
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  /** The body, capped and decoded; with `keepStatus` a failure is returned with the bytes read instead of thrown. */
  private async readBody(res: Dispatcher.ResponseData, max: number, keepStatus: boolean, timeout: AbortSignal, timeoutMs: number) {
    const headers = flattenHeaders(res.headers);
    const chunks: Buffer[] = [];
    try {
      return { ...(await decoded(headers, await readCapped(res.body, max, chunks), max)), failure: undefined };
    } catch (err) {
      if (!keepStatus) throw err;
      res.body.destroy();
      return { headers, bytes: Buffer.concat(chunks), truncated: true, failure: translate(err, timeout.aborted, timeoutMs) };
    }
  }

  private checkLiteral(address: string): void {
    const verdict = this.policy.checkAddress(address);
    if (!verdict.allowed) throw new OutboundBlockedError(address, verdict.reason);
  }
}

/**
 * Only absolute http(s) URLs with a host. WHATWG parsing also rewrites numeric host forms (`2130706433`,
 * `0177.0.0.1`, `0x7f.1`) to dotted decimal, so they are judged as the address they really are.
 */
export function parseOutboundUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundInvalidUrlError(raw, 'not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundInvalidUrlError(raw, `scheme "${url.protocol.replace(/:$/, '')}" is not http or https`);
  }
  if (!url.hostname) throw new OutboundInvalidUrlError(raw, 'no host');
  return url;
}

function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Headers that describe the request and carry nothing secret. Only these follow a redirect to another origin: the
 * others may be credentials under any name (a provider's `X-Api-Key`, `X-Auth-Token`, a configured `headers` map),
 * and the origin the caller meant to send them to is not the one asking for them now.
 */
const CROSS_ORIGIN_HEADERS = new Set(['accept', 'accept-language', 'content-language', 'content-type', 'user-agent']);

function crossOriginHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (CROSS_ORIGIN_HEADERS.has(name.toLowerCase())) kept[name] = value;
  }
  return kept;
}

/** Reads at most `max` bytes into `chunks`, where a caller keeping a body cut short by a failure finds what came. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }, max: number, chunks: Buffer[]) {
  let size = 0;
  for await (const chunk of body) {
    if (size + chunk.length > max) {
      chunks.push(chunk.subarray(0, max - size));
      size = max;
      body.destroy();
      return { bytes: Buffer.concat(chunks, size), truncated: true };
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  return { bytes: Buffer.concat(chunks, size), truncated: false };
}

/**
 * The body as the server meant it: without a `Content-Encoding` we can undo (gzip, deflate, br), whose header then
 * goes, with the `Content-Length` of the encoded bytes. Nothing asks for a coding, but a server may use one when the
 * request names none (RFC 9110 §12.5.3), and the bytes were otherwise returned compressed, parsed as text.
 * `max` bounds the decoded size too: past it the body is its first `max` bytes, `truncated`. A coding we do not know
 * leaves the body and headers as they came.
 */
async function decoded(
  headers: Record<string, string>,
  received: { bytes: Buffer; truncated: boolean },
  max: number,
): Promise<{ headers: Record<string, string>; bytes: Buffer; truncated: boolean }> {
  const coding = headers['content-encoding'];
  if (coding === undefined || received.truncated) return { headers, ...received };
  const { 'content-encoding': _coding, 'content-length': _length, ...rest } = headers;
  try {
    const { bytes, truncated } = await decodeContentPrefix(received.bytes, coding, max);
    return { headers: rest, bytes, truncated: truncated !== undefined };
  } catch (err) {
    if (!(err instanceof ContentCodingError)) throw err;
    if (err.kind === 'unsupported') return { headers, ...received };
    throw new OutboundUnreadableResponseError(`The response body ${err.message}`, err);
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function translate(err: unknown, timedOut: boolean, timeoutMs: number): Error {
  const known = findOutboundError(err);
  if (known) return known;
  if (timedOut) return new OutboundTimeoutError(timeoutMs);
  if (err instanceof undiciErrors.HeadersOverflowError) {
    return new OutboundUnreadableResponseError('The response headers are larger than the client accepts (16 KiB)', err);
  }
  if (err instanceof undiciErrors.UndiciError || (err as NodeJS.ErrnoException)?.code) {
    const code = (err as NodeJS.ErrnoException).code;
    return new OutboundNetworkError(`Request failed${code ? ` (${code})` : ''}: ${(err as Error).message}`, err);
  }
  return err instanceof Error ? err : new OutboundNetworkError(String(err));
}
