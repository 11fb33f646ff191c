import { JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema';

/**
 * Bounds activation enforces on a webhook trigger (src/modules/workflows/validation: webhook-triggers.ts and
 * trigger-settings.ts). Repeated here as plain numbers because the catalog sits below the workflows module; the
 * catalog e2e test activates workflows against this schema so the two cannot drift apart.
 */
export const WEBHOOK_PATH_MAX_LENGTH = 512;
// Activation percent-decodes a path before it checks it, so the pattern reads escapes as activation does: no C0
// control character or DEL, raw or escaped (`%01`, `%7F`), and at least one character that is neither `/` nor its
// escape `%2F` (`/` alone, however spelt, names no route). A `%` not followed by two hex digits is a plain character.
const ESCAPE = '%(?:[2-689A-Fa-f][0-9A-Fa-f]|7[0-9A-Ea-e])';
const NOT_SLASH = `(?:[^/%\\u0000-\\u001f\\u007f]|%(?![0-9A-Fa-f]{2})|%(?!2[Ff])${ESCAPE.slice(1)})`;
const ANY = `(?:/|${ESCAPE}|${NOT_SLASH})`;
export const ROUTABLE_WEBHOOK_PATH = `^${ANY}*${NOT_SLASH}${ANY}*$`;
// `whsec_` (optional) and the base64 of 24 to 64 bytes: 8 to 21 groups of four, then `xx==` (one byte more) or, up
// to 20 groups, `xxx=` (two more).
const B64 = '[A-Za-z0-9+/]';
const STANDARD_SECRET = `^(whsec_)?(?:(?:${B64}{4}){8,21}(?:${B64}{2}==)?|(?:${B64}{4}){8,20}${B64}{3}=)$`;
const wholeNumber = (minimum: number, maximum: number, description: string) => ({ type: 'integer', minimum, maximum, description });

export interface TriggerDefinition {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly schema: JsonSchema;
}

// Describes trigger node `data`; it documents the shape for clients and is not enforced on workflow save. What it
// accepts, activation accepts: every key the webhook ingress reads is listed (until 2026-12-02 `signature`,
// `rateLimit` and `responseMode` were missing, and `additionalProperties: false` refused them).
const webhook: TriggerDefinition = {
  id: 'webhook',
  name: 'Webhook',
  version: 'v1',
  schema: {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'Webhook trigger',
    type: 'object',
    required: ['triggerType', 'path', 'method'],
    properties: {
      triggerType: {
        type: 'string',
        const: 'webhook',
        description: 'Marks the node as a webhook entry point, so activation registers its route.',
      },
      triggerId: {
        type: 'string',
        description: 'Catalog id of the trigger; kept with the node for clients, not read by the engine.',
      },
      path: {
        type: 'string',
        minLength: 1,
        maxLength: WEBHOOK_PATH_MAX_LENGTH,
        pattern: ROUTABLE_WEBHOOK_PATH,
        description: 'Route under /v1/webhooks that starts the workflow (not `/` alone, no control characters).',
      },
      method: {
        type: 'string',
        enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        description: 'HTTP method the route answers to.',
      },
      verify_token: {
        type: 'string',
        description: 'Shared secret callers must present in the X-Webhook-Token header.',
      },
      signature: {
        type: 'object',
        description: "Verifies the sender's own signature over the raw body (docs/webhooks.md).",
        required: ['scheme', 'secret'],
        properties: {
          scheme: { type: 'string', enum: ['github', 'stripe', 'standard'], description: 'Signature scheme of the sender.' },
          secret: {
            type: 'string',
            minLength: 1,
            maxLength: 512,
            description: 'Signing secret; for `standard`, `whsec_` and the base64 of 24 to 64 bytes.',
          },
          toleranceSeconds: wholeNumber(1, 86_400, 'Largest accepted clock difference for timestamped schemes (default 300).'),
        },
        if: { required: ['scheme'], properties: { scheme: { const: 'standard' } } },
        then: { properties: { secret: { pattern: STANDARD_SECRET } } },
      },
      rateLimit: {
        type: 'object',
        description: 'At most `requests` calls per `perSeconds` seconds on this route; more answer 429.',
        required: ['requests', 'perSeconds'],
        properties: {
          requests: wholeNumber(1, 100_000, 'Calls allowed per window.'),
          perSeconds: wholeNumber(1, 86_400, 'Length of the window in seconds.'),
        },
      },
      responseMode: {
        type: 'string',
        enum: ['async', 'sync'],
        default: 'async',
        description: '`sync` answers with the execution result when it finishes in time.',
      },
    },
    additionalProperties: false,
  },
};

export const TRIGGERS: readonly TriggerDefinition[] = [webhook];
