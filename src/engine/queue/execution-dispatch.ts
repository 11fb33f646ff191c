/**
 * Hands a stored execution to whatever runs executions in production mode (a shared queue). When no dispatch is
 * bound, the engine runs executions in its own process (the embedded default).
 */
export abstract class ExecutionDispatch {
  /** Best effort: the execution is already stored, and a sweep re-queues any execution this fails to hand over. */
  abstract dispatch(executionId: string): void;
}
