import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { findOutboundError, OutboundHttp } from '../../common/outbound';
import { parseRetryAfter } from './retry-policy';
import { subscriptionAllowList } from './subscription-url';
import { bodySignature, standardSignature, standardSigningKey } from './webhook-signing';

/** Longest response excerpt kept in the log, in bytes. */
export const RESPONSE_EXCERPT_BYTES = 1024;
const MAX_ERROR_CHARS = 500;
const USER_AGENT = 'Flowker-Webhooks/1.1';
/** The headers every delivery sets itself (lower case, as sent). */
const OWN_HEADERS = new Set(['content-type', 'user-agent', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'x-webhook-signature']);

/** Where and how to send: the subscription's endpoint with its secret and extra headers in clear. */
export interface DeliveryTarget {
  readonly url: string;
  readonly secret: string;
  /** The secret a rotation replaced, while it still signs beside `secret` (Standard Webhooks signature only). */
  readonly previousSecret?: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface AttemptResult {
  /** When the request was sent (epoch ms): the attempt's time in the log and its webhook-timestamp. */
  readonly startedAt: number;
  readonly succeeded: boolean;
  readonly statusCode?: number;
  readonly durationMs: number;
  readonly error?: string;
  readonly responseExcerpt?: string;
  readonly responseTruncated: boolean;
  /** What the receiver asked for with Retry-After, in ms from now. */
  readonly retryAfterMs?: number;
  /** The endpoint answered 410 Gone: it wants no more deliveries. */
  readonly gone: boolean;
}

/**
 * The OutboundHttp deliveries go through: the app's policy, except that the development switch
 * SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK also admits loopback (see subscriptionAllowList). Executors keep the app's.
 */
@Injectable()
export class DeliveryHttp extends OutboundHttp implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({ allowList: subscriptionAllowList(config) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/**
 * Sends one event body to one endpoint, signed, through OutboundHttp (so the SSRF policy judges the address
 * actually dialled, on every connection). The body bytes are the stored ones, untouched. Only a 2xx counts as
 * delivered; redirects are not followed.
 */
@Injectable()
export class DeliverySender {
  private readonly timeoutMs: number;

  constructor(
    private readonly http: DeliveryHttp,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.timeoutMs = config.subscriptions.deliveryTimeoutMs;
  }

  /** Every header of one attempt; `timestampSeconds` is the time of this attempt, not of the event. */
  static headersFor(target: DeliveryTarget, webhookId: string, body: Buffer, timestampSeconds: number): Record<string, string> {
    // Ours win whatever the case of a custom name: `User-Agent` beside our `user-agent` went out twice.
    const custom = Object.entries(target.headers).filter(([name]) => !OWN_HEADERS.has(name.toLowerCase()));
    return {
      ...Object.fromEntries(custom),
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'webhook-id': webhookId,
      'webhook-timestamp': String(timestampSeconds),
      // One signature per secret, space-separated, as Standard Webhooks verifiers expect during a rotation.
      'webhook-signature': [target.secret, ...(target.previousSecret !== undefined ? [target.previousSecret] : [])]
        .map((secret) => standardSignature(standardSigningKey(secret), webhookId, timestampSeconds, body))
        .join(' '),
      'x-webhook-signature': bodySignature(target.secret, body),
    };
  }

  async send(target: DeliveryTarget, webhookId: string, body: Buffer, signal?: AbortSignal): Promise<AttemptResult> {
    const startedAt = Date.now();
    const started = performance.now();
    const headers = DeliverySender.headersFor(target, webhookId, body, Math.floor(startedAt / 1000));
    try {
      const res = await this.http.request({
        url: target.url,
        method: 'POST',
        headers,
        body,
        timeoutMs: this.timeoutMs,
        maxResponseBytes: RESPONSE_EXCERPT_BYTES,
        maxRedirects: 0,
        signal,
        // The status is the receiver's answer: a body cut short (or never finished) after a 2xx still delivered the
        // event, and counting it failed would send it again on every retry.
        statusIsTheAnswer: true,
      });
      const succeeded = res.status >= 200 && res.status < 300;
      const redirect = res.status >= 300 && res.status < 400;
      return {
        startedAt,
        succeeded,
        statusCode: res.status,
        durationMs: res.durationMs,
        ...(succeeded
          ? {}
          : { error: errorText(`endpoint answered ${res.statusText}${redirect ? ' (redirects are not followed)' : ''}${unreadBody(res.bodyError)}`) }),
        ...(res.body.length > 0 ? { responseExcerpt: excerpt(res.body) } : {}),
        responseTruncated: res.truncated,
        retryAfterMs: succeeded ? undefined : parseRetryAfter(res.headers['retry-after'], Date.now()),
        gone: res.status === 410,
      };
    } catch (err) {
      const known = findOutboundError(err);
      const message = known ? known.message : err instanceof Error ? err.message : String(err);
      return {
        startedAt,
        succeeded: false,
        durationMs: Math.round(performance.now() - started),
        error: errorText(message),
        responseTruncated: false,
        gone: false,
      };
    }
  }
}

const unreadBody = (bodyError: string | undefined) => (bodyError ? `; its body could not be read: ${bodyError}` : '');

/** An attempt's error as stored (the column holds 500 characters). */
const errorText = (message: string) => storable(message.slice(0, MAX_ERROR_CHARS));

/**
 * The body start as text; a character cut in half at the limit is dropped rather than shown as U+FFFD. A receiver may
 * answer anything, NUL bytes included, and the excerpt is stored.
 */
function excerpt(bytes: Buffer): string {
  return storable(new TextDecoder('utf-8').decode(bytes.subarray(0, RESPONSE_EXCERPT_BYTES)).replace(/\uFFFD+$/, ''));
}

/**
 * Text a receiver controls, made storable: PostgreSQL refuses U+0000 in text, and one such value failed the whole
 * transaction recording its attempt and those ended with it, which were then sent again and again. U+0000 is shown
 * as U+FFFD, like the bytes that do not decode.
 */
function storable(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD');
}
