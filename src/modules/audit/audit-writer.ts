import type { EntityManager } from 'typeorm';

export type AuditEventType =
  | 'WORKFLOW_CREATED' | 'WORKFLOW_UPDATED' | 'WORKFLOW_ACTIVATED' | 'WORKFLOW_DEACTIVATED' | 'WORKFLOW_DRAFTED'
  | 'WORKFLOW_DELETED' | 'EXECUTION_STARTED' | 'EXECUTION_COMPLETED' | 'EXECUTION_FAILED' | 'PROVIDER_CALL_STARTED'
  | 'PROVIDER_CALL_COMPLETED' | 'PROVIDER_CALL_FAILED' | 'PROVIDER_CONFIG_CREATED' | 'PROVIDER_CONFIG_UPDATED'
  | 'PROVIDER_CONFIG_DELETED' | 'WEBHOOK_SUBSCRIPTION_CREATED' | 'WEBHOOK_SUBSCRIPTION_UPDATED' | 'WEBHOOK_SUBSCRIPTION_DELETED'
  | 'EXECUTOR_CONFIG_UPDATED' | 'EXECUTOR_CONFIG_DELETED';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'ACTIVATE' | 'DEACTIVATE' | 'DRAFT' | 'EXECUTE';
export type AuditResourceType = 'workflow' | 'execution' | 'provider_config' | 'webhook_subscription' | 'executor_config';

/** Who did it, taken from the request (see CurrentActor), or the system itself for background work. */
export interface AuditActor {
  readonly type: 'user' | 'system' | 'api_key';
  readonly id: string;
  readonly ip: string;
  readonly userAgent?: string;
  readonly requestId?: string;
}

export interface AuditEventInput {
  readonly eventType: AuditEventType;
  readonly action: AuditAction;
  readonly result: 'SUCCESS' | 'FAILED';
  readonly resourceType: AuditResourceType;
  readonly resourceId: string;
  /** Event details. Secrets must already be masked: the audit trail is append-only and readable by every caller. */
  readonly metadata?: Record<string, unknown>;
}

export const SYSTEM_ACTOR: AuditActor = { type: 'system', id: 'flowker', ip: '0.0.0.0' };

/** One event and who caused it (appendEach). */
export interface AuditEntry {
  readonly actor: AuditActor;
  readonly event: AuditEventInput;
}

/**
 * Appends one event to the hash-chained audit trail INSIDE the caller's transaction (`manager` comes from
 * Database.write): the change and its event commit together or not at all.
 */
export abstract class AuditWriter {
  abstract append(manager: EntityManager, actor: AuditActor, event: AuditEventInput): Promise<void>;

  /** Appends several events of one actor, in order, in the same transaction. */
  appendMany(manager: EntityManager, actor: AuditActor, events: readonly AuditEventInput[]): Promise<void> {
    return this.appendEach(manager, events.map((event) => ({ actor, event })));
  }

  /** Appends events of any actors, in order, in the same transaction (a group commit's batch: one call per flush). */
  async appendEach(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    for (const { actor, event } of entries) await this.append(manager, actor, event);
  }
}
