import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Database } from '../../database/database.service';
import { ExecutionsRepository, ExecutionStore, type ExecutionRecord } from '../executions';
import { isTerminal } from '../executions/execution.types';

/** Fallback re-read for executions finished elsewhere (e.g. resumed by another instance): 250 ms doubling to 2 s. */
const FIRST_FALLBACK_MS = 250;
const MAX_FALLBACK_MS = 2_000;

/**
 * Waits for an execution to reach a terminal state, for synchronous webhook answers. Woken by the store's
 * `finished` event (committed final write in this process); a slow re-read with backoff covers executions that
 * finish on another instance.
 */
@Injectable()
export class ExecutionCompletion implements OnModuleDestroy {
  private readonly waiting = new Map<string, Set<() => void>>();
  private readonly onFinished = (executionId: string) => {
    const wakers = this.waiting.get(executionId);
    if (wakers) for (const wake of wakers) wake();
  };

  private readonly detach: () => void;

  constructor(
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    store: ExecutionStore,
  ) {
    store.events.on('finished', this.onFinished);
    this.detach = () => store.events.off('finished', this.onFinished);
  }

  onModuleDestroy(): void {
    this.detach();
  }

  /** The finished execution, or null when `timeoutMs` passed first (the execution keeps running). */
  async waitFor(executionId: string, timeoutMs: number): Promise<ExecutionRecord | null> {
    const deadline = Date.now() + timeoutMs;
    let fallback = FIRST_FALLBACK_MS;
    for (;;) {
      // Registered before the read, so a finish between the read and the wait is not missed.
      const signal = this.nextFinish(executionId);
      try {
        const summary = await this.db.read((m) => this.executions.findSummary(m, executionId));
        if (summary && isTerminal(summary.status)) return this.db.read((m) => this.executions.findRecord(m, executionId));
        const left = deadline - Date.now();
        if (left <= 0) return null;
        await Promise.race([signal.promise, new Promise((resolve) => setTimeout(resolve, Math.min(fallback, left)))]);
        fallback = Math.min(fallback * 2, MAX_FALLBACK_MS);
      } finally {
        signal.cancel();
      }
    }
  }

  private nextFinish(executionId: string): { promise: Promise<void>; cancel: () => void } {
    let wake!: () => void;
    const promise = new Promise<void>((resolve) => (wake = resolve));
    const wakers = this.waiting.get(executionId) ?? new Set();
    wakers.add(wake);
    this.waiting.set(executionId, wakers);
    return {
      promise,
      cancel: () => {
        wakers.delete(wake);
        if (wakers.size === 0) this.waiting.delete(executionId);
      },
    };
  }
}
