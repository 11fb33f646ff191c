import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { FlkError } from '../../common/errors';
import type { AppConfig } from '../../config/app-config';
import { AddressPolicy, OutboundInvalidUrlError, parseOutboundUrl } from '../../common/outbound';

export const MAX_URL_LENGTH = 2048;
/** What SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK admits besides OUTBOUND_ALLOW_PRIVATE (localhost resolves into these). */
const LOOPBACK_RANGES = ['127.0.0.0/8', '::1'];

/**
 * The private destinations subscriptions may use: OUTBOUND_ALLOW_PRIVATE, plus loopback when the development switch
 * is on, so that the switch alone makes a local receiver usable. Both the check on save and the deliveries use it.
 */
export function subscriptionAllowList(config: AppConfig): string[] {
  return [...config.outboundAllowList, ...(config.subscriptions.allowHttpLoopback ? LOOPBACK_RANGES : [])];
}

/** The host exactly as written in the URL text (WHATWG parsing rewrites numeric forms, so keep the original). */
const RAW_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i;

/**
 * Checks a subscription URL when it is saved: shape, scheme and any address written literally. Host names are
 * not resolved here; OutboundHttp judges the address actually dialled on every delivery, so a name that later
 * resolves somewhere private is still refused.
 */
export class SubscriptionUrlPolicy {
  private readonly policy: AddressPolicy;

  constructor(allowList: readonly string[], private readonly allowHttpLoopback: boolean) {
    this.policy = new AddressPolicy(allowList);
  }

  /** Returns the URL as it will be stored (unchanged), or throws 400 FLK-0701 / FLK-0702. */
  check(raw: string): string {
    if (raw.length > MAX_URL_LENGTH) throw invalid(`it is longer than ${MAX_URL_LENGTH} characters`);
    let url: URL;
    try {
      url = parseOutboundUrl(raw);
    } catch (err) {
      if (err instanceof OutboundInvalidUrlError) throw invalid(err.message.replace(/^Invalid outbound URL: /, ''));
      throw err;
    }
    if (url.username || url.password) throw invalid('it must not carry user credentials');
    // Port 0 parses but cannot be connected to: every delivery would fail.
    if (url.port === '0') throw invalid('port 0 cannot be connected to');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const written = (RAW_HOST.exec(raw.trim())?.[1] ?? '').replace(/^\[|\]$/g, '').toLowerCase();
    if (isIP(host) === 4 && written !== host) {
      // 2130706433, 0177.0.0.1, 0x7f.1 …: legal but only ever used to slip past filters.
      throw refused(`the IPv4 address is written in a non-standard form ("${written}" means ${host})`);
    }
    const loopback = isLoopback(host);
    if (url.protocol === 'http:' && !(this.allowHttpLoopback && loopback)) {
      throw invalid('it must use https');
    }
    const byName = this.policy.checkHostName(host);
    if (!byName.allowed) throw refused(byName.reason);
    if (isIP(host)) {
      const verdict = this.policy.checkAddress(host);
      if (!verdict.allowed) throw refused(verdict.reason);
    } else if (loopback && !this.policy.hostIsAllowListed(host)) {
      const verdict = this.policy.checkAddress('127.0.0.1');
      if (!verdict.allowed) throw refused(`"${host}" is a loopback host name`);
    }
    return raw;
  }
}

function isLoopback(host: string): boolean {
  const name = host.toLowerCase().replace(/\.+$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (!isIP(name)) return false;
  try {
    return ipaddr.process(name).range() === 'loopback';
  } catch {
    return false;
  }
}

const invalid = (why: string) => new FlkError('FLK-0701', `The subscription url is not valid: ${why}.`, { url: why });
const refused = (why: string) =>
  new FlkError('FLK-0702', `The subscription url is not allowed by the outbound-request policy: ${why}.`, { url: why });
