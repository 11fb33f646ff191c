/**
 * A mapping or transform list cannot be compiled. The message starts with where the problem is,
 * e.g. `inputMapping[2].target: …` or `transforms[0].spec: …`, which is also kept in `field`.
 */
export class MappingSyntaxError extends Error {
  override readonly name = 'MappingSyntaxError';
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

/** A compiled mapping or transform list failed on a particular document. */
export class MappingRuntimeError extends Error {
  override readonly name = 'MappingRuntimeError';
}

/**
 * Internal: a problem found while compiling one operation. `deferred` problems are the ones upstream
 * only reported when the operation ran (bad config values), so they surface at run time here too;
 * the others (bad paths, unsafe targets, limits) are rejected when the list is compiled.
 */
export class OperationProblem extends Error {
  constructor(
    message: string,
    readonly deferred: boolean,
  ) {
    super(message);
  }
}

export const configProblem = (message: string) => new OperationProblem(message, true);
export const compileProblem = (message: string) => new OperationProblem(message, false);
