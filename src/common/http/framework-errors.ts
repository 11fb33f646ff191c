import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catalogEntry, type FlkCode } from '../errors';
import { sendError } from './all-exceptions.filter';

const logger = new Logger('Errors');

/**
 * Errors Fastify and Node's HTTP parser answer before any route or hook runs, in the one error shape.
 *
 * `frameworkErrors` (Fastify option): the router refused the URL (a `%` that is not a percent-encoded byte).
 * `clientErrorHandler` (Fastify option): Node could not read a request at all (headers over its 16 KB limit,
 * not HTTP, too slow); there is no request object, so the answer is written to the socket, which then closes.
 */
export function answerFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  // The onRequest hook that sets X-Request-Id has not run for a request refused before routing.
  void reply.header('X-Request-Id', request.id);
  sendError(reply, error, logger, request);
}

/** Answers on the socket; resolves the status sent, or undefined when there was no one left to answer. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): number | undefined {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return undefined;
  const [code, message] = clientErrorOf(error.code);
  const { status, title } = catalogEntry(code);
  const body = JSON.stringify({ code, title, message });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  return status;
}

function clientErrorOf(nodeCode: string | undefined): [FlkCode, string] {
  if (nodeCode === 'HPE_HEADER_OVERFLOW') {
    return ['FLK-0013', 'The request line and headers are larger than 16 KB: shorten the URL or the headers.'];
  }
  if (nodeCode === 'ERR_HTTP_REQUEST_TIMEOUT') return ['FLK-0012', 'The request was not received completely in time.'];
  return ['FLK-0011', 'The request is not valid HTTP.'];
}
