import { quoteUnsafeIntegers } from '../../../common/http/exact-integers';
import { jsonBodyProblem } from '../../../common/http/json-limits';
import type { OutboundResponse } from '../../../common/outbound';
import type { ExecutorEnvelope } from '../node-executor';

/**
 * The runner envelope of §10.5: canonical header names, the body parsed as JSON when the response says it is JSON
 * (and it parses into something storable: common/http/json-limits.ts; integers beyond the safe range kept exactly,
 * as strings: common/http/exact-integers.ts), else the text; no `body` key for an empty
 * non-JSON body. `url` is passed in already redacted.
 */
export function toEnvelope(res: OutboundResponse, url: string, error?: string): ExecutorEnvelope {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) headers[canonicalHeaderName(name)] = value;
  const text = res.body.toString('utf8');
  const isJson = /application\/([\w.+-]*\+)?json/i.test(res.headers['content-type'] ?? '');
  let body: unknown;
  let hasBody = text !== '';
  if (isJson) {
    try {
      body = JSON.parse(quoteUnsafeIntegers(text));
      hasBody = true;
    } catch {
      body = text;
    }
    // JSON the execution could not store (too deep, or a number beyond ±1.8e308) is kept as the text it came as.
    if (body !== text && jsonBodyProblem(text, body, { exactText: false })) body = text;
  } else {
    body = text;
  }
  return {
    status: res.status,
    status_text: res.statusText,
    url,
    headers,
    ...(hasBody ? { body } : {}),
    ...(error === undefined ? {} : { error }),
  };
}

/** `content-type` → `Content-Type`, `x-request-id` → `X-Request-Id` (Go's canonical MIME header form). */
export function canonicalHeaderName(name: string): string {
  return name
    .toLowerCase()
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('-');
}
