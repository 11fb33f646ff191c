import { HttpException } from '@nestjs/common';
import { FlkError } from '../errors';
import type { FlkCode } from '../errors';
import type { OperationDefinition } from '../../generated';
import { databaseProblemOf } from '../../database/database-problem';

export interface ErrorBody {
  code: string;
  title: string;
  message: string;
  fields?: Record<string, string>;
}

export interface MappedError {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers?: Record<string, string>;
  /** True when the error is ours to worry about (5xx): it is logged with its stack. */
  readonly unexpected: boolean;
}

const fromCode = (code: FlkCode, message: string, fields?: Record<string, string>): MappedError => {
  const e = new FlkError(code, message, fields);
  return { status: e.status, body: { code, title: e.title, message, ...(fields ? { fields } : {}) }, unexpected: false };
};

/** Fastify's own error codes (content parsing, body limits) mapped to our catalog. */
const FASTIFY_CODES: Record<string, (err: { message: string }) => MappedError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => fromCode('FLK-0006', 'The request body is larger than this route accepts.'),
  FST_ERR_BAD_URL: () => fromCode('FLK-0011', 'The URL is not valid: a "%" must start a percent-encoded UTF-8 byte (%XX).'),
  FST_ERR_MAX_PARAM_LENGTH: () => fromCode('FLK-0011', 'A path segment of the URL is too long.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    fromCode('FLK-0007', 'Unsupported Content-Type: send the body as application/json.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    fromCode('FLK-0001', 'The Content-Length header does not match the body that was sent.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => fromCode('FLK-0001', 'The request body is empty; send a JSON object.'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => fromCode('FLK-0001', 'The request body is not valid JSON.'),
};

const DATABASE_PROBLEM_MESSAGES = {
  unreachable: 'The database is not reachable right now; retry shortly.',
  'out of room': 'The database has no room to store this right now (disk or resources exhausted); nothing was stored, retry later.',
} as const;

/**
 * The one mapping from anything thrown to the `{code, title, message}` wire shape, used by the global exception
 * filter (which Nest also routes Fastify-level errors through).
 */
export function toErrorResponse(err: unknown, operation?: Pick<OperationDefinition, 'payloadTooLargeCode'>): MappedError {
  const mapped = withChallenge(withRetryAfter(mapError(err)));
  // Some operations answer an over-limit body with their own code (spec: x-payload-too-large-code).
  const ownCode = operation?.payloadTooLargeCode as FlkCode | null | undefined;
  if (mapped.body.code === 'FLK-0006' && ownCode) return fromCode(ownCode, mapped.body.message);
  return mapped;
}

/** Seconds a client is asked to wait before retrying a 503 (the service draining, or a store unreachable). */
const UNAVAILABLE_RETRY_AFTER_SECONDS = '5';

/** Every 503 says when to retry, whichever condition raised it (a draining instance gave none before). */
function withRetryAfter(mapped: MappedError): MappedError {
  if (mapped.status !== 503 || mapped.headers?.['Retry-After'] !== undefined) return mapped;
  return { ...mapped, headers: { ...mapped.headers, 'Retry-After': UNAVAILABLE_RETRY_AFTER_SECONDS } };
}

/**
 * Every 401 names the credentials it wants (RFC 9110 §15.5.2 requires the header): the webhook secret for FLK-0362,
 * the API key otherwise. The two webhook answers that must read alike (a path nobody listens on, a route taking the
 * API key) are both FLK-0003, so they carry the same challenge.
 */
function withChallenge(mapped: MappedError): MappedError {
  if (mapped.status !== 401 || mapped.headers?.['WWW-Authenticate'] !== undefined) return mapped;
  const challenge = mapped.body.code === 'FLK-0362' ? 'Bearer realm="flowker-webhook"' : 'ApiKey realm="flowker", header="X-API-Key"';
  return { ...mapped, headers: { ...mapped.headers, 'WWW-Authenticate': challenge } };
}

function mapError(err: unknown): MappedError {
  if (err instanceof FlkError) {
    return {
      status: err.status,
      body: { code: err.code, title: err.title, message: err.message, ...(err.fields ? { fields: err.fields } : {}) },
      headers: err.headers,
      // A 503 FLK-0009 we raise on purpose (draining, storage waits) is a refusal the client is told to retry, not a
      // failure to investigate: logged as an error with its stack, each one buried the real failures of a shutdown.
      unexpected: err.status >= 500 && err.code !== 'FLK-0009',
    };
  }
  // Nest wraps errors raised inside Fastify (content parsing, body limits) in an HttpException: map the original.
  if (err instanceof HttpException && err.cause && typeof err.cause === 'object') return mapError(err.cause);
  const anyErr = err as { code?: unknown; statusCode?: unknown; message?: unknown; name?: unknown } | null;
  if (anyErr && typeof anyErr.code === 'string' && FASTIFY_CODES[anyErr.code]) {
    return FASTIFY_CODES[anyErr.code](anyErr as { message: string });
  }
  if (anyErr && anyErr.name === 'SyntaxError' && anyErr.statusCode === 400) {
    return fromCode('FLK-0001', `The request body is not valid JSON: ${String(anyErr.message)}`);
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status === 404) return fromCode('FLK-0004', 'No route matches this method and path.');
    if (status === 413) return fromCode('FLK-0006', 'The request body is larger than this route accepts.');
    if (status === 415) return fromCode('FLK-0007', 'Unsupported Content-Type.');
    if (status === 401) return fromCode('FLK-0003', 'A valid X-API-Key header is required.');
    if (status === 503) return fromCode('FLK-0009', 'The service is not available right now; retry later.');
    if (status >= 400 && status < 500) return fromCode('FLK-0001', err.message);
  }
  if (anyErr && typeof anyErr.statusCode === 'number' && anyErr.statusCode >= 400 && anyErr.statusCode < 500) {
    if (anyErr.statusCode === 413) return fromCode('FLK-0006', 'The request body is larger than this route accepts.');
    if (anyErr.statusCode === 415) return fromCode('FLK-0007', 'Unsupported Content-Type.');
    return fromCode('FLK-0001', 'The request could not be processed as sent.');
  }
  const problem = databaseProblemOf(err);
  if (problem) {
    // Logged like any server-side failure, but answered as retryable.
    return { ...fromCode('FLK-0009', DATABASE_PROBLEM_MESSAGES[problem]), unexpected: true };
  }
  return { ...fromCode('FLK-9999', 'An unexpected error occurred. It has been logged.'), unexpected: true };
}
