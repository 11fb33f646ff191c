import { hash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import canonicalize from 'canonicalize';
import { FlkError } from '../../common/errors';
import { timeOrderedId } from '../../common/ids';
import { headerText } from '../../common/http/header-text';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { ExecutionEngine } from '../../engine/runtime/execution-engine';
import { countSteps } from '../../engine/runtime/execution-plan';
import { ExecutionStore } from '../../engine/runtime/execution-store';
import type { ExpectedWrite } from '../../engine/runtime/group-commit';
import type { components } from '../../generated';
import type { AuditActor } from '../audit/audit-writer';
import { WorkflowDefinitions } from '../workflows/workflow-definitions';
import type { Workflow } from '../workflows/workflow.types';
import { toCreateOutput } from './execution-output';
import { isTerminal, type ExecutionRecord, type ExecutionSummary } from './execution.types';
import { ExecutionsRepository } from './executions.repository';
import { isoTime } from '../../common/iso-time';

type ExecutionCreateOutput = components['schemas']['ExecutionCreateOutput'];

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export interface StartResult {
  /** 201 for a new or still-running execution, 200 for the replay of a finished one. */
  readonly httpStatus: 200 | 201;
  readonly body: ExecutionCreateOutput;
  /** True when an existing execution with the same key was returned instead of a new one. */
  readonly replayed?: boolean;
  /** The new execution as stored, when it ran to its end before being stored (a workflow without executor nodes). */
  readonly finished?: ExecutionRecord;
}

export interface StartRequest {
  readonly workflowId: string;
  readonly inputData: unknown;
  /** The raw header value; trimmed and checked here. */
  readonly idempotencyKey: string | undefined;
  /** Everything that identifies the request for idempotency (the body, plus e.g. webhook metadata). */
  readonly fingerprintOf: unknown;
  readonly actor: AuditActor;
  /** Webhooks: the key may be absent (then every call starts a new execution). */
  readonly keyOptional?: boolean;
  /** Armed single-use webhooks: a draft or inactive workflow may run once. */
  readonly allowInactive?: boolean;
  /** The workflow as the caller has just read it (webhooks resolve it with their route); read here otherwise. */
  readonly workflow?: Workflow;
  /** The start as announced when the request arrived (expectStart); announced on entry otherwise. */
  readonly expected?: ExpectedWrite;
  /** The trigger node to start from (a webhook call: its route's trigger); absent: the first trigger. */
  readonly entryNodeId?: string;
}

/** SHA-256 of the canonical JSON (RFC 8785) of a request: equal bodies give equal fingerprints, whatever the key order. */
export function requestFingerprint(request: unknown): string {
  return hash('sha256', canonicalize(request) ?? 'null', 'hex');
}

/**
 * Starting an execution (behaviour brief §8.1, with per-workflow keys and body comparison): replay lookup, workflow
 * checks, then ONE group-committed transaction stores the running execution with its EXECUTION_STARTED event before
 * the answer; the run continues in the background. A workflow without executor nodes does no I/O: it runs to its end
 * first, and that one transaction stores the finished execution (docs/engine.md).
 */
@Injectable()
export class StartExecutionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    private readonly definitions: WorkflowDefinitions,
    private readonly store: ExecutionStore,
    private readonly engine: ExecutionEngine,
  ) {}

  /**
   * Announces a start as early as the caller knows of it (a webhook call, before its route is read): the group
   * commit's batch then waits for it instead of for a timer (GroupCommitter.expect). The caller settles it if it
   * ends without calling start.
   */
  expectStart(): ExpectedWrite {
    return this.store.expectStart();
  }

  /** A caller that passes `expected` settles it itself; otherwise the start is announced here, on entry. */
  start(request: StartRequest): Promise<StartResult> {
    if (request.expected) return this.startExpected(request, request.expected);
    const expected = this.store.expectStart();
    return this.startExpected(request, expected).finally(() => expected.settle());
  }

  private async startExpected(request: StartRequest, expected: ExpectedWrite): Promise<StartResult> {
    if (!this.engine.accepting) {
      throw new FlkError('FLK-0009', 'The service is shutting down and does not start new executions; retry on another instance.');
    }
    const key = request.keyOptional && (request.idempotencyKey ?? '').trim() === '' ? null : checkedKey(request.idempotencyKey);
    // Only a keyed request can be replayed, so only it needs a fingerprint to compare replays against.
    const fingerprint = key === null ? null : requestFingerprint(request.fingerprintOf);

    // Nothing to read when the caller brings the workflow and no key: the insert below decides alone.
    const { existing, workflow } =
      key === null && request.workflow
        ? { existing: null, workflow: request.workflow }
        : await this.db.read(async (m) => {
            const found = key === null ? null : await this.executions.findSummaryByKey(m, request.workflowId, key);
            if (found) return { existing: found, workflow: null };
            return { existing: null, workflow: request.workflow ?? (await this.definitions.current(m, request.workflowId)) };
          });
    if (existing) return replay(existing, fingerprint);
    if (!workflow) throw new FlkError('FLK-0100', `No workflow has id ${request.workflowId}.`);
    if (workflow.status !== 'active' && !request.allowInactive) {
      throw new FlkError('FLK-0501', `Workflow ${workflow.id} is ${workflow.status}; only active workflows can be executed.`);
    }

    const started = Date.now();
    const execution: ExecutionRecord = {
      id: timeOrderedId(),
      workflowId: workflow.id,
      status: 'running',
      inputData: request.inputData ?? null,
      currentStepNumber: 0,
      totalSteps: countSteps(workflow.nodes),
      errorMessage: null,
      finalOutput: undefined,
      idempotencyKey: key,
      requestFingerprint: fingerprint,
      startedAt: isoTime(started),
      completedAt: null,
      updatedAt: isoTime(started),
      deadlineAt: isoTime(started + this.config.executionTimeoutMs),
      entryNodeId: request.entryNodeId ?? null,
    };
    if (this.engine.completesInMemory(workflow)) {
      const finished = await this.engine.runInMemory(execution, workflow);
      const outcome = await this.store.startFinished(finished, request.actor, expected);
      if (!outcome.created) return replay(outcome.existing, fingerprint);
      finished.log.flush();
      return { httpStatus: 201, body: toCreateOutput(finished.record), finished: finished.record };
    }
    const outcome = await this.store.start(execution, request.actor, expected);
    if (!outcome.created) return replay(outcome.existing, fingerprint);
    this.engine.enqueue(execution, workflow);
    return { httpStatus: 201, body: toCreateOutput(execution) };
  }

}


function checkedKey(raw: string | undefined): string {
  const key = headerText(raw ?? '').trim();
  if (key === '') throw new FlkError('FLK-0509', 'The Idempotency-Key header is required and must not be blank.');
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new FlkError('FLK-0509', `The Idempotency-Key header must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
  }
  return key;
}

/**
 * FLK-0510, carrying the execution the key belongs to: a caller that answers a reused key its own way (a webhook:
 * 409 naming that execution) needs it, and the key's first request may have been of any kind.
 */
export class IdempotencyKeyReused extends FlkError {
  constructor(readonly existing: ExecutionSummary) {
    super(
      'FLK-0510',
      `Idempotency-Key reused with a different request: execution ${existing.id} was started with this key and another body.`,
    );
  }
}

function replay(existing: ExecutionSummary, fingerprint: string | null): StartResult {
  if (existing.requestFingerprint !== null && existing.requestFingerprint !== fingerprint) throw new IdempotencyKeyReused(existing);
  return { httpStatus: isTerminal(existing.status) ? 200 : 201, body: toCreateOutput(existing), replayed: true };
}
