import { isPlainObject } from '../../../common/secrets/secret-walk';
import type { AuthSettings } from '../auth/auth-settings';
import { CallSetupError } from '../executor-failures';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../executor-settings';
import { nodeTimeoutMs } from '../node-executor';

/** One HTTP request, fully decided before the first attempt (credentials are added per attempt). */
export interface HttpRequestPlan {
  readonly method: string;
  /** Without credentials; auth may add query parameters per attempt. */
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly auth: AuthSettings;
  /** Per-attempt timeout before the step deadline is applied. */
  readonly timeoutMs: number;
  /** Statuses that count as success; undefined means 200–299. */
  readonly successStatuses?: readonly number[];
}

export interface BuildInput {
  readonly executorId: string;
  readonly nodeData: Readonly<Record<string, unknown>>;
  /** Decrypted provider configuration. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the HTTP client computes itself; a configured value could only break the request. */
const MANAGED_HEADERS = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer']);

/** Node `timeout` (nodeTimeoutMs, the same reading as the step's bound) → provider `timeout_seconds` (whole seconds) → 30 s. */
export function requestTimeoutMs(nodeData: Readonly<Record<string, unknown>>, config: Readonly<Record<string, unknown>>): number {
  const fromNode = nodeTimeoutMs(nodeData);
  if (fromNode !== undefined) return fromNode;
  const value = config.timeout_seconds;
  const seconds = typeof value === 'number' ? Math.trunc(value) : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Math.trunc(Number(value)) : 0;
  return seconds > 0 ? seconds * 1000 : DEFAULT_REQUEST_TIMEOUT_MS;
}

export function requestMethod(value: unknown, fallback: string): string {
  if (value === undefined || value === null || value === '') return fallback;
  const method = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!METHODS.has(method)) throw new CallSetupError(`method must be one of ${[...METHODS].join(', ')}`);
  return method;
}

/** String-valued entries of a header map; names must be HTTP tokens and values single-line. */
export function headerEntries(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new CallSetupError(`${where} must be an object of header names to strings`);
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw !== 'string') continue;
    if (!HEADER_NAME.test(name) || /[\r\n\0]/.test(raw)) throw new CallSetupError(`${where} has an invalid header "${name.slice(0, 60)}"`);
    if (MANAGED_HEADERS.has(name.toLowerCase())) continue;
    setHeader(out, name, raw);
  }
  return out;
}

/** Scalar entries of a query map, as strings. */
export function queryEntries(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new CallSetupError(`${where} must be an object of parameter names to values`);
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') out[name] = String(raw);
  }
  return out;
}

/** Sets a header replacing any existing one that differs only in case. */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  for (const existing of Object.keys(headers)) {
    if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
  }
  headers[name] = value;
}

export function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  return Object.keys(headers).some((h) => h.toLowerCase() === name.toLowerCase());
}

export function successStatuses(value: unknown): readonly number[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length === 0 || !value.every((s) => Number.isInteger(s) && s >= 100 && s <= 599)) {
    throw new CallSetupError('successStatuses must be a non-empty list of HTTP status codes');
  }
  return value as number[];
}

export function jsonBody(body: unknown): string | undefined {
  return body === undefined ? undefined : JSON.stringify(body);
}
