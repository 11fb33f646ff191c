import { Transform, type TransformCallback } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FlkError } from '../../common/errors';

/** The execute body limit of the reference: 1 MiB, answered with its own code (413 FLK-0506). */
export const EXECUTE_BODY_LIMIT_BYTES = 1024 * 1024;
const EXECUTE_ROUTE = '/v1/workflows/:workflowId/executions';

const tooLarge = () =>
  new FlkError('FLK-0506', `The execute request body is larger than ${EXECUTE_BODY_LIMIT_BYTES} bytes (1 MiB).`);

/**
 * Gives the execute route its own body check before anything else runs: a declared Content-Length over 1 MiB is
 * refused at once, and a streamed body is counted as it arrives. Fastify's own limit for the route is set a little
 * higher so this check, with its FLK-0506, always answers first (the global limit would answer FLK-0006).
 * Installed as an onRoute hook while the app is being built, before Nest registers its routes.
 */
@Injectable()
export class ExecuteBodyLimit {
  constructor(adapterHost: HttpAdapterHost) {
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onRoute', (route) => {
      const methods = [route.method].flat().map(String);
      if (route.url !== EXECUTE_ROUTE || !methods.includes('POST')) return;
      route.bodyLimit = EXECUTE_BODY_LIMIT_BYTES + 64 * 1024;
      const existing = route.preParsing === undefined ? [] : [route.preParsing].flat();
      route.preParsing = [...existing, limitExecuteBody] as typeof route.preParsing;
    });
  }
}

async function limitExecuteBody(request: FastifyRequest, _reply: unknown, payload: NodeJS.ReadableStream) {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > EXECUTE_BODY_LIMIT_BYTES) throw tooLarge();
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > EXECUTE_BODY_LIMIT_BYTES) done(tooLarge());
      else done(null, chunk);
    },
  });
  payload.on('error', (error) => counter.destroy(error));
  return payload.pipe(counter);
}
