import { Body, Controller, Param } from '@nestjs/common';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
// DTO classes are imported as values: their runtime type is what the validation pipe validates against.
import { ArmWebhookInput, RotateWebhookSecretInput, WebhooksRoutes, type WebhooksContract } from '../../generated';
import type { AuditActor } from '../audit/audit-writer';
import { WebhookManagementService } from './webhook-management.service';

/**
 * Secret rotation and single-use arming. The trigger operations themselves are served by WebhookIngressRoutes.
 * Both bodies are optional: an empty body arrives as {}, and the parameter types stay plain DTO classes (not
 * `| undefined`) so the validation pipe sees them.
 */
@Controller()
export class WebhooksController implements Pick<WebhooksContract, 'rotateWebhookSecret' | 'armWebhook'> {
  constructor(private readonly management: WebhookManagementService) {}

  @WebhooksRoutes.rotateWebhookSecret()
  async rotateWebhookSecret(@Param() path: { id: string }, @Body() body: RotateWebhookSecretInput, @CurrentActor() actor?: AuditActor) {
    return this.management.rotateSecret(path.id, actor!, body.overlapSeconds);
  }

  @WebhooksRoutes.armWebhook()
  async armWebhook(@Param() path: { id: string }, @Body() body: ArmWebhookInput, @CurrentActor() actor?: AuditActor) {
    return this.management.arm(path.id, actor!, body.ttlSeconds, body.nodeId);
  }
}
