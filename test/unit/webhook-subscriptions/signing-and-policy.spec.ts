import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { FlkError } from '../../../src/common/errors';
import { causeOf, outcomeOf } from '../../../src/modules/webhook-subscriptions/delivery-outcome';
import { DeliverySender } from '../../../src/modules/webhook-subscriptions/delivery-sender';
import { parseRetryAfter, retryDelayMs } from '../../../src/modules/webhook-subscriptions/retry-policy';
import { checkEvents, checkHeaders, checkSecret, organizationFrom } from '../../../src/modules/webhook-subscriptions/subscription-input';
import { SubscriptionUrlPolicy } from '../../../src/modules/webhook-subscriptions/subscription-url';
import { isWellFormedWhsec } from '../../../src/common/secrets/standard-webhooks-secret';
import { generateSecret } from '../../../src/modules/webhook-subscriptions/webhook-signing';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as FlkError).code;
  }
  return undefined;
};

describe('webhook signing', () => {
  const body = Buffer.from('{"id":"evt_1","type":"workflow.completed","timestamp":"2026-01-01T00:00:00.000Z","data":{"é":1}}');
  const now = Math.floor(Date.now() / 1000);

  it('generates whsec_ + base64 of 32 bytes', () => {
    const secret = generateSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(isWellFormedWhsec(secret)).toBe(true);
    expect(generateSecret()).not.toBe(secret);
  });

  it.each([
    ['generated whsec secret', generateSecret(), false],
    ['user-supplied plain secret (UTF-8 bytes)', 'plain secret ✓', true],
  ])('%s verifies with the standardwebhooks package', (_l, secret, raw) => {
    const headers = DeliverySender.headersFor({ url: 'https://x', secret, headers: {} }, 'evt_1', body, now);
    const hook = raw ? new Webhook(Buffer.from(secret, 'utf8'), { format: 'raw' }) : new Webhook(secret);
    expect(() => hook.verify(body.toString('utf8'), headers)).not.toThrow();
    expect(headers['x-webhook-signature']).toBe(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
    // A changed byte breaks both signatures.
    const tampered = Buffer.from(body.toString().replace('"é":1', '"é":2'));
    expect(() => hook.verify(tampered.toString('utf8'), headers)).toThrow();
    expect(headers['x-webhook-signature']).not.toBe(`sha256=${createHmac('sha256', secret).update(tampered).digest('hex')}`);
  });

  it('during a rotation overlap, webhook-signature carries one signature per secret, the new one first', () => {
    const current = 'whsec_' + Buffer.alloc(32, 7).toString('base64');
    const previous = 'the-replaced-secret';
    const headers = DeliverySender.headersFor({ url: 'https://x', secret: current, previousSecret: previous, headers: {} }, 'evt_2', body, now);
    const [fresh, old] = headers['webhook-signature'].split(' ');
    expect(fresh).toBe(DeliverySender.headersFor({ url: 'https://x', secret: current, headers: {} }, 'evt_2', body, now)['webhook-signature']);
    expect(old).toBe(DeliverySender.headersFor({ url: 'https://x', secret: previous, headers: {} }, 'evt_2', body, now)['webhook-signature']);
    expect(headers['x-webhook-signature']).toBe(`sha256=${createHmac('sha256', current).update(body).digest('hex')}`);
  });

  it('custom headers go out, our headers win', () => {
    const headers = DeliverySender.headersFor({ url: 'https://x', secret: 's', headers: { 'X-Team': 'a' } }, 'evt_9', body, now);
    expect(headers).toMatchObject({ 'X-Team': 'a', 'content-type': 'application/json', 'webhook-id': 'evt_9', 'webhook-timestamp': String(now) });
    // Whatever the case of the name: one User-Agent goes out, ours.
    const agent = DeliverySender.headersFor({ url: 'https://x', secret: 's', headers: { 'User-Agent': 'mine', 'X-Team': 'a' } }, 'evt_9', body, now);
    const userAgents = Object.entries(agent).filter(([name]) => name.toLowerCase() === 'user-agent');
    expect(userAgents).toEqual([['user-agent', 'Flowker-Webhooks/1.1']]);
    expect(agent['X-Team']).toBe('a');
  });
});

describe('retry policy', () => {
  const schedule = [100, 1000, 5000];
  it('follows the schedule, adds at most 20% jitter, never less', () => {
    expect(retryDelayMs(schedule, 0, undefined, () => 0)).toBe(100);
    expect(retryDelayMs(schedule, 1, undefined, () => 0.999)).toBe(1199);
    expect(retryDelayMs(schedule, 3)).toBeNull();
  });
  it('honours a longer Retry-After, capped at 24 h', () => {
    expect(retryDelayMs(schedule, 0, 30_000, () => 0)).toBe(30_000);
    expect(retryDelayMs(schedule, 2, 10, () => 0)).toBe(5000);
    expect(retryDelayMs(schedule, 0, 10 * 86_400_000, () => 0)).toBe(86_400_000);
  });
  it('parses Retry-After seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
  it('decides the next state of a delivery', () => {
    const at = Date.parse('2026-01-01T00:00:00Z');
    const failed = { startedAt: at, succeeded: false, statusCode: 503, durationMs: 1, responseTruncated: false, gone: false };
    expect(outcomeOf({ attempts: 0, retryStep: 0 }, failed, schedule, at, () => 0)).toMatchObject({
      status: 'pending', attempts: 1, retryStep: 1, nextAttemptAt: '2026-01-01T00:00:00.100Z',
    });
    expect(outcomeOf({ attempts: 3, retryStep: 3 }, failed, schedule, at).status).toBe('exhausted');
    expect(outcomeOf({ attempts: 0, retryStep: 0 }, { ...failed, statusCode: 410, gone: true }, schedule, at).status).toBe('failed');
    expect(outcomeOf({ attempts: 0, retryStep: 0, test: true }, failed, schedule, at).status).toBe('failed');
    expect(outcomeOf({ attempts: 1, retryStep: 0, test: true }, failed, schedule, at).status).toBe('failed');
    expect(outcomeOf({ attempts: 1, retryStep: 1 }, { ...failed, succeeded: true, statusCode: 200 }, schedule, at).status).toBe('succeeded');
    expect([causeOf({ attempts: 0, retryStep: 0 }), causeOf({ attempts: 2, retryStep: 2 }), causeOf({ attempts: 4, retryStep: 0 }), causeOf({ attempts: 1, retryStep: 0, test: true })]).toEqual(['event', 'retry', 'resend', 'test']);
  });
});

describe('subscription URL policy', () => {
  const strict = new SubscriptionUrlPolicy([], false);
  const dev = new SubscriptionUrlPolicy(['127.0.0.0/8'], true);
  it.each([
    'https://hooks.example.com/x',
    'https://93.184.216.34:8443/hook',
    'https://[2606:4700::1111]/x',
  ])('accepts %s', (url) => expect(strict.check(url)).toBe(url));
  it.each([
    ['http://hooks.example.com', 'FLK-0701'],
    ['ftp://hooks.example.com', 'FLK-0701'],
    ['//hooks.example.com', 'FLK-0701'],
    [`https://a.example.com/${'x'.repeat(2050)}`, 'FLK-0701'],
    ['https://u:p@hooks.example.com', 'FLK-0701'],
    ['https://hooks.example.com:0/x', 'FLK-0701'],
    ['https://127.0.0.1', 'FLK-0702'],
    ['https://2130706433', 'FLK-0702'],
    ['http://2130706433/', 'FLK-0702'],
    ['https://0x7f000001', 'FLK-0702'],
    ['https://017700000001', 'FLK-0702'],
    ['https://10.1.2.3', 'FLK-0702'],
    ['https://[::ffff:7f00:1]', 'FLK-0702'],
    ['https://[::1]', 'FLK-0702'],
    ['https://[fe80::1]', 'FLK-0702'],
    ['https://100.100.100.200', 'FLK-0702'],
    ['https://localhost', 'FLK-0702'],
    ['https://metadata.google.internal', 'FLK-0702'],
  ])('refuses %s with %s', (url, code) => expect(codeOf(() => strict.check(url))).toBe(code));
  it('dev flag: plain http only to an admitted loopback address, never obfuscated', () => {
    expect(dev.check('http://127.0.0.1:9000/x')).toBe('http://127.0.0.1:9000/x');
    expect(dev.check('http://localhost:9000/x')).toBe('http://localhost:9000/x');
    expect(codeOf(() => dev.check('http://hooks.example.com'))).toBe('FLK-0701');
    expect(codeOf(() => dev.check('http://2130706433/'))).toBe('FLK-0702');
    expect(codeOf(() => dev.check('http://10.0.0.1/'))).toBe('FLK-0701');
  });
});

describe('subscription input rules', () => {
  it('organisation header', () => {
    expect(organizationFrom(undefined)).toBe('default');
    expect(organizationFrom('acme_1-x')).toBe('acme_1-x');
    for (const bad of ['', 'a b', 'x'.repeat(65), ['a', 'b']]) expect(codeOf(() => organizationFrom(bad as string))).toBe('FLK-0709');
  });
  it('events', () => {
    expect(checkEvents(['workflow.failed', 'workflow.step.started'])).toEqual(['workflow.failed', 'workflow.step.started']);
    for (const bad of [[], ['workflow.nope'], ['workflow.failed', 'workflow.failed']]) expect(codeOf(() => checkEvents(bad))).toBe('FLK-0706');
  });
  it('secrets', () => {
    expect(checkSecret('anything goes')).toBe('anything goes');
    expect(codeOf(() => checkSecret('whsec_short'))).toBe('FLK-0707');
    expect(codeOf(() => checkSecret(`whsec_${Buffer.alloc(16).toString('base64')}`))).toBe('FLK-0707');
  });
  it('headers', () => {
    expect(checkHeaders({ 'X-A': '1' })).toEqual({ 'X-A': '1' });
    for (const bad of [{ Host: 'x' }, { 'Webhook-Signature': 'x' }, { 'Transfer-Encoding': 'x' }, { 'X-A': 'a\nb' }, { 'X-A': 1 }, { 'x y': 'z' }, { 'X-Ω': 'x' }, { 'X-A': '€' }]) {
      expect(codeOf(() => checkHeaders(bad))).toBe('FLK-0708');
    }
  });
});
