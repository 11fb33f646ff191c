/** What other modules (webhook ingress, executions, dashboards) may use from workflows. */
export { WorkflowsModule } from './workflows.module';
export { WorkflowsRepository } from './workflows.repository';
export { WebhookRoutesRepository, type WebhookRoute } from './webhook-routes.repository';
export { normaliseWebhookMethod, normaliseWebhookPath, WEBHOOK_METHODS } from './webhook-route-path';
export type { Workflow, WorkflowEdge, WorkflowNode, WorkflowStatus } from './workflow.types';
