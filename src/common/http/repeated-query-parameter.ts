import { FlkError, type FlkCode } from '../errors';

/** The refusal of a query parameter given more than once, worded the same on every route. */
export function repeatedQueryParameter(name: string, code: FlkCode): FlkError {
  return new FlkError(code, `Query parameter "${name}" is given more than once; send it once.`, { [name]: 'is given more than once' });
}
