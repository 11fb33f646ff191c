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
  /**
   * The node's own bound for this step, all attempts included (its `timeout`, nodeTimeoutMs). Absent: the executor's
   * default, the longer of 30 s and one attempt's timeout (a provider configuration's `timeout_seconds` may be longer).
   */
  readonly stepTimeoutMs?: number;
}

/** Longest delay a timer can wait (2^31 − 1 ms, about 24.8 days); Node fires a longer one at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The node's `timeout` (seconds: a positive number, or text holding one) in milliseconds; undefined when it sets none.
 * The step's bound and each attempt's timeout are both read through here, so they cannot disagree. A value larger than
 * a timer can hold is clamped rather than firing at once; the execution's own deadline ends the step long before.
 */
export function nodeTimeoutMs(nodeData: Readonly<Record<string, unknown>> | undefined): number | undefined {
  const value = nodeData?.timeout;
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.min(Math.max(1, Math.round(seconds * 1000)), MAX_TIMER_MS);
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
    /** For a step timeout (FLK-0503): the bound that passed, in ms. */
    readonly stepTimeoutMs?: number,
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
