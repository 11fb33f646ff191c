import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { verifySignature } from '../../../src/modules/webhooks/webhook-signature';
import type { SignatureConfig } from '../../../src/modules/webhooks/webhook-trigger-config';

const body = Buffer.from('{"amount":4900,"note":"caf\u00e9"}', 'utf8');
const headersOf = (h: Record<string, string>) => (name: string) => h[name.toLowerCase()];
const config = (scheme: string, secret: string, toleranceSeconds = 300): SignatureConfig => ({ scheme, secret, toleranceSeconds });
const now = Date.UTC(2026, 10, 29, 12, 0, 0);
/** The reason of a refusal, or null for a valid signature: what the tests below compare. */
const check = (...args: Parameters<typeof verifySignature>): string | null => {
  const result = verifySignature(...args);
  return result.valid ? null : result.reason;
};

describe('GitHub X-Hub-Signature-256', () => {
  const secret = 'gh-secret';
  const sign = (raw: Buffer) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

  it('accepts the HMAC of the exact bytes', () => {
    expect(check(config('github', secret), headersOf({ 'x-hub-signature-256': sign(body) }), body, now)).toBeNull();
  });

  it.each([
    ['missing', {}],
    ['over other bytes', { 'x-hub-signature-256': sign(Buffer.from(`${body.toString()} `)) }],
    ['without prefix', { 'x-hub-signature-256': sign(body).slice(7) }],
    ['not hex', { 'x-hub-signature-256': 'sha256=zz' }],
  ])('rejects a signature %s', (_, headers) => {
    expect(check(config('github', secret), headersOf(headers as Record<string, string>), body, now)).toEqual(expect.any(String));
  });
});

describe('Stripe-Signature', () => {
  const secret = 'whsec_stripe_test';
  const sign = (t: number, raw: Buffer, key = secret) => createHmac('sha256', key).update(`${t}.`).update(raw).digest('hex');
  const t = Math.floor(now / 1000);

  it('accepts any matching v1 within the tolerance', () => {
    const header = `t=${t},v1=${'0'.repeat(64)},v1=${sign(t, body)},v0=abc`;
    expect(check(config('stripe', secret), headersOf({ 'stripe-signature': header }), body, now)).toBeNull();
  });

  it('rejects an old timestamp even with a valid signature', () => {
    const old = t - 301;
    expect(
      check(config('stripe', secret), headersOf({ 'stripe-signature': `t=${old},v1=${sign(old, body)}` }), body, now),
    ).toMatch(/tolerance/);
  });

  it('rejects a signature made with another secret, and a malformed header', () => {
    const wrong = `t=${t},v1=${sign(t, body, 'other')}`;
    expect(check(config('stripe', secret), headersOf({ 'stripe-signature': wrong }), body, now)).toEqual(expect.any(String));
    expect(check(config('stripe', secret), headersOf({ 'stripe-signature': 'v1=abc' }), body, now)).toMatch(/malformed/);
  });
});

describe('Standard Webhooks (checked against the standardwebhooks package)', () => {
  const secret = `whsec_${Buffer.from('standard-webhooks-test-key-32byt').toString('base64')}`;
  const signer = new Webhook(secret);
  const id = 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W';
  const at = new Date(now);

  it('accepts what the reference library signs', () => {
    const signature = signer.sign(id, at, body.toString('utf8'));
    const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now / 1000)), 'webhook-signature': `v1,bogus ${signature}` };
    expect(check(config('standard', secret), headersOf(headers), body, now)).toBeNull();
    // …and the reference library accepts the same delivery, so both sides agree on the format.
    jest.useFakeTimers({ now });
    try {
      expect(signer.verify(body.toString('utf8'), headers)).toEqual(JSON.parse(body.toString('utf8')));
    } finally {
      jest.useRealTimers();
    }
  });

  it('rejects a changed id, a changed body and a stale timestamp', () => {
    const signature = signer.sign(id, at, body.toString('utf8'));
    const base = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now / 1000)), 'webhook-signature': signature };
    expect(check(config('standard', secret), headersOf({ ...base, 'webhook-id': 'msg_other' }), body, now)).toEqual(expect.any(String));
    expect(check(config('standard', secret), headersOf(base), Buffer.from('{}'), now)).toEqual(expect.any(String));
    expect(check(config('standard', secret), headersOf(base), body, now + 301_000)).toMatch(/tolerance/);
  });

  it('names the message id it verified, the only delivery id a replayer cannot change', () => {
    const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now / 1000)), 'webhook-signature': signer.sign(id, at, body.toString('utf8')) };
    expect(verifySignature(config('standard', secret), headersOf(headers), body, now)).toEqual({ valid: true, messageId: id });
  });

  it('names the missing header under the prefix the sender used', () => {
    const svix = { 'svix-id': id, 'svix-timestamp': String(Math.floor(now / 1000)) };
    expect(check(config('standard', secret), headersOf(svix), body, now)).toBe('the svix-signature header is missing');
    expect(check(config('standard', secret), headersOf({ 'webhook-id': id }), body, now)).toBe(
      'the webhook-timestamp, webhook-signature headers are missing',
    );
  });

  // With such a secret the HMAC key would be empty or a few bytes, and anyone could compute the signature.
  it.each(['whsec_', 'whsec_!!!!', 'whsec_AAAA', '********'])('refuses to verify with the unusable secret %p', (unusable) => {
    const ts = String(Math.floor(now / 1000));
    const forged = `v1,${createHmac('sha256', Buffer.from(unusable.slice(6), 'base64')).update(`${id}.${ts}.`).update(body).digest('base64')}`;
    const headers = { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': forged };
    expect(check(config('standard', unusable), headersOf(headers), body, now)).toMatch(/not a Standard Webhooks key/);
  });
});

describe('configuration problems fail closed', () => {
  it('an unknown scheme or an empty secret is a rejection, not a pass', () => {
    expect(check(config('hmac-md5', 'x'), headersOf({}), body, now)).toMatch(/unknown/);
    expect(check(config('github', ''), headersOf({}), body, now)).toMatch(/no signature secret/);
  });
});
