import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { organizationFrom } from './subscription-input';

/** The header parameter as the generated contract types it; filled in by @OrganizationHeader(). */
export interface OrganizationHeaders {
  'X-Organization-Id'?: string;
}

/**
 * The organisation a request acts for, in the contract's header shape: the validated `X-Organization-Id`, or
 * `default` when absent (400 FLK-0709 if malformed). Always set, so `orgOf` never sees undefined.
 */
export const OrganizationHeader = createParamDecorator((_: unknown, ctx: ExecutionContext): OrganizationHeaders => ({
  'X-Organization-Id': organizationFrom(ctx.switchToHttp().getRequest<FastifyRequest>().headers['x-organization-id']),
}));

export const orgOf = (headers: OrganizationHeaders): string => organizationFrom(headers['X-Organization-Id']);
