import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';

/** Header names whose values never reach a log line. */
export const SECRET_HEADERS = ['x-api-key', 'authorization', 'x-webhook-token', 'cookie', 'proxy-authorization'];
/** Query parameters whose values never reach a log line. */
const SECRET_QUERY = /([?&](?:token|api_key|apikey|access_token|secret)=)[^&#]*/gi;
const REQUEST_ID = /^[\w.:@-]{1,128}$/;

export const redactUrl = (url: string): string => url.replace(SECRET_QUERY, '$1[REDACTED]');

export function redactHeaders(headers: IncomingMessage['headers']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.includes(name.toLowerCase()) ? '[REDACTED]' : value;
  }
  return out;
}

/**
 * A caller's X-Request-Id is kept when it is a sane token, otherwise a fresh UUID. Fastify assigns it (and a hook
 * echoes it as a response header); it is also set on the raw request, where pino-http picks it up for log lines.
 */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  return id;
}

export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? randomUUID(),
      customAttributeKeys: { reqId: 'requestId' },
      // Health probes would drown everything else.
      autoLogging: { ignore: (req) => /^\/(health|readyz|version)/.test(req.url ?? '') },
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string; headers?: IncomingMessage['headers']; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url ?? ''),
          headers: redactHeaders(req.headers ?? {}),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: SECRET_HEADERS.map((h) => `req.headers["${h}"]`), censor: '[REDACTED]' },
    },
  };
}
