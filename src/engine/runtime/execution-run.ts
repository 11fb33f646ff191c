import type { Logger } from '@nestjs/common';
import type { Workflow, WorkflowNode } from '../../modules/workflows/workflow.types';
import type { ExecutionRecord, StepRecord } from '../../modules/executions/execution.types';
import { ExecutorCallError, type NodeExecutor } from '../executors/node-executor';
import { newPrintAllowance } from '../languages/condition';
import { newMappingAllowance } from '../languages/mapping';
import { defineOwn } from '../languages/shared/own-property';
import { JoinTracker, planOf, PlanError } from './execution-plan';
import { jsonLengthAtLeast } from './json-length';
import type { ExecutionStore } from './execution-store';
import { writeWhenStorageTakesIt } from './storage-wait';
import {
  buildExecutorBody,
  contextUpdatesOfStep,
  edgeAllows,
  evaluateConditionalNode,
  isPlainObject,
  mapExecutorOutput,
  NodeFailure,
  runAction,
  stepNameOf,
  stepTimeoutOf,
  type ExecutionContext,
} from './node-logic';
import { isoTime, timeOfIso } from '../../common/iso-time';

/** The writes a run makes: the store, or a stand-in that keeps them (in-memory-run.ts). */
export type RunWrites = Pick<ExecutionStore, 'progress' | 'finish'>;
/** Where a run's log lines go. */
export type RunLogger = Pick<Logger, 'log' | 'error'>;

/** What the run needs from the engine around it. */
export interface RunEnvironment {
  readonly store: RunWrites;
  readonly executor: NodeExecutor;
  readonly logger: RunLogger;
  /** True once the process drains: the run stops at the next node and is left to recovery. */
  readonly stopping: () => boolean;
  /** Aborted when the drain time is over: in-flight calls are abandoned and left to recovery. */
  readonly shutdownSignal: AbortSignal;
}

/** Which outgoing edges a processed node offers (edge conditions are checked on top). */
type Follow = { readonly kind: 'all' } | { readonly kind: 'none' } | { readonly kind: 'handle'; readonly handle: string };
const ALL: Follow = { kind: 'all' };
const NONE: Follow = { kind: 'none' };

/** Signals that the run must end without a final write (another worker finished it, or the process drains). */
class Stop extends Error {}

const FLK_SUFFIX = /FLK-\d{4}$/;
const withCode = (message: string, code: string) => (FLK_SUFFIX.test(message) ? message : `${message}: ${code}`);
export const codeOf = (message: string) => FLK_SUFFIX.exec(message)?.[0] ?? 'FLK-0504';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The steps a crash left in flight, failed with `message`: a finished execution must not show a step still `running`
 * (it was never going to end).
 */
export function interruptedSteps(steps: readonly StepRecord[], message: string, now: string): StepRecord[] {
  return steps
    .filter((step) => step.status === 'running')
    .map((step) => ({
      ...step,
      status: 'failed',
      errorMessage: message,
      completedAt: now,
      durationMs: Math.max(0, Date.parse(now) - Date.parse(step.startedAt)),
    }));
}

/**
 * Node results one execution may gather, in characters of JSON. The context holds them all in memory (each is stored
 * once, in its step): a few of the largest executor responses (5 MiB), not unbounded growth.
 */
export const MAX_RESULTS_LENGTH = 32 * 1024 * 1024;
const tooLong = (what: string) => `${what} would be longer than ${MAX_RESULTS_LENGTH} characters of JSON`;

/**
 * One execution walking its workflow (docs/engine.md): nodes run one at a time in join order, executor steps are
 * durable before and after their call, and everything else is written together with the next write. `recorded`
 * holds the steps of an earlier attempt when the run resumes after a restart.
 */
