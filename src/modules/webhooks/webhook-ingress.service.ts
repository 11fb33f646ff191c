import { hash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApiKeyService } from '../../common/auth/api-key.service';
import { FlkError } from '../../common/errors';
import { clip } from '../../common/unicode';
import { refuseRepeatedKeyHeader } from '../../common/http/header-line-count';
import { headerText } from '../../common/http/header-text';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import type { ExpectedWrite } from '../../engine/runtime/group-commit';
import type { AuditActor } from '../audit/audit-writer';
import { IdempotencyKeyReused, requestFingerprint, StartExecutionService, type ExecutionSummary, type StartResult } from '../executions';
import { isRoutableWebhookPath, normaliseWebhookMethod, normaliseWebhookPath, WebhookRoutesRepository, WorkflowDefinitions, WorkflowsRepository, type Workflow } from '../workflows';
import { ExecutionCompletion } from './execution-completion';
import type { WebhookAnswer } from './webhook-answer';
import { WebhookArmsRepository, type ArmUse, type WebhookArm } from './webhook-arms.repository';
import { headerOf, presentedSecret, refuseRepeatedControlParameter } from './webhook-credentials';
import { buildInputData, type WebhookCall } from './webhook-payload';
import { WebhookRateLimiter } from './webhook-rate-limiter';
import { hashWebhookSecret, matchesAnyHash, safeEqual } from './webhook-secret-hash';
import { verifySignature } from './webhook-signature';
import { WebhookTargetsRepository } from './webhook-targets.repository';
import { triggerConfigOf, type WebhookTriggerConfig } from './webhook-trigger-config';

/** How much of an unknown path a 404 quotes: every routable path fits (MAX_WEBHOOK_PATH_LENGTH), a hostile one does not. */
const QUOTED_PATH_CHARS = 600;
const MAX_DELIVERY_ID_LENGTH = 200;
/**
 * Headers naming a delivery (the same on every retry of it), in order of precedence: ours, GitHub's, Standard
 * Webhooks' message id and the same under Svix's names.
 */
const DELIVERY_ID_HEADERS = ['X-Webhook-Delivery-Id', 'X-GitHub-Delivery', 'webhook-id', 'svix-id'];

/*
 * The two refusals of a caller without valid credentials. Each is worded the same on every route that gives it, and a
 * path nobody listens on gives the first, so a caller cannot tell such a path from a route that takes the API key.
 */
const API_KEY_REQUIRED = 'A valid X-API-Key header (or the webhook secret) is required.';
const SECRET_REQUIRED =
  'The webhook secret is missing or wrong (X-Webhook-Token, Authorization: Bearer or ?token=; for a webhook armed for a single call, the secret returned when it was armed).';

/** Who listens on the called method and path: a deployed (active) workflow, or one armed for a single call. */
type Target =
  | { readonly kind: 'deployed'; readonly workflow: Workflow; readonly nodeId: string; readonly secretHashes: readonly string[] }
  | { readonly kind: 'armed'; readonly workflow: Workflow; readonly nodeId: string; readonly arm: WebhookArm };

/** How the answer is chosen: asynchronous (201), or wait up to `timeoutMs` for the end of the execution. */
type ResponseMode = { readonly sync: false } | { readonly sync: true; readonly timeoutMs: number };

/**
 * One webhook call, in this order: resolve the route (database, every call) → authenticate → sender signature →
 * rate limit → body → single-use arm → start the execution (group-committed: a 2xx means it is stored) → in
 * synchronous mode, wait for its end.
 */
