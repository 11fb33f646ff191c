/** The condition text cannot be parsed; `position` is the 0-based UTF-16 offset of the problem. */
export class ConditionSyntaxError extends Error {
  override readonly name = 'ConditionSyntaxError';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** A parsed condition cannot be evaluated against the given context (missing path, type mismatch…). */
export class ConditionEvaluationError extends Error {
  override readonly name = 'ConditionEvaluationError';
}