export class ExecutionRun {
  private readonly context: ExecutionContext;
  private readonly recorded: Map<string, StepRecord>;
  /** The execution's overall deadline (epoch ms): checked between nodes, and a timeout signal on executor calls. */
  private readonly deadlineMs: number;
  private pending: StepRecord[] = [];
  /** Nodes this run has made a step for (the others keep what an earlier attempt recorded). */
  private readonly stepped = new Set<string>();
  /** Nodes whose `running` step has been written, so its workflow.step.started event too (workflow-events.ts). */
  private readonly announced = new Set<string>();
  private stepNumber: number;
  private finalOutputSet = false;
  /** Characters of JSON the node results of this run have added to the context so far (see addResults). */
  private resultsLength = 0;
  /** What all the conditions of this run (nodes and edges) may print to compare objects and arrays, together. */
  private readonly conditionPrints = newPrintAllowance();
  /** What all the mappings of this run (inputs, outputs and transform actions) may copy, hash and rewrite, together. */
  private readonly mappingWork = newMappingAllowance();

  constructor(
    private readonly env: RunEnvironment,
    private readonly execution: ExecutionRecord,
    private readonly workflow: Workflow,
    recorded: readonly StepRecord[] = [],
  ) {
    this.context = { workflow: execution.inputData ?? null };
    this.deadlineMs = timeOfIso(execution.deadlineAt);
    this.recorded = new Map(recorded.map((step) => [step.nodeId, step]));
    for (const step of recorded) if (step.status === 'running') this.announced.add(step.nodeId);
    this.stepNumber = Math.max(execution.currentStepNumber, ...recorded.map((step) => step.stepNumber));
  }

  /** Runs to a final status (or to a quiet stop). Never throws: every failure ends this execution only. */
  async execute(): Promise<void> {
    try {
      await this.walk();
      await this.complete();
    } catch (error) {
      if (error instanceof Stop) return;
      if (error instanceof NodeFailure) {
        await this.fail(error.message);
        return;
      }
      this.env.logger.error({ msg: 'execution failed unexpectedly', executionId: this.execution.id, err: error });
      await this.fail(`execution failed unexpectedly: ${messageOf(error)}: FLK-0504`);
    }
  }

  private async walk(): Promise<void> {
    let plan;
    try {
      plan = planOf(this.workflow, this.execution.entryNodeId);
    } catch (error) {
      if (error instanceof PlanError) throw new NodeFailure(error.message);
      throw error;
    }
    const joins = new JoinTracker(plan);
    const stack: Array<{ nodeId: string; run: boolean }> = [{ nodeId: plan.entry.id, run: true }];
    while (stack.length > 0) {
      if (this.env.stopping()) throw new Stop();
      if (this.pastDeadline()) throw new NodeFailure(this.timeoutMessage());
      const { nodeId, run } = stack.pop()!;
      const node = plan.nodes.get(nodeId)!;
      const follow = run ? await this.runNode(node) : this.skipNode(node);
      const ready: Array<{ nodeId: string; run: boolean }> = [];
      for (const edge of joins.outgoing(node.id)) {
        const offered = follow.kind === 'all' || (follow.kind === 'handle' && edge.sourceHandle === follow.handle);
        const next = joins.resolve(edge, offered && edgeAllows(edge, this.context, this.conditionPrints));
        if (next) ready.push(next);
      }
      // Depth first, first edge first: push in reverse so the first ready target is taken next.
      for (let i = ready.length - 1; i >= 0; i--) stack.push(ready[i]);
    }
  }

  private async runNode(node: WorkflowNode): Promise<Follow> {
    const earlier = this.recorded.get(node.id);
    if (earlier?.status === 'completed') return this.replay(node, earlier);
    if (earlier?.status === 'skipped') return NONE;
    switch (node.type) {
      case 'trigger':
        return ALL;
      case 'conditional':
        return this.runConditional(node);
      case 'action':
        return this.runActionNode(node);
      case 'executor':
        return this.runExecutor(node);
      default:
        // A node type this engine does not know: recorded as skipped, and nothing runs through it.
        this.record(node, this.nextStepNumber(node), Date.now(), { status: 'skipped', attempts: 0 });
        return NONE;
    }
  }

  /** A node none of whose incoming edges was taken: recorded as skipped, its outgoing edges skipped too. */
  private skipNode(node: WorkflowNode): Follow {
    if (node.type !== 'trigger' && !this.recorded.has(node.id)) {
      this.record(node, this.nextStepNumber(node), Date.now(), { status: 'skipped', attempts: 0 });
    }
    return NONE;
  }

