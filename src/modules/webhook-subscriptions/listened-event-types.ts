import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SubscriptionsRepository } from './subscriptions.repository';

interface Entry {
  readonly types: ReadonlySet<string>;
  readonly loadedAt: number;
}

/**
 * Which event types the active subscriptions of each organisation listen to, kept in memory so the outbox can skip
 * an event nobody wants without a query (the engine emits several per execution, usually to no subscriber).
 *
 * Changes made through this process call `invalidate()` after their commit and are seen at once; changes made by
 * other processes are picked up within `maxAgeMs`. Only a "nobody listens" answer can be wrong for that long; a
 * stale "someone listens" costs the outbox one query, which finds the exact subscribers in the transaction.
 */
@Injectable()
export class ListenedEventTypes {
  static readonly MAX_AGE_MS = 1000;

  private readonly entries = new Map<string, Entry>();
  /** Bumped by invalidate(): a load that started before it may have read the old rows and is not kept. */
  private generation = 0;
  /** Clock and refresh age; replaced in tests. */
  now: () => number = Date.now;
  maxAgeMs = ListenedEventTypes.MAX_AGE_MS;

  constructor(private readonly subscriptions: SubscriptionsRepository) {}

  /** True when an active subscription of the organisation may want `type` (loads through the caller's transaction). */
  async anyListens(manager: EntityManager, organizationId: string, type: string): Promise<boolean> {
    const entry = this.entries.get(organizationId);
    if (entry && this.now() - entry.loadedAt < this.maxAgeMs) return entry.types.has(type);
    const generation = this.generation;
    const loadedAt = this.now();
    const active = await this.subscriptions.listActive(manager, organizationId);
    const types = new Set(active.flatMap((s) => JSON.parse(s.events) as string[]));
    if (generation === this.generation) this.entries.set(organizationId, { types, loadedAt });
    return types.has(type);
  }

  /**
   * True only when this process knows, from a fresh answer, that no active subscription of the organisation listens
   * to any event: callers may then skip building events at all. False means "ask anyListens".
   */
  surelyUnheard(organizationId: string): boolean {
    const entry = this.entries.get(organizationId);
    return entry !== undefined && entry.types.size === 0 && this.now() - entry.loadedAt < this.maxAgeMs;
  }

  /** Forgets everything; call after a subscription change has committed. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
