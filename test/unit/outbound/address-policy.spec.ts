import { AddressPolicy, parseOutboundUrl } from '../../../src/common/outbound';

describe('AddressPolicy.checkAddress without an allow-list', () => {
  const policy = new AddressPolicy([]);

  it.each([
    ['8.8.8.8'], ['1.1.1.1'], ['93.184.216.34'], ['2606:4700:4700::1111'], ['2a00:1450:4001:82b::200e'],
    ['::ffff:8.8.8.8'], ['172.32.0.1'], ['100.128.0.1'], ['192.169.0.1'], ['64:ff9b::808:808'], ['64:ff9b::8.8.4.4'],
  ])('allows public %s', (ip) => {
    expect(policy.checkAddress(ip)).toEqual({ allowed: true });
  });

  it.each([
    ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['10.0.0.1', 'private'], ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'], ['172.31.255.254', 'private'], ['192.168.1.10', 'private'],
    ['169.254.10.20', 'link-local'], ['169.254.169.254', 'metadata'], ['100.64.0.1', 'carrier-grade'],
    ['100.127.255.254', 'carrier-grade'], ['100.100.100.200', 'metadata'], ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'], ['224.0.0.251', 'multicast'], ['239.1.2.3', 'multicast'], ['192.0.2.5', 'reserved'],
    ['198.18.0.1', 'reserved'], ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'], ['::', 'unspecified'], ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'unique-local'], ['fd12:3456::1', 'unique-local'], ['fd00:ec2::254', 'metadata'], ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'], ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'], ['::ffff:169.254.169.254', 'metadata'], ['::ffff:192.168.0.1', 'private'],
    ['[::1]', 'loopback'], ['64:ff9b::a00:1', 'private network address 10.0.0.1'], ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'metadata'], ['64:ff9b:1::808:808', 'special-purpose'], ['2002:a00:1::1', 'special-purpose'],
    ['not-an-ip', 'not an IP'],
  ])('blocks %s (%s)', (ip, why) => {
    const verdict = policy.checkAddress(ip);
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.reason).toContain(why);
  });
});

describe('AddressPolicy with an allow-list', () => {
  const policy = new AddressPolicy(['127.0.0.0/8', '::1', '10.1.0.0/16', 'internal.example', '169.254.0.0/16']);

  it('admits the listed ranges and addresses, including their IPv4-mapped forms', () => {
    for (const ip of ['127.0.0.1', '127.9.9.9', '::1', '::ffff:127.0.0.1', '10.1.200.3', '169.254.1.1']) {
      expect(policy.checkAddress(ip)).toEqual({ allowed: true });
    }
  });

  it('keeps blocking what is not listed, and cloud metadata even inside a listed range', () => {
    for (const ip of ['10.2.0.1', '192.168.0.1', '::2', 'fc00::1', '169.254.169.254']) {
      expect(policy.checkAddress(ip).allowed).toBe(false);
    }
  });

  it('admits listed host names and always refuses metadata host names', () => {
    expect(policy.hostIsAllowListed('Internal.Example.')).toBe(true);
    expect(policy.hostIsAllowListed('other.example')).toBe(false);
    expect(policy.checkHostName('metadata.google.internal').allowed).toBe(false);
    expect(policy.checkHostName('api.example.com').allowed).toBe(true);
  });

  it('judges a NAT64 address by the IPv4 address in it, unless an entry lists the NAT64 address itself', () => {
    expect(policy.checkAddress('64:ff9b::7f00:1')).toEqual({ allowed: true });
    expect(policy.checkAddress('64:ff9b::c0a8:1').allowed).toBe(false);
    const nat64 = new AddressPolicy(['64:ff9b::/96']);
    expect(nat64.checkAddress('64:ff9b::c0a8:1')).toEqual({ allowed: true });
    expect(nat64.checkAddress('64:ff9b::a9fe:a9fe').allowed).toBe(false);
  });

  it('reports allow-list entries that are not ranges, addresses or names', () => {
    expect(AddressPolicy.validateAllowList(['10.0.0.0/8', 'host.example', '::1'])).toEqual([]);
    expect(AddressPolicy.validateAllowList(['10.0.0.0/33', '1.2.3.4/x'])).toHaveLength(2);
  });
});

describe('parseOutboundUrl', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
  ])('normalises the numeric host of %s to %s so the range check sees the real address', (raw, host) => {
    const url = parseOutboundUrl(raw);
    expect(url.hostname).toBe(host);
    expect(new AddressPolicy([]).checkAddress(url.hostname).allowed).toBe(false);
  });

  it.each(['ftp://example.com/', 'file:///etc/passwd', 'gopher://example.com', 'javascript:alert(1)', 'example.com', ''])(
    'refuses %p', (raw) => {
      expect(() => parseOutboundUrl(raw)).toThrow(/Invalid outbound URL/);
    },
  );
});
