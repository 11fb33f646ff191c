import { Inject, Injectable } from '@nestjs/common';
import { SecretDecryptionError } from '../../common/secrets';
import { CatalogService } from '../../modules/catalog/catalog.service';
import { AttemptFailure, CallSetupError } from './executor-failures';
import { ExecutorRunners, type PreparedCall } from './executor-runners';
import { DEFAULT_REQUEST_TIMEOUT_MS, EXECUTOR_SETTINGS, type ExecutorSettings } from './executor-settings';
import { ExecutorCallError, NodeExecutor, type ExecutorCall, type ExecutorCallResult } from './node-executor';
import { ProviderConfigSource } from './provider-config-source';
import { BreakerOpenError, CircuitBreakers } from './resilience/breakers';
import { backoffMs, sleep } from './resilience/retry';

const NODE_FAILED = 'FLK-0504';
const NO_RUNNER = 'FLK-0220';
const CIRCUIT_OPEN = 'FLK-0507';
const STEP_TIMEOUT = 'FLK-0503';

/**
 * Runs executor nodes: resolves the catalog executor and the provider configuration (secrets opened), builds the
 * request once, then runs attempts through the configuration's circuit breaker with retries for transient failures,
 * all within the step deadline and the execution's signal. Every rejection is an ExecutorCallError whose message
 * ends with its FLK code and holds no secret.
 */
@Injectable()
export class CatalogNodeExecutor extends NodeExecutor {
  constructor(
    private readonly catalog: CatalogService,
    private readonly configs: ProviderConfigSource,
    private readonly runners: ExecutorRunners,
    private readonly breakers: CircuitBreakers,
    @Inject(EXECUTOR_SETTINGS) private readonly settings: ExecutorSettings,
  ) {
    super();
  }

  async call(call: ExecutorCall): Promise<ExecutorCallResult> {
    const started = Date.now();
    const prepared = await this.prepare(call);
    // Without a node timeout, the step lasts at least one whole attempt: a provider configuration's longer
    // timeout_seconds was cut at 30 s.
    const stepTimeoutMs = call.stepTimeoutMs ?? Math.max(DEFAULT_REQUEST_TIMEOUT_MS, prepared.timeoutMs);
    const deadline = started + Math.max(0, stepTimeoutMs);
    const stepSignal = AbortSignal.any([call.signal, AbortSignal.timeout(Math.max(1, deadline - Date.now()))]);

    let attempts = 0;
    let last: AttemptFailure | undefined;
    let giveUpReason = '';
    while (attempts < this.settings.maxAttempts) {
      const remaining = deadline - Date.now();
      if (stepSignal.aborted || remaining <= 0) throw this.interrupted(call, stepTimeoutMs, attempts, last);
      attempts += 1;
      const attemptTimeoutMs = Math.min(prepared.timeoutMs, remaining);
      try {
        const envelope = await this.breakers.run(call.providerConfigId, () =>
          prepared
            .attempt({
              owner: call.providerConfigId,
              idempotencyKey: `${call.executionId}:${call.nodeId}`,
              timeoutMs: attemptTimeoutMs,
              signal: stepSignal,
            })
            .catch((err: unknown) => {
              // Once the caller gave up, nothing that happened is the provider's fault.
              throw stepSignal.aborted ? new AttemptFailure('aborted', { retryable: false, breakerFailure: false }) : err;
            }),
        );
        return { envelope, attempts };
      } catch (err) {
        if (err instanceof BreakerOpenError) {
          // Opened by this node's own failed attempts, the message says what they got (it said only "breaker open").
          const made = attempts - 1;
          const after = last ? `; it opened after ${made} attempt${made === 1 ? '' : 's'} of this step (last: ${last.message})` : '';
          throw new ExecutorCallError(
            `${prepared.description}: circuit breaker open for provider configuration ${call.providerConfigId} ` +
              `(too many consecutive failures; calls resume after a trial call succeeds${after}): ${CIRCUIT_OPEN}`,
            CIRCUIT_OPEN,
            attempts - 1,
            last?.status,
          );
        }
        if (stepSignal.aborted) throw this.interrupted(call, stepTimeoutMs, attempts, last);
        last = err instanceof AttemptFailure ? err : new AttemptFailure(String((err as Error)?.message ?? err), { retryable: false, breakerFailure: false });
        // The attempt was given what was left of the step: its timeout is the step's, whichever timer fired first.
        if (last.options.timedOut && attemptTimeoutMs < prepared.timeoutMs) throw this.interrupted(call, stepTimeoutMs, attempts, last);
      }
      if (!last.retryable || attempts >= this.settings.maxAttempts) break;
      const wait = last.options.retryAfterMs ?? backoffMs(attempts, this.settings.retryBaseMs);
      if (Date.now() + wait >= deadline) {
        giveUpReason = last.options.retryAfterMs !== undefined
          ? ` (the provider asked to retry after ${Math.ceil(wait / 1000)} s, beyond the step deadline)`
          : ' (no time left before the step deadline)';
        break;
      }
      if (!(await sleep(wait, stepSignal))) throw this.interrupted(call, stepTimeoutMs, attempts, last);
    }
    const cause = last?.message ?? 'no attempt was made';
    throw new ExecutorCallError(
      `executor call failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${cause}${giveUpReason}: ${NODE_FAILED}`,
      NODE_FAILED,
      attempts,
      last?.status,
    );
  }

  /** Catalog executor → provider configuration → built request; any problem fails the node without an attempt. */
  private async prepare(call: ExecutorCall): Promise<PreparedCall> {
    const executor = this.catalog.findExecutor(call.executorId);
    const preparer = executor?.providerId ? this.runners.forProvider(executor.providerId) : undefined;
    if (!executor || !preparer) {
      throw new ExecutorCallError(`no runner is registered for executor "${call.executorId.slice(0, 100)}": ${NO_RUNNER}`, NO_RUNNER, 0);
    }
    try {
      const loaded = await this.configs.load(call.providerConfigId, executor.providerId);
      return preparer(
        { executorId: executor.id, nodeData: call.nodeData, config: loaded.config, body: call.body },
        { executionId: call.executionId, nodeId: call.nodeId },
      );
    } catch (err) {
      if (err instanceof CallSetupError) {
        throw new ExecutorCallError(`failed to build the request: ${err.message}: ${NODE_FAILED}`, NODE_FAILED, 0);
      }
      // Decryption and storage errors: their messages carry no secrets, but the node must still fail cleanly.
      const reason = err instanceof SecretDecryptionError ? err.message : `${(err as Error)?.name ?? 'Error'} while reading it`;
      throw new ExecutorCallError(`could not load provider configuration ${call.providerConfigId}: ${reason}: ${NODE_FAILED}`, NODE_FAILED, 0);
    }
  }

  private interrupted(call: ExecutorCall, stepTimeoutMs: number, attempts: number, last: AttemptFailure | undefined): ExecutorCallError {
    const why = call.signal.aborted ? 'the execution was stopped (deadline or shutdown)' : `the step timeout of ${stepTimeoutMs} ms passed`;
    const after = last ? ` after ${attempts} attempt${attempts === 1 ? '' : 's'} (last: ${last.message})` : '';
    // A step out of time is a timeout (FLK-0503, as the run reports it); a stopped execution says why itself.
    if (call.signal.aborted) return new ExecutorCallError(`executor call interrupted: ${why}${after}: ${NODE_FAILED}`, NODE_FAILED, attempts, last?.status);
    return new ExecutorCallError(`executor call interrupted: ${why}${after}: ${STEP_TIMEOUT}`, STEP_TIMEOUT, attempts, last?.status, stepTimeoutMs);
  }
}
