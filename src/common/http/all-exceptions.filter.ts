import { ArgumentsHost, Catch, ExceptionFilter, Inject, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeyService } from '../auth/api-key.service';
import { FlkError } from '../errors';
import { toErrorResponse } from './error-response';
import { matchOperation, operationsForPath } from './route-matcher';

/**
 * The one global exception filter: every error a Nest handler, guard or pipe raises leaves here in the
 * `{code, title, message, fields?}` shape. Unknown routes become 404 FLK-0004, or 405 FLK-0005 with an `Allow`
 * header when the path exists for other methods; on /v1 an unauthenticated caller gets 401 first, as every /v1
 * route is guarded.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Inject(ApiKeyService) private readonly apiKeys: ApiKeyService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const error = this.translateUnrouted(exception, request);
    sendError(reply, error, this.logger, request);
  }

  private translateUnrouted(exception: unknown, request: FastifyRequest): unknown {
    if (!(exception instanceof NotFoundException) || request.routeOptions?.url) return exception;
    const urlPath = request.url.split('?')[0];
    if (urlPath.startsWith('/v1/') && !this.apiKeys.isAuthorized(request.headers['x-api-key'])) {
      return new FlkError('FLK-0003', 'A valid X-API-Key header is required.');
    }
    const allowed = [...new Set(operationsForPath(urlPath).map((op) => op.method))];
    if (allowed.length > 0) {
      return new FlkError('FLK-0005', `${request.method} is not allowed here; use ${allowed.join(', ')}.`, undefined, {
        Allow: allowed.join(', '),
      });
    }
    return new FlkError('FLK-0004', `No route matches ${request.method} ${urlPath}.`);
  }
}

/** Sends `exception` in the error shape (used by the filter and by Fastify's pre-routing `frameworkErrors`). */
export function sendError(reply: FastifyReply, exception: unknown, logger: Logger, request?: FastifyRequest): void {
  const mapped = toErrorResponse(exception, request && matchOperation(request.method, request.url.split('?')[0]));
  if (mapped.unexpected) {
    const err = exception instanceof Error ? exception : new Error(String(exception));
    logger.error({ err, reqId: request?.id, url: request?.routeOptions?.url }, 'request failed unexpectedly');
  }
  if (reply.sent) return;
  if (mapped.headers) reply.headers(mapped.headers);
  reply.status(mapped.status).header('content-type', 'application/json; charset=utf-8').send(mapped.body);
}
