import { catalogEntry, type FlkCode } from './error-catalog';

/**
 * The only exception type services throw for an expected failure. The global filter turns it into
 * `{code, title, message, fields?}` with the status the error catalog assigns to the code.
 */
export class FlkError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: FlkCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'FlkError';
    const entry = catalogEntry(code);
    this.status = entry.status;
    this.title = entry.title;
  }
}
