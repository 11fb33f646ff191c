import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { FlkError } from './common/errors';
import { MetricsService } from './common/metrics/metrics.service';
import { LifecycleService } from './common/lifecycle/lifecycle.service';
import type { ResolvedApiKey } from './config/api-key';
import type { AppConfig } from './config/app-config';
import { databaseStartRefusal } from './database/database-start-problem';
import { createLogger, installRequestLogging, PinoNestLogger, requestIdFor } from './common/logging/logging';
import { OPERATION_LIST } from './generated';
import { setupSwagger } from './modules/docs/swagger';
import { installCors } from './common/http/cors';
import { answerClientError, answerFrameworkError } from './common/http/framework-errors';
import { appliedCodings, printable } from './common/http/content-coding';
import { parseJsonBody } from './common/http/json-limits';
import { paramsProblem } from './common/http/operation-params.guard';

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
}

export interface CreatedApp {
  readonly app: NestFastifyApplication;
  /** Every route the HTTP server registered, as Fastify saw it (used to check the app against the spec). */
  readonly routes: readonly RegisteredRoute[];
}

const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;

/**
 * Builds the application (not yet listening). Shared by `main.ts` and the end-to-end tests, so the tests exercise
 * exactly what users run.
 */
export async function createApp(
  config: AppConfig,
  apiKey: ResolvedApiKey | null,
  logDestination?: DestinationStream,
): Promise<CreatedApp> {
  const logger = createLogger(config, logDestination);
  let countRefusal: { routed(method: string, status: number, seconds: number): void; unread(status: number): void } = {
    routed: () => undefined,
    unread: () => undefined,
  };
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // Fastify's own defaults for poisoned JSON are kept (reject __proto__ and constructor.prototype).
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Long ids must reach our handlers (and get a proper 4xx) instead of the router's bare 414.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 16_384 },
    trustProxy: false,
    // A request that reaches a route while the server closes is answered by the app like any other (a start then gets
    // 503 FLK-0009 with Retry-After), not by Fastify's own 503 body, which is not in the one error shape.
    return503OnClosing: false,
    genReqId: requestIdFor,
    // Refusals that happen before routing, in the one error shape too, and counted in /metrics like any answer
    // (the metrics exist only once the app does: see countRefusal below).
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => {
      answerFrameworkError(error, request, reply);
      reply.raw.once('finish', () => countRefusal.routed(request.method, reply.statusCode, reply.elapsedTime / 1000));
    },
    clientErrorHandler: (error, socket) => {
      const status = answerClientError(error, socket);
      if (status !== undefined) countRefusal.unread(status);
    },
  });
  const fastify = adapter.getInstance() as unknown as FastifyInstance;
  const routes: RegisteredRoute[] = [];
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method: String(method), url: route.url });
  });
  installJsonParser(fastify);
  installRequestLogging(fastify, logger);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    done();
  });
  installCors(fastify, {
    origin: config.corsAllowedOrigins.includes('*') ? true : [...config.corsAllowedOrigins],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: [
      'Origin', 'Content-Type', 'Accept', 'Authorization', 'X-Request-Id', 'X-API-Key', 'Idempotency-Key',
      'X-Webhook-Token', 'X-Organization-Id', 'Prefer',
    ],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'Location', 'X-Webhook-Workflow-ID', 'X-Webhook-Execution-ID'],
    credentials: false,
    maxAge: 3600,
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, apiKey), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
    // Our own JSON parser (installed above) is the only body parser.
    bodyParser: false,
  }).catch((error: unknown) => {
    // A database answer that says DATABASE_URL is wrong is a configuration error like any other setting's.
    throw databaseStartRefusal(error, config.database) ?? error;
  });
  if (config.faultInjection) installFaultInjection(fastify);
  setupSwagger(app);
  const metrics = app.get(MetricsService);
  const unreadable = metrics.counter('flowker_http_unreadable_requests_total', 'Requests refused before they could be read (headers over 16 KB, not HTTP, too slow) by status', ['status_code']);
  countRefusal = {
    // The router refused the URL: an unknown route as far as labels go.
    routed: (method, status, seconds) => metrics.observeHttp(method, 'unmatched', status, seconds),
    unread: (status) => unreadable.inc({ status_code: String(status) }),
  };
  closeConnectionsWhileDraining(fastify, app.get(LifecycleService));
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.observeHttp(request.method, request.routeOptions?.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  // A start refused by a check at bootstrap (a wrong SECRETS_KEY) must not leave the database and workers open.
  await app.init().catch(async (error: unknown) => {
    await app.close().catch(() => undefined);
    throw error;
  });
  await fastify.ready();
  return { app, routes };
}

