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

describe('InProcessRateLimiter at its bucket bound', () => {
  const tight = { requests: 2, perSeconds: 3600 };
  const loose = { requests: 5, perSeconds: 1 };

  it('forgets refilled buckets first and then the least recently used, so a drained bucket in use keeps its limit', () => {
    const limiter = new InProcessRateLimiter(10);
    for (let i = 0; i < 2; i++) limiter.take('attacked', tight, 0);
    expect(limiter.take('attacked', tight, 0).allowed).toBe(false);
    // Nine more triggers called once each; a second later their buckets are full again.
    for (let i = 0; i < 9; i++) limiter.take(`idle-${i}`, loose, 0);
    // New triggers keep coming while the attacked one keeps being called: it stays refused throughout.
    for (let i = 0; i < 20; i++) {
      limiter.take(`new-${i}`, loose, 1_000);
      expect(limiter.take('attacked', tight, 1_000).allowed).toBe(false);
    }
  });

  it('when every bucket is still draining, forgets the least recently used', () => {
    const limiter = new InProcessRateLimiter(4);
    for (const key of ['a', 'b', 'c', 'd']) for (let i = 0; i < 2; i++) limiter.take(key, tight, 0);
    // `a` is used again (refused), so `b` is now the least recently used of the four.
    expect(limiter.take('a', tight, 1).allowed).toBe(false);
    limiter.take('e', tight, 2);
    expect(limiter.take('a', tight, 3).allowed).toBe(false);
    expect(limiter.take('b', tight, 3).allowed).toBe(true);
  });
});
