import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC } from '../../generated';
import { FlkError } from '../errors';
import { ApiKeyService, type Actor } from './api-key.service';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** Every route is guarded unless the spec marks its operation public (`security: []`). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ApiKeyService) private readonly apiKeys: ApiKeyService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const presented = request.headers['x-api-key'];
    const { authorized, actor } = this.apiKeys.check(presented);
    if (!isPublic && !authorized) {
      throw new FlkError('FLK-0003', 'A valid X-API-Key header is required for this route.');
    }
    request.actor = actor;
    return true;
  }
}
