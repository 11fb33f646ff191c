import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** The content codings a body may arrive in (RFC 9110 §8.4.1; `x-gzip` is gzip's old name). A Map: keys come from peers. */
const DECODERS = new Map<string, () => Transform>([
  ['gzip', createGunzip],
  ['x-gzip', createGunzip],
  ['deflate', createInflate],
  ['br', createBrotliDecompress],
]);
export const DECODABLE_CODINGS = 'gzip, deflate, br';
/**
 * Each coding may inflate up to the limit, and stored (uncompressed) layers cost a full copy each: real peers use
 * one coding, so a long list is refused rather than unwrapped layer by layer.
 */
const MAX_CODINGS = 2;

/** Why a body could not be decoded: `unsupported` (a coding we do not know, or too many), `too-large`, `corrupt`. */
export class ContentCodingError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'too-large' | 'corrupt',
    /** The coding concerned, printable ASCII only (it comes from the peer's header). */
    readonly coding: string,
    message: string,
  ) {
    super(message);
    this.name = 'ContentCodingError';
  }
}

/**
 * The body with its `Content-Encoding` undone, the last coding applied first (RFC 9110 §8.4). Each step stops
 * inflating once its output passes `limit`, so a small compressed bomb costs no more than a body at the limit: a body
 * that decodes to more is a ContentCodingError `too-large`. An empty body has nothing to decode.
 */
export async function decodeContent(body: Buffer, contentEncoding: string, limit: number): Promise<Buffer> {
  const { bytes, truncated } = await decodeContentPrefix(body, contentEncoding, limit);
  if (truncated) throw new ContentCodingError('too-large', truncated, `larger than ${limit} bytes once decoded (Content-Encoding: ${truncated})`);
  return bytes;
}

/**
 * As decodeContent, but a body that decodes to more than `limit` bytes gives its first `limit` bytes and, in
 * `truncated`, the coding whose output passed the limit (for someone who only shows the start of an answer).
 */
export async function decodeContentPrefix(
  body: Buffer,
  contentEncoding: string,
  limit: number,
): Promise<{ bytes: Buffer; truncated?: string }> {
  const codings = appliedCodings(contentEncoding);
  const unknown = codings.find((coding) => !DECODERS.has(coding));
  if (unknown !== undefined) {
    const shown = printable(unknown);
    throw new ContentCodingError('unsupported', shown, `Unsupported Content-Encoding "${shown}"`);
  }
  if (codings.length > MAX_CODINGS) throw new ContentCodingError('unsupported', '', `More than ${MAX_CODINGS} content codings`);
  let decoded = body;
  for (const [index, coding] of codings.reverse().entries()) {
    if (decoded.length === 0) break;
    const step = await inflate(decoded, coding, limit);
    decoded = step.bytes;
    // An inner layer cut short cannot be decoded further: only the outermost one yields a usable start.
    if (step.truncated) return index === codings.length - 1 ? { bytes: decoded, truncated: coding } : { bytes: Buffer.alloc(0), truncated: coding };
  }
  return { bytes: decoded };
}

/** One coding undone, stopping (and keeping the first `limit` bytes) once the output passes `limit`. */
function inflate(body: Buffer, coding: string, limit: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const decoder = DECODERS.get(coding)!();
    const chunks: Buffer[] = [];
    let size = 0;
    decoder.on('data', (chunk: Buffer) => {
      if (size > limit) return; // cut already
      if (size + chunk.length > limit) {
        chunks.push(chunk.subarray(0, limit - size));
        size = limit + 1;
        decoder.destroy();
        resolve({ bytes: Buffer.concat(chunks, limit), truncated: true });
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
    });
    decoder.on('end', () => resolve({ bytes: Buffer.concat(chunks, size), truncated: false }));
    decoder.on('error', (err) =>
      reject(new ContentCodingError('corrupt', coding, `cannot be decoded as ${coding}, its Content-Encoding: ${err.message}`)),
    );
    decoder.end(body);
  });
}

/** The codings a `Content-Encoding` value lists, in the order they were applied; `identity` is no coding. */
export function appliedCodings(contentEncoding: string): string[] {
  return contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

/** A header value fit for a message: printable ASCII, at most 64 characters. */
export function printable(text: string): string {
  return text.replace(/[^\x21-\x7e]/g, '?').slice(0, 64);
}