  /**
   * A step completed before a restart is not run again; its results go back into the context here, as the traversal
   * replays it, so the context at each point of the replay is the one the first attempt had there: an edge condition
   * on `output` leaving this node must not see what a later set_output put there. They count against
   * MAX_RESULTS_LENGTH as if this run had gathered them, but do not fail it: the bound is checked as new results come.
   */
  private replay(node: WorkflowNode, step: StepRecord): Follow {
    const updates = contextUpdatesOfStep(node, step.output);
    if (updates) {
      if (node.type === 'action' && node.data?.actionType === 'set_output') this.finalOutputSet = true;
      this.addResults(updates, false);
    }
    if (node.type === 'conditional') {
      const result = isPlainObject(step.output) ? step.output.result : undefined;
      return { kind: 'handle', handle: String(result === true) };
    }
    return ALL;
  }

  private runConditional(node: WorkflowNode): Follow {
    const number = this.nextStepNumber(node);
    const started = Date.now();
    try {
      const { result, output } = evaluateConditionalNode(node, this.context, this.conditionPrints);
      this.record(node, number, started, { status: 'completed', output, attempts: 1 });
      return { kind: 'handle', handle: String(result) };
    } catch (error) {
      throw this.failed(node, number, started, error);
    }
  }

  private runActionNode(node: WorkflowNode): Follow {
    const number = this.nextStepNumber(node);
    const started = Date.now();
    try {
      const outcome = runAction(node, this.context, this.mappingWork);
      if (outcome.contextUpdates) this.addResults(outcome.contextUpdates);
      if (outcome.setsFinalOutput) this.finalOutputSet = true;
      if (outcome.log) {
        this.env.logger.log({
          msg: outcome.log.message,
          executionId: this.execution.id,
          workflowId: this.execution.workflowId,
          nodeId: node.id,
          data: outcome.log.data,
        });
      }
      this.record(node, number, started, { status: 'completed', output: outcome.output, attempts: 1 });
      return ALL;
    } catch (error) {
      throw this.failed(node, number, started, error);
    }
  }

