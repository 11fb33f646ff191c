/**
 * The boundary between the execution engine (which walks the graph and records steps) and the executors (which
 * turn one executor node into outbound calls). The engine only ever sees this contract.
 */

/** One executor node to run, after the engine applied the node's input mapping. */
export interface ExecutorCall {
  readonly executionId: string;
  readonly nodeId: string;
  /** Catalog executor id, e.g. `tracer.validate-transaction` or `http.request`. */
  readonly executorId: string;
  /** The node's `data` (method, path, endpointName, timeout and executor-specific keys). */
  readonly nodeData: Readonly<Record<string, unknown>>;
  readonly providerConfigId: string;
  /** The request body built by the input mapping (or transforms); undefined when the node has neither. */
  readonly body: unknown;
  /** Aborted when the execution's overall deadline passes or the process drains. */
  readonly signal: AbortSignal;
  /** Upper bound for this step, all attempts included. */
  readonly stepTimeoutMs: number;
}

/** The runner envelope (behaviour brief §10.5) that the node's output mapping then reshapes. */
export interface ExecutorEnvelope {
  readonly status: number;
  readonly status_text: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
  readonly error?: string;
}

export interface ExecutorCallResult {
  readonly envelope: ExecutorEnvelope;
  /** How many attempts were made (1 when the first one succeeded). */
  readonly attempts: number;
}

/**
 * Why an executor node failed. `code` is the FLK code that ends the node's error message (FLK-0504 node failed,
 * FLK-0507 circuit open, FLK-0220 no runner, …); the message is safe to store and show (no secrets).
 */
export class ExecutorCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly attempts: number,
    /** The last HTTP status seen, if any. */
    readonly lastStatus?: number,
  ) {
    super(message);
    this.name = 'ExecutorCallError';
  }
}

/** Runs executor nodes. Implemented by the executors module; injected into the engine by this class token. */
export abstract class NodeExecutor {
  /** Resolves with the envelope of a successful call, or rejects with ExecutorCallError. */
  abstract call(call: ExecutorCall): Promise<ExecutorCallResult>;
}
