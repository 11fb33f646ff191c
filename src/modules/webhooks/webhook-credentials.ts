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
  return call.query.token || undefined;
}

export const headerOf = (call: WebhookCall) => (name: string) => header(call, name.toLowerCase());
