import type { WorkflowNode } from '../workflows';

export type SignatureScheme = 'github' | 'stripe' | 'standard';

export interface SignatureConfig {
  readonly scheme: SignatureScheme | string;
  readonly secret: string;
  /** Largest accepted clock difference for timestamped schemes (Stripe, Standard Webhooks). */
  readonly toleranceSeconds: number;
}

export interface RateLimit {
  readonly requests: number;
  readonly perSeconds: number;
}

/** What a webhook trigger node's `data` says about how calls are accepted. */
export interface WebhookTriggerConfig {
  /** Upstream's per-trigger shared secret (compared as is, in constant time). */
  readonly verifyToken?: string;
  readonly signature?: SignatureConfig;
  readonly rateLimit?: RateLimit;
  readonly responseMode: 'async' | 'sync';
}

const DEFAULT_TOLERANCE_SECONDS = 300;

const positiveInt = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

/**
 * Reads the trigger settings. Malformed optional settings are ignored, except a malformed `signature`, which is kept
 * so that verification fails closed instead of silently accepting unsigned calls.
 */
export function triggerConfigOf(node: WorkflowNode | undefined): WebhookTriggerConfig {
  const data = (node?.data ?? {}) as Record<string, unknown>;
  const verifyToken = typeof data.verify_token === 'string' && data.verify_token !== '' ? data.verify_token : undefined;
  let signature: SignatureConfig | undefined;
  if (data.signature !== undefined && data.signature !== null) {
    const raw = (typeof data.signature === 'object' ? data.signature : {}) as Record<string, unknown>;
    signature = {
      scheme: typeof raw.scheme === 'string' ? raw.scheme.toLowerCase() : '',
      secret: typeof raw.secret === 'string' ? raw.secret : '',
      toleranceSeconds: positiveInt(raw.toleranceSeconds) ?? DEFAULT_TOLERANCE_SECONDS,
    };
  }
  let rateLimit: RateLimit | undefined;
  const limit = (data.rateLimit ?? null) as Record<string, unknown> | null;
  if (limit && typeof limit === 'object') {
    const requests = positiveInt(limit.requests);
    const perSeconds = positiveInt(limit.perSeconds);
    if (requests && perSeconds) rateLimit = { requests, perSeconds };
  }
  const responseMode = typeof data.responseMode === 'string' && data.responseMode.toLowerCase() === 'sync' ? 'sync' : 'async';
  return { verifyToken, signature, rateLimit, responseMode };
}
