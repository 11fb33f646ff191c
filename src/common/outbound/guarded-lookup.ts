import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { AddressPolicy } from './address-policy';
import { OutboundBlockedError, OutboundDnsError } from './outbound-errors';

/** Resolves a host name to every address it has (injectable so tests can simulate DNS answers, e.g. rebinding). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
  });

/**
 * Resolves `hostname` and returns its addresses only if EVERY one is allowed: a name that also points somewhere
 * private is refused as a whole, so the connection cannot be steered to the private answer.
 */
export async function resolveAllowed(policy: AddressPolicy, resolver: Resolver, hostname: string): Promise<LookupAddress[]> {
  const byName = policy.checkHostName(hostname);
  if (!byName.allowed) throw new OutboundBlockedError(hostname, byName.reason);
  let addresses: LookupAddress[];
  try {
    addresses = await resolver(hostname);
  } catch (err) {
    throw new OutboundDnsError(hostname, err);
  }
  if (addresses.length === 0) throw new OutboundDnsError(hostname);
  const allowListed = policy.hostIsAllowListed(hostname);
  for (const { address } of addresses) {
    const verdict = policy.checkAddress(address, allowListed);
    if (!verdict.allowed) throw new OutboundBlockedError(hostname, `resolves to a ${verdict.reason}`);
  }
  return addresses;
}

/**
 * A `lookup` for net/tls.connect: the policy is applied to the addresses the socket is about to use, at connect
 * time, so an answer that changes between a pre-flight check and the connection (DNS rebinding) is still judged.
 * TLS keeps verifying the certificate against the host name, not the address.
 */
export function guardedLookup(policy: AddressPolicy, resolver: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    const family = typeof options === 'number' ? options : options?.family;
    resolveAllowed(policy, resolver, hostname).then(
      (all) => {
        const wanted = family === 4 || family === 6 ? all.filter((a) => a.family === family) : all;
        if (wanted.length === 0) {
          callback(new OutboundDnsError(hostname), '', 0);
        } else if (typeof options === 'object' && options?.all) {
          (callback as unknown as (err: null, addresses: LookupAddress[]) => void)(null, wanted);
        } else {
          callback(null, wanted[0].address, wanted[0].family);
        }
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
