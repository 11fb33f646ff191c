import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toErrorResponse } from '../../common/http/error-response';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OPERATIONS } from '../../generated';
import { announcesBody, bodyTooLarge, decodeBody, namesMediaType, readUnparsedBody } from './webhook-body';
import { WebhookIngressService } from './webhook-ingress.service';
import type { WebhookCall } from './webhook-payload';

const PREFIX = '/v1/webhooks/';
const ROUTE = OPERATIONS.triggerWebhook.routePath;
const METHODS = ['triggerWebhookGet', 'triggerWebhook', 'triggerWebhookPut', 'triggerWebhookPatch', 'triggerWebhookDelete'].map(
  (id) => OPERATIONS[id as keyof typeof OPERATIONS].method,
);

/**
 * Registers `/v1/webhooks/*` as a Fastify plugin rather than a Nest controller: only an encapsulated Fastify context
 * can give these routes their own body limit and body parsers (every content type, kept as raw bytes for signature
 * checks) without loosening the JSON-only management routes. Nest guards and pipes do not run here; the ingress
 * service authenticates, and errors leave through the shared error mapping.
 */
@Injectable()
export class WebhookIngressRoutes implements OnModuleInit {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ingress: WebhookIngressService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const limit = this.config.webhookBodyLimitBytes;
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: limit }, (request, body, done) => {
        const contentEncoding = request.headers['content-encoding'];
        if (contentEncoding === undefined) {
          done(null, body);
          return;
        }
        decodeBody(body as Buffer, contentEncoding, limit).then(
          (decoded) => done(null, decoded),
          (error: Error) => done(error, undefined),
        );
      });
      scope.setErrorHandler((error, request, reply) => this.sendError(error, request, reply));
      scope.route({
        method: METHODS,
        url: ROUTE,
        // HEAD is no webhook method (the spec's Allow list omits it): Fastify's automatic HEAD twin of the GET route
        // would look up a HEAD route and answer 404 for a live one. Without it, HEAD is answered like OPTIONS: 405.
        exposeHeadRoute: false,
        // Fastify refuses a declared length over the limit before reading a byte, and counts streamed bytes...
        bodyLimit: limit,
        // ...but only for methods it parses bodies of: a GET body is read in the handler, and a declared one over
        // the limit is refused here as early.
        // Callback style: an async hook costs a promise on every call.
        onRequest: (request, _reply, done) => {
          const declared = Number(request.headers['content-length']);
          if (Number.isFinite(declared) && declared > limit) {
            done(bodyTooLarge(limit));
            return;
          }
          // Dropped before Fastify parses it (the sent line stays in rawHeaders, so _webhook.headers still shows it).
          const contentType = request.headers['content-type'];
          if (contentType !== undefined && !namesMediaType(contentType)) request.raw.headers['content-type'] = undefined;
          done();
        },
        handler: async (request, reply) => {
          const unparsed = request.body === undefined && announcesBody(request.headers);
          const body = unparsed ? await readUnparsedBody(request.raw, limit) : request.body;
          const answer = await this.ingress.handle(callOf(request, body), String(request.id));
          void reply.status(answer.status).headers(answer.headers).send(answer.body);
          return reply;
        },
      });
    });
  }

  private sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
    // Fastify's own refusal of a streamed body past the limit says what ours (declared, decoded, GET) say, limit included.
    const refused = (error as { code?: unknown } | null)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? bodyTooLarge(this.config.webhookBodyLimitBytes) : error;
    // Every webhook method shares the over-limit code (413 FLK-0363, the spec's x-payload-too-large-code).
    const mapped = toErrorResponse(refused, OPERATIONS.triggerWebhook);
    if (mapped.unexpected) {
      this.logger.error({ err: error, reqId: request.id, url: ROUTE }, 'webhook request failed unexpectedly');
    }
    if (mapped.headers) void reply.headers(mapped.headers);
    void reply.status(mapped.status).header('content-type', 'application/json; charset=utf-8').send(mapped.body);
  }
}

/** The parts of the request the ingress needs; the path and query come from the raw URL, undecoded. */
function callOf(request: FastifyRequest, body: unknown): WebhookCall {
  const url = request.raw.url ?? request.url;
  const queryAt = url.indexOf('?');
  const pathPart = queryAt < 0 ? url : url.slice(0, queryAt);
  const rawPath = pathPart.startsWith(PREFIX) ? pathPart.slice(PREFIX.length) : String((request.params as Record<string, string>)['*'] ?? '');
  const query: Record<string, string> = {};
  let repeatedQuery: Set<string> | undefined;
  if (queryAt >= 0) {
    for (const [name, value] of new URLSearchParams(url.slice(queryAt + 1))) {
      if (Object.hasOwn(query, name)) (repeatedQuery ??= new Set()).add(name);
      query[name] = value;
    }
  }
  const contentType = request.headers['content-type'];
  return {
    method: request.method.toUpperCase(),
    rawPath,
    headers: request.headers,
    rawHeaders: request.raw.rawHeaders,
    query,
    repeatedQuery,
    remoteIp: request.socket.remoteAddress ?? '0.0.0.0',
    contentType,
    body: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
  };
}
