/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsISO8601,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** Options of an arm. */
@ApiSchema({ name: "ArmWebhookInput" })
export class ArmWebhookInput {
  static readonly closed = true;

  @ApiProperty({ required: false, description: "How long the single call may arrive (default 600 seconds, at most one day).", type: "integer", minimum: 1, maximum: 86400, example: 600 })
  @ValidateIf((o: ArmWebhookInput) => o.ttlSeconds !== undefined)
  @IsInt()
  @Min(1, { context: { code: "FLK-0304" } })
  @Max(86400, { context: { code: "FLK-0304" } })
  ttlSeconds?: number;

  @ApiProperty({ required: false, description: "Which webhook trigger to arm (default the first one with a method and path).", type: "string", maxLength: 255, example: "webhook-trigger" })
  @ValidateIf((o: ArmWebhookInput) => o.nodeId !== undefined)
  @IsString()
  @MaxLength(255)
  nodeId?: string;
}

/** An armed webhook. */
@ApiSchema({ name: "ArmWebhookOutput" })
export class ArmWebhookOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  workflowId!: string;

  @ApiProperty({ required: true, type: "string", example: "webhook-trigger" })
  @IsDefined()
  @IsString()
  nodeId!: string;

  @ApiProperty({ required: true, type: "string", example: "POST" })
  @IsDefined()
  @IsString()
  method!: string;

  @ApiProperty({ required: true, description: "Path to call (relative to the server), e.g. `/v1/webhooks/orders/paid`. Each segment of the trigger's path\nis percent-encoded (`rcpt?id` → `/v1/webhooks/rcpt%3Fid`), so the URL reaches the armed route as is.", type: "string", example: "/v1/webhooks/orders/paid" })
  @IsDefined()
  @IsString()
  url!: string;

  @ApiProperty({ required: true, description: "One-time secret the call must present (X-Webhook-Token, Bearer or ?token=).", type: "string", example: "3q2-7wEAAAD_secret_example_3q2-7wEAAAD_secret" })
  @IsDefined()
  @IsString()
  secret!: string;

  @ApiProperty({ required: true, type: "string", format: "date-time", example: "2026-03-17T14:45:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  expiresAt!: string;
}

/** Who performed the audited action. */
@ApiSchema({ name: "AuditActorOutput" })
export class AuditActorOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Kind of actor. `api_key` for changes made through the API, `system` for the service's own background work.", type: "string", enum: ["user","system","api_key"], example: "system" })
  @IsDefined()
  @IsString()
  @IsIn(["user","system","api_key"])
  type!: "user" | "system" | "api_key";

  @ApiProperty({ required: true, description: "Identifier of the actor (a fingerprint of the API key, or `flowker` for events written by the service itself).", type: "string", example: "flowker" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "IP address the action came from (`0.0.0.0` when unknown).", type: "string", example: "0.0.0.0" })
  @IsDefined()
  @IsString()
  ipAddress!: string;
}

/** One event of the append-only audit trail. Events are chained: each `hash` covers the event's content
 * and the `previousHash` of the event before it, so tampering is detectable with the verify operation. */
