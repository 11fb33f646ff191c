import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { FlkError } from '../../common/errors';
import { ContentCodingError, DECODABLE_CODINGS, decodeContent } from '../../common/http/content-coding';

export const bodyTooLarge = (limit: number, detail = '') => new FlkError('FLK-0363', `The webhook body is larger than ${limit} bytes${detail}.`);

const unsupported = (why: string) =>
  new FlkError('FLK-0007', `${why}: send the body uncompressed or in one of ${DECODABLE_CODINGS}.`, undefined, {
    'Accept-Encoding': DECODABLE_CODINGS,
  });

/**
 * The body with its `Content-Encoding` undone (common/http/content-coding.ts), so that the parsers, the workflow and
 * the sender-signature check all see the payload the sender wrote: senders that compress their deliveries (Stream,
 * QuickNode) sign it uncompressed. Unknown codings are 415, a body past the limit once decoded 413.
 */
export async function decodeBody(body: Buffer, contentEncoding: string, limit: number): Promise<Buffer> {
  try {
    return await decodeContent(body, contentEncoding, limit);
  } catch (err) {
    if (!(err instanceof ContentCodingError)) throw err;
    if (err.kind === 'unsupported') throw unsupported(err.message);
    if (err.kind === 'too-large') throw bodyTooLarge(limit, ` once decoded (Content-Encoding: ${err.coding})`);
    throw new FlkError('FLK-0001', `The webhook body ${err.message}.`);
  }
}

/** RFC 9110 `type "/" subtype` before any parameters, as Fastify requires of a Content-Type it parses. */
const MEDIA_TYPE = /^\s*[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+\s*(?:;|$)/;

/**
 * Whether a Content-Type names a media type. One that does not (blank, `text`, `application/json, text/plain`) is
 * refused by Fastify with 415 "send the body as application/json", which a webhook taking every body must not say:
 * such a body is taken as one sent without a type.
 */
export const namesMediaType = (contentType: string): boolean => MEDIA_TYPE.test(contentType);

/** Whether a request announces a body: Fastify reads none for GET, which the webhook contract gives one. */
export const announcesBody = (headers: IncomingHttpHeaders): boolean =>
  headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');

/**
 * A body Fastify left unread (GET), read here within the same limit and decoded the same way as a parsed one. As
 * Fastify does, a refused body is left unread rather than destroyed: destroying the request would close the
 * socket before the 413 is sent.
 */
export async function readUnparsedBody(raw: IncomingMessage, limit: number): Promise<Buffer> {
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      raw.removeListener('data', onData);
      raw.removeListener('end', onEnd);
      raw.removeListener('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      reject(bodyTooLarge(limit));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = () => {
      stop();
      reject(new FlkError('FLK-0001', 'The webhook body could not be read: the request ended before it was complete.'));
    };
    raw.on('data', onData);
    raw.on('end', onEnd);
    raw.on('error', onError);
  });
  const contentEncoding = raw.headers['content-encoding'];
  return contentEncoding === undefined ? body : decodeBody(body, contentEncoding, limit);
}
