import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';
import { isSecretQueryName } from '../secrets/url-secrets';

/** Header names whose values never reach a log line. */
export const SECRET_HEADERS = ['x-api-key', 'authorization', 'x-webhook-token', 'cookie', 'proxy-authorization'];
const REQUEST_ID = /^[\w.:@-]{1,128}$/;
/** Probes would drown everything else. */
const QUIET_PATHS = /^\/(health|readyz|version)(\/|$|\?)/;

/**
 * The request URL as logged, without the values of secret query parameters: the names the secret rule gives URLs
 * everywhere (isSecretQueryName: `token`, `api_key`, `key`, `sig`, `password`, `client_secret`…; before 2026-12-02 only
 * five names here). Names are compared after decoding them as the query parser does (`%74oken` and `tok%65n` are
 * `token` to the webhook authentication too).
 */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const fields = url
    .slice(at + 1)
    .split('&')
    .map((field) => {
      const equals = field.indexOf('=');
      const name = equals < 0 ? field : field.slice(0, equals);
      return isSecretQueryName(name) ? `${name}=[REDACTED]` : field;
    });
  return `${url.slice(0, at + 1)}${fields.join('&')}`;
}


export function redactHeaders(headers: IncomingMessage['headers']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.includes(name.toLowerCase()) ? '[REDACTED]' : value;
  }
  return out;
}

/** A caller's X-Request-Id is kept when it is a sane token, otherwise a fresh UUID (Fastify's genReqId). */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The service's one pino logger: JSON lines on stdout (or `destination`, which tests read). No pino `redact` paths:
 * the request line is the only one that carries headers, and installRequestLogging redacts them (and the query) as
 * it builds the line; a second pass by pino over every line cost 2.5 % of the event loop under webhook load at the
 * default level (docs/benchmarks.md).
 */
export function createLogger(config: AppConfig, destination?: DestinationStream): Logger {
  return pino({ level: config.logLevel, base: { service: 'flowker' } }, destination ?? pino.destination({ sync: false }));
}

/**
 * One line per request, written when the response has gone out: id, method, redacted URL and headers, status and
 * time. (Fastify's built-in request logging writes two lines and cannot redact the query string.)
 */
export function installRequestLogging(fastify: FastifyInstance, logger: Logger): void {
  // Callback-style hooks (here and in app.factory.ts): an async hook costs a promise on every request.
  fastify.addHook('onResponse', (request: FastifyRequest, reply, done) => {
    // A 503 asks the client to retry (draining, a store unreachable): a warning; its cause, when it is a failure, is
    // logged as an error where it happened.
    const level = reply.statusCode === 503 ? 'warn' : reply.statusCode >= 500 ? 'error' : 'info';
    // Redacting headers and URL is the costly part: skip it when the line would not be written anyway.
    if (!logger.isLevelEnabled(level) || QUIET_PATHS.test(request.url)) {
      done();
      return;
    }
    logger[level](
      {
        requestId: request.id,
        req: { method: request.method, url: redactUrl(request.url), headers: redactHeaders(request.headers), remoteAddress: request.ip },
        res: { statusCode: reply.statusCode },
        responseTimeMs: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request completed',
    );
    done();
  });
}

/** Nest's logger facade over the same pino logger, so framework and application lines share one format. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]) {
    // Nest passes the context as the last string argument.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message instanceof Error) {
      // pino's error serializer keeps type, message and stack (an Error's own enumerable fields would lose them).
      this.logger[level]({ err: message, context }, message.message);
    } else if (message && typeof message === 'object') {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.logger[level]({ ...fields, context }, typeof msg === 'string' ? msg : undefined);
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}