/**
 * JSON bodies (application/json and any +json type). An empty body reaches the handler as no body at all, as a
 * request without a content type does: real clients (curl -X POST, Go's http.Post with a nil body) send it to action
 * routes with a JSON content type. Whether that is allowed depends on the operation (BodyValidationPipe).
 *
 * Operations the spec gives no request body (activate, delete, test …) ignore whatever is sent with them, in any
 * content type: `curl -X POST … -d '{}'` sends its body as a form, and refusing that with 415 would only puzzle.
 * Such a body is not parsed; a non-JSON one is not even read into memory (Node discards it, as for GET).
 */
function installJsonParser(fastify: FastifyInstance): void {
  // Only JSON is accepted on management routes that take a body: anything else is 415, not a string handed to a handler.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(JSON_TYPES, { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '' || takesNoBody(request)) {
      done(null, undefined);
      return;
    }
    // Compressed bytes would otherwise be parsed as JSON text and refused with a message quoting them.
    const [coding] = appliedCodings(String(request.headers['content-encoding'] ?? ''));
    if (coding !== undefined) {
      done(new FlkError('FLK-0007', `Content-Encoding "${printable(coding)}" is not accepted here: send the body uncompressed.`), undefined);
      return;
    }
    let value: unknown;
    try {
      value = parseJsonBody(text, 'request body', { exactText: true });
    } catch (err) {
      // The spec checks path and query parameters before the body (a bad id is FLK-0002 whatever the body is).
      const operation = ROUTE_OPERATIONS.get(routeKey(request));
      done((operation && paramsProblem(operation, request)) || (err as Error), undefined);
      return;
    }
    done(null, value);
  });
  fastify.addContentTypeParser('*', (request, payload, done) => {
    if (!takesNoBody(request)) {
      done(new FlkError('FLK-0007', 'Unsupported Content-Type: send the body as application/json.'), undefined);
      return;
    }
    payload.on('error', (error) => done(error, undefined));
    payload.on('end', () => done(null, undefined));
    payload.resume();
  });
}

/** Operations by `METHOD /route/:path`. */
const ROUTE_OPERATIONS = new Map(OPERATION_LIST.map((op) => [`${op.method} ${op.routePath}`, op]));
const routeKey = (request: FastifyRequest): string => `${request.method} ${request.routeOptions.url}`;
const takesNoBody = (request: FastifyRequest): boolean => ROUTE_OPERATIONS.get(routeKey(request))?.requestBody === null;

/**
 * Once shutdown has begun, every answer ends its connection. The server's close only ends connections that are idle
 * at that moment; one that was busy then stayed open after its answer, and kept the process from exiting until the
 * client's keep-alive ran out (72 s). It also sends clients and load balancers to a fresh connection, to another
 * instance, during SHUTDOWN_DELAY_MS.
 */
function closeConnectionsWhileDraining(fastify: FastifyInstance, lifecycle: LifecycleService): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (lifecycle.closesConnections && request.raw.httpVersionMajor < 2) reply.header('Connection', 'close');
    done(null, payload);
  });
}

/** Test-only: `X-Test-Fault-Injection: error|unavailable` makes any route fail, to exercise documented 5xx. */
function installFaultInjection(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', async (request) => {
    const fault = request.headers['x-test-fault-injection'];
    if (fault === 'error') throw new Error('fault injected by X-Test-Fault-Injection');
    if (fault === 'unavailable') throw new FlkError('FLK-0009', 'Fault injected: service unavailable.');
  });
}
