import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { FlkError } from '../../common/errors';
import { parseJsonBody } from '../../common/http/json-limits';
import { boundedMemo } from '../../common/memo';
import { headerText } from '../../common/http/header-text';
import { multipartForm, urlencodedForm, urlencodedFormIn } from './webhook-form';

/** The parts of an incoming call the payload is built from (already read from the raw request). */
export interface WebhookCall {
  readonly method: string;
  /** The wildcard exactly as received (no leading slash, not decoded). */
  readonly rawPath: string;
  readonly headers: Record<string, string | string[] | undefined>;
  /**
   * The header lines as received, name and value in turn (Node's `rawHeaders`). Node joins most repeated headers
   * into one value ("first, second"); `_webhook.headers` keeps the last line instead, as query parameters do.
   */
  readonly rawHeaders: readonly string[];
  /** Query parameters; a repeated one keeps its last value. */
  readonly query: Record<string, string>;
  /** The names of query parameters given more than once (absent when none was). */
  readonly repeatedQuery?: ReadonlySet<string>;
  readonly remoteIp: string;
  readonly contentType: string | undefined;
  readonly body: Buffer;
}

/** Request headers that carry credentials or signatures: never copied into the execution input. */
const HIDDEN_HEADERS = [
  'authorization', 'proxy-authorization', 'x-api-key', 'x-webhook-token', 'cookie', 'set-cookie',
  'x-hub-signature', 'x-hub-signature-256', 'stripe-signature', 'webhook-signature', 'svix-signature',
];
/** Query parameters that carry credentials. */
const HIDDEN_QUERY = new Set(['token']);

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const TEXT_TYPE = /^(?:text\/[\w.+-]+|application\/(?:x-www-form-urlencoded|xml|[\w.+-]+\+xml|javascript|graphql|yaml|x-yaml))$/i;
const URLENCODED_TYPE = 'application/x-www-form-urlencoded';
const MULTIPART_TYPE = 'multipart/form-data';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `content-type` → `Content-Type`, the spelling workflows see (Go's canonical header form upstream). Senders repeat
 * the same few header names on every call, so answers are memoised.
 */
export const canonicalHeaderName = boundedMemo(
  (name) => name.toLowerCase().replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase()),
  1000,
);
/** In canonical form: raw header names come in the sender's letter case, and the memoised canonical form is free. */
const HIDDEN_CANONICAL = new Set(HIDDEN_HEADERS.map(canonicalHeaderName));

const mediaTypeOf = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase();

const CHARSET_PARAMETER = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * The decoder of a charset a form declares other than UTF-8, when the runtime knows it and it is ASCII-compatible
 * (not UTF-16); otherwise undefined, and the form is read as UTF-8 like any other.
 */
function declaredFormDecoder(contentType: string): TextDecoder | undefined {
  const label = CHARSET_PARAMETER.exec(contentType)?.[1];
  if (label === undefined) return undefined;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return undefined; // a charset the runtime does not know
  }
  return decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16') ? undefined : decoder;
}

/**
 * The execution's `inputData`: a JSON object body as is, any other body as `{body, contentType, encoding}` (text
 * when it is a textual type and valid UTF-8, base64 otherwise) plus, for a form, its `form` fields (and a multipart
 * form's `files`), an empty body as `{}`; then `_webhook`, replacing any `_webhook` the sender put in the body.
 */
export async function buildInputData(call: WebhookCall): Promise<Record<string, unknown>> {
  // bodyFields answers a fresh object of its own, so `_webhook` is set on it rather than on a spread copy (same key
  // order: a sender's `_webhook` keeps its place and loses its value).
  const mediaType = mediaTypeOf(call.contentType);
  const fields = bodyFields(call, mediaType);
  if (mediaType === MULTIPART_TYPE && call.body.length > 0) Object.assign(fields, await multipartForm(call.body, call.contentType!));
  fields._webhook = webhookMetadata(call);
  return fields;
}

/** A new object every call: the parsed JSON body, or a description of any other body (with a urlencoded form's fields). */
function bodyFields(call: WebhookCall, mediaType: string): Record<string, unknown> {
  if (call.body.length === 0) return {};
  if (JSON_TYPE.test(mediaType)) {
    // JSON is UTF-8 (RFC 8259 §8.1); decoding anything else would swap its bytes for U+FFFD without a word.
    if (!isUtf8(call.body)) {
      throw new FlkError('FLK-0001', 'The webhook body is not valid JSON: it is not valid UTF-8 text (RFC 8259 requires UTF-8).');
    }
    const text = call.body.toString('utf8');
    if (text.trim() === '') return {};
    const value = parseJsonBody(text, 'webhook body', { exactText: false });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new FlkError('FLK-0001', 'A JSON webhook body must be an object.');
    }
    return value as Record<string, unknown>;
  }
  const contentType = call.contentType ?? 'application/octet-stream';
  if (TEXT_TYPE.test(mediaType)) {
    let text: string | undefined;
    try {
      text = utf8.decode(call.body);
    } catch {
      // Not UTF-8 after all: fall through to base64 so no byte is lost.
    }
    // A form in a charset of its own has its fields read in it; its body stays as received (text when that is UTF-8).
    const formDecoder = mediaType === URLENCODED_TYPE ? declaredFormDecoder(contentType) : undefined;
    if (formDecoder) {
      const form = urlencodedFormIn(call.body, formDecoder);
      if (text !== undefined) return { body: text, contentType, encoding: 'utf8', form };
      return { body: call.body.toString('base64'), contentType, encoding: 'base64', form };
    }
    if (text !== undefined) {
      if (mediaType === URLENCODED_TYPE) return { body: text, contentType, encoding: 'utf8', form: urlencodedForm(text) };
      return { body: text, contentType, encoding: 'utf8' };
    }
  }
  return { body: call.body.toString('base64'), contentType, encoding: 'base64' };
}

function webhookMetadata(call: WebhookCall): Record<string, unknown> {
  const headers: Record<string, string> = {};
  const lines = call.rawHeaders;
  for (let at = 0; at < lines.length; at += 2) {
    const name = canonicalHeaderName(lines[at]);
    if (!HIDDEN_CANONICAL.has(name)) headers[name] = headerText(lines[at + 1]);
  }
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(call.query)) if (!HIDDEN_QUERY.has(name)) query[name] = value;
  return { method: call.method, path: call.rawPath, headers, query, remote_ip: call.remoteIp };
}
