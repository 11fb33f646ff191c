/** What other modules (webhook ingress, executions, dashboards) may use from workflows. */
export { WorkflowsModule } from './workflows.module';
export { WorkflowsRepository, type ReadVersion } from './workflows.repository';
export { WorkflowDefinitions } from './workflow-definitions';
export { WebhookRoutesRepository, type WebhookRoute } from './webhook-routes.repository';
export { isRoutableWebhookPath, normaliseWebhookMethod, normaliseWebhookPath, webhookCallPath, WEBHOOK_METHODS } from './webhook-route-path';
export { webhookRouteOf } from './validation/webhook-triggers';
export type { Workflow, WorkflowEdge, WorkflowNode, WorkflowStatus } from './workflow.types';
export { auditWorkflow } from './workflow-audit';
