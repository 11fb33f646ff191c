import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../modules/audit/audit-writer';

const MAX_USER_AGENT = 256;

/** The audit actor of the current request: the API key's fingerprint (set by ApiKeyGuard), client IP, user agent. */
export function actorFromRequest(request: FastifyRequest): AuditActor {
  const actor = request.actor;
  const ua = request.headers['user-agent'];
  return {
    type: actor?.type === 'api_key' ? 'api_key' : 'user',
    id: actor?.id ?? 'anonymous',
    ip: request.ip || '0.0.0.0',
    userAgent: typeof ua === 'string' ? ua.slice(0, MAX_USER_AGENT) : undefined,
    requestId: String(request.id),
  };
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): AuditActor =>
  actorFromRequest(ctx.switchToHttp().getRequest<FastifyRequest>()),
);
