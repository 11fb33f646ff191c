import { triggerConfigOf } from '../../../src/modules/webhooks/webhook-trigger-config';

const node = (data: Record<string, unknown>) => ({ id: 'hook', type: 'trigger' as const, position: { x: 0, y: 0 }, data });

describe('triggerConfigOf', () => {
  it('reads every setting', () => {
    expect(
      triggerConfigOf(node({ verify_token: 'vt', signature: { scheme: 'GitHub', secret: 's', toleranceSeconds: 60 }, rateLimit: { requests: 5, perSeconds: 10 }, responseMode: 'SYNC' })),
    ).toEqual({ verifyToken: 'vt', signature: { scheme: 'github', secret: 's', toleranceSeconds: 60 }, rateLimit: { requests: 5, perSeconds: 10 }, responseMode: 'sync' });
  });

  it('defaults: async, no token, no limit, no signature', () => {
    expect(triggerConfigOf(node({}))).toEqual({ verifyToken: undefined, signature: undefined, rateLimit: undefined, responseMode: 'async' });
    expect(triggerConfigOf(undefined).responseMode).toBe('async');
  });

  it('ignores a malformed rate limit but keeps a malformed signature so verification fails closed', () => {
    const config = triggerConfigOf(node({ rateLimit: { requests: 0, perSeconds: 'x' }, signature: 'yes', verify_token: '' }));
    expect(config.rateLimit).toBeUndefined();
    expect(config.verifyToken).toBeUndefined();
    expect(config.signature).toEqual({ scheme: '', secret: '', toleranceSeconds: 300 });
  });
});