@Injectable()
export class WebhookIngressService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly targets: WebhookTargetsRepository,
    private readonly workflows: WorkflowsRepository,
    private readonly definitions: WorkflowDefinitions,
    private readonly arms: WebhookArmsRepository,
    private readonly routes: WebhookRoutesRepository,
    private readonly apiKeys: ApiKeyService,
    private readonly rateLimiter: WebhookRateLimiter,
    private readonly starter: StartExecutionService,
    private readonly completion: ExecutionCompletion,
  ) {}

  handle(call: WebhookCall, requestId: string): Promise<WebhookAnswer> {
    // Most calls end in a start: announced now, the group commit waits for it rather than for its timer.
    const expected = this.starter.expectStart();
    return this.handleExpected(call, requestId, expected).finally(() => expected.settle());
  }

  private async handleExpected(call: WebhookCall, requestId: string, expected: ExpectedWrite): Promise<WebhookAnswer> {
    const target = await this.resolve(call);
    const trigger = triggerConfigOf(target.workflow.nodes.find((node) => node.id === target.nodeId));
    const actor = this.authenticate(call, target, trigger, requestId);
    let signedMessageId: string | undefined;
    if (trigger.signature) {
      const check = verifySignature(trigger.signature, headerOf(call), call.body, Date.now());
      if (!check.valid) throw new FlkError('FLK-0365', `Webhook signature rejected: ${check.reason}.`);
      signedMessageId = check.messageId;
    }
    if (trigger.rateLimit) {
      const decision = await this.rateLimiter.take(`${target.workflow.id}:${target.nodeId}`, trigger.rateLimit);
      if (!decision.allowed) return rateLimited(decision.retryAfterSeconds);
    }
    const mode = this.responseMode(call, trigger);
    const inputData = await buildInputData(call);
    const keys = this.keysOf(call, target.nodeId, signedMessageId);
    const armUse = target.kind === 'armed' ? await this.consumeArm(target.arm, call) : undefined;

    let started: StartResult;
    try {
      started = await this.starter.start({
        workflowId: target.workflow.id,
        inputData,
        idempotencyKey: keys.key ?? undefined,
        // Replays are decided on the key alone (a sender's retry may differ in headers or timestamps).
        fingerprintOf: triggerFingerprintOf(target.nodeId),
        actor,
        keyOptional: true,
        allowInactive: target.kind === 'armed',
        workflow: target.workflow,
        expected,
        // The route's own trigger: a workflow with several webhook triggers runs the branch of the one called.
        entryNodeId: target.nodeId,
      });
    } catch (err) {
      // The call that used the arm was not stored: give the arm back so the sender's retry can succeed.
      if (armUse) await this.giveBackArm(armUse);
      // The key was first used by another trigger or the execute operation: still a 409 naming its execution.
      if (err instanceof IdempotencyKeyReused) {
        return keyTaken(err.existing.workflowId, err.existing.id, firstUseOf(err.existing, target.workflow));
      }
      throw err;
    }
    // A repeated delivery id or Idempotency-Key starts nothing (200 deduplicated or 409): the arm is given back, so
    // the single call it grants still runs the workflow once.
    if (started.replayed && armUse) await this.giveBackArm(armUse);
    return this.answer(started, keys.isDelivery, mode);
  }

  private async resolve(call: WebhookCall): Promise<Target> {
    const method = normaliseWebhookMethod(call.method);
    // Percent-decoding happens here, exactly once: `orders%2Fpaid` and `orders/paid` are the same route.
    const path = normaliseWebhookPath(call.rawPath);
    // No route has a control character (registration refuses them): such a call is answered as unknown, unasked.
    const routable = isRoutableWebhookPath(path);
    const deployed = routable ? await this.targets.findDeployed(method, path) : null;
    if (deployed) {
      const { version, workflowId } = deployed;
      const workflow = version
        ? (this.definitions.peek(workflowId, version) ?? (await this.db.read((m) => this.definitions.load(m, workflowId))))
        : null;
      if (!workflow) throw new FlkError('FLK-0100', `The workflow listening on ${method} ${path} no longer exists.`);
      return { kind: 'deployed', workflow, nodeId: deployed.nodeId, secretHashes: deployed.secretHashes };
    }
    const found = routable
      ? await this.db.read(async (m) => {
          const arm = await this.arms.findByRoute(m, method, path);
          return { arm, workflow: arm ? await this.workflows.findById(m, arm.workflowId) : null };
        })
      : { arm: null, workflow: null };
    if (!found.arm) {
      // Only an API-key holder (who may list the workflows anyway) learns that nobody listens here; anyone else gets
      // what a route taking the API key answers them, word for word.
      if (!this.apiKeys.isAuthorized(call.headers['x-api-key'])) throw new FlkError('FLK-0003', API_KEY_REQUIRED);
      // The path is the caller's, as long as it chose to send it (up to the URL limit): quoted in part.
      throw new FlkError('FLK-0361', `No active or armed workflow listens on ${method} ${clip(path, QUOTED_PATH_CHARS)}.${await this.otherMethodsHint(routable, path)}`);
    }
    if (!found.workflow) {
      throw new FlkError('FLK-0100', `The workflow listening on ${method} ${path} no longer exists.`);
    }
    return { kind: 'armed', workflow: found.workflow, nodeId: found.arm.nodeId, arm: found.arm };
  }

  /**
   * For an API-key holder calling a live path with the wrong method: which methods it takes. The usual cause of a
   * 404 on a route that "is active" (a form posting to a GET trigger, a test tool defaulting to GET), and the
   * workflows' list would tell the same holder anyway.
   */
  private async otherMethodsHint(routable: boolean, path: string): Promise<string> {
    if (!routable) return '';
    const methods = await this.db.read(async (m) => {
      const [deployed, armed] = await Promise.all([this.routes.methodsOn(m, path), this.arms.liveMethodsOn(m, path, new Date().toISOString())]);
      return [...new Set([...deployed, ...armed])].sort();
    });
    return methods.length === 0 ? '' : ` This path takes ${methods.join(', ')}.`;
  }

  /**
   * A route with a secret (generated, or the trigger's verify_token) is authenticated by that secret alone; a
   * route without one falls back to X-API-Key like the rest of /v1. An armed route needs the arm's own secret.
   */
  private authenticate(call: WebhookCall, target: Target, trigger: WebhookTriggerConfig, requestId: string): AuditActor {
    if (target.kind === 'armed') {
      const presented = presentedSecret(call);
      if (presented === undefined || !matchesAnyHash(presented, [target.arm.secretHash])) throw new FlkError('FLK-0362', SECRET_REQUIRED);
      return webhookActor('user', 'webhook-arm', call, requestId);
    }
    const hasSecret = trigger.verifyToken !== undefined || target.secretHashes.length > 0;
    if (hasSecret) {
      const presented = presentedSecret(call);
      const valid =
        presented !== undefined &&
        ((trigger.verifyToken !== undefined && safeEqual(presented, trigger.verifyToken)) ||
          matchesAnyHash(presented, target.secretHashes));
      if (!valid) throw new FlkError('FLK-0362', SECRET_REQUIRED);
      return webhookActor('user', 'webhook-secret', call, requestId);
    }
    const { authorized, actor: keyActor } = this.apiKeys.check(call.headers['x-api-key']);
    if (!authorized) throw new FlkError('FLK-0003', API_KEY_REQUIRED);
    return webhookActor(keyActor.type === 'api_key' ? 'api_key' : 'user', keyActor.id, call, requestId);
  }

  /** `?wait=` wins over `Prefer:`, which wins over the trigger's `responseMode`. */
  private responseMode(call: WebhookCall, trigger: WebhookTriggerConfig): ResponseMode {
    const max = this.config.webhookSyncTimeoutMs;
    refuseRepeatedControlParameter(call, 'wait');
    const wait = call.query.wait;
    if (wait !== undefined) {
      if (wait !== 'true' && wait !== 'false') throw new FlkError('FLK-0304', 'Query parameter "wait" must be true or false.');
      return wait === 'true' ? { sync: true, timeoutMs: max } : { sync: false };
    }
    const prefer = headerOf(call)('prefer');
    if (prefer) {
      // RFC 7240 allows optional whitespace around `=` (`wait = 5`): it is dropped before matching.
      const preferences = prefer.split(/[,;]/).map((p) => p.trim().toLowerCase().replace(/\s*=\s*/, '='));
      const waitPreference = preferences.find((p) => p.startsWith('wait='));
      // `respond-async` alone asks for the asynchronous answer at once; with `wait=N` (RFC 7240's own example,
      // `respond-async, wait=10`) it asks for the result if it comes within N seconds, else the 202.
      if (!waitPreference && preferences.includes('respond-async')) return { sync: false };
      if (waitPreference) {
        // The value is a token or a quoted-string (RFC 7240 `word`): `wait="5"` is `wait=5`.
        const word = waitPreference.slice(5);
        const value = /^"(\d+)"$/.exec(word)?.[1] ?? word;
        if (!/^\d+$/.test(value)) throw new FlkError('FLK-0304', 'Prefer: wait= must be a whole number of seconds.');
        return { sync: true, timeoutMs: Math.min(Number(value) * 1000, max) };
      }
    }
    return trigger.responseMode === 'sync' ? { sync: true, timeoutMs: max } : { sync: false };
  }

  /**
   * The execution's idempotency key: the id a verified signature covers, else the Idempotency-Key header, else the
   * delivery id (scoped to the trigger node, hashed so any id fits the column). All are enforced by the executions'
   * unique (workflow, key) index in the same transaction that stores the execution. A signed id wins over every
   * unsigned header: otherwise a captured message replayed with a fresh header would start a new execution.
   */
  private keysOf(call: WebhookCall, nodeId: string, signedMessageId: string | undefined): { key: string | null; isDelivery: boolean } {
    // Keys are compared and measured as text: a UTF-8 key is not its latin1 reading (see headerText).
    const read = headerOf(call);
    const header = (name: string) => {
      const value = read(name);
      return value === undefined ? undefined : headerText(value);
    };
    let delivery = signedMessageId?.trim();
    if (!delivery) {
      const idempotencyKey = header('idempotency-key')?.trim();
      if (idempotencyKey) {
        refuseRepeatedKeyHeader(call.rawHeaders, 'Idempotency-Key', 'FLK-0509');
        return { key: idempotencyKey, isDelivery: false };
      }
      for (const name of DELIVERY_ID_HEADERS) {
        if ((delivery = header(name)?.trim())) {
          refuseRepeatedKeyHeader(call.rawHeaders, name, 'FLK-0304');
          break;
        }
      }
    }
    if (!delivery) return { key: null, isDelivery: false };
    if (delivery.length > MAX_DELIVERY_ID_LENGTH) {
      throw new FlkError('FLK-0304', `The delivery id header must be at most ${MAX_DELIVERY_ID_LENGTH} characters.`);
    }
    const digest = hash('sha256', `${nodeId}\n${delivery}`, 'hex');
    return { key: `webhook-delivery:${digest}`, isDelivery: true };
  }

  /** Uses the arm (compare-and-set); returns the use, to give it back if the call starts nothing. */
  private async consumeArm(arm: WebhookArm, call: WebhookCall): Promise<ArmUse> {
    const use: ArmUse = { workflowId: arm.workflowId, secretHash: hashWebhookSecret(presentedSecret(call)!), consumedAt: new Date().toISOString() };
    const won = await this.db.write((m) => this.arms.consume(m, use));
    if (!won) {
      throw new FlkError('FLK-0364', 'This webhook was armed for a single call, which has been used or has expired; arm it again.');
    }
    return use;
  }

  private giveBackArm(use: ArmUse): Promise<void> {
    return this.db.write((m) => this.arms.release(m, use));
  }

  private async answer(started: StartResult, isDelivery: boolean, mode: ResponseMode): Promise<WebhookAnswer> {
    const execution = started.body;
    const headers = { 'X-Webhook-Workflow-ID': execution.workflowId, 'X-Webhook-Execution-ID': execution.executionId };
    if (started.replayed) {
      if (isDelivery) return { status: 200, headers, body: { ...execution, deduplicated: true } };
      return keyTaken(execution.workflowId, execution.executionId, 'the first call');
    }
    if (!mode.sync) return { status: 201, headers, body: { ...execution } };
    const finished = started.finished ?? (await this.completion.waitFor(execution.executionId, mode.timeoutMs));
    if (!finished) {
      return { status: 202, headers: { ...headers, Location: `/v1/executions/${execution.executionId}` }, body: { ...execution } };
    }
    if (finished.status === 'failed') {
      return {
        status: 500,
        headers,
        body: {
          code: 'FLK-0504',
          title: 'Internal Server Error',
          message: finished.errorMessage ?? 'The execution failed.',
          executionId: finished.id,
        },
      };
    }
    return {
      status: 200,
      headers,
      body: {
        executionId: finished.id,
        workflowId: finished.workflowId,
        status: finished.status,
        startedAt: finished.startedAt,
        ...(finished.completedAt ? { completedAt: finished.completedAt } : {}),
        output: finished.finalOutput ?? null,
      },
    };
  }
}

