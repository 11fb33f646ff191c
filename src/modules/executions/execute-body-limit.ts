import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { OPERATIONS } from '../../generated';

/** The execute body limit of the reference: 1 MiB, whatever BODY_LIMIT_BYTES says for the other routes. */
export const EXECUTE_BODY_LIMIT_BYTES = 1024 * 1024;
const EXECUTE = OPERATIONS.executeWorkflow;

/**
 * Gives the execute route its own Fastify body limit (checked on the declared Content-Length before reading, and
 * on the bytes as they stream in). The over-limit answer, 413 FLK-0506, comes from the spec's
 * x-payload-too-large-code through the shared error mapping. Installed as an onRoute hook while the app is being
 * built, before Nest registers its routes.
 */
@Injectable()
export class ExecuteBodyLimit {
  constructor(adapterHost: HttpAdapterHost) {
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onRoute', (route) => {
      const methods = [route.method].flat().map(String);
      if (route.url === EXECUTE.routePath && methods.includes(EXECUTE.method)) route.bodyLimit = EXECUTE_BODY_LIMIT_BYTES;
    });
  }
}
