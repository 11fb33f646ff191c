import { InProcessRateLimiter } from '../../../src/modules/webhooks/webhook-rate-limiter';

describe('InProcessRateLimiter (token bucket per key)', () => {
  const limit = { requests: 3, perSeconds: 6 };

  it('allows a burst of `requests`, then answers how long to wait for the next token', () => {
    const limiter = new InProcessRateLimiter();
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(limiter.take('wf', limit, t0)).toEqual({ allowed: true });
    // One token per 2 s: the 4th call must wait 2 s.
    expect(limiter.take('wf', limit, t0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(limiter.take('wf', limit, t0 + 1_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('wf', limit, t0 + 2_000)).toEqual({ allowed: true });
  });

  it('keeps workflows apart and starts over when the limit changes', () => {
    const limiter = new InProcessRateLimiter();
    for (let i = 0; i < 3; i++) limiter.take('a', limit, 0);
    expect(limiter.take('a', limit, 0).allowed).toBe(false);
    expect(limiter.take('b', limit, 0).allowed).toBe(true);
    expect(limiter.take('a', { requests: 10, perSeconds: 1 }, 0).allowed).toBe(true);
  });

  it('never refills beyond the burst size', () => {
    const limiter = new InProcessRateLimiter();
    limiter.take('wf', limit, 0);
    const later = 10 * 60_000;
    for (let i = 0; i < 3; i++) expect(limiter.take('wf', limit, later).allowed).toBe(true);
    expect(limiter.take('wf', limit, later).allowed).toBe(false);
  });
});
