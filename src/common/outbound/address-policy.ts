import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * Cloud metadata services: refused even when an allow-list entry covers them, because credentials for the whole
 * host live there (AWS/GCP/Azure/OpenStack 169.254.169.254, AWS IPv6 fd00:ec2::254, Alibaba 100.100.100.200).
 */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.gcp.internal', 'metadata.azure.internal', 'metadata']);

/** Words for ipaddr.js range names, used in error messages. */
const RANGE_LABELS: Record<string, string> = {
  unspecified: 'unspecified address',
  broadcast: 'broadcast address',
  multicast: 'multicast address',
  linkLocal: 'link-local address',
  loopback: 'loopback address',
  carrierGradeNat: 'carrier-grade NAT address (100.64.0.0/10)',
  private: 'private network address',
  uniqueLocal: 'unique-local address (fc00::/7)',
  reserved: 'reserved or documentation address',
};

export type Verdict = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const ALLOWED: Verdict = { allowed: true };
const WELL_KNOWN_NAT64 = ipaddr.parse('64:ff9b::');

/**
 * Which destinations outbound calls may reach: public unicast addresses, plus whatever the operator's allow-list
 * (OUTBOUND_ALLOW_PRIVATE: CIDRs, single addresses or host names) admits. Everything is decided on addresses as
 * the socket will use them; host names only matter for allow-list entries and the metadata names.
 */
export class AddressPolicy {
  private readonly cidrs: Array<[Address, number]> = [];
  private readonly hosts = new Set<string>();

  constructor(allowList: readonly string[]) {
    for (const raw of allowList) {
      const entry = raw.trim().toLowerCase();
      if (!entry) continue;
      if (entry.includes('/')) {
        this.cidrs.push(ipaddr.parseCIDR(entry));
      } else if (ipaddr.isValid(entry)) {
        const address = ipaddr.parse(entry);
        this.cidrs.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      } else if (HOST_NAME.test(entry)) {
        this.hosts.add(normaliseHostName(entry));
      } else {
        // "bad host" or "10.0.0.5:9000" was kept as a host name that no destination could ever match.
        throw new Error(`not a host name: ${entry}`);
      }
    }
  }

  /** Throws on entries that are neither CIDR, address nor host name, so bad configuration fails at start-up. */
  static validateAllowList(allowList: readonly string[]): string[] {
    const problems: string[] = [];
    for (const entry of allowList) {
      try {
        new AddressPolicy([entry]);
      } catch {
        problems.push(`"${entry}" is not a CIDR range, an IP address or a host name`);
      }
    }
    return problems;
  }

  /** Host-name rules, checked before any DNS query. */
  checkHostName(hostname: string): Verdict {
    const name = normaliseHostName(hostname);
    if (METADATA_HOSTS.has(name)) return { allowed: false, reason: 'cloud metadata host' };
    return ALLOWED;
  }

  /** Whether the operator admitted this host name as such (then its addresses are not range-checked). */
  hostIsAllowListed(hostname: string): boolean {
    return this.hosts.has(normaliseHostName(hostname));
  }

  /**
   * Decides on one address, in any textual form ipaddr.js understands (IPv4-mapped IPv6 is judged as IPv4).
   * `hostAllowListed`: the name it came from is on the allow-list, so only the metadata rule still applies.
   */
  checkAddress(text: string, hostAllowListed = false): Verdict {
    let address: Address;
    try {
      address = ipaddr.process(text.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
    } catch {
      return { allowed: false, reason: `"${text}" is not an IP address` };
    }
    const embedded = nat64Embedded(address);
    if (embedded) {
      // An allow-list entry covering the NAT64 address itself (say 64:ff9b::/96) still admits it, but for metadata.
      return this.checkAddress(embedded, hostAllowListed || this.listed(address));
    }
    const canonical = address.toString();
    if (METADATA_ADDRESSES.has(canonical)) return { allowed: false, reason: `cloud metadata address ${canonical}` };
    if (hostAllowListed) return ALLOWED;
    if (this.listed(address)) return ALLOWED;
    const range = address.range();
    if (range !== 'unicast') {
      return { allowed: false, reason: `${RANGE_LABELS[range] ?? `special-purpose address (${range})`} ${canonical}` };
    }
    // ::/96 is the deprecated IPv4-compatible block; ipaddr.js calls parts of it unicast, but nothing public lives there.
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)) {
      return { allowed: false, reason: `IPv4-compatible IPv6 address ${canonical}` };
    }
    return ALLOWED;
  }

  private listed(address: Address): boolean {
    return this.cidrs.some(([net, bits]) => net.kind() === address.kind() && address.match(net, bits));
  }
}

/**
 * The IPv4 address a NAT64 address of the well-known prefix 64:ff9b::/96 (RFC 6052) stands for. On an IPv6-only
 * network with DNS64, every IPv4-only host resolves to such an address and the NAT64 gateway connects to the IPv4
 * address in its last 32 bits, so that is the destination to judge: refusing the prefix as such refused every
 * IPv4-only provider there, and judging it as IPv6 would let it reach private IPv4 ranges through the gateway.
 */
function nat64Embedded(address: Address): string | undefined {
  if (address.kind() !== 'ipv6' || !address.match(WELL_KNOWN_NAT64, 96)) return undefined;
  const parts = (address as ipaddr.IPv6).parts;
  return [parts[6]! >> 8, parts[6]! & 0xff, parts[7]! >> 8, parts[7]! & 0xff].join('.');
}

/** A DNS name: dot-separated labels of letters, digits, hyphens (not at either end) and underscores (as in
 * container service names), with an optional final dot. */
const HOST_NAME = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/;

function normaliseHostName(host: string): string {
  return host.trim().toLowerCase().replace(/\.+$/, '');
}
