import { repeatedQueryParameter } from '../../common/http/repeated-query-parameter';
import type { WebhookCall } from './webhook-payload';

const header = (call: WebhookCall, name: string): string | undefined => {
  const value = call.headers[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
};

/**
 * The webhook secret a call presents: `X-Webhook-Token`, else `Authorization: Bearer <secret>`, else `?token=`.
 * Empty values count as absent.
 */
export function presentedSecret(call: WebhookCall): string | undefined {
  const token = header(call, 'x-webhook-token');
  if (token) return token;
  const authorization = header(call, 'authorization');
  const bearer = authorization ? /^Bearer\s+(.+)$/i.exec(authorization.trim())?.[1] : undefined;
  if (bearer) return bearer;
  refuseRepeatedControlParameter(call, 'token');
  return call.query.token || undefined;
}

/**
 * The service's own query parameters (`token`, `wait`) must be given once: of `?wait=true&wait=false` neither value
 * is clearly meant, so the call is refused as the management routes refuse a repeated parameter.
 */
export function refuseRepeatedControlParameter(call: WebhookCall, name: 'token' | 'wait'): void {
  if (call.repeatedQuery?.has(name)) throw repeatedQueryParameter(name, 'FLK-0304');
}

export const headerOf = (call: WebhookCall) => (name: string) => header(call, name.toLowerCase());
