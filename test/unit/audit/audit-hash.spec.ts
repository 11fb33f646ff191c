import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { auditHashInput, canonicalJson, computeAuditHash, GENESIS } from '../../../src/modules/audit/audit-hash';

/** The fixed vectors below were produced with `printf '%s' '<text>' | sha256sum`, from the formula in docs/audit.md. */
describe('audit hash', () => {
  const first = {
    eventId: '6f1c2a34-8d5e-4b7a-9c0d-1e2f3a4b5c6d',
    eventType: 'WORKFLOW_CREATED',
    action: 'CREATE',
    result: 'SUCCESS',
    resourceId: 'a1b2c3d4-e5f6-4890-abcd-ef1234567890',
    resourceType: 'workflow',
    actorType: 'api_key',
    actorId: 'key:0123456789ab',
    actorIp: '203.0.113.7',
    context: canonicalJson({ userAgent: 'curl/8.5', requestId: 'req-1' }),
    metadata: canonicalJson({ 'workflow.name': 'Zahlung ✓', 'workflow.id': 'a1b2c3d4-e5f6-4890-abcd-ef1234567890' }),
    timestamp: '2026-03-17T14:35:15.123Z',
  };
  const firstText =
    'GENESIS|6f1c2a34-8d5e-4b7a-9c0d-1e2f3a4b5c6d|WORKFLOW_CREATED|CREATE|SUCCESS|a1b2c3d4-e5f6-4890-abcd-ef1234567890|' +
    'workflow|api_key|key:0123456789ab|203.0.113.7|{"requestId":"req-1","userAgent":"curl/8.5"}|' +
    '{"workflow.id":"a1b2c3d4-e5f6-4890-abcd-ef1234567890","workflow.name":"Zahlung ✓"}|2026-03-17T14:35:15.123Z';
  const firstHash = '73fe03d13dbe70754a0cbb6d5c0a6ad00d10dc0cb3ebbe207e49b93f8985dced';

  const second = {
    eventId: '0b7e9f10-2c3d-4e5f-8a6b-7c8d9e0f1a2b',
    eventType: 'WORKFLOW_ACTIVATED',
    action: 'ACTIVATE',
    result: 'SUCCESS',
    resourceId: 'a1b2c3d4-e5f6-4890-abcd-ef1234567890',
    resourceType: 'workflow',
    actorType: 'system',
    actorId: 'flowker',
    actorIp: '0.0.0.0',
    context: canonicalJson({}),
    metadata: canonicalJson({}),
    timestamp: '2026-03-17T14:35:16.000Z',
  };
  const secondHash = '2f7dcfa24e6a4b73b45cbb6c0752a92f2865dd04b492fe3f0223176e535b03ed';

  it('builds the documented text: previous hash or GENESIS, then the fields in order, joined by |', () => {
    expect(auditHashInput(null, first)).toBe(firstText);
    expect(auditHashInput(firstHash, second).startsWith(`${firstHash}|0b7e9f10-`)).toBe(true);
  });

  it('hashes the genesis event to the fixed vector (lower-case hex SHA-256 of the UTF-8 text)', () => {
    expect(computeAuditHash(null, first)).toBe(firstHash);
    expect(createHash('sha256').update(firstText, 'utf8').digest('hex')).toBe(firstHash);
  });

  it('chains the second event to the first one', () => {
    expect(computeAuditHash(firstHash, second)).toBe(secondHash);
    expect(computeAuditHash(GENESIS, second)).not.toBe(secondHash);
  });

  it('changes when any single field changes', () => {
    for (const key of Object.keys(first) as Array<keyof typeof first>) {
      expect(computeAuditHash(null, { ...first, [key]: `${first[key]}x` })).not.toBe(firstHash);
    }
  });
});

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every depth by UTF-16 code units and drops insignificant whitespace', () => {
    const value = { b: [3, { z: true, a: null }], a: { 'é': 1, e: 2, E: 3, '10': 4, '9': 5 } };
    expect(canonicalJson(value)).toBe('{"a":{"10":4,"9":5,"E":3,"e":2,"é":1},"b":[3,{"a":null,"z":true}]}');
  });

  it('keeps non-ASCII text as is and escapes only what JSON requires', () => {
    expect(canonicalJson({ name: 'Überweisung 💸 "quoted"\n\u0001' })).toBe('{"name":"Überweisung 💸 \\"quoted\\"\\n\\u0001"}');
  });

  it('orders keys outside the BMP by UTF-16 code units, not code points', () => {
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FFFD in UTF-16.
    expect(canonicalJson({ '\uFFFD': 1, '😀': 2 })).toBe('{"😀":2,"\uFFFD":1}');
  });

  it('writes numbers in their shortest ECMAScript form', () => {
    expect(canonicalJson({ a: 1.0, b: 1e21, c: 0.000001, d: -0, e: 123456789012 })).toBe(
      '{"a":1,"b":1e+21,"c":0.000001,"d":0,"e":123456789012}',
    );
  });

  it('is stable across a parse round trip, so stored text re-canonicalises to itself', () => {
    const text = canonicalJson({ nested: { list: [{ y: 'ü', x: 2.5 }], k: 'v' } });
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it('writes records of strings (audit contexts and metadata) exactly as the general canonicalisation does', () => {
    const records: Array<Record<string, string>> = [
      {},
      { requestId: 'a2aeacbb-ffc0-43e8-89aa-111d21eab5af' },
      { userAgent: 'curl/8.5', requestId: 'req-1' },
      { 'workflow.id': 'x', 'workflow.name': 'Zahlung ✓ "q" \\ \n\t\u0000 \ud800 😀', '10': 'ten', '9': 'nine', 'é': '', E: 'E' },
      { '\uFFFD': 'replacement', '😀': 'emoji', ' ': 'space', '"': 'quote' },
    ];
    for (const record of records) expect(canonicalJson(record)).toBe(canonicalize(record));
    // Anything but a plain record of strings takes the general path, with the same result.
    const mixed = { s: 'x', n: 1, nested: { b: 'y', a: 'z' } };
    expect(canonicalJson(mixed)).toBe('{"n":1,"nested":{"a":"z","b":"y"},"s":"x"}');
    expect(canonicalJson(Object.assign(Object.create(null) as object, { b: 'y', a: 'z' }))).toBe('{"a":"z","b":"y"}');
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson(undefined)).toThrow();
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});
