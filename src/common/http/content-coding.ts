import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';

type Decoder = (body: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

/** The content codings a body may arrive in (RFC 9110 §8.4.1; `x-gzip` is gzip's old name). A Map: keys come from peers. */
const DECODERS = new Map<string, Decoder>([
  ['gzip', promisify(gunzip)],
  ['x-gzip', promisify(gunzip)],
  ['deflate', promisify(inflate)],
  ['br', promisify(brotliDecompress)],
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
 * inflating once its output passes `limit`, so a small compressed bomb costs no more than a body at the limit. An
 * empty body has nothing to decode.
 */
export async function decodeContent(body: Buffer, contentEncoding: string, limit: number): Promise<Buffer> {
  const codings = appliedCodings(contentEncoding);
  const unknown = codings.find((coding) => !DECODERS.has(coding));
  if (unknown !== undefined) {
    const shown = printable(unknown);
    throw new ContentCodingError('unsupported', shown, `Unsupported Content-Encoding "${shown}"`);
  }
  if (codings.length > MAX_CODINGS) throw new ContentCodingError('unsupported', '', `More than ${MAX_CODINGS} content codings`);
  let decoded = body;
  for (const coding of codings.reverse()) {
    if (decoded.length === 0) break;
    try {
      decoded = await DECODERS.get(coding)!(decoded, { maxOutputLength: limit });
    } catch (err) {
      if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ContentCodingError('too-large', coding, `larger than ${limit} bytes once decoded (Content-Encoding: ${coding})`);
      }
      throw new ContentCodingError('corrupt', coding, `cannot be decoded as ${coding}, its Content-Encoding: ${(err as Error).message}`);
    }
  }
  return decoded;
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
