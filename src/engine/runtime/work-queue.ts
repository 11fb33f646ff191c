/**
 * In-process queue with bounded concurrency: at most `concurrency` tasks run at once, the rest wait in FIFO order.
 * Tasks never reject into the queue (the engine isolates each execution's failures itself); a throwing task is
 * reported through `onError` and frees its slot like any other.
 */
export class WorkQueue {
  private readonly waiting: Array<() => Promise<void>> = [];
  private active = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  push(task: () => Promise<void>): void {
    this.waiting.push(task);
    this.pump();
  }

  /** Drops tasks that have not started yet (shutdown: recovery picks them up on the next start). */
  clearWaiting(): number {
    return this.waiting.splice(0).length;
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves when no task is running. */
  idle(): Promise<void> {
    if (this.active === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.active < this.concurrency && this.waiting.length > 0) {
      const task = this.waiting.shift()!;
      this.active += 1;
      void Promise.resolve()
        .then(task)
        .catch(this.onError)
        .finally(() => {
          this.active -= 1;
          this.pump();
          if (this.active === 0 && this.waiting.length === 0) {
            for (const resolve of this.idleWaiters.splice(0)) resolve();
          }
        });
    }
  }
}
