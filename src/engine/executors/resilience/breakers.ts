import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import CircuitBreaker from 'opossum';
import { AttemptFailure } from '../executor-failures';
import { EXECUTOR_SETTINGS, type ExecutorSettings } from '../executor-settings';

type Attempt<T> = () => Promise<T>;

/** Thrown instead of running an attempt while the breaker is open (or its single half-open trial is in flight). */
export class BreakerOpenError extends Error {
  constructor() {
    super('circuit breaker open');
    this.name = 'BreakerOpenError';
  }
}

/**
 * One opossum breaker per provider configuration, created on first use and kept in this process. opossum owns the
 * state machine (open → half-open after the reset timeout → one trial → closed or open again); the trip rule is
 * ours: N consecutive failed attempts (opossum's own rule is a failure percentage over a rolling window, which a
 * single node retrying five times would not express). Failures the provider is not to blame for (non-transient 4xx,
 * setup errors, the caller giving up) pass opossum's errorFilter, which records them as successes: the provider
 * did answer, so the failure streak starts again.
 */
@Injectable()
export class CircuitBreakers implements OnModuleDestroy {
  private readonly breakers = new Map<string, CircuitBreaker<[Attempt<unknown>], unknown>>();

  constructor(@Inject(EXECUTOR_SETTINGS) private readonly settings: ExecutorSettings) {}

  /** Runs `attempt` through the breaker of `providerConfigId`; rejects with BreakerOpenError without running it when open. */
  async run<T>(providerConfigId: string, attempt: Attempt<T>): Promise<T> {
    const breaker = this.breakerOf(providerConfigId);
    try {
      return (await breaker.fire(attempt)) as T;
    } catch (err) {
      if (CircuitBreaker.isOurError(err as Error) && (err as { code?: string }).code === 'EOPENBREAKER') throw new BreakerOpenError();
      throw err;
    }
  }

  /** For diagnostics and tests. */
  state(providerConfigId: string): 'closed' | 'open' | 'half-open' {
    const breaker = this.breakers.get(providerConfigId);
    if (!breaker || breaker.closed) return 'closed';
    return breaker.halfOpen ? 'half-open' : 'open';
  }

  onModuleDestroy(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
    this.breakers.clear();
  }

  private breakerOf(id: string): CircuitBreaker<[Attempt<unknown>], unknown> {
    const existing = this.breakers.get(id);
    if (existing) return existing;
    const breaker = new CircuitBreaker<[Attempt<unknown>], unknown>((attempt) => attempt(), {
      name: id,
      // Timeouts are enforced per attempt by the HTTP layer; opossum must not race its own timer against them.
      timeout: false,
      resetTimeout: this.settings.breakerResetMs,
      // Never trip on opossum's percentage rule; the consecutive-failure rule below opens the breaker.
      errorThresholdPercentage: 100,
      errorFilter: (err: unknown) => err instanceof AttemptFailure && !err.options.breakerFailure,
    });
    let consecutiveFailures = 0;
    breaker.on('failure', () => {
      consecutiveFailures += 1;
      if (consecutiveFailures >= this.settings.breakerThreshold) breaker.open();
    });
    breaker.on('success', () => {
      consecutiveFailures = 0;
    });
    breaker.on('close', () => {
      consecutiveFailures = 0;
    });
    this.breakers.set(id, breaker);
    return breaker;
  }
}