@ApiSchema({ name: "AuditEntryOutput" })
export class AuditEntryOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Public identifier of the event.", type: "string", format: "uuid", example: "9d8e7f6a-5b4c-4321-9876-a1b2c3d4e5f6" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  eventId!: string;

  @ApiProperty({ required: true, description: "What happened.", type: "string", enum: ["WORKFLOW_CREATED","WORKFLOW_UPDATED","WORKFLOW_ACTIVATED","WORKFLOW_DEACTIVATED","WORKFLOW_DRAFTED","WORKFLOW_DELETED","EXECUTION_STARTED","EXECUTION_COMPLETED","EXECUTION_FAILED","PROVIDER_CALL_STARTED","PROVIDER_CALL_COMPLETED","PROVIDER_CALL_FAILED","PROVIDER_CONFIG_CREATED","PROVIDER_CONFIG_UPDATED","PROVIDER_CONFIG_DELETED","WEBHOOK_SUBSCRIPTION_CREATED","WEBHOOK_SUBSCRIPTION_UPDATED","WEBHOOK_SUBSCRIPTION_DELETED","EXECUTOR_CONFIG_UPDATED","EXECUTOR_CONFIG_DELETED"], example: "WORKFLOW_CREATED" })
  @IsDefined()
  @IsString()
  @IsIn(["WORKFLOW_CREATED","WORKFLOW_UPDATED","WORKFLOW_ACTIVATED","WORKFLOW_DEACTIVATED","WORKFLOW_DRAFTED","WORKFLOW_DELETED","EXECUTION_STARTED","EXECUTION_COMPLETED","EXECUTION_FAILED","PROVIDER_CALL_STARTED","PROVIDER_CALL_COMPLETED","PROVIDER_CALL_FAILED","PROVIDER_CONFIG_CREATED","PROVIDER_CONFIG_UPDATED","PROVIDER_CONFIG_DELETED","WEBHOOK_SUBSCRIPTION_CREATED","WEBHOOK_SUBSCRIPTION_UPDATED","WEBHOOK_SUBSCRIPTION_DELETED","EXECUTOR_CONFIG_UPDATED","EXECUTOR_CONFIG_DELETED"])
  eventType!: "WORKFLOW_CREATED" | "WORKFLOW_UPDATED" | "WORKFLOW_ACTIVATED" | "WORKFLOW_DEACTIVATED" | "WORKFLOW_DRAFTED" | "WORKFLOW_DELETED" | "EXECUTION_STARTED" | "EXECUTION_COMPLETED" | "EXECUTION_FAILED" | "PROVIDER_CALL_STARTED" | "PROVIDER_CALL_COMPLETED" | "PROVIDER_CALL_FAILED" | "PROVIDER_CONFIG_CREATED" | "PROVIDER_CONFIG_UPDATED" | "PROVIDER_CONFIG_DELETED" | "WEBHOOK_SUBSCRIPTION_CREATED" | "WEBHOOK_SUBSCRIPTION_UPDATED" | "WEBHOOK_SUBSCRIPTION_DELETED" | "EXECUTOR_CONFIG_UPDATED" | "EXECUTOR_CONFIG_DELETED";

  @ApiProperty({ required: true, description: "Kind of operation that produced the event.", type: "string", enum: ["CREATE","UPDATE","DELETE","ACTIVATE","DEACTIVATE","DRAFT","EXECUTE"], example: "CREATE" })
  @IsDefined()
  @IsString()
  @IsIn(["CREATE","UPDATE","DELETE","ACTIVATE","DEACTIVATE","DRAFT","EXECUTE"])
  action!: "CREATE" | "UPDATE" | "DELETE" | "ACTIVATE" | "DEACTIVATE" | "DRAFT" | "EXECUTE";

  @ApiProperty({ required: true, description: "Whether the operation succeeded.", type: "string", enum: ["SUCCESS","FAILED"], example: "SUCCESS" })
  @IsDefined()
  @IsString()
  @IsIn(["SUCCESS","FAILED"])
  result!: "SUCCESS" | "FAILED";

  @ApiProperty({ required: true, description: "Id (UUID text) of the resource the event is about.", type: "string", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  resourceId!: string;

  @ApiProperty({ required: true, description: "Type of the resource the event is about.", type: "string", enum: ["workflow","execution","provider_config","webhook_subscription","executor_config"], example: "workflow" })
  @IsDefined()
  @IsString()
  @IsIn(["workflow","execution","provider_config","webhook_subscription","executor_config"])
  resourceType!: "workflow" | "execution" | "provider_config" | "webhook_subscription" | "executor_config";

  @ApiProperty({ type: () => AuditActorOutput, required: true, description: "Who performed the action." })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AuditActorOutput)
  actor!: AuditActorOutput;

  @ApiProperty({ type: Object, required: false, description: "Request context captured with the event (`userAgent`, `requestId`). Omitted when empty.", additionalProperties: true })
  @ValidateIf((o: AuditEntryOutput) => o.context !== undefined)
  @IsObject()
  context?: Record<string, unknown>;

  @ApiProperty({ type: Object, required: false, description: "Small set of event details, for example the workflow name or the error code of a failed execution. Omitted when empty.", example: {"workflow.id":"a1b2c3d4-e5f6-4890-abcd-ef1234567890","workflow.name":"Payment Notification Flow"}, additionalProperties: true })
  @ValidateIf((o: AuditEntryOutput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;

  @ApiProperty({ required: true, description: "When the event was recorded (RFC 3339, UTC, millisecond precision, exactly as hashed).", type: "string", format: "date-time", example: "2026-03-17T14:35:15.123Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  timestamp!: string;

  @ApiProperty({ required: true, description: "Lower-case hex SHA-256 of this event chained to the previous one.", type: "string", pattern: "^[0-9a-f]{64}$", example: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2" })
  @IsDefined()
  @IsString()
  @Matches(new RegExp("^[0-9a-f]{64}$"))
  hash!: string;

  @ApiProperty({ required: false, description: "`hash` of the preceding event. Omitted for the first event of the chain.", type: "string", example: "f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5" })
  @ValidateIf((o: AuditEntryOutput) => o.previousHash !== undefined)
  @IsString()
  previousHash?: string;
}

/** One page of audit events, newest first unless `sortOrder=ASC`. */
@ApiSchema({ name: "AuditEntryListOutput" })
export class AuditEntryListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => AuditEntryOutput, required: true, description: "Audit events of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AuditEntryOutput)
  items!: AuditEntryOutput[];

  @ApiProperty({ required: true, description: "Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.", type: "string", example: "1042" })
  @IsDefined()
  @IsString()
  nextCursor!: string;

  @ApiProperty({ required: true, description: "True when more items exist after this page.", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** Parameters to check against a catalog template's parameter schema. */
@ApiSchema({ name: "CatalogTemplateValidationRequest" })
export class CatalogTemplateValidationRequest {
  static readonly closed = true;

  @ApiProperty({ type: Object, required: false, description: "Candidate template parameters.", example: {"workflowName":"Card validation","tracerProviderConfigId":"c3d4e5f6-a7b8-4012-8def-345678901234","midazProviderConfigId":"d4e5f6a7-b8c9-4123-8ef0-456789012345"}, additionalProperties: true })
  @ValidateIf((o: CatalogTemplateValidationRequest) => o.params !== undefined)
  @IsObject()
  params?: Record<string, unknown>;
}

/** Configuration to check against a catalog executor's schema. */
@ApiSchema({ name: "CatalogValidationRequest" })
export class CatalogValidationRequest {
  static readonly closed = true;

  @ApiProperty({ type: Object, required: false, description: "Candidate executor configuration (the executor-specific keys of a node's `data`).", example: {"accountId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}, additionalProperties: true })
  @ValidateIf((o: CatalogValidationRequest) => o.config !== undefined)
  @IsObject()
  config?: Record<string, unknown>;
}

/** Successful validation result. A failed validation is reported as an error response instead. */
@ApiSchema({ name: "CatalogValidationResponse" })
export class CatalogValidationResponse {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Always true in a 200 response.", type: "boolean", example: true })
  @IsDefined()
  @IsBoolean()
  valid!: boolean;

  @ApiProperty({ required: false, description: "Reserved for a validation message. Omitted when empty.", type: "string" })
  @ValidateIf((o: CatalogValidationResponse) => o.error !== undefined)
  @IsString()
  error?: string;
}

/** Options for cloning a workflow. The body may be empty or omitted. */
@ApiSchema({ name: "CloneWorkflowInput" })
export class CloneWorkflowInput {
  static readonly closed = true;

  @ApiProperty({ required: false, description: "Unique name of the copy. When omitted, the server picks `<source name> (copy)`, then\n`<source name> (copy 2)`, `(copy 3)`, … whichever is free, shortening the source name to stay within 100\ncharacters. A given name is trimmed and normalised like a workflow name (see `CreateWorkflowInput`).", type: "string", minLength: 1, maxLength: 100, pattern: "\\S", example: "Payment Notification Flow (copy)" })
  @ValidateIf((o: CloneWorkflowInput) => o.name !== undefined)
  @IsString()
  @MinLength(1, { context: { code: "FLK-0110" } })
  @MaxLength(100, { context: { code: "FLK-0111" } })
  @Matches(new RegExp("\\S"), { message: "$property must not be white space only", context: { code: "FLK-0110" } })
  name?: string;
}

/** A new provider configuration: the connection settings and credentials Flowker uses to call one
 * catalog provider. */
@ApiSchema({ name: "CreateProviderConfigurationInput" })
export class CreateProviderConfigurationInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Unique name of the configuration. Stored without leading and trailing white space and in Unicode\nnormalisation form C, so names that only differ there are the same name; white space only is refused.", type: "string", minLength: 1, maxLength: 100, pattern: "\\S", example: "Tracer Production" })
  @IsDefined({ context: { code: "FLK-0295" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0295" } })
  @MaxLength(100, { context: { code: "FLK-0296" } })
  @Matches(new RegExp("\\S"), { message: "$property must not be white space only", context: { code: "FLK-0295" } })
  name!: string;

  @ApiProperty({ required: false, description: "Free-text description.", type: "string", maxLength: 500, example: "Fraud screening for card payments." })
  @ValidateIf((o: CreateProviderConfigurationInput) => o.description !== undefined)
  @IsString()
  @MaxLength(500, { context: { code: "FLK-0299" } })
  description?: string;

  @ApiProperty({ required: true, description: "Catalog id of the provider (see `GET /v1/catalog/providers`).", type: "string", example: "tracer" })
  @IsDefined({ context: { code: "FLK-0297" } })
  @IsString()
  providerId!: string;

  @ApiProperty({ type: Object, required: true, description: "Provider settings; must satisfy the provider's `configSchema` (422 FLK-0293 otherwise). Secrets are\nstored as sent and masked in every response.", example: {"base_url":"https://tracer.example.net","api_key":"trc_live_9a8b7c6d5e4f"}, additionalProperties: true })
  @IsDefined({ context: { code: "FLK-0298" } })
  @IsObject()
  config!: Record<string, unknown>;

  @ApiProperty({ type: Object, required: false, description: "Client-defined key/value data.\nBounds, as for workflow metadata: at most 50 top-level entries (FLK-0315), keys of at most 64\ncharacters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), at most 5\nlevels of nesting counting the metadata object itself (FLK-0314).", example: {"owner":"risk-team"}, additionalProperties: true })
  @ValidateIf((o: CreateProviderConfigurationInput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;
}

/** A new webhook subscription. */
@ApiSchema({ name: "CreateWebhookSubscriptionInput" })
export class CreateWebhookSubscriptionInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Name of the subscription, unique within the organisation.", type: "string", minLength: 1, maxLength: 255, example: "Ledger notifications" })
  @IsDefined({ context: { code: "FLK-0705" } })
  @IsString({ context: { code: "FLK-0705" } })
  @MinLength(1, { context: { code: "FLK-0705" } })
  @MaxLength(255, { context: { code: "FLK-0705" } })
  name!: string;

  @ApiProperty({ required: true, description: "HTTPS endpoint that receives the events (at most 2048 characters).", type: "string", minLength: 1, maxLength: 2048, example: "https://hooks.example.com/flowker" })
  @IsDefined({ context: { code: "FLK-0701" } })
  @IsString({ context: { code: "FLK-0701" } })
  @MinLength(1, { context: { code: "FLK-0701" } })
  @MaxLength(2048, { context: { code: "FLK-0701" } })
  url!: string;

  @ApiProperty({ required: true, description: "Event types to deliver: a non-empty list without repetitions.", isArray: true, type: "string", enum: ["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], minItems: 1, maxItems: 6, example: ["workflow.completed","workflow.failed"] })
  @IsDefined({ context: { code: "FLK-0706" } })
  @IsArray({ context: { code: "FLK-0706" } })
  @ArrayMinSize(1, { context: { code: "FLK-0706" } })
  @ArrayMaxSize(6, { context: { code: "FLK-0706" } })
  @IsString({ each: true, context: { code: "FLK-0706" } })
  @IsIn(["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], { each: true, context: { code: "FLK-0706" } })
  events!: Array<"workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed">;

  @ApiProperty({ required: false, description: "Signing secret (1 to 255 characters). Omit it to let the server generate a `whsec_` secret, returned once in the response. A value starting with `whsec_` must be followed by base64 of 24 to 64 bytes; any other value is used as its UTF-8 bytes.", type: "string", minLength: 1, maxLength: 255, example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })
  @ValidateIf((o: CreateWebhookSubscriptionInput) => o.secret !== undefined)
  @IsString({ context: { code: "FLK-0707" } })
  @MinLength(1, { context: { code: "FLK-0707" } })
  @MaxLength(255, { context: { code: "FLK-0707" } })
  secret?: string;

  @ApiProperty({ type: Object, required: false, description: "Extra HTTP headers sent with every delivery: at most 20, names of at most 64 characters, values of at most 1024 characters. Reserved and hop-by-hop names are refused. Values of headers whose name suggests a credential (for example `Authorization`) are encrypted at rest and masked in responses.", example: {"X-Team":"payments"}, additionalProperties: true })
  @ValidateIf((o: CreateWebhookSubscriptionInput) => o.headers !== undefined)
  @IsObject({ context: { code: "FLK-0708" } })
  headers?: Record<string, unknown>;
}

/** Which catalog template to use and its parameters. */
@ApiSchema({ name: "CreateWorkflowFromTemplateInput" })
export class CreateWorkflowFromTemplateInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the template (see `GET /v1/catalog/templates`).", type: "string", example: "tracer-midaz-validation" })
  @IsDefined()
  @IsString()
  templateId!: string;

  @ApiProperty({ type: Object, required: true, description: "Template parameters; must satisfy the template's `paramSchema`.", example: {"workflowName":"Card validation","tracerProviderConfigId":"c3d4e5f6-a7b8-4012-8def-345678901234","midazProviderConfigId":"d4e5f6a7-b8c9-4123-8ef0-456789012345","webhookPath":"/validate-and-transact"}, additionalProperties: true })
  @IsDefined()
  @IsObject()
  params!: Record<string, unknown>;
}

/** A directed connection from one node to another. */
@ApiSchema({ name: "WorkflowEdgeInput" })
export class WorkflowEdgeInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Identifier of the edge, unique within the workflow.", type: "string", minLength: 1, maxLength: 50, example: "trigger-to-tracer" })
  @IsDefined({ context: { code: "FLK-0130" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0130" } })
  @MaxLength(50)
  id!: string;

  @ApiProperty({ required: true, description: "Id of the node the edge leaves.", type: "string", minLength: 1, maxLength: 50, example: "webhook-trigger" })
  @IsDefined({ context: { code: "FLK-0131" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0131" } })
  @MaxLength(50)
  source!: string;

  @ApiProperty({ required: true, description: "Id of the node the edge enters.", type: "string", minLength: 1, maxLength: 50, example: "tracer-validate" })
  @IsDefined({ context: { code: "FLK-0132" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0132" } })
  @MaxLength(50)
  target!: string;

  @ApiProperty({ required: false, description: "For edges leaving a conditional node: `\"true\"` or `\"false\"`, the branch this edge belongs to (any other value is 400 FLK-0115; activation also refuses such an edge without one, which no branch would take). Ignored on edges leaving other nodes.", type: "string", maxLength: 50, example: "true" })
  @ValidateIf((o: WorkflowEdgeInput) => o.sourceHandle !== undefined)
  @IsString()
  @MaxLength(50)
  sourceHandle?: string;

  @ApiProperty({ required: false, description: "Optional condition (the language of conditional nodes) that gates the edge: it is taken only when the condition is absent, blank or true. Activation refuses one that does not parse (400 FLK-0105); one that cannot be evaluated fails the execution (FLK-0504). Conditional nodes branch through `sourceHandle`.", type: "string", maxLength: 500, example: "tracer-validate.body.decision == \"ALLOW\"" })
  @ValidateIf((o: WorkflowEdgeInput) => o.condition !== undefined)
  @IsString()
  @MaxLength(500)
  condition?: string;

  @ApiProperty({ required: false, description: "Display label.", type: "string", maxLength: 50, example: "Approved" })
  @ValidateIf((o: WorkflowEdgeInput) => o.label !== undefined)
  @IsString()
  @MaxLength(50)
  label?: string;
}

/** Canvas coordinates of a node. Only used by editors; has no effect on execution. */
@ApiSchema({ name: "PositionInput" })
export class PositionInput {
  static readonly closed = true;

  @ApiProperty({ required: false, description: "Horizontal position.", type: "integer", example: 250 })
  @ValidateIf((o: PositionInput) => o.x !== undefined)
  @IsInt()
  x?: number;

  @ApiProperty({ required: false, description: "Vertical position.", type: "integer", example: 150 })
  @ValidateIf((o: PositionInput) => o.y !== undefined)
  @IsInt()
  y?: number;
}

/** One step of the workflow graph. */
@ApiSchema({ name: "WorkflowNodeInput" })
export class WorkflowNodeInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Identifier of the node, unique within the workflow; edges refer to it.", type: "string", minLength: 1, maxLength: 50, example: "tracer-validate" })
  @IsDefined({ context: { code: "FLK-0120" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0120" } })
  @MaxLength(50, { context: { code: "FLK-0122" } })
  id!: string;

  @ApiProperty({ required: true, description: "Kind of node.", type: "string", enum: ["trigger","executor","conditional","action"], example: "executor" })
  @IsDefined({ context: { code: "FLK-0121" } })
  @IsString()
  @IsIn(["trigger","executor","conditional","action"], { context: { code: "FLK-0123" } })
  type!: "trigger" | "executor" | "conditional" | "action";

  @ApiProperty({ required: false, description: "Display name, also used as the step name in execution results.", type: "string", maxLength: 50, example: "Tracer Validate Transaction" })
  @ValidateIf((o: WorkflowNodeInput) => o.name !== undefined)
  @IsString()
  @MaxLength(50, { context: { code: "FLK-0124" } })
  name?: string;

  @ApiProperty({ type: () => PositionInput, required: true, description: "Canvas coordinates." })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PositionInput)
  position!: PositionInput;

  @ApiProperty({ type: Object, required: false, description: "Settings of the node; the keys depend on `type`:\n- `trigger`: `triggerType` (`webhook` registers a webhook route on activation), `path` and `method` of\n  the route, optional `verify_token` expected in `X-Webhook-Token`, optional `signature`\n  (`{scheme, secret, toleranceSeconds}`), `rateLimit` and `responseMode`.\n- Secrets in `data` (`verify_token`, the `secret` of `signature` and every other field of it but its\n  settings, any secret-named key) are encrypted at rest and masked in responses (`****` + last 4\n  characters); sending a mask back unchanged keeps the stored secret.\n- `executor`: `executorId` (catalog executor), `providerConfigId` (UUID of an active provider\n  configuration of the same provider), optional `endpointName`, `path`, `method`, `timeout`,\n  `inputMapping`, `outputMapping`, `transforms`. Any other keys must satisfy the executor's schema.\n- `conditional`: `condition`, an expression such as `workflow.amount > 1000`; outgoing edges choose the\n  branch with `sourceHandle` `\"true\"` / `\"false\"`.\n- `action`: `actionType` is one of `set_output` (its `output` object becomes the execution's\n  `finalOutput`), `log` (writes `message` and `data` to the service log) or `transform` (applies the\n  `mapping` list, same shape as `inputMapping`, or the `transforms` list to the execution context; the\n  result becomes the node's output, readable later as `<nodeId>.<field>`). Any other value records a\n  step whose output is the node's `data`.", example: {"executorId":"tracer.validate-transaction","providerConfigId":"c3d4e5f6-a7b8-4012-8def-345678901234","path":"/v1/validations","method":"POST","inputMapping":[{"source":"workflow.amount","target":"amount"}]}, additionalProperties: true })
  @ValidateIf((o: WorkflowNodeInput) => o.data !== undefined)
  @IsObject()
  data?: Record<string, unknown>;
}

/** A new workflow. It is created in status `draft`. */
@ApiSchema({ name: "CreateWorkflowInput" })
export class CreateWorkflowInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Unique name of the workflow (case-sensitive). Leading and trailing white space is removed and the name\nis stored in Unicode normalisation form C, so two names that only differ there (`Café` typed with an\naccented letter or with a combining accent, `Payments` and `Payments `) are the same name. A name of\nwhite space only is refused.", type: "string", minLength: 1, maxLength: 100, pattern: "\\S", example: "Payment Notification Flow" })
  @IsDefined({ context: { code: "FLK-0110" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0110" } })
  @MaxLength(100, { context: { code: "FLK-0111" } })
  @Matches(new RegExp("\\S"), { message: "$property must not be white space only", context: { code: "FLK-0110" } })
  name!: string;

  @ApiProperty({ required: false, description: "Free-text description.", type: "string", maxLength: 500, example: "Receives a payment webhook, screens it with Tracer and books approved payments in Midaz." })
  @ValidateIf((o: CreateWorkflowInput) => o.description !== undefined)
  @IsString()
  @MaxLength(500, { context: { code: "FLK-0117" } })
  description?: string;

  @ApiProperty({ type: () => WorkflowNodeInput, required: false, description: "Nodes of the graph (at most 100). A draft may have none; activation needs at least one `trigger`.", isArray: true, maxItems: 100 })
  @ValidateIf((o: CreateWorkflowInput) => o.nodes !== undefined)
  @IsArray()
  @ArrayMaxSize(100, { context: { code: "FLK-0113" } })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WorkflowNodeInput)
  nodes?: WorkflowNodeInput[];

  @ApiProperty({ type: () => WorkflowEdgeInput, required: false, description: "Edges of the graph (at most 200). Every `source` and `target` must be a node id of this request.", isArray: true, maxItems: 200 })
  @ValidateIf((o: CreateWorkflowInput) => o.edges !== undefined)
  @IsArray()
  @ArrayMaxSize(200, { context: { code: "FLK-0114" } })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WorkflowEdgeInput)
  edges?: WorkflowEdgeInput[];

  @ApiProperty({ type: Object, required: false, description: "Client-defined key/value data. Bounds: at most 50 top-level entries (FLK-0315), keys of at most 64\ncharacters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), and at most 5\nlevels of objects/arrays counting the metadata object itself (FLK-0314). The whole stored workflow\n(name, description, nodes, edges, metadata) is capped at 512 KiB of JSON (FLK-0001).", example: {"team":"payments","environment":"sandbox"}, additionalProperties: true })
  @ValidateIf((o: CreateWorkflowInput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;
}

/** Body of every error response. Clients should branch on `code` (and the HTTP status); `title` is the
 * short status name and `message` is human-readable text that may change between releases. */
@ApiSchema({ name: "ErrorResponse" })
export class ErrorResponse {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Stable machine-readable error code `FLK-nnnn`.", type: "string", pattern: "^FLK-[0-9]{4}$", example: "FLK-0110" })
  @IsDefined()
  @IsString()
  @Matches(new RegExp("^FLK-[0-9]{4}$"))
  code!: string;

  @ApiProperty({ required: true, description: "Short name of the error class, usually the HTTP status text.", type: "string", example: "Bad Request" })
  @IsDefined()
  @IsString()
  title!: string;

  @ApiProperty({ required: true, description: "Explanation for humans. Not stable; do not parse it.", type: "string", example: "Workflow name is required" })
  @IsDefined()
  @IsString()
  message!: string;

  @ApiProperty({ type: Object, required: false, description: "Per-field problems, keyed by the JSON path of the offending field (for example `nodes[2].type`);\neach value describes the problem. Present only for validation errors that concern specific fields.", example: {"name":"must not be empty"}, additionalProperties: true })
  @ValidateIf((o: ErrorResponse) => o.fields !== undefined)
  @IsObject()
  fields?: Record<string, unknown>;
}

/** Input for a new execution. */
@ApiSchema({ name: "ExecuteWorkflowInput" })
export class ExecuteWorkflowInput {
  static readonly closed = true;

  @ApiProperty({ type: Object, required: true, description: "Arbitrary JSON object made available to the workflow as `workflow` in conditions and mappings\n(for example `workflow.amount`).", example: {"amount":"1500.00","currency":"BRL","customerId":"cus_8f2a41"}, additionalProperties: true })
  @IsDefined()
  @IsObject()
  inputData!: Record<string, unknown>;
}

/** Handle of a started (or replayed) execution. */
@ApiSchema({ name: "ExecutionCreateOutput" })
export class ExecutionCreateOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the execution; poll it with the execution status and results operations.", type: "string", format: "uuid", example: "f7e6d5c4-b3a2-4098-8654-321fedcba098" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  executionId!: string;

  @ApiProperty({ required: true, description: "Id of the workflow being executed.", type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  workflowId!: string;

  @ApiProperty({ required: true, description: "Status at the time of the answer. A newly started execution is `running`, except when its workflow\nhas no executor node: such a workflow does no I/O, runs to its end before the execution is stored,\nand is reported `completed` or `failed` already. A replayed execution reports its status at the time\nof the call.", type: "string", enum: ["pending","running","completed","failed"], example: "running" })
  @IsDefined()
  @IsString()
  @IsIn(["pending","running","completed","failed"])
  status!: "pending" | "running" | "completed" | "failed";

  @ApiProperty({ required: true, description: "When the execution was created.", type: "string", format: "date-time", example: "2026-03-17T14:35:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  startedAt!: string;
}

/** Progress of one execution. */
@ApiSchema({ name: "ExecutionStatusOutput" })
export class ExecutionStatusOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the execution.", type: "string", format: "uuid", example: "f7e6d5c4-b3a2-4098-8654-321fedcba098" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  executionId!: string;

  @ApiProperty({ required: true, description: "Id of the executed workflow.", type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  workflowId!: string;

  @ApiProperty({ required: true, description: "`pending` → `running` → `completed` or `failed`. `completed` and `failed` are final.", type: "string", enum: ["pending","running","completed","failed"], example: "completed" })
  @IsDefined()
  @IsString()
  @IsIn(["pending","running","completed","failed"])
  status!: "pending" | "running" | "completed" | "failed";

  @ApiProperty({ required: true, description: "Number of the last step recorded so far (0 before the first step).", type: "integer", minimum: 0, example: 3 })
  @IsDefined()
  @IsInt()
  @Min(0)
  currentStepNumber!: number;

  @ApiProperty({ required: true, description: "Number of non-trigger nodes in the workflow at start time. Branches not taken mean an execution may\nfinish below this number.", type: "integer", minimum: 0, example: 3 })
  @IsDefined()
  @IsInt()
  @Min(0)
  totalSteps!: number;

  @ApiProperty({ required: true, description: "When the execution was created.", type: "string", format: "date-time", example: "2026-03-17T14:35:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  startedAt!: string;

  @ApiProperty({ required: false, description: "When the execution reached a final status. Omitted while it is still in progress.", type: "string", format: "date-time", example: "2026-03-17T14:35:12Z" })
  @ValidateIf((o: ExecutionStatusOutput) => o.completedAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  completedAt?: string;

  @ApiProperty({ required: false, description: "Why the execution failed. Present only for `failed` executions.", type: "string", example: "node \"tracer-validate\": executor call failed after 5 attempts: status 503" })
  @ValidateIf((o: ExecutionStatusOutput) => o.errorMessage !== undefined)
  @IsString()
  errorMessage?: string;
}

/** One page of executions. */
@ApiSchema({ name: "ExecutionListOutput" })
export class ExecutionListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => ExecutionStatusOutput, required: true, description: "Executions of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ExecutionStatusOutput)
  items!: ExecutionStatusOutput[];

  @ApiProperty({ required: true, description: "Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.", type: "string", example: "eyJpZCI6ImExYjJjM2Q0In0=" })
  @IsDefined()
  @IsString()
  nextCursor!: string;

  @ApiProperty({ required: true, description: "True when more items exist after this page.", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** Outcome of one executed node. */
@ApiSchema({ name: "StepResultOutput" })
export class StepResultOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Position of the step in execution order, starting at 1.", type: "integer", minimum: 1, example: 1 })
  @IsDefined()
  @IsInt()
  @Min(1)
  stepNumber!: number;

  @ApiProperty({ required: true, description: "The node `name`, or `<type>_<nodeId>` when the node has no name.", type: "string", example: "Tracer Validate Transaction" })
  @IsDefined()
  @IsString()
  stepName!: string;

  @ApiProperty({ required: true, description: "Id of the node that ran.", type: "string", example: "tracer-validate" })
  @IsDefined()
  @IsString()
  nodeId!: string;

  @ApiProperty({ required: true, description: "Outcome of the step.", type: "string", enum: ["running","completed","failed","skipped"], example: "completed" })
  @IsDefined()
  @IsString()
  @IsIn(["running","completed","failed","skipped"])
  status!: "running" | "completed" | "failed" | "skipped";

  @ApiProperty({ type: Object, required: false, description: "What the node produced: for executor nodes the (mapped) provider response, for conditional nodes\n`{condition, result, branchTaken}`, for a `transform` action its result, for other action nodes their\n`data` (secrets masked). Omitted when empty (skipped steps have none).", example: {"status":200,"body":{"decision":"ALLOW"}}, additionalProperties: true })
  @ValidateIf((o: StepResultOutput) => o.output !== undefined)
  @IsObject()
  output?: Record<string, unknown>;

  @ApiProperty({ required: false, description: "Why the step failed. Present only for failed steps.", type: "string", example: "input transformation failed: missing required source workflow.amount" })
  @ValidateIf((o: StepResultOutput) => o.errorMessage !== undefined)
  @IsString()
  errorMessage?: string;

  @ApiProperty({ required: true, description: "When the step started.", type: "string", format: "date-time", example: "2026-03-17T14:35:01Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  executedAt!: string;

  @ApiProperty({ required: true, description: "How long the step took, in milliseconds.", type: "integer", minimum: 0, example: 412 })
  @IsDefined()
  @IsInt()
  @Min(0)
  durationMs!: number;
}

/** Step-by-step results of a finished execution. */
@ApiSchema({ name: "ExecutionResultsOutput" })
export class ExecutionResultsOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the execution.", type: "string", format: "uuid", example: "f7e6d5c4-b3a2-4098-8654-321fedcba098" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  executionId!: string;

  @ApiProperty({ required: true, description: "Id of the executed workflow.", type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  workflowId!: string;

  @ApiProperty({ required: true, description: "Final status (results exist only for finished executions).", type: "string", enum: ["completed","failed"], example: "completed" })
  @IsDefined()
  @IsString()
  @IsIn(["completed","failed"])
  status!: "completed" | "failed";

  @ApiProperty({ type: () => StepResultOutput, required: true, description: "Every recorded step, in execution order.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StepResultOutput)
  stepResults!: StepResultOutput[];

  @ApiProperty({ type: Object, required: false, description: "Result of the workflow: the `output` object of a `set_output` action when one ran, otherwise the\nwhole execution context (`{\"workflow\": <inputData>, \"<executorNodeId>\": <node output>, ...}`).\nUsually omitted for failed executions.", example: {"approved":true,"transactionId":"tx_5501"}, additionalProperties: true })
  @ValidateIf((o: ExecutionResultsOutput) => o.finalOutput !== undefined)
  @IsObject()
  finalOutput?: Record<string, unknown>;

  @ApiProperty({ required: true, description: "When the execution was created.", type: "string", format: "date-time", example: "2026-03-17T14:35:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  startedAt!: string;

  @ApiProperty({ required: false, description: "When the execution finished.", type: "string", format: "date-time", example: "2026-03-17T14:35:12Z" })
  @ValidateIf((o: ExecutionResultsOutput) => o.completedAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  completedAt?: string;
}

/** Execution counts by status for the selected time window. */
@ApiSchema({ name: "ExecutionSummaryOutput" })
export class ExecutionSummaryOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Sum of all the counts below.", type: "integer", minimum: 0, example: 150 })
  @IsDefined()
  @IsInt()
  @Min(0)
  total!: number;

  @ApiProperty({ required: true, description: "Executions that finished successfully.", type: "integer", minimum: 0, example: 120 })
  @IsDefined()
  @IsInt()
  @Min(0)
  completed!: number;

  @ApiProperty({ required: true, description: "Executions that ended with an error.", type: "integer", minimum: 0, example: 25 })
  @IsDefined()
  @IsInt()
  @Min(0)
  failed!: number;

  @ApiProperty({ required: true, description: "Executions created but not yet started.", type: "integer", minimum: 0, example: 3 })
  @IsDefined()
  @IsInt()
  @Min(0)
  pending!: number;

  @ApiProperty({ required: true, description: "Executions in progress.", type: "integer", minimum: 0, example: 2 })
  @IsDefined()
  @IsInt()
  @Min(0)
  running!: number;
}

/** How calls to the executor's endpoints authenticate. */
@ApiSchema({ name: "ExecutorAuthenticationInput" })
export class ExecutorAuthenticationInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Authentication scheme.", type: "string", enum: ["none","api_key","bearer","basic","oidc_client_credentials","oidc_user"], example: "api_key" })
  @IsDefined({ context: { code: "FLK-0268" } })
  @IsString()
  @IsIn(["none","api_key","bearer","basic","oidc_client_credentials","oidc_user"], { context: { code: "FLK-0269" } })
  type!: "none" | "api_key" | "bearer" | "basic" | "oidc_client_credentials" | "oidc_user";

  @ApiProperty({ type: Object, required: false, description: "Scheme-specific settings (keys, tokens, client credentials, header names).", example: {"header_name":"X-API-Key","key":"sk_live_51H8xq2"}, additionalProperties: true })
  @ValidateIf((o: ExecutorAuthenticationInput) => o.config !== undefined)
  @IsObject()
  config?: Record<string, unknown>;
}

/** Authentication settings of an executor configuration, with secrets masked. */
@ApiSchema({ name: "ExecutorAuthenticationOutput" })
export class ExecutorAuthenticationOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Authentication scheme.", type: "string", enum: ["none","api_key","bearer","basic","oidc_client_credentials","oidc_user"], example: "api_key" })
  @IsDefined()
  @IsString()
  @IsIn(["none","api_key","bearer","basic","oidc_client_credentials","oidc_user"])
  type!: "none" | "api_key" | "bearer" | "basic" | "oidc_client_credentials" | "oidc_user";

  @ApiProperty({ type: Object, required: false, description: "Scheme-specific settings. Sensitive values are masked at any depth: strings longer than four characters\nbecome `****` followed by their last four characters, anything else becomes `********`.\nOmitted when empty.", example: {"header_name":"X-API-Key","key":"****8xq2"}, additionalProperties: true })
  @ValidateIf((o: ExecutorAuthenticationOutput) => o.config !== undefined)
  @IsObject()
  config?: Record<string, unknown>;
}

/** One endpoint of an executor configuration. */
@ApiSchema({ name: "ExecutorEndpointOutput" })
export class ExecutorEndpointOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Name of the endpoint.", type: "string", example: "check-score" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "Path appended to `baseUrl`.", type: "string", example: "/kyc/score" })
  @IsDefined()
  @IsString()
  path!: string;

  @ApiProperty({ required: true, description: "HTTP method, stored upper-case.", type: "string", enum: ["GET","POST","PUT","PATCH","DELETE","HEAD","OPTIONS"], example: "POST" })
  @IsDefined()
  @IsString()
  @IsIn(["GET","POST","PUT","PATCH","DELETE","HEAD","OPTIONS"])
  method!: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

  @ApiProperty({ required: true, description: "Request timeout in seconds.", type: "integer", example: 30 })
  @IsDefined()
  @IsInt()
  timeout!: number;
}

/** A configured HTTP integration (base URL, endpoints, authentication). Status moves
 * `unconfigured` → `configured` → `tested` → `active` ⇄ `disabled`. */
@ApiSchema({ name: "ExecutorConfigurationOutput" })
export class ExecutorConfigurationOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the executor configuration.", type: "string", format: "uuid", example: "b2c3d4e5-f6a7-4901-bcde-f23456789012" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Unique name.", type: "string", example: "Serasa KYC" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: false, description: "Free-text description. Omitted when empty.", type: "string", example: "Credit score lookups for onboarding." })
  @ValidateIf((o: ExecutorConfigurationOutput) => o.description !== undefined)
  @IsString()
  description?: string;

  @ApiProperty({ required: true, description: "Base URL of the remote API, without a trailing slash. The value of a query parameter that holds a\ncredential (a row seeded with one) is masked like other secrets.", type: "string", example: "https://api.serasa.com.br/v2" })
  @IsDefined()
  @IsString()
  baseUrl!: string;

  @ApiProperty({ type: () => ExecutorEndpointOutput, required: true, description: "Endpoints that can be called.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ExecutorEndpointOutput)
  endpoints!: ExecutorEndpointOutput[];

  @ApiProperty({ type: () => ExecutorAuthenticationOutput, required: true, description: "Authentication settings (secrets masked)." })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ExecutorAuthenticationOutput)
  authentication!: ExecutorAuthenticationOutput;

  @ApiProperty({ required: true, description: "Lifecycle status.", type: "string", enum: ["unconfigured","configured","tested","active","disabled"], example: "configured" })
  @IsDefined()
  @IsString()
  @IsIn(["unconfigured","configured","tested","active","disabled"])
  status!: "unconfigured" | "configured" | "tested" | "active" | "disabled";

  @ApiProperty({ type: Object, required: false, description: "Client-defined key/value data. Omitted when empty.", example: {"team":"onboarding"}, additionalProperties: true })
  @ValidateIf((o: ExecutorConfigurationOutput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;

  @ApiProperty({ required: true, description: "Creation time.", type: "string", format: "date-time", example: "2026-03-10T09:00:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;

  @ApiProperty({ required: true, description: "Time of the last change.", type: "string", format: "date-time", example: "2026-03-12T16:20:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  updatedAt!: string;

  @ApiProperty({ required: false, description: "Time of the last connectivity test. Omitted when never tested.", type: "string", format: "date-time", example: "2026-03-12T16:25:00Z" })
  @ValidateIf((o: ExecutorConfigurationOutput) => o.lastTestedAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  lastTestedAt?: string;
}

/** One page of executor configurations. */
@ApiSchema({ name: "ExecutorConfigurationListOutput" })
export class ExecutorConfigurationListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => ExecutorConfigurationOutput, required: true, description: "Executor configurations of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ExecutorConfigurationOutput)
  items!: ExecutorConfigurationOutput[];

  @ApiProperty({ required: true, description: "Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.", type: "string", example: "eyJpZCI6ImExYjJjM2Q0In0=" })
  @IsDefined()
  @IsString()
  nextCursor!: string;

  @ApiProperty({ required: true, description: "True when more items exist after this page.", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** A catalog executor with the schema its node `data` must satisfy. */
@ApiSchema({ name: "ExecutorDetail" })
export class ExecutorDetail {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the executor.", type: "string", example: "midaz.create-transaction" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Create Transaction" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "Grouping label (the provider name).", type: "string", example: "Midaz" })
  @IsDefined()
  @IsString()
  category!: string;

  @ApiProperty({ required: true, description: "Version of the executor definition.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: false, description: "Catalog id of the provider the executor belongs to. Omitted when none.", type: "string", example: "midaz" })
  @ValidateIf((o: ExecutorDetail) => o.providerId !== undefined)
  @IsString()
  providerId?: string;

  @ApiProperty({ required: true, description: "Schema for the executor-specific keys of an executor node's `data`. It is a JSON Schema (draft 2020-12) document serialised as a JSON **string**; parse it to use it.", type: "string", example: "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\",\"required\":[\"send\"]}" })
  @IsDefined()
  @IsString()
  schema!: string;
}

/** One endpoint the executor configuration can call. */
@ApiSchema({ name: "ExecutorEndpointInput" })
export class ExecutorEndpointInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Name of the endpoint, unique within the configuration.", type: "string", minLength: 1, maxLength: 50, example: "check-score" })
  @IsDefined({ context: { code: "FLK-0270" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0270" } })
  @MaxLength(50)
  name!: string;

  @ApiProperty({ required: true, description: "Path appended to `baseUrl`.", type: "string", minLength: 1, maxLength: 200, example: "/kyc/score" })
  @IsDefined({ context: { code: "FLK-0271" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0271" } })
  @MaxLength(200)
  path!: string;

  @ApiProperty({ required: true, description: "HTTP method (upper-case).", type: "string", enum: ["GET","POST","PUT","PATCH","DELETE","HEAD","OPTIONS"], example: "POST" })
  @IsDefined({ context: { code: "FLK-0272" } })
  @IsString()
  @IsIn(["GET","POST","PUT","PATCH","DELETE","HEAD","OPTIONS"], { context: { code: "FLK-0273" } })
  method!: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

  @ApiProperty({ required: false, description: "Request timeout in seconds.", type: "integer", minimum: 1, maximum: 300, default: 30, example: 30 })
  @ValidateIf((o: ExecutorEndpointInput) => o.timeout !== undefined)
  @IsInt()
  @Min(1)
  @Max(300)
  timeout?: number;
}

/** A catalog executor: one operation of a provider that executor nodes can call. */
@ApiSchema({ name: "ExecutorSummary" })
export class ExecutorSummary {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the executor, `<provider>.<operation>`.", type: "string", example: "midaz.create-transaction" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Create Transaction" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "Grouping label (the provider name).", type: "string", example: "Midaz" })
  @IsDefined()
  @IsString()
  category!: string;

  @ApiProperty({ required: true, description: "Version of the executor definition.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: false, description: "Catalog id of the provider the executor belongs to. Omitted when none.", type: "string", example: "midaz" })
  @ValidateIf((o: ExecutorSummary) => o.providerId !== undefined)
  @IsString()
  providerId?: string;
}

/** ErrorResponse plus, where it applies, the execution concerned (executionId) or the wait before a retry (retryAfter). */
@ApiSchema({ name: "ExtendedErrorResponse" })
export class ExtendedErrorResponse {
  static readonly closed = true;

  @ApiProperty({ required: true, type: "string", pattern: "^FLK-[0-9]{4}$", example: "FLK-0505" })
  @IsDefined()
  @IsString()
  @Matches(new RegExp("^FLK-[0-9]{4}$"))
  code!: string;

  @ApiProperty({ required: true, type: "string", example: "Conflict" })
  @IsDefined()
  @IsString()
  title!: string;

  @ApiProperty({ required: true, type: "string", example: "This Idempotency-Key was already used." })
  @IsDefined()
  @IsString()
  message!: string;

  @ApiProperty({ type: Object, required: false, additionalProperties: true })
  @ValidateIf((o: ExtendedErrorResponse) => o.fields !== undefined)
  @IsObject()
  fields?: Record<string, unknown>;

  @ApiProperty({ required: false, description: "The execution concerned (first execution of a duplicate key, or the failed execution).", type: "string", format: "uuid", example: "f7e6d5c4-b3a2-4098-8654-321fedcba098" })
  @ValidateIf((o: ExtendedErrorResponse) => o.executionId !== undefined)
  @IsString()
  @IsUUID('all')
  executionId?: string;

  @ApiProperty({ required: false, description: "Seconds to wait before retrying (429 only).", type: "integer", minimum: 1, example: 2 })
  @ValidateIf((o: ExtendedErrorResponse) => o.retryAfter !== undefined)
  @IsInt()
  @Min(1)
  retryAfter?: number;
}

/** Result of checking the audit hash chain from the first event up to and including the requested one. */
@ApiSchema({ name: "HashChainVerificationOutput" })
export class HashChainVerificationOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "True when every event in the checked range links to its predecessor and its hash matches its content.", type: "boolean", example: true })
  @IsDefined()
  @IsBoolean()
  isValid!: boolean;

  @ApiProperty({ required: false, description: "Internal sequence number (not the `eventId`) of the first event whose link is broken or whose hash\ndoes not match its content. Present only when `isValid` is false.", type: "integer", format: "int64", example: 1042 })
  @ValidateIf((o: HashChainVerificationOutput) => o.firstInvalidId !== undefined)
  @IsInt()
  firstInvalidId?: number;

  @ApiProperty({ required: true, description: "Number of events examined, including the broken one when the chain is invalid.", type: "integer", format: "int64", example: 1250 })
  @IsDefined()
  @IsInt()
  totalChecked!: number;

  @ApiProperty({ required: true, description: "Human-readable summary of the verification.", type: "string", example: "Hash chain is valid" })
  @IsDefined()
  @IsString()
  message!: string;
}

/** Outcome of one health check. */
@ApiSchema({ name: "HealthCheckResult" })
export class HealthCheckResult {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "`healthy` or `unhealthy` for a dependency check; `failed` when the start-up self-probe failed.", type: "string", enum: ["healthy","unhealthy","failed"], example: "healthy" })
  @IsDefined()
  @IsString()
  @IsIn(["healthy","unhealthy","failed"])
  status!: "healthy" | "unhealthy" | "failed";

  @ApiProperty({ required: false, description: "Short explanation. Omitted when empty.", type: "string", example: "database connection is healthy" })
  @ValidateIf((o: HealthCheckResult) => o.message !== undefined)
  @IsString()
  message?: string;
}

/** Overall health of the service. */
@ApiSchema({ name: "HealthResponse" })
export class HealthResponse {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Overall verdict; `unhealthy` comes with HTTP 503.", type: "string", enum: ["healthy","unhealthy"], example: "healthy" })
  @IsDefined()
  @IsString()
  @IsIn(["healthy","unhealthy"])
  status!: "healthy" | "unhealthy";

  @ApiProperty({ required: false, description: "Build version of the service. Omitted when unknown.", type: "string", example: "1.1.0" })
  @ValidateIf((o: HealthResponse) => o.version !== undefined)
  @IsString()
  version?: string;

  @ApiProperty({ required: false, description: "Time since the process started, as a duration string. Omitted when unknown.", type: "string", example: "127h3m56s" })
  @ValidateIf((o: HealthResponse) => o.uptime !== undefined)
  @IsString()
  uptime?: string;

  @ApiProperty({ required: true, description: "When the check ran.", type: "string", format: "date-time", example: "2026-03-17T14:00:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  timestamp!: string;

  @ApiProperty({ type: Object, required: false, description: "Individual checks keyed by name (for example `database`, `self_probe`). Omitted when empty.", example: {"database":{"status":"healthy","message":"database connection is healthy"}}, additionalProperties: true })
  @ValidateIf((o: HealthResponse) => o.checks !== undefined)
  @IsObject()
  checks?: Record<string, unknown>;
}

/** Canvas coordinates of a node. */
@ApiSchema({ name: "PositionOutput" })
export class PositionOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Horizontal position.", type: "integer", example: 250 })
  @IsDefined()
  @IsInt()
  x!: number;

  @ApiProperty({ required: true, description: "Vertical position.", type: "integer", example: 150 })
  @IsDefined()
  @IsInt()
  y!: number;
}

/** Result of one stage of a connectivity test. */
@ApiSchema({ name: "StageTestResultOutput" })
export class StageTestResultOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "`connectivity` (plain request), `authentication` (request with credentials), `end_to_end` (full response read).", type: "string", enum: ["connectivity","authentication","end_to_end"], example: "connectivity" })
  @IsDefined()
  @IsString()
  @IsIn(["connectivity","authentication","end_to_end"])
  name!: "connectivity" | "authentication" | "end_to_end";

  @ApiProperty({ required: true, description: "Outcome; stages after a failed one are `skipped`.", type: "string", enum: ["passed","failed","skipped"], example: "passed" })
  @IsDefined()
  @IsString()
  @IsIn(["passed","failed","skipped"])
  status!: "passed" | "failed" | "skipped";

  @ApiProperty({ required: true, description: "Duration of the stage in milliseconds.", type: "integer", minimum: 0, example: 212 })
  @IsDefined()
  @IsInt()
  @Min(0)
  durationMs!: number;

  @ApiProperty({ required: false, description: "Short explanation. Omitted when empty.", type: "string", example: "Endpoint reachable" })
  @ValidateIf((o: StageTestResultOutput) => o.message !== undefined)
  @IsString()
  message?: string;

  @ApiProperty({ type: Object, required: false, description: "Stage measurements such as `statusCode`, `responseTimeMs`, `url`. Omitted when empty.", example: {"statusCode":200,"responseTimeMs":212,"url":"https://tracer.example.net"}, additionalProperties: true })
  @ValidateIf((o: StageTestResultOutput) => o.details !== undefined)
  @IsObject()
  details?: Record<string, unknown>;

  @ApiProperty({ required: false, description: "Error text of a failed stage. Omitted when empty.", type: "string", example: "unexpected status 503" })
  @ValidateIf((o: StageTestResultOutput) => o.error !== undefined)
  @IsString()
  error?: string;
}

/** Report of a connectivity test. The test never changes the configuration; the overall verdict is in
 * `overallStatus`, not in the HTTP status. */
@ApiSchema({ name: "ProviderConfigTestResultOutput" })
export class ProviderConfigTestResultOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the tested configuration.", type: "string", format: "uuid", example: "c3d4e5f6-a7b8-4012-8def-345678901234" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  providerConfigId!: string;

  @ApiProperty({ required: true, description: "Catalog id of its provider.", type: "string", example: "tracer" })
  @IsDefined()
  @IsString()
  providerId!: string;

  @ApiProperty({ required: true, description: "`passed`: no stage failed; `failed`: no stage passed; `partial`: some of each.", type: "string", enum: ["passed","failed","partial"], example: "passed" })
  @IsDefined()
  @IsString()
  @IsIn(["passed","failed","partial"])
  overallStatus!: "passed" | "failed" | "partial";

  @ApiProperty({ required: true, description: "Total duration in milliseconds.", type: "integer", minimum: 0, example: 645 })
  @IsDefined()
  @IsInt()
  @Min(0)
  durationMs!: number;

  @ApiProperty({ type: () => StageTestResultOutput, required: true, description: "Stages in the order they ran.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StageTestResultOutput)
  stages!: StageTestResultOutput[];

  @ApiProperty({ required: true, description: "One-sentence summary of the outcome.", type: "string", example: "All connectivity tests passed" })
  @IsDefined()
  @IsString()
  summary!: string;

  @ApiProperty({ required: true, description: "When the test started.", type: "string", format: "date-time", example: "2026-03-17T14:01:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  startedAt!: string;

  @ApiProperty({ required: false, description: "When the test finished.", type: "string", format: "date-time", example: "2026-03-17T14:01:01Z" })
  @ValidateIf((o: ProviderConfigTestResultOutput) => o.completedAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  completedAt?: string;
}

/** Summary of a newly created provider configuration. */
@ApiSchema({ name: "ProviderConfigurationCreateOutput" })
export class ProviderConfigurationCreateOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the new provider configuration.", type: "string", format: "uuid", example: "c3d4e5f6-a7b8-4012-8def-345678901234" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Its name.", type: "string", example: "Tracer Production" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "New configurations start `active`.", type: "string", enum: ["active"], example: "active" })
  @IsDefined()
  @IsString()
  @IsIn(["active"])
  status!: "active";

  @ApiProperty({ required: true, description: "Creation time.", type: "string", format: "date-time", example: "2026-03-10T09:00:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;
}

/** A provider configuration, with secrets masked. */
@ApiSchema({ name: "ProviderConfigurationOutput" })
export class ProviderConfigurationOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the provider configuration.", type: "string", format: "uuid", example: "c3d4e5f6-a7b8-4012-8def-345678901234" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Unique name.", type: "string", example: "Tracer Production" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: false, description: "Free-text description. Omitted when empty.", type: "string", example: "Fraud screening for card payments." })
  @ValidateIf((o: ProviderConfigurationOutput) => o.description !== undefined)
  @IsString()
  description?: string;

  @ApiProperty({ required: true, description: "Catalog id of the provider.", type: "string", example: "tracer" })
  @IsDefined()
  @IsString()
  providerId!: string;

  @ApiProperty({ type: Object, required: true, description: "Provider settings. Sensitive values (keys, secrets, passwords, tokens, authorization and cookie\nheaders and similar) are masked at any depth, inside `headers` too: strings longer than four\ncharacters become `****` plus their last four characters, other values become `********`.", example: {"base_url":"https://tracer.example.net","api_key":"****5e4f"}, additionalProperties: true })
  @IsDefined()
  @IsObject()
  config!: Record<string, unknown>;

  @ApiProperty({ required: true, description: "`active` configurations can be used by workflows; `disabled` ones cannot.", type: "string", enum: ["active","disabled"], example: "active" })
  @IsDefined()
  @IsString()
  @IsIn(["active","disabled"])
  status!: "active" | "disabled";

  @ApiProperty({ type: Object, required: false, description: "Client-defined key/value data. Omitted when empty.", example: {"owner":"risk-team"}, additionalProperties: true })
  @ValidateIf((o: ProviderConfigurationOutput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;

  @ApiProperty({ required: true, description: "Creation time.", type: "string", format: "date-time", example: "2026-03-10T09:00:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;

  @ApiProperty({ required: true, description: "Time of the last change.", type: "string", format: "date-time", example: "2026-03-11T10:15:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  updatedAt!: string;
}

/** One page of provider configurations. */
@ApiSchema({ name: "ProviderConfigurationListOutput" })
export class ProviderConfigurationListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => ProviderConfigurationOutput, required: true, description: "Provider configurations of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ProviderConfigurationOutput)
  items!: ProviderConfigurationOutput[];

  @ApiProperty({ required: true, description: "Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.", type: "string", example: "eyJpZCI6ImExYjJjM2Q0In0=" })
  @IsDefined()
  @IsString()
  nextCursor!: string;

  @ApiProperty({ required: true, description: "True when more items exist after this page.", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** A catalog provider with the schema its configurations must satisfy. */
@ApiSchema({ name: "ProviderDetail" })
export class ProviderDetail {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the provider.", type: "string", example: "tracer" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Tracer" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "What the provider does.", type: "string", example: "Transaction validation and fraud screening." })
  @IsDefined()
  @IsString()
  description!: string;

  @ApiProperty({ required: true, description: "Version of the provider definition.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: true, description: "Schema for the `config` of a provider configuration of this provider. It is a JSON Schema (draft 2020-12)\ndocument serialised as a JSON **string**; parse it to use it. Besides the standard keywords, a URL setting\nmarked `x-base-url` must be an `http` or `https` URL with a host and without user info (credentials go\ninto their own settings), else 422 FLK-0293.", type: "string", example: "{\"type\":\"object\",\"required\":[\"base_url\",\"api_key\"]}" })
  @IsDefined()
  @IsString()
  configSchema!: string;
}

/** A catalog provider: an external system Flowker can call. */
@ApiSchema({ name: "ProviderSummary" })
export class ProviderSummary {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the provider.", type: "string", example: "tracer" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Tracer" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "What the provider does.", type: "string", example: "Transaction validation and fraud screening." })
  @IsDefined()
  @IsString()
  description!: string;

  @ApiProperty({ required: true, description: "Version of the provider definition.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;
}

/** Readiness of one dependency. */
@ApiSchema({ name: "ReadyzDependencyCheck" })
export class ReadyzDependencyCheck {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "`up`: reachable; `down`: unreachable or timed out; `degraded`: reachable but impaired (for example\nan open circuit breaker); `skipped` / `n/a`: not checked in this deployment.", type: "string", enum: ["up","down","degraded","skipped","n/a"], example: "up" })
  @IsDefined()
  @IsString()
  @IsIn(["up","down","degraded","skipped","n/a"])
  status!: "up" | "down" | "degraded" | "skipped" | "n/a";

  @ApiProperty({ required: false, description: "Round-trip time of the check in milliseconds (for `up` and `degraded`).", type: "integer", minimum: 0, example: 3 })
  @ValidateIf((o: ReadyzDependencyCheck) => o.latency_ms !== undefined)
  @IsInt()
  @Min(0)
  latency_ms?: number;

  @ApiProperty({ required: false, description: "Present and true when the connection uses TLS.", type: "boolean", example: true })
  @ValidateIf((o: ReadyzDependencyCheck) => o.tls !== undefined)
  @IsBoolean()
  tls?: boolean;

  @ApiProperty({ required: false, description: "Why the dependency is `down`.", type: "string", example: "timeout exceeded" })
  @ValidateIf((o: ReadyzDependencyCheck) => o.error !== undefined)
  @IsString()
  error?: string;

  @ApiProperty({ required: false, description: "Why the check was `skipped` or is `n/a`.", type: "string", example: "not configured" })
  @ValidateIf((o: ReadyzDependencyCheck) => o.reason !== undefined)
  @IsString()
  reason?: string;

  @ApiProperty({ required: false, description: "Circuit-breaker state when `degraded`.", type: "string", example: "open" })
  @ValidateIf((o: ReadyzDependencyCheck) => o.breaker_state !== undefined)
  @IsString()
  breaker_state?: string;
}

/** Readiness of the service to take traffic. */
@ApiSchema({ name: "ReadyzResponse" })
export class ReadyzResponse {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "`unhealthy` (HTTP 503) when any dependency is down or degraded, or while the service is draining.", type: "string", enum: ["healthy","unhealthy"], example: "healthy" })
  @IsDefined()
  @IsString()
  @IsIn(["healthy","unhealthy"])
  status!: "healthy" | "unhealthy";

  @ApiProperty({ type: Object, required: true, description: "Dependency checks keyed by dependency name (for example `database`). Empty while the service is draining.", example: {"database":{"status":"up","latency_ms":3}}, additionalProperties: true })
  @IsDefined()
  @IsObject()
  checks!: Record<string, unknown>;

  @ApiProperty({ required: true, description: "Version of the running service.", type: "string", example: "1.1.0" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: true, description: "Deployment mode the service was started with.", type: "string", enum: ["saas","byoc","local"], example: "local" })
  @IsDefined()
  @IsString()
  @IsIn(["saas","byoc","local"])
  deployment_mode!: "saas" | "byoc" | "local";
}

/** Options of a secret rotation. */
@ApiSchema({ name: "RotateWebhookSecretInput" })
export class RotateWebhookSecretInput {
  static readonly closed = true;

  @ApiProperty({ required: false, description: "How long secrets generated earlier stay valid (0 = revoke them now; at most 7 days).", type: "integer", minimum: 0, maximum: 604800, example: 3600 })
  @ValidateIf((o: RotateWebhookSecretInput) => o.overlapSeconds !== undefined)
  @IsInt()
  @Min(0, { context: { code: "FLK-0304" } })
  @Max(604800, { context: { code: "FLK-0304" } })
  overlapSeconds?: number;
}

/** Number of workflows in one status. */
@ApiSchema({ name: "StatusCountOutput" })
export class StatusCountOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Workflow status (`draft`, `active` or `inactive`).", type: "string", example: "active" })
  @IsDefined()
  @IsString()
  status!: string;

  @ApiProperty({ required: true, description: "Number of workflows in that status.", type: "integer", minimum: 0, example: 8 })
  @IsDefined()
  @IsInt()
  @Min(0)
  count!: number;
}

/** A catalog template with the schema of its parameters. */
@ApiSchema({ name: "TemplateDetail" })
export class TemplateDetail {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the template.", type: "string", example: "tracer-midaz-validation" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Tracer Validation + Midaz Transaction" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "What the generated workflow does.", type: "string", example: "Validates a transaction with Tracer and, when approved, books it in Midaz." })
  @IsDefined()
  @IsString()
  description!: string;

  @ApiProperty({ required: true, description: "Version of the template.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: true, description: "Grouping label.", type: "string", example: "Compliance" })
  @IsDefined()
  @IsString()
  category!: string;

  @ApiProperty({ required: true, description: "Schema of the `params` accepted by the template. Parameters that reference a provider\nconfiguration list the currently active configurations of that provider as `oneOf` choices\n(`const` = configuration id, `title` = its name); when that provider has no active configuration the\nparameter carries `not: {}` instead (nothing can be chosen; JSON Schema allows no empty `oneOf`). It is a\nJSON Schema (draft 2020-12) document serialised as a JSON **string**; parse it to use it.", type: "string", example: "{\"type\":\"object\",\"required\":[\"workflowName\",\"tracerProviderConfigId\",\"midazProviderConfigId\"]}" })
  @IsDefined()
  @IsString()
  paramSchema!: string;
}

/** A catalog template: a parameterised blueprint that builds a complete workflow. */
@ApiSchema({ name: "TemplateSummary" })
export class TemplateSummary {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the template.", type: "string", example: "tracer-midaz-validation" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Tracer Validation + Midaz Transaction" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "What the generated workflow does.", type: "string", example: "Validates a transaction with Tracer and, when approved, books it in Midaz." })
  @IsDefined()
  @IsString()
  description!: string;

  @ApiProperty({ required: true, description: "Version of the template.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: true, description: "Grouping label.", type: "string", example: "Compliance" })
  @IsDefined()
  @IsString()
  category!: string;
}

/** A catalog trigger with the schema describing its node `data`. */
@ApiSchema({ name: "TriggerDetail" })
export class TriggerDetail {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the trigger.", type: "string", example: "webhook" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Webhook" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "Version of the trigger definition.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: true, description: "Schema of the trigger node `data`. It is a JSON Schema (draft 2020-12) document serialised as a JSON **string**; parse it to use it.", type: "string", example: "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\",\"minLength\":1}}}" })
  @IsDefined()
  @IsString()
  schema!: string;
}

/** A catalog trigger: a way to start a workflow. */
@ApiSchema({ name: "TriggerSummary" })
export class TriggerSummary {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Catalog id of the trigger.", type: "string", example: "webhook" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Display name.", type: "string", example: "Webhook" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "Version of the trigger definition.", type: "string", example: "v1" })
  @IsDefined()
  @IsString()
  version!: string;
}

export type TriggerWebhookBody = Record<string, unknown>;

export type TriggerWebhookDeleteBody = Record<string, unknown>;

export type TriggerWebhookGetBody = Record<string, unknown>;

export type TriggerWebhookPatchBody = Record<string, unknown>;

export type TriggerWebhookPutBody = Record<string, unknown>;

/** Full replacement of an executor configuration's settings. `metadata` is merged key by key into the
 * stored metadata instead of replacing it. */
@ApiSchema({ name: "UpdateExecutorConfigurationInput" })
export class UpdateExecutorConfigurationInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Unique name. Stored without leading and trailing white space and in Unicode normalisation form C, so\nnames that only differ there are the same name; white space only is refused.", type: "string", minLength: 1, maxLength: 100, pattern: "\\S", example: "Serasa KYC" })
  @IsDefined({ context: { code: "FLK-0260" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0260" } })
  @MaxLength(100, { context: { code: "FLK-0261" } })
  @Matches(new RegExp("\\S"), { message: "$property must not be white space only", context: { code: "FLK-0260" } })
  name!: string;

  @ApiProperty({ required: false, description: "Free-text description. Omitting it clears the stored description.", type: "string", maxLength: 500, example: "Credit score lookups for onboarding." })
  @ValidateIf((o: UpdateExecutorConfigurationInput) => o.description !== undefined)
  @IsString()
  @MaxLength(500, { context: { code: "FLK-0267" } })
  description?: string;

  @ApiProperty({ required: true, description: "Absolute `http` or `https` URL of the remote API, without user info (`user:password@`), without a\n`#fragment` (endpoint paths are appended to it, and after a `#` a path is no longer part of the URL's path) and\nwithout a query parameter that holds a credential (`api_key`, `token`, `key`, `sig`, `signature`,\n`password`…; 400 FLK-0263): credentials belong in `authentication`, whose secrets are masked. A trailing\nslash is removed.", type: "string", format: "uri", minLength: 1, maxLength: 500, pattern: "^https?://[^/?#\\s@]+([/?][^#]*)?$", example: "https://api.serasa.com.br/v2" })
  @IsDefined({ context: { code: "FLK-0262" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0262" } })
  @MaxLength(500, { context: { code: "FLK-0264" } })
  @Matches(new RegExp("^https?://[^/?#\\s@]+([/?][^#]*)?$"), { message: "$property must be an http or https URL with a host, without user info or a #fragment", context: { code: "FLK-0263" } })
  @IsUrl({ require_tld: false, require_protocol: true }, { context: { code: "FLK-0263" } })
  baseUrl!: string;

  @ApiProperty({ type: () => ExecutorEndpointInput, required: true, description: "Endpoints that can be called; at least one.", isArray: true, minItems: 1 })
  @IsDefined({ context: { code: "FLK-0265" } })
  @IsArray()
  @ArrayMinSize(1, { context: { code: "FLK-0265" } })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ExecutorEndpointInput)
  endpoints!: ExecutorEndpointInput[];

  @ApiProperty({ type: () => ExecutorAuthenticationInput, required: true, description: "Authentication settings, replacing the stored ones. A secret in `config` sent back as exactly the mask\nof its stored value at the same place keeps the stored secret, so settings read and sent back\nunchanged stay as they were; any other value replaces it." })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ExecutorAuthenticationInput)
  authentication!: ExecutorAuthenticationInput;

  @ApiProperty({ type: Object, required: false, description: "Key/value data merged into the stored metadata. The merged result must stay within the bounds.\nBounds, as for workflow metadata: at most 50 top-level entries (FLK-0315), keys of at most 64\ncharacters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), at most 5\nlevels of nesting counting the metadata object itself (FLK-0314).", example: {"team":"onboarding"}, additionalProperties: true })
  @ValidateIf((o: UpdateExecutorConfigurationInput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;
}

/** Partial update: only the fields present are changed. `config`, when present, replaces the whole stored
 * configuration (after validation against the provider schema); `metadata` is merged key by key. */
@ApiSchema({ name: "UpdateProviderConfigurationInput" })
export class UpdateProviderConfigurationInput {
  static readonly closed = true;

  @ApiProperty({ required: false, description: "New unique name, trimmed and normalised like the name of a new configuration.", type: "string", minLength: 1, maxLength: 100, pattern: "\\S", example: "Tracer Production (EU)" })
  @ValidateIf((o: UpdateProviderConfigurationInput) => o.name !== undefined)
  @IsString()
  @MinLength(1, { context: { code: "FLK-0295" } })
  @MaxLength(100, { context: { code: "FLK-0296" } })
  @Matches(new RegExp("\\S"), { message: "$property must not be white space only", context: { code: "FLK-0295" } })
  name?: string;

  @ApiProperty({ required: false, description: "New description.", type: "string", maxLength: 500, example: "Fraud screening for EU card payments." })
  @ValidateIf((o: UpdateProviderConfigurationInput) => o.description !== undefined)
  @IsString()
  @MaxLength(500, { context: { code: "FLK-0299" } })
  description?: string;

  @ApiProperty({ type: Object, required: false, description: "Replacement provider settings; must satisfy the provider's `configSchema`. A secret sent back as\nexactly the mask of its stored value at the same place (`****1234`, `********`) keeps the stored\nsecret; any other value replaces it.", example: {"base_url":"https://eu.tracer.example.net","api_key":"trc_live_1f2e3d4c5b6a"}, additionalProperties: true })
  @ValidateIf((o: UpdateProviderConfigurationInput) => o.config !== undefined)
  @IsObject()
  config?: Record<string, unknown>;

  @ApiProperty({ type: Object, required: false, description: "Keys to add or overwrite in the stored metadata. The merged result must stay within the bounds.\nBounds, as for workflow metadata: at most 50 top-level entries (FLK-0315), keys of at most 64\ncharacters at any depth (FLK-0312), string values of at most 2,000 characters (FLK-0313), at most 5\nlevels of nesting counting the metadata object itself (FLK-0314).", example: {"owner":"risk-team-eu"}, additionalProperties: true })
  @ValidateIf((o: UpdateProviderConfigurationInput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;
}

/** Partial update: only the fields present change. */
@ApiSchema({ name: "UpdateWebhookSubscriptionInput" })
export class UpdateWebhookSubscriptionInput {
  static readonly closed = true;

  @ApiProperty({ required: false, description: "New name, unique within the organisation.", type: "string", minLength: 1, maxLength: 255, example: "Ledger notifications" })
  @ValidateIf((o: UpdateWebhookSubscriptionInput) => o.name !== undefined)
  @IsString({ context: { code: "FLK-0705" } })
  @MinLength(1, { context: { code: "FLK-0705" } })
  @MaxLength(255, { context: { code: "FLK-0705" } })
  name?: string;

  @ApiProperty({ required: false, description: "New HTTPS endpoint (at most 2048 characters).", type: "string", minLength: 1, maxLength: 2048, example: "https://hooks.example.com/flowker" })
  @ValidateIf((o: UpdateWebhookSubscriptionInput) => o.url !== undefined)
  @IsString({ context: { code: "FLK-0701" } })
  @MinLength(1, { context: { code: "FLK-0701" } })
  @MaxLength(2048, { context: { code: "FLK-0701" } })
  url?: string;

  @ApiProperty({ required: false, description: "Replacement list of event types: non-empty, without repetitions.", isArray: true, type: "string", enum: ["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], minItems: 1, maxItems: 6, example: ["workflow.completed","workflow.failed"] })
  @ValidateIf((o: UpdateWebhookSubscriptionInput) => o.events !== undefined)
  @IsArray({ context: { code: "FLK-0706" } })
  @ArrayMinSize(1, { context: { code: "FLK-0706" } })
  @ArrayMaxSize(6, { context: { code: "FLK-0706" } })
  @IsString({ each: true, context: { code: "FLK-0706" } })
  @IsIn(["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], { each: true, context: { code: "FLK-0706" } })
  events?: Array<"workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed">;

  @ApiProperty({ required: false, description: "New signing secret (1 to 255 characters, same rules as at creation). Never returned.", type: "string", minLength: 1, maxLength: 255, example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })
  @ValidateIf((o: UpdateWebhookSubscriptionInput) => o.secret !== undefined)
  @IsString({ context: { code: "FLK-0707" } })
  @MinLength(1, { context: { code: "FLK-0707" } })
  @MaxLength(255, { context: { code: "FLK-0707" } })
  secret?: string;

  @ApiProperty({ required: false, description: "Only with `secret`. For this many seconds (at most 7 days) every delivery is signed with the secret being replaced as well as with the new one, in `webhook-signature`; `X-Webhook-Signature` uses the new secret only. 0 or absent ends the old secret at once (after a leak, for example).", type: "integer", minimum: 0, maximum: 604800, example: 86400 })
  @ValidateIf((o: UpdateWebhookSubscriptionInput) => o.secretOverlapSeconds !== undefined)
  @IsInt({ context: { code: "FLK-0707" } })
  @Min(0, { context: { code: "FLK-0707" } })
  @Max(604800, { context: { code: "FLK-0707" } })
  secretOverlapSeconds?: number;

  @ApiProperty({ type: Object, required: false, description: "Replacement set of extra HTTP headers sent with every delivery: at most 20, names of at most 64 characters, values of at most 1024 characters. Reserved and hop-by-hop names are refused. Values of headers whose name suggests a credential (for example `Authorization`) are encrypted at rest and masked in responses.", example: {"X-Team":"payments"}, additionalProperties: true })
  @ValidateIf((o: UpdateWebhookSubscriptionInput) => o.headers !== undefined)
  @IsObject({ context: { code: "FLK-0708" } })
  headers?: Record<string, unknown>;

  @ApiProperty({ required: false, description: "Enable (`true`) or disable (`false`) deliveries.", type: "boolean", example: true })
  @ValidateIf((o: UpdateWebhookSubscriptionInput) => o.active !== undefined)
  @IsBoolean({ context: { code: "FLK-0001" } })
  active?: boolean;
}

/** Replacement content of a draft workflow. `name`, `description`, `nodes` and `edges` are replaced
 * (omitting `description`, `nodes` or `edges` clears them); `metadata` is merged key by key into the stored
 * metadata. */
@ApiSchema({ name: "UpdateWorkflowInput" })
export class UpdateWorkflowInput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Unique name of the workflow (case-sensitive). Leading and trailing white space is removed and the name\nis stored in Unicode normalisation form C, so two names that only differ there (`Café` typed with an\naccented letter or with a combining accent, `Payments` and `Payments `) are the same name. A name of\nwhite space only is refused.", type: "string", minLength: 1, maxLength: 100, pattern: "\\S", example: "Payment Notification Flow v2" })
  @IsDefined({ context: { code: "FLK-0110" } })
  @IsString()
  @MinLength(1, { context: { code: "FLK-0110" } })
  @MaxLength(100, { context: { code: "FLK-0111" } })
  @Matches(new RegExp("\\S"), { message: "$property must not be white space only", context: { code: "FLK-0110" } })
  name!: string;

  @ApiProperty({ required: false, description: "Free-text description.", type: "string", maxLength: 500, example: "Receives a payment webhook, screens it with Tracer and books approved payments in Midaz." })
  @ValidateIf((o: UpdateWorkflowInput) => o.description !== undefined)
  @IsString()
  @MaxLength(500, { context: { code: "FLK-0117" } })
  description?: string;

  @ApiProperty({ type: () => WorkflowNodeInput, required: false, description: "Nodes of the graph (at most 100). A draft may have none; activation needs at least one `trigger`.", isArray: true, maxItems: 100 })
  @ValidateIf((o: UpdateWorkflowInput) => o.nodes !== undefined)
  @IsArray()
  @ArrayMaxSize(100, { context: { code: "FLK-0113" } })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WorkflowNodeInput)
  nodes?: WorkflowNodeInput[];

  @ApiProperty({ type: () => WorkflowEdgeInput, required: false, description: "Edges of the graph (at most 200). Every `source` and `target` must be a node id of this request.", isArray: true, maxItems: 200 })
  @ValidateIf((o: UpdateWorkflowInput) => o.edges !== undefined)
  @IsArray()
  @ArrayMaxSize(200, { context: { code: "FLK-0114" } })
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WorkflowEdgeInput)
  edges?: WorkflowEdgeInput[];

  @ApiProperty({ type: Object, required: false, description: "Keys to add or overwrite in the stored metadata; keys not sent are kept. The merged metadata must stay\nwithin the bounds described for `CreateWorkflowInput.metadata` (FLK-0312..FLK-0315).", example: {"team":"payments","environment":"sandbox"}, additionalProperties: true })
  @ValidateIf((o: UpdateWorkflowInput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;
}

/** Version of the running service. */
@ApiSchema({ name: "VersionResponse" })
export class VersionResponse {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Configured version string (the `VERSION` setting; `1.1.0` when not set).", type: "string", example: "1.1.0" })
  @IsDefined()
  @IsString()
  version!: string;

  @ApiProperty({ required: true, description: "Server time (UTC) when the request was answered.", type: "string", format: "date-time", example: "2026-03-17T14:00:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  requestDate!: string;
}

/** Handle of the execution a webhook call started, replayed or waited for. */
@ApiSchema({ name: "WebhookCallOutput" })
export class WebhookCallOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the execution.", type: "string", format: "uuid", example: "f7e6d5c4-b3a2-4098-8654-321fedcba098" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  executionId!: string;

  @ApiProperty({ required: true, description: "Id of the workflow.", type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  workflowId!: string;

  @ApiProperty({ required: true, description: "Status of the execution when the answer was written.", type: "string", enum: ["pending","running","completed","failed"], example: "running" })
  @IsDefined()
  @IsString()
  @IsIn(["pending","running","completed","failed"])
  status!: "pending" | "running" | "completed" | "failed";

  @ApiProperty({ required: true, description: "When the execution started (UTC).", type: "string", format: "date-time", example: "2026-03-17T14:35:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  startedAt!: string;

  @ApiProperty({ required: false, description: "Synchronous mode - when the execution finished.", type: "string", format: "date-time", example: "2026-03-17T14:35:00.120Z" })
  @ValidateIf((o: WebhookCallOutput) => o.completedAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  completedAt?: string;

  @ApiProperty({ required: false, description: "Synchronous mode - the execution's final output.", example: {"approved":true} })
  @ValidateIf((o: WebhookCallOutput) => o.output !== undefined)
  output?: unknown;

  @ApiProperty({ required: false, description: "Present (true) when the call repeated a delivery id already accepted; nothing new was started.", type: "boolean", example: true })
  @ValidateIf((o: WebhookCallOutput) => o.deduplicated !== undefined)
  @IsBoolean()
  deduplicated?: boolean;
}

/** One attempt to deliver an event to a subscription. */
@ApiSchema({ name: "WebhookDeliveryAttemptOutput" })
export class WebhookDeliveryAttemptOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of this log entry.", type: "string", format: "uuid", example: "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Subscription the attempt was made for.", type: "string", format: "uuid", example: "f1e2d3c4-b5a6-4978-8877-665544332211" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  subscriptionId!: string;

  @ApiProperty({ required: true, description: "Delivery (one event for one subscription) this attempt belongs to; pass it to the resend operation.", type: "string", format: "uuid", example: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  deliveryId!: string;

  @ApiProperty({ required: true, description: "Id of the event, sent as the `webhook-id` header and the `id` of the body; the same on every attempt and resend.", type: "string", example: "evt_2b7c9d0e1f2a4b3c8d4e5f6a7b8c9d0e" })
  @IsDefined()
  @IsString()
  eventId!: string;

  @ApiProperty({ required: true, description: "Type of the event.", type: "string", enum: ["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], example: "workflow.completed" })
  @IsDefined()
  @IsString()
  @IsIn(["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"])
  eventType!: "workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed";

  @ApiProperty({ required: true, description: "Attempt number within the delivery, starting at 1 (resends continue the count).", type: "integer", minimum: 1, example: 1 })
  @IsDefined()
  @IsInt()
  @Min(1)
  attempt!: number;

  @ApiProperty({ required: true, description: "What caused the attempt: the first try of an event, an automatic retry, a resend request or the test operation.", type: "string", enum: ["event","retry","resend","test"], example: "event" })
  @IsDefined()
  @IsString()
  @IsIn(["event","retry","resend","test"])
  trigger!: "event" | "retry" | "resend" | "test";

  @ApiProperty({ required: true, description: "True when the endpoint answered with a 2xx status.", type: "boolean", example: true })
  @IsDefined()
  @IsBoolean()
  succeeded!: boolean;

  @ApiProperty({ required: false, description: "HTTP status the endpoint answered. Absent when no response was received.", type: "integer", example: 200 })
  @ValidateIf((o: WebhookDeliveryAttemptOutput) => o.statusCode !== undefined)
  @IsInt()
  statusCode?: number;

  @ApiProperty({ required: true, description: "Time from sending the request to receiving the whole response (or giving up), in milliseconds.", type: "integer", minimum: 0, example: 84 })
  @IsDefined()
  @IsInt()
  @Min(0)
  durationMs!: number;

  @ApiProperty({ required: false, description: "Why the attempt failed, when it did (for example a timeout, a refused connection, a blocked address or a non-2xx status).", type: "string", example: "endpoint answered 503 Service Unavailable" })
  @ValidateIf((o: WebhookDeliveryAttemptOutput) => o.error !== undefined)
  @IsString()
  error?: string;

  @ApiProperty({ required: false, description: "The start of the response body as text, at most 1 KiB.", type: "string", example: "{\"received\":true}" })
  @ValidateIf((o: WebhookDeliveryAttemptOutput) => o.responseBody !== undefined)
  @IsString()
  responseBody?: string;

  @ApiProperty({ required: false, description: "True when the response body was longer than `responseBody` shows.", type: "boolean", example: false })
  @ValidateIf((o: WebhookDeliveryAttemptOutput) => o.responseTruncated !== undefined)
  @IsBoolean()
  responseTruncated?: boolean;

  @ApiProperty({ required: false, description: "When the next automatic attempt is due. Present only on failed attempts that will be retried.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @ValidateIf((o: WebhookDeliveryAttemptOutput) => o.nextAttemptAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  nextAttemptAt?: string;

  @ApiProperty({ required: true, description: "When the attempt was made.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;
}

/** The delivery of one event to one subscription. */
@ApiSchema({ name: "WebhookDeliveryOutput" })
export class WebhookDeliveryOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Delivery (one event for one subscription) this attempt belongs to; pass it to the resend operation.", type: "string", format: "uuid", example: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Subscription the attempt was made for.", type: "string", format: "uuid", example: "f1e2d3c4-b5a6-4978-8877-665544332211" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  subscriptionId!: string;

  @ApiProperty({ required: true, description: "Id of the event, sent as the `webhook-id` header and the `id` of the body; the same on every attempt and resend.", type: "string", example: "evt_2b7c9d0e1f2a4b3c8d4e5f6a7b8c9d0e" })
  @IsDefined()
  @IsString()
  eventId!: string;

  @ApiProperty({ required: true, description: "Type of the event.", type: "string", enum: ["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], example: "workflow.completed" })
  @IsDefined()
  @IsString()
  @IsIn(["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"])
  eventType!: "workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed";

  @ApiProperty({ required: true, description: "`pending` (waiting for its next attempt), `delivering` (being sent), `succeeded`, `failed` (given up without using every retry, for example because the endpoint answered 410 or the subscription was disabled) or `exhausted` (every retry failed).", type: "string", enum: ["pending","delivering","succeeded","failed","exhausted"], example: "pending" })
  @IsDefined()
  @IsString()
  @IsIn(["pending","delivering","succeeded","failed","exhausted"])
  status!: "pending" | "delivering" | "succeeded" | "failed" | "exhausted";

  @ApiProperty({ required: true, description: "Attempts made so far.", type: "integer", minimum: 0, example: 3 })
  @IsDefined()
  @IsInt()
  @Min(0)
  attempts!: number;

  @ApiProperty({ required: false, description: "When the next attempt is due, while `pending`.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @ValidateIf((o: WebhookDeliveryOutput) => o.nextAttemptAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  nextAttemptAt?: string;

  @ApiProperty({ required: false, description: "Status of the latest response, if any.", type: "integer", example: 503 })
  @ValidateIf((o: WebhookDeliveryOutput) => o.lastStatusCode !== undefined)
  @IsInt()
  lastStatusCode?: number;

  @ApiProperty({ required: false, description: "Why the latest attempt failed, if it did.", type: "string", example: "endpoint answered 503 Service Unavailable" })
  @ValidateIf((o: WebhookDeliveryOutput) => o.lastError !== undefined)
  @IsString()
  lastError?: string;

  @ApiProperty({ required: true, description: "When the delivery was created.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;

  @ApiProperty({ required: true, description: "When the delivery last changed.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  updatedAt!: string;
}

/** One page of deliveries. */
@ApiSchema({ name: "WebhookDeliveryListOutput" })
export class WebhookDeliveryListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => WebhookDeliveryOutput, required: true, description: "The deliveries of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WebhookDeliveryOutput)
  items!: WebhookDeliveryOutput[];

  @ApiProperty({ required: true, description: "Number of items matching the request, on all pages.", type: "integer", minimum: 0, example: 1 })
  @IsDefined()
  @IsInt()
  @Min(0)
  total!: number;

  @ApiProperty({ required: true, description: "The `limit` applied.", type: "integer", minimum: 1, example: 50 })
  @IsDefined()
  @IsInt()
  @Min(1)
  limit!: number;

  @ApiProperty({ required: true, description: "The `offset` applied.", type: "integer", minimum: 0, example: 0 })
  @IsDefined()
  @IsInt()
  @Min(0)
  offset!: number;

  @ApiProperty({ required: true, description: "True when items exist after this page (request again with `offset` + `limit`).", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** One page of delivery attempts. */
@ApiSchema({ name: "WebhookDeliveryLogListOutput" })
export class WebhookDeliveryLogListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => WebhookDeliveryAttemptOutput, required: true, description: "The delivery attempts of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WebhookDeliveryAttemptOutput)
  items!: WebhookDeliveryAttemptOutput[];

  @ApiProperty({ required: true, description: "Number of items matching the request, on all pages.", type: "integer", minimum: 0, example: 1 })
  @IsDefined()
  @IsInt()
  @Min(0)
  total!: number;

  @ApiProperty({ required: true, description: "The `limit` applied.", type: "integer", minimum: 1, example: 50 })
  @IsDefined()
  @IsInt()
  @Min(1)
  limit!: number;

  @ApiProperty({ required: true, description: "The `offset` applied.", type: "integer", minimum: 0, example: 0 })
  @IsDefined()
  @IsInt()
  @Min(0)
  offset!: number;

  @ApiProperty({ required: true, description: "True when items exist after this page (request again with `offset` + `limit`).", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** A freshly generated webhook secret. Shown once. */
@ApiSchema({ name: "WebhookSecretOutput" })
export class WebhookSecretOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  workflowId!: string;

  @ApiProperty({ required: true, description: "The secret (43 characters, base64url of 32 random bytes). Store it now; only its hash is kept.", type: "string", example: "3q2-7wEAAAD_secret_example_3q2-7wEAAAD_secret" })
  @IsDefined()
  @IsString()
  secret!: string;

  @ApiProperty({ required: true, type: "string", format: "date-time", example: "2026-03-17T14:35:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;

  @ApiProperty({ required: false, description: "When the secrets generated earlier stop working (absent when there were none).", type: "string", format: "date-time", example: "2026-03-17T15:35:00.000Z" })
  @ValidateIf((o: WebhookSecretOutput) => o.previousSecretsExpireAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  previousSecretsExpireAt?: string;
}

/** The created subscription, with the generated secret when the server made one. */
@ApiSchema({ name: "WebhookSubscriptionCreateOutput" })
export class WebhookSubscriptionCreateOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the subscription.", type: "string", format: "uuid", example: "f1e2d3c4-b5a6-4978-8877-665544332211" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Organisation owning the subscription.", type: "string", example: "default" })
  @IsDefined()
  @IsString()
  organizationId!: string;

  @ApiProperty({ required: true, description: "Name of the subscription.", type: "string", example: "Ledger notifications" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "Endpoint receiving the events. The value of a query parameter that holds a credential (`token`, `key`,\n`sig`, `api_key`…) is masked; a PATCH sending the URL back with the mask keeps the stored value.", type: "string", example: "https://hooks.example.com/flowker" })
  @IsDefined()
  @IsString()
  url!: string;

  @ApiProperty({ required: true, description: "Event types delivered to the endpoint.", isArray: true, type: "string", enum: ["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], example: ["workflow.completed"] })
  @IsDefined()
  @IsArray()
  @IsString({ each: true })
  @IsIn(["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], { each: true })
  events!: Array<"workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed">;

  @ApiProperty({ type: Object, required: true, description: "Extra headers sent with every delivery; credential-like values are masked (`****` and the last 4 characters).", example: {"X-Team":"payments"}, additionalProperties: true })
  @IsDefined()
  @IsObject()
  headers!: Record<string, unknown>;

  @ApiProperty({ required: true, description: "Whether events are delivered. The server sets it to `false` when the endpoint answers 410 Gone or keeps failing (see `disabledReason`).", type: "boolean", example: true })
  @IsDefined()
  @IsBoolean()
  active!: boolean;

  @ApiProperty({ required: false, description: "Why the subscription is inactive: `endpoint_gone` (the endpoint answered 410 Gone), `failing_continuously` (every attempt failed for the configured period, 5 days by default) or `disabled_by_user`. Absent while active.", type: "string", enum: ["endpoint_gone","failing_continuously","disabled_by_user"], example: "endpoint_gone" })
  @ValidateIf((o: WebhookSubscriptionCreateOutput) => o.disabledReason !== undefined)
  @IsString()
  @IsIn(["endpoint_gone","failing_continuously","disabled_by_user"])
  disabledReason?: "endpoint_gone" | "failing_continuously" | "disabled_by_user";

  @ApiProperty({ required: false, description: "When the subscription became inactive. Absent while active.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @ValidateIf((o: WebhookSubscriptionCreateOutput) => o.disabledAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  disabledAt?: string;

  @ApiProperty({ required: true, description: "When the subscription was created.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;

  @ApiProperty({ required: true, description: "When the subscription was last changed, by a client or by the server disabling it.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  updatedAt!: string;

  @ApiProperty({ required: false, description: "The generated signing secret (`whsec_` + base64 of 32 bytes). Returned only here and only when the request had no `secret`.", type: "string", example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })
  @ValidateIf((o: WebhookSubscriptionCreateOutput) => o.secret !== undefined)
  @IsString()
  secret?: string;
}

/** A webhook subscription. Its secret is never included. */
@ApiSchema({ name: "WebhookSubscriptionOutput" })
export class WebhookSubscriptionOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the subscription.", type: "string", format: "uuid", example: "f1e2d3c4-b5a6-4978-8877-665544332211" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Organisation owning the subscription.", type: "string", example: "default" })
  @IsDefined()
  @IsString()
  organizationId!: string;

  @ApiProperty({ required: true, description: "Name of the subscription.", type: "string", example: "Ledger notifications" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: true, description: "Endpoint receiving the events. The value of a query parameter that holds a credential (`token`, `key`,\n`sig`, `api_key`…) is masked; a PATCH sending the URL back with the mask keeps the stored value.", type: "string", example: "https://hooks.example.com/flowker" })
  @IsDefined()
  @IsString()
  url!: string;

  @ApiProperty({ required: true, description: "Event types delivered to the endpoint.", isArray: true, type: "string", enum: ["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], example: ["workflow.completed"] })
  @IsDefined()
  @IsArray()
  @IsString({ each: true })
  @IsIn(["workflow.started","workflow.completed","workflow.failed","workflow.step.started","workflow.step.completed","workflow.step.failed"], { each: true })
  events!: Array<"workflow.started" | "workflow.completed" | "workflow.failed" | "workflow.step.started" | "workflow.step.completed" | "workflow.step.failed">;

  @ApiProperty({ type: Object, required: true, description: "Extra headers sent with every delivery; credential-like values are masked (`****` and the last 4 characters).", example: {"X-Team":"payments"}, additionalProperties: true })
  @IsDefined()
  @IsObject()
  headers!: Record<string, unknown>;

  @ApiProperty({ required: true, description: "Whether events are delivered. The server sets it to `false` when the endpoint answers 410 Gone or keeps failing (see `disabledReason`).", type: "boolean", example: true })
  @IsDefined()
  @IsBoolean()
  active!: boolean;

  @ApiProperty({ required: false, description: "Why the subscription is inactive: `endpoint_gone` (the endpoint answered 410 Gone), `failing_continuously` (every attempt failed for the configured period, 5 days by default) or `disabled_by_user`. Absent while active.", type: "string", enum: ["endpoint_gone","failing_continuously","disabled_by_user"], example: "endpoint_gone" })
  @ValidateIf((o: WebhookSubscriptionOutput) => o.disabledReason !== undefined)
  @IsString()
  @IsIn(["endpoint_gone","failing_continuously","disabled_by_user"])
  disabledReason?: "endpoint_gone" | "failing_continuously" | "disabled_by_user";

  @ApiProperty({ required: false, description: "When the subscription became inactive. Absent while active.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @ValidateIf((o: WebhookSubscriptionOutput) => o.disabledAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  disabledAt?: string;

  @ApiProperty({ required: false, description: "While the secret replaced by the last rotation still signs deliveries (see `secretOverlapSeconds`), when it stops. Absent otherwise.", type: "string", format: "date-time", example: "2026-03-18T14:30:00.000Z" })
  @ValidateIf((o: WebhookSubscriptionOutput) => o.previousSecretExpiresAt !== undefined)
  @IsString()
  @IsISO8601({ strict: true })
  previousSecretExpiresAt?: string;

  @ApiProperty({ required: true, description: "When the subscription was created.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;

  @ApiProperty({ required: true, description: "When the subscription was last changed, by a client or by the server disabling it.", type: "string", format: "date-time", example: "2026-03-17T14:30:00.000Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  updatedAt!: string;
}

/** One page of webhook subscriptions. */
@ApiSchema({ name: "WebhookSubscriptionListOutput" })
export class WebhookSubscriptionListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => WebhookSubscriptionOutput, required: true, description: "The webhook subscriptions of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WebhookSubscriptionOutput)
  items!: WebhookSubscriptionOutput[];

  @ApiProperty({ required: true, description: "Number of items matching the request, on all pages.", type: "integer", minimum: 0, example: 1 })
  @IsDefined()
  @IsInt()
  @Min(0)
  total!: number;

  @ApiProperty({ required: true, description: "The `limit` applied.", type: "integer", minimum: 1, example: 50 })
  @IsDefined()
  @IsInt()
  @Min(1)
  limit!: number;

  @ApiProperty({ required: true, description: "The `offset` applied.", type: "integer", minimum: 0, example: 0 })
  @IsDefined()
  @IsInt()
  @Min(0)
  offset!: number;

  @ApiProperty({ required: true, description: "True when items exist after this page (request again with `offset` + `limit`).", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** Summary of a newly created workflow. */
@ApiSchema({ name: "WorkflowCreateOutput" })
export class WorkflowCreateOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the new workflow.", type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  workflowId!: string;

  @ApiProperty({ required: true, description: "Definition version; always `1.0.0` (workflows are not versioned).", type: "string", enum: ["1.0.0"], example: "1.0.0" })
  @IsDefined()
  @IsString()
  @IsIn(["1.0.0"])
  version!: "1.0.0";

  @ApiProperty({ required: true, description: "New workflows start as `draft`.", type: "string", enum: ["draft"], example: "draft" })
  @IsDefined()
  @IsString()
  @IsIn(["draft"])
  status!: "draft";

  @ApiProperty({ required: true, description: "Creation time.", type: "string", format: "date-time", example: "2026-03-17T14:30:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;
}

/** One edge of a stored workflow. */
@ApiSchema({ name: "WorkflowEdgeOutput" })
export class WorkflowEdgeOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Identifier of the edge.", type: "string", example: "trigger-to-tracer" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Id of the node the edge leaves.", type: "string", example: "webhook-trigger" })
  @IsDefined()
  @IsString()
  source!: string;

  @ApiProperty({ required: true, description: "Id of the node the edge enters.", type: "string", example: "tracer-validate" })
  @IsDefined()
  @IsString()
  target!: string;

  @ApiProperty({ required: false, description: "Branch (`\"true\"`/`\"false\"`) for edges leaving a conditional node. Omitted when empty.", type: "string", example: "true" })
  @ValidateIf((o: WorkflowEdgeOutput) => o.sourceHandle !== undefined)
  @IsString()
  sourceHandle?: string;

  @ApiProperty({ required: false, description: "Condition gating the edge (see WorkflowEdgeInput). Omitted when empty.", type: "string", example: "tracer-validate.body.decision == \"ALLOW\"" })
  @ValidateIf((o: WorkflowEdgeOutput) => o.condition !== undefined)
  @IsString()
  condition?: string;

  @ApiProperty({ required: false, description: "Display label. Omitted when empty.", type: "string", example: "Approved" })
  @ValidateIf((o: WorkflowEdgeOutput) => o.label !== undefined)
  @IsString()
  label?: string;
}

/** One node of a stored workflow. */
@ApiSchema({ name: "WorkflowNodeOutput" })
export class WorkflowNodeOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Identifier of the node.", type: "string", example: "tracer-validate" })
  @IsDefined()
  @IsString()
  id!: string;

  @ApiProperty({ required: true, description: "Kind of node (`trigger`, `executor`, `conditional` or `action`).", type: "string", example: "executor" })
  @IsDefined()
  @IsString()
  type!: string;

  @ApiProperty({ required: false, description: "Display name. Omitted when empty.", type: "string", example: "Tracer Validate Transaction" })
  @ValidateIf((o: WorkflowNodeOutput) => o.name !== undefined)
  @IsString()
  name?: string;

  @ApiProperty({ type: () => PositionOutput, required: true, description: "Canvas coordinates." })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PositionOutput)
  position!: PositionOutput;

  @ApiProperty({ type: Object, required: false, description: "Settings of the node (see `WorkflowNodeInput.data`). Omitted when empty.", example: {"executorId":"tracer.validate-transaction","providerConfigId":"c3d4e5f6-a7b8-4012-8def-345678901234"}, additionalProperties: true })
  @ValidateIf((o: WorkflowNodeOutput) => o.data !== undefined)
  @IsObject()
  data?: Record<string, unknown>;
}

/** A stored workflow. */
@ApiSchema({ name: "WorkflowOutput" })
export class WorkflowOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Id of the workflow.", type: "string", format: "uuid", example: "a1b2c3d4-e5f6-4890-abcd-ef1234567890" })
  @IsDefined()
  @IsString()
  @IsUUID('all')
  id!: string;

  @ApiProperty({ required: true, description: "Unique name.", type: "string", example: "Payment Notification Flow" })
  @IsDefined()
  @IsString()
  name!: string;

  @ApiProperty({ required: false, description: "Free-text description. Omitted when empty.", type: "string", example: "Receives a payment webhook, screens it with Tracer and books approved payments in Midaz." })
  @ValidateIf((o: WorkflowOutput) => o.description !== undefined)
  @IsString()
  description?: string;

  @ApiProperty({ required: true, description: "Lifecycle status: `draft` (editable), `active` (runnable), `inactive` (stopped).", type: "string", enum: ["draft","active","inactive"], example: "draft" })
  @IsDefined()
  @IsString()
  @IsIn(["draft","active","inactive"])
  status!: "draft" | "active" | "inactive";

  @ApiProperty({ type: () => WorkflowNodeOutput, required: true, description: "Nodes of the graph.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WorkflowNodeOutput)
  nodes!: WorkflowNodeOutput[];

  @ApiProperty({ type: () => WorkflowEdgeOutput, required: true, description: "Edges of the graph.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WorkflowEdgeOutput)
  edges!: WorkflowEdgeOutput[];

  @ApiProperty({ type: Object, required: false, description: "Client-defined key/value data. Omitted when empty.", example: {"team":"payments"}, additionalProperties: true })
  @ValidateIf((o: WorkflowOutput) => o.metadata !== undefined)
  @IsObject()
  metadata?: Record<string, unknown>;

  @ApiProperty({ required: true, description: "Creation time.", type: "string", format: "date-time", example: "2026-03-17T14:30:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  createdAt!: string;

  @ApiProperty({ required: true, description: "Time of the last change, including status changes.", type: "string", format: "date-time", example: "2026-03-17T14:31:00Z" })
  @IsDefined()
  @IsString()
  @IsISO8601({ strict: true })
  updatedAt!: string;
}

/** One page of workflows. */
@ApiSchema({ name: "WorkflowListOutput" })
export class WorkflowListOutput {
  static readonly closed = true;

  @ApiProperty({ type: () => WorkflowOutput, required: true, description: "Workflows of this page.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WorkflowOutput)
  items!: WorkflowOutput[];

  @ApiProperty({ required: true, description: "Opaque token for the next page. Pass it unchanged as `cursor` to fetch the next page. Empty string when `hasMore` is false.", type: "string", example: "eyJpZCI6ImExYjJjM2Q0In0=" })
  @IsDefined()
  @IsString()
  nextCursor!: string;

  @ApiProperty({ required: true, description: "True when more items exist after this page.", type: "boolean", example: false })
  @IsDefined()
  @IsBoolean()
  hasMore!: boolean;
}

/** Workflow counts for the dashboard. */
@ApiSchema({ name: "WorkflowSummaryOutput" })
export class WorkflowSummaryOutput {
  static readonly closed = true;

  @ApiProperty({ required: true, description: "Number of workflows of every status.", type: "integer", minimum: 0, example: 15 })
  @IsDefined()
  @IsInt()
  @Min(0)
  total!: number;

  @ApiProperty({ required: true, description: "Number of workflows in status `active` (0 when none).", type: "integer", minimum: 0, example: 8 })
  @IsDefined()
  @IsInt()
  @Min(0)
  active!: number;

  @ApiProperty({ type: () => StatusCountOutput, required: true, description: "One entry per status that has at least one workflow, in no particular order.", isArray: true })
  @IsDefined()
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StatusCountOutput)
  byStatus!: StatusCountOutput[];
}