  private async runExecutor(node: WorkflowNode): Promise<Follow> {
    const number = this.nextStepNumber(node);
    const started = Date.now();
    const data = node.data ?? {};
    let body: unknown;
    try {
      body = buildExecutorBody(node, this.context, this.mappingWork);
      // The body is stored with the step and sent: held to the results' bound, measured before it is serialised.
      if (body !== undefined && jsonLengthAtLeast(body, MAX_RESULTS_LENGTH) > MAX_RESULTS_LENGTH) {
        const detail = `input transformation failed: ${tooLong('the request body')}`;
        throw new NodeFailure(`node "${node.id}": ${detail}: FLK-0504`, detail);
      }
      if (typeof data.executorId !== 'string' || typeof data.providerConfigId !== 'string') {
        throw new NodeFailure(`node "${node.id}": executor node needs executorId and providerConfigId: FLK-0504`,
          'executor node needs executorId and providerConfigId');
      }
    } catch (error) {
      throw this.failed(node, number, started, error);
    }

    // Durable before the call: after a crash, recovery knows this call may have happened.
    const runningStep = this.step(node, number, started, { status: 'running', input: body, attempts: 0 });
    await this.write([runningStep]);

    // The node's own bound; without one the executor bounds the step (it knows the provider's timeout).
    const stepTimeoutMs = stepTimeoutOf(node);
    const stepTimeout = stepTimeoutMs === undefined ? undefined : AbortSignal.timeout(stepTimeoutMs);
    // Only calls can be cut short, so only they need a timer for the overall deadline (no timer per execution).
    const deadline = AbortSignal.timeout(Math.max(0, this.deadlineMs - Date.now()));
    const signal = AbortSignal.any([deadline, ...(stepTimeout ? [stepTimeout] : []), this.env.shutdownSignal]);
    let envelope: unknown;
    let attempts = 1;
    try {
      const result = await untilAborted(
        this.env.executor.call({
          executionId: this.execution.id,
          nodeId: node.id,
          executorId: data.executorId as string,
          nodeData: data,
          providerConfigId: data.providerConfigId as string,
          body,
          signal,
          stepTimeoutMs,
        }),
        signal,
      );
      envelope = result.envelope;
      attempts = result.attempts;
    } catch (error) {
      if (this.env.shutdownSignal.aborted) throw new Stop();
      if (error instanceof ExecutorCallError) attempts = error.attempts;
      // The executor's own timers and this one end together: either saying the step's time is up is a step timeout.
      const executorTimeout = error instanceof ExecutorCallError && error.code === 'FLK-0503' ? error : undefined;
      const timedOutAfter = stepTimeout?.aborted ? stepTimeoutMs : (executorTimeout?.stepTimeoutMs ?? stepTimeoutMs);
      let message: string;
      if (deadline.aborted || this.pastDeadline()) message = this.timeoutMessage();
      else if (stepTimeout?.aborted || executorTimeout) {
        message = timedOutAfter === undefined ? withCode(`node "${node.id}": ${executorTimeout!.message}`, 'FLK-0503') : `node "${node.id}": step timed out after ${timedOutAfter} ms: FLK-0503`;
      }
      else if (error instanceof ExecutorCallError) message = withCode(`node "${node.id}": ${error.message}`, error.code);
      else message = `node "${node.id}": executor call failed: ${messageOf(error)}: FLK-0504`;
      throw this.failed(node, number, started, new NodeFailure(message), body, attempts);
    }

    let output: Record<string, unknown>;
    try {
      output = mapExecutorOutput(node, envelope, this.mappingWork);
      this.addResults({ [node.id]: output });
    } catch (error) {
      throw this.failed(node, number, started, error, body, attempts);
    }
    await this.write([this.step(node, number, started, { status: 'completed', input: body, output, attempts })]);
    return ALL;
  }

  /** Writes buffered steps plus `steps` and the context; stops the run if the execution is no longer running. */
  private async write(steps: StepRecord[]): Promise<void> {
    const batch = [...this.pending, ...steps];
    this.pending = [];
    const stillRunning = await this.whenStored(() =>
      this.env.store.progress(
        this.execution.id,
        batch,
        { currentStepNumber: this.stepNumber, updatedAt: isoTime() },
        { workflowId: this.execution.workflowId, announced: this.announced },
      ),
    );
    if (!stillRunning) throw new Stop();
    for (const step of batch) if (step.status === 'running') this.announced.add(step.nodeId);
  }

  private async complete(): Promise<void> {
    const finalOutput = this.finalOutputSet && isPlainObject(this.context.output) ? this.context.output : this.context;
    await this.finish('completed', null, finalOutput);
  }

  private async fail(message: string): Promise<void> {
    try {
      await this.finish('failed', message, undefined);
    } catch (error) {
      // The database refused even the failure: the execution stays running and recovery finishes it later.
      this.env.logger.error({ msg: 'could not record a failed execution', executionId: this.execution.id, err: error });
    }
  }

  private async finish(status: 'completed' | 'failed', errorMessage: string | null, finalOutput: unknown): Promise<void> {
    const updatedAt = isoTime();
    const steps = this.recorded.size === 0 ? this.pending : [...this.pending, ...this.abandonedSteps(updatedAt)];
    this.pending = [];
    await this.whenStored(() =>
      this.env.store.finish(
        this.execution.id,
        this.execution.workflowId,
        steps,
        { status, errorMessage, finalOutput, currentStepNumber: this.stepNumber, updatedAt },
        errorMessage === null ? undefined : codeOf(errorMessage),
        this.announced,
      ),
    );
  }

  /** A write the database cannot take for a passing reason (full disk, restart) waits for it, up to the deadline. */
  private whenStored<T>(write: () => Promise<T>): Promise<T> {
    return writeWhenStorageTakesIt(write, {
      until: this.deadlineMs,
      signal: this.env.shutdownSignal,
      onFirstWait: (problem, error) =>
        this.env.logger.error({ msg: `the database is ${problem}: the run waits until it takes its write`, executionId: this.execution.id, err: error }),
    });
  }

