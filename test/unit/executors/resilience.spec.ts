import { statusFailure } from '../../../src/engine/executors/executor-failures';
import { canonicalHeaderName, toEnvelope } from '../../../src/engine/executors/http/envelope';
import { parseRetryAfter } from '../../../src/engine/executors/http/outbound-failure';
import { backoffMs, sleep } from '../../../src/engine/executors/resilience/retry';

describe('status classification', () => {
  it.each([
    [429, true, true],
    [502, true, true],
    [503, true, true],
    [504, true, true],
    [500, false, true],
    [400, false, false],
    [401, false, false],
    [404, false, false],
    [409, false, false],
    [301, false, false],
  ])('%i → retryable %s, breaker failure %s', (status, retryable, breakerFailure) => {
    const failure = statusFailure(status, `${status} X`, 1000);
    expect({ retryable: failure.retryable, breakerFailure: failure.options.breakerFailure }).toEqual({ retryable, breakerFailure });
    expect(failure.options.retryAfterMs).toBe(retryable ? 1000 : undefined);
  });
});

describe('backoff and Retry-After', () => {
  it('doubles the base wait with at most ±20 % jitter', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, () => 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(1, 1000, () => 0)).toBe(800);
    expect(backoffMs(4, 1000, () => 1)).toBe(9600);
  });

  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    // Not delta-seconds and not a date (they were read as dates in 2001: a retry at once, without backoff).
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('0.5', now)).toBeUndefined();
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', Date.parse('1994-11-06T08:49:30Z'))).toBe(7000);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('sleep ends early when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort();
    await expect(pending).resolves.toBe(false);
    await expect(sleep(1, new AbortController().signal)).resolves.toBe(true);
  });
});

describe('envelope', () => {
  const response = (body: string, headers: Record<string, string>) => ({
    status: 200,
    statusText: '200 OK',
    url: 'http://x',
    headers,
    body: Buffer.from(body),
    truncated: false,
    durationMs: 1,
  });

  it('parses JSON bodies and canonicalises header names', () => {
    expect(toEnvelope(response('{"a":1}', { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'r' }), 'http://shown')).toEqual({
      status: 200,
      status_text: '200 OK',
      url: 'http://shown',
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': 'r' },
      body: { a: 1 },
    });
  });

  it("keeps a provider's integers beyond 2^53 exactly, as strings of their digits", () => {
    const body = toEnvelope(response('{"transactionId":1234567890123456789,"fee":2}', { 'content-type': 'application/json' }), 'u').body;
    expect(body).toEqual({ transactionId: '1234567890123456789', fee: 2 });
  });

  it('keeps text, and omits an empty non-JSON body', () => {
    expect(toEnvelope(response('hello', { 'content-type': 'text/plain' }), 'u').body).toBe('hello');
    expect(toEnvelope(response('{bad', { 'content-type': 'application/json' }), 'u').body).toBe('{bad');
    expect('body' in toEnvelope(response('', {}), 'u')).toBe(false);
    // Parsable but not storable: too deep for the recursive walks, or a number that would be stored as null.
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(toEnvelope(response(deep, { 'content-type': 'application/json' }), 'u').body).toBe(deep);
    expect(toEnvelope(response('{"n":1e309}', { 'content-type': 'application/json' }), 'u').body).toBe('{"n":1e309}');
    expect(toEnvelope(response('{"n":1e308}', { 'content-type': 'application/json' }), 'u').body).toEqual({ n: 1e308 });
    expect(canonicalHeaderName('WWW-AUTHENTICATE')).toBe('Www-Authenticate');
  });
});
