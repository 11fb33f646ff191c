import type { AuditAction, AuditActor, AuditEventInput, AuditEventType, AuditResourceType } from './audit-writer';

/** Runtime lists of the values the audit trail accepts; the `satisfies` clauses keep them in step with the types. */
export const AUDIT_EVENT_TYPES: readonly string[] = [
  'WORKFLOW_CREATED', 'WORKFLOW_UPDATED', 'WORKFLOW_ACTIVATED', 'WORKFLOW_DEACTIVATED', 'WORKFLOW_DRAFTED',
  'WORKFLOW_DELETED', 'EXECUTION_STARTED', 'EXECUTION_COMPLETED', 'EXECUTION_FAILED', 'PROVIDER_CALL_STARTED',
  'PROVIDER_CALL_COMPLETED', 'PROVIDER_CALL_FAILED', 'PROVIDER_CONFIG_CREATED', 'PROVIDER_CONFIG_UPDATED',
  'PROVIDER_CONFIG_DELETED', 'WEBHOOK_SUBSCRIPTION_CREATED', 'WEBHOOK_SUBSCRIPTION_UPDATED', 'WEBHOOK_SUBSCRIPTION_DELETED',
  'EXECUTOR_CONFIG_UPDATED', 'EXECUTOR_CONFIG_DELETED',
] satisfies readonly AuditEventType[];

export const AUDIT_ACTIONS: readonly string[] = [
  'CREATE', 'UPDATE', 'DELETE', 'ACTIVATE', 'DEACTIVATE', 'DRAFT', 'EXECUTE',
] satisfies readonly AuditAction[];

export const AUDIT_RESULTS: readonly string[] = ['SUCCESS', 'FAILED'] satisfies readonly AuditEventInput['result'][];

export const AUDIT_RESOURCE_TYPES: readonly string[] = [
  'workflow', 'execution', 'provider_config', 'webhook_subscription', 'executor_config',
] satisfies readonly AuditResourceType[];

export const AUDIT_ACTOR_TYPES: readonly string[] = ['user', 'system', 'api_key'] satisfies readonly AuditActor['type'][];
