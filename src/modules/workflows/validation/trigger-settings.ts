import { FlkError } from '../../../common/errors';
import { STANDARD_KEY_BYTES, standardWebhooksKey } from '../../../common/secrets/standard-webhooks-secret';
import type { WorkflowNode } from '../workflow.types';
import { charLength } from './limits';

/** The bounds a trigger's webhook settings must respect; the webhook ingress reads them (webhook-trigger-config.ts). */
export const TRIGGER_SETTING_LIMITS = {
  signatureSchemes: ['github', 'stripe', 'standard'],
  signatureSecretMaxLength: 512,
  toleranceSeconds: { min: 1, max: 86_400 },
  rateLimitRequests: { min: 1, max: 100_000 },
  rateLimitPerSeconds: { min: 1, max: 86_400 },
  responseModes: ['async', 'sync'],
} as const;

interface Range {
  readonly min: number;
  readonly max: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const inRange = (value: unknown, range: Range) =>
  typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;

/** Absent settings are `undefined` or `null`, as the ingress reads them. */
const isAbsent = (value: unknown) => value === undefined || value === null;

/**
 * At activation, every trigger's `signature`, `rateLimit` and `responseMode` must be well-formed (400 FLK-0211):
 * the ingress would otherwise fail every call closed (a bad signature) or silently ignore the setting. Scheme and
 * response mode are compared case-insensitively, like the ingress does. Messages never repeat a secret.
 */
export function assertTriggerSettings(nodes: readonly WorkflowNode[]): void {
  nodes.forEach((node, index) => {
    if (node.type !== 'trigger') return;
    const data = node.data ?? {};
    const at = (key: string) => `nodes[${index}].data.${key}`;
    const fail = (key: string, problem: string): never => {
      throw new FlkError('FLK-0211', `Trigger node "${node.id}" ${key} ${problem}.`, { [at(key)]: problem });
    };

    if (!isAbsent(data.signature)) {
      const { signatureSchemes, signatureSecretMaxLength, toleranceSeconds } = TRIGGER_SETTING_LIMITS;
      const signature = data.signature;
      if (!isObject(signature)) fail('signature', 'must be an object {scheme, secret, toleranceSeconds?}');
      const { scheme, secret, toleranceSeconds: tolerance } = signature as Record<string, unknown>;
      if (typeof scheme !== 'string' || !(signatureSchemes as readonly string[]).includes(scheme.toLowerCase())) {
        fail('signature.scheme', `must be one of ${signatureSchemes.join(', ')}`);
      }
      if (typeof secret !== 'string' || secret === '' || charLength(secret) > signatureSecretMaxLength) {
        fail('signature.secret', `must be a non-empty string of at most ${signatureSecretMaxLength} characters`);
      }
      if (String(scheme).toLowerCase() === 'standard' && standardWebhooksKey(secret as string) === undefined) {
        fail('signature.secret', `must be a Standard Webhooks secret: whsec_ and the base64 of ${STANDARD_KEY_BYTES.min} to ${STANDARD_KEY_BYTES.max} bytes`);
      }
      if (!isAbsent(tolerance) && !inRange(tolerance, toleranceSeconds)) {
        fail('signature.toleranceSeconds', `must be a whole number from ${toleranceSeconds.min} to ${toleranceSeconds.max}`);
      }
    }

    if (!isAbsent(data.rateLimit)) {
      const { rateLimitRequests, rateLimitPerSeconds } = TRIGGER_SETTING_LIMITS;
      const limit = data.rateLimit;
      if (!isObject(limit)) fail('rateLimit', 'must be an object {requests, perSeconds}');
      const { requests, perSeconds } = limit as Record<string, unknown>;
      if (!inRange(requests, rateLimitRequests)) {
        fail('rateLimit.requests', `must be a whole number from ${rateLimitRequests.min} to ${rateLimitRequests.max}`);
      }
      if (!inRange(perSeconds, rateLimitPerSeconds)) {
        fail('rateLimit.perSeconds', `must be a whole number from ${rateLimitPerSeconds.min} to ${rateLimitPerSeconds.max}`);
      }
    }

    if (!isAbsent(data.responseMode)) {
      const { responseModes } = TRIGGER_SETTING_LIMITS;
      const mode = data.responseMode;
      if (typeof mode !== 'string' || !(responseModes as readonly string[]).includes(mode.toLowerCase())) {
        fail('responseMode', `must be one of ${responseModes.join(', ')}`);
      }
    }
  });
}
