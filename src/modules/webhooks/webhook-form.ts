import type { TextDecoder } from 'node:util';
import { Busboy } from '@fastify/busboy';
import { FlkError } from '../../common/errors';

/** A form's fields: name → value, or the values in order when the name is repeated (checkboxes, multi-selects). */
export type FormFields = Record<string, string | string[]>;

/** A file part of a multipart form, its content as base64. */
export interface FormFile {
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly encoding: 'base64';
  readonly data: string;
}

/** Fields and files of one form together; beyond it the body is refused rather than parsed part by part. */
export const MAX_FORM_PARTS = 1000;
const MAX_NAME_BYTES = 200;
const SLICE_BYTES = 64 * 1024;

const unreadable = (why: string) => new FlkError('FLK-0001', `The form body cannot be read: ${why}.`);

/** Neither busboy nor URLSearchParams limits the names of fields. */
function checkName(name: string): void {
  // A UTF-8 byte is at least a third of a UTF-16 unit, so most names are cleared without counting their bytes.
  if (name.length * 3 > MAX_NAME_BYTES && Buffer.byteLength(name) > MAX_NAME_BYTES) {
    throw unreadable(`a field name is longer than ${MAX_NAME_BYTES} bytes`);
  }
}

/** Collects fields in arrival order; names are kept as own properties whatever they are (`__proto__` included). */
class FieldCollector {
  private readonly fields = new Map<string, string | string[]>();
  private parts = 0;

  add(name: string, value: string): void {
    this.count(name);
    const earlier = this.fields.get(name);
    if (earlier === undefined) this.fields.set(name, value);
    else if (Array.isArray(earlier)) earlier.push(value);
    else this.fields.set(name, [earlier, value]);
  }

  /** A field or file named `name`: one more part, and a name within the limit. */
  count(name: string): void {
    checkName(name);
    if (++this.parts > MAX_FORM_PARTS) throw unreadable(`more than ${MAX_FORM_PARTS} fields and files`);
  }

  result(): FormFields {
    return Object.fromEntries(this.fields);
  }
}

/**
 * Counts the fields of a urlencoded body before any is materialised (a hostile body could hold millions). Like
 * URLSearchParams, only non-empty pieces between '&' are fields: a trailing '&' (some encoders write one) or '&&'
 * adds none.
 */
function checkFieldCount(text: string): void {
  let pieces = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('&', start);
    const next = end < 0 ? text.length : end;
    if (next > start && ++pieces > MAX_FORM_PARTS) throw unreadable(`more than ${MAX_FORM_PARTS} fields`);
    start = next + 1;
  }
}

/** The fields of an `application/x-www-form-urlencoded` body (already decoded as UTF-8). */
export function urlencodedForm(text: string): FormFields {
  checkFieldCount(text);
  const fields = new FieldCollector();
  for (const [name, value] of new URLSearchParams(text)) fields.add(name, value);
  return fields.result();
}

const HEX_DIGIT = /^[0-9a-f]{2}$/i;

/** One urlencoded name or value, its bytes as a latin1 string: '+' is a space, %XX a byte; decoded with `decoder`. */
function formComponent(raw: string, decoder: TextDecoder): string {
  const bytes: number[] = [];
  for (let at = 0; at < raw.length; at += 1) {
    const escape = raw[at] === '%' ? raw.slice(at + 1, at + 3) : '';
    if (HEX_DIGIT.test(escape)) {
      bytes.push(parseInt(escape, 16));
      at += 2;
    } else {
      // A '%' that starts no escape stays as it is, as URLSearchParams keeps it.
      bytes.push(raw[at] === '+' ? 0x20 : raw.charCodeAt(at));
    }
  }
  return decoder.decode(Uint8Array.from(bytes));
}

/**
 * The fields of a urlencoded body its sender declared in another charset than UTF-8 (PayPal's IPN: windows-1252),
 * each name and value decoded in that charset. URLSearchParams reads escapes as UTF-8 only, so `M%FCller` became
 * "M\uFFFDller". The charset must be ASCII-compatible (the separators are ASCII bytes).
 */
export function urlencodedFormIn(body: Buffer, decoder: TextDecoder): FormFields {
  const text = body.toString('latin1'); // one character per byte
  checkFieldCount(text);
  const fields = new FieldCollector();
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const [name, value] = equals < 0 ? [piece, ''] : [piece.slice(0, equals), piece.slice(equals + 1)];
    fields.add(formComponent(name, decoder), formComponent(value, decoder));
  }
  return fields.result();
}

/** The fields and files of a `multipart/form-data` body (the whole body is in memory, within the webhook limit). */
export function multipartForm(body: Buffer, contentType: string): Promise<{ form: FormFields; files: FormFile[] }> {
  return new Promise((resolve, reject) => {
    const fields = new FieldCollector();
    const files: FormFile[] = [];
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      reject(error instanceof FlkError ? error : unreadable((error as Error).message));
    };
    let parser: InstanceType<typeof Busboy>;
    try {
      parser = new Busboy({
        headers: { 'content-type': contentType },
        limits: { parts: MAX_FORM_PARTS + 1, fieldSize: body.length, headerPairs: 100 },
      });
    } catch (error) {
      fail(error); // no boundary, or not a multipart type busboy knows
      return;
    }
    const guarded = (handler: () => void) => {
      try {
        handler();
      } catch (error) {
        fail(error);
      }
    };
    // A part whose Content-Disposition has no `name` (RFC 7578 requires one, some senders omit it) comes with the name
    // undefined: it is kept under '', as `name=""` is, rather than failing the whole form on an unnamed part.
    parser.on('field', (name: string | undefined, value: string) =>
      guarded(() => fields.add(name ?? '', value)),
    );
    // A part is a file when it names a filename or is sent as application/octet-stream (then without a name: '').
    parser.on('file', (name: string | undefined, stream: NodeJS.ReadableStream, filename: string | undefined, _encoding: string, mimeType: string) => {
      const field = name ?? '';
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () =>
        guarded(() => {
          fields.count(field);
          const data = Buffer.concat(chunks);
          files.push({ field, filename: filename ?? '', contentType: mimeType, size: data.length, encoding: 'base64', data: data.toString('base64') });
        }),
      );
    });
    parser.on('partsLimit', () => fail(unreadable(`more than ${MAX_FORM_PARTS} fields and files`)));
    parser.on('error', fail);
    parser.on('finish', () => {
      if (!failed) resolve({ form: fields.result(), files });
    });
    void (async () => {
      // In slices, yielding between them: busboy parses each write synchronously, and a large form of many small parts
      // (~60 µs a part) would otherwise hold the event loop for every other call; a refused form stops at its slice.
      for (let at = 0; at < body.length && !failed; at += SLICE_BYTES) {
        parser.write(body.subarray(at, at + SLICE_BYTES));
        await new Promise((next) => setImmediate(next));
      }
      if (!failed) parser.end();
    })();
  });
}