/** A webhook call's request fingerprint, in one place: replays compare it, and firstUseOf recognises other triggers' calls by it. */
function triggerFingerprintOf(nodeId: string): unknown {
  return { webhook: nodeId };
}

/**
 * Who started the execution an Idempotency-Key belongs to, when it was not this trigger: a call to another trigger
 * of the workflow (its fingerprint names the node), else the execute operation or a trigger the workflow no longer has.
 */
function firstUseOf(existing: ExecutionSummary, workflow: Workflow): string {
  const node = workflow.nodes.find((candidate) => requestFingerprint(triggerFingerprintOf(candidate.id)) === existing.requestFingerprint);
  return node
    ? `a call to webhook trigger "${node.id}" of this workflow`
    : 'another request (the execute operation, or a call to a webhook trigger the workflow no longer has)';
}

/** 409 FLK-0505 naming the execution the key belongs to, in the body and in the headers of a webhook answer. */
function keyTaken(workflowId: string, executionId: string, firstUse: string): WebhookAnswer {
  return {
    status: 409,
    headers: { 'X-Webhook-Workflow-ID': workflowId, 'X-Webhook-Execution-ID': executionId },
    body: {
      code: 'FLK-0505',
      title: 'Conflict',
      message: `This Idempotency-Key was already used for this workflow: execution ${executionId} was started by ${firstUse}.`,
      executionId,
    },
  };
}

function rateLimited(retryAfterSeconds: number): WebhookAnswer {
  return {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    body: {
      code: 'FLK-0010',
      title: 'Too Many Requests',
      message: `This webhook's rate limit is exhausted; retry in ${retryAfterSeconds} s.`,
      retryAfter: retryAfterSeconds,
    },
  };
}

/** Who a webhook call acts as in the audit trail; built in one literal (no spread) on this hot path. */
function webhookActor(type: AuditActor['type'], id: string, call: WebhookCall, requestId: string): AuditActor {
  return { type, id, ip: call.remoteIp, requestId };
}
