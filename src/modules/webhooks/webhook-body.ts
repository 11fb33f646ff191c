import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { FlkError } from '../../common/errors';

type Decoder = (body: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

/** The content codings a body may arrive in (RFC 9110 §8.4.1; `x-gzip` is gzip's old name). A Map: keys come from senders. */
const DECODERS = new Map<string, Decoder>([
  ['gzip', promisify(gunzip)],
  ['x-gzip', promisify(gunzip)],
  ['deflate', promisify(inflate)],
  ['br', promisify(brotliDecompress)],
]);
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';
/**
 * Each coding may inflate up to the limit, and stored (uncompressed) layers cost a full copy each: real senders use
 * one coding, so a long list is refused rather than unwrapped layer by layer.
 */
const MAX_CODINGS = 2;

export const bodyTooLarge = (limit: number, detail = '') => new FlkError('FLK-0363', `The webhook body is larger than ${limit} bytes${detail}.`);

const unsupported = (why: string) =>
  new FlkError('FLK-0007', `${why}: send the body uncompressed or in one of ${ACCEPTED_ENCODINGS}.`, undefined, {
    'Accept-Encoding': ACCEPTED_ENCODINGS,
  });

/**
 * The body with its `Content-Encoding` undone, the last coding applied first (RFC 9110 §8.4), so that the parsers,
 * the workflow and the sender-signature check all see the payload the sender wrote: senders that compress their
 * deliveries (Stream, QuickNode) sign it uncompressed. Each step stops inflating once its output passes the limit,
 * so a small compressed bomb costs no more than a body at the limit. An empty body has nothing to decode.
 */
export async function decodeBody(body: Buffer, contentEncoding: string, limit: number): Promise<Buffer> {
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  // Only printable ASCII of the sender's header goes into the message.
  const unknown = codings.find((coding) => !DECODERS.has(coding))?.replace(/[^\x21-\x7e]/g, '?').slice(0, 64);
  if (unknown !== undefined) throw unsupported(`Unsupported Content-Encoding "${unknown}"`);
  if (codings.length > MAX_CODINGS) throw unsupported(`More than ${MAX_CODINGS} content codings`);
  let decoded = body;
  for (const coding of codings.reverse()) {
    if (decoded.length === 0) break;
    decoded = await decodeOne(decoded, coding, limit);
  }
  return decoded;
}

async function decodeOne(body: Buffer, coding: string, limit: number): Promise<Buffer> {
  try {
    return await DECODERS.get(coding)!(body, { maxOutputLength: limit });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw bodyTooLarge(limit, ` once decoded (Content-Encoding: ${coding})`);
    throw new FlkError('FLK-0001', `The webhook body cannot be decoded as ${coding}, its Content-Encoding: ${(err as Error).message}.`);
  }
}

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
