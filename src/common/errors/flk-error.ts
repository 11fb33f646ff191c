import { catalogEntry, type FlkCode } from './error-catalog';

/**
 * The only exception type services throw for an expected failure. The global filter turns it into
 * `{code, title, message, fields?}` with the status the error catalog assigns to the code.
 */
export class FlkError extends Error {
  readonly code: FlkCode;
  readonly status: number;
  readonly title: string;
  readonly fields?: Record<string, string>;
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers?: Record<string, string>;

  constructor(code: FlkCode, message: string, fields?: Record<string, string>, headers?: Record<string, string>) {
    const entry = catalogEntry(code);
    // A refusal (4xx) is answered and never logged, so its stack would only be thrown away: capturing one was the
    // largest single cost of refusing a flood of unauthenticated webhook calls. Server errors keep theirs for the log.
    const stackFrames = Error.stackTraceLimit;
    if (entry.status < 500) Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = stackFrames;
    }
    this.name = 'FlkError';
    this.code = code;
    this.status = entry.status;
    this.title = entry.title;
    this.fields = fields;
    this.headers = headers;
  }
}