  /**
   * Steps in flight at a restart that this run did not reach again (it failed earlier, or an edited workflow no
   * longer leads there), failed: they would otherwise stay `running` in a finished execution.
   */
  private abandonedSteps(now: string): StepRecord[] {
    const abandoned = [...this.recorded.values()].filter((step) => !this.stepped.has(step.nodeId));
    return interruptedSteps(abandoned, 'interrupted by a restart; the resumed run did not call it again', now);
  }

  private timeoutMessage(): string {
    return `execution timed out: it did not finish before its deadline ${this.execution.deadlineAt}: FLK-0503`;
  }
  private pastDeadline(): boolean {
    return Date.now() >= this.deadlineMs;
  }

  /** A step interrupted by a restart keeps its number; new steps continue after the highest one recorded. */
  private nextStepNumber(node: WorkflowNode): number {
    const earlier = this.recorded.get(node.id);
    if (earlier) return earlier.stepNumber;
    this.stepNumber += 1;
    return this.stepNumber;
  }

  private record(node: WorkflowNode, number: number, started: number, fields: StepFields): void {
    this.pending.push(this.step(node, number, started, fields));
  }

  /**
   * Puts node results into the context, as own data properties (not assignment: a node id `__proto__` must not reach
   * the prototype setter), and counts their JSON against MAX_RESULTS_LENGTH: a run whose results grow past it fails
   * here, instead of its write failing later on a string too long to build (or holding the event loop meanwhile).
   * `enforceBound` false: results restored on resume, counted but not refused.
   */
  private addResults(results: Record<string, unknown>, enforceBound = true): void {
    for (const [key, value] of Object.entries(results)) {
      // Measured before it is serialised: a result sharing one string many times is far longer as text than in memory.
      const room = MAX_RESULTS_LENGTH - this.resultsLength;
      if (enforceBound && jsonLengthAtLeast(value, room) > room) throw new Error(tooLong("the execution's node results"));
      this.resultsLength += JSON.stringify(value)?.length ?? 0;
      if (enforceBound && this.resultsLength > MAX_RESULTS_LENGTH) {
        throw new Error(tooLong("the execution's node results"));
      }
      defineOwn(this.context, key, value);
    }
  }

  /** Records the node's failed step and returns the failure to throw (message for the execution). */
  private failed(node: WorkflowNode, number: number, started: number, error: unknown, input?: unknown, attempts = 1): NodeFailure {
    const failure =
      error instanceof NodeFailure ? error : new NodeFailure(`node "${node.id}": ${messageOf(error)}: FLK-0504`, messageOf(error));
    const stepMessage = failure.stepMessage.startsWith(`node "${node.id}": `)
      ? failure.stepMessage.slice(`node "${node.id}": `.length)
      : failure.stepMessage;
    this.record(node, number, started, { status: 'failed', errorMessage: stepMessage, input, attempts });
    return failure;
  }

  private step(node: WorkflowNode, number: number, started: number, fields: StepFields): StepRecord {
    this.stepped.add(node.id);
    const now = Date.now();
    const finished = fields.status !== 'running';
    return {
      executionId: this.execution.id,
      nodeId: node.id,
      stepNumber: number,
      stepName: stepNameOf(node),
      nodeType: String(node.type),
      status: fields.status,
      input: fields.input,
      output: fields.output,
      errorMessage: fields.errorMessage ?? null,
      attempts: fields.attempts,
      startedAt: isoTime(started),
      completedAt: finished ? isoTime(now) : null,
      durationMs: finished ? now - started : null,
    };
  }
}

interface StepFields {
  readonly status: StepRecord['status'];
  readonly input?: unknown;
  readonly output?: unknown;
  readonly errorMessage?: string;
  readonly attempts: number;
}

/** Settles with `work`, or rejects as soon as `signal` aborts, whichever comes first (a stuck call cannot hold the run). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
