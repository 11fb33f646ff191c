import { FlkError } from '../../../src/common/errors';

describe('FlkError', () => {
  it('carries the catalog status and title of its code', () => {
    const error = new FlkError('FLK-0361', 'No webhook route.', { path: 'unknown' });
    expect(error).toMatchObject({ code: 'FLK-0361', status: 404, name: 'FlkError', message: 'No webhook route.', fields: { path: 'unknown' } });
    expect(error.title).toEqual(expect.any(String));
    expect(error).toBeInstanceOf(Error);
  });

  it('captures no stack for a refusal (4xx): it is answered, never logged', () => {
    const error = new FlkError('FLK-0362', 'Missing webhook token.');
    expect(error.stack).toBe('FlkError: Missing webhook token.');
  });

  it('keeps the stack of a server error (5xx), which is logged', () => {
    const error = new FlkError('FLK-0009', 'Service unavailable.');
    expect(error.status).toBeGreaterThanOrEqual(500);
    expect(error.stack).toContain('flk-error.spec.ts');
  });

  it('leaves the process-wide stack depth as it found it, also for later errors', () => {
    const depth = Error.stackTraceLimit;
    new FlkError('FLK-0362', 'Missing webhook token.');
    expect(Error.stackTraceLimit).toBe(depth);
    expect(new Error('plain').stack).toContain('flk-error.spec.ts');
  });
});
