/** What the ingress route sends: status, headers and a JSON body. */
export interface WebhookAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Record<string, unknown>;
}
