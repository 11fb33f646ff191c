import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditActor, AuditEventType, AuditWriter } from '../audit/audit-writer';
import type { Workflow } from './workflow.types';

const EVENTS = {
  created: ['WORKFLOW_CREATED', 'CREATE'],
  updated: ['WORKFLOW_UPDATED', 'UPDATE'],
  activated: ['WORKFLOW_ACTIVATED', 'ACTIVATE'],
  deactivated: ['WORKFLOW_DEACTIVATED', 'DEACTIVATE'],
  drafted: ['WORKFLOW_DRAFTED', 'DRAFT'],
  deleted: ['WORKFLOW_DELETED', 'DELETE'],
} as const satisfies Record<string, readonly [AuditEventType, AuditAction]>;

export type WorkflowEvent = keyof typeof EVENTS;

/**
 * Records a successful workflow change in the caller's transaction. Metadata names the workflow and its resulting
 * status only: node data (which may hold webhook tokens) never enters the audit trail.
 */
export function auditWorkflow(
  audit: AuditWriter,
  manager: EntityManager,
  actor: AuditActor,
  event: WorkflowEvent,
  workflow: Pick<Workflow, 'id' | 'name' | 'status'>,
  extra: Record<string, string> = {},
): Promise<void> {
  const [eventType, action] = EVENTS[event];
  return audit.append(manager, actor, {
    eventType,
    action,
    result: 'SUCCESS',
    resourceType: 'workflow',
    resourceId: workflow.id,
    metadata: { 'workflow.id': workflow.id, 'workflow.name': workflow.name, 'workflow.status': workflow.status, ...extra },
  });
}
