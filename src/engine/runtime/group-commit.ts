import { performance } from 'node:perf_hooks';
import type { EntityManager } from 'typeorm';

/** One unit of work inside a shared transaction. */
export type WriteOp<T> = (manager: EntityManager) => Promise<T>;

/**
 * Writes of one kind that can be done together: `write` gets every item of that kind waiting in a flush and answers
 * one result per item, in order (one multi-row statement instead of one statement per item). `retrying`: these
 * items were in a transaction that failed; a writer that guesses (sendAhead) must not guess again.
 */
export interface BatchWriter<I, T> {
  write(manager: EntityManager, items: readonly I[], retrying: boolean): Promise<T[]>;
}

export interface GroupCommitOptions {
  /** Flush as soon as this many writes wait. */
  readonly maxBatch: number;
  /** Otherwise flush this long after the first waiting write. */
  readonly maxDelayMs: number;
  /** Transactions that may be in flight at once (1 on SQLite, where one connection serialises them anyway). */
  readonly maxConcurrent?: number;
  /**
   * Begin a transaction as soon as a write waits, and hand it the batch when that closes (see openAhead). Worth it
   * where BEGIN is a round trip (PostgreSQL); not on SQLite, where an open transaction holds the only connection.
   */
  readonly openEarly?: boolean;
  /**
   * Failures of a shared transaction after which the whole batch is worth one more try together (nothing in it was
   * at fault, e.g. a guess about the database's state was wrong), before each write is retried alone.
   */
  readonly retryTogether?: (error: unknown) => boolean;
  /**
   * Told of every flush once each write in it has settled (committed, or failed after the retries): how many writes
   * it held and how long they took from the flush. What an operator reads to see the batching and the commit's cost.
   */
  readonly onFlushed?: (writes: number, seconds: number) => void;
}

interface Pending {
  readonly op: WriteOp<unknown>;
  /** Set for submitBatched(): the item is written together with the other items of the same writer. */
  readonly batched?: { readonly writer: BatchWriter<unknown, unknown>; readonly item: unknown };
  /** Runs inside a savepoint: its failure (e.g. a unique violation) is its own and does not undo the batch. */
  readonly isolated: boolean;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * A write announced before it can be submitted (GroupCommitter.expect). `settle` (idempotent) marks it as no longer
 * on its way: submitBatched calls it once the write is queued, and the caller calls it when it ends without writing.
 */
export interface ExpectedWrite {
  settle(): void;
}

/** A transaction that has begun (or is beginning) and waits to be handed its batch. */
interface OpenTransaction {
  readonly hand: (batch: Pending[]) => void;
  readonly done: Promise<Outcome[]>;
}

/**
 * Runs `work` in one transaction (Database.write). `firstTry`: a failure will be retried (see retryTogether), so the
 * transaction may take guesses whose failure costs only the retry.
 */
export type TransactionRunner = <T>(work: (manager: EntityManager) => Promise<T>, firstTry?: boolean) => Promise<T>;

/**
 * Group commit: writes submitted by any number of callers queue up and are committed together in ONE transaction,
 * flushed when `maxBatch` are waiting, when no announced write (expect) is still on its way, or `maxDelayMs` after
 * the first one, whichever comes first; while a flush is running the next batch gathers. A caller's promise settles
 * only after the transaction holding its write has committed, so nothing is acknowledged before it is durable.
 *
 * If the shared transaction fails (a non-isolated write threw, or the commit itself failed), every write of the batch
 * is retried alone in its own transaction, so one bad write only fails its own caller (after one more try of the
 * whole batch when `retryTogether` says the failure was no write's fault).
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private active = 0;
  private idleWaiters: Array<() => void> = [];
  private savepoints = 0;
  private ahead: OpenTransaction | null = null;
  /** Announced writes not yet submitted (expect). */
  private onTheirWay = 0;
  private quietFlush: NodeJS.Immediate | null = null;

  constructor(
    private readonly transaction: TransactionRunner,
    private readonly options: GroupCommitOptions = { maxBatch: 256, maxDelayMs: 2 },
  ) {}

  submit<T>(op: WriteOp<T>, isolated = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ op, isolated, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  /**
   * Like submit(), but items for the same writer that wait in one flush are written by ONE call of `writer.write`,
   * at the place of the first of them in the flush. Items of one flush are independent writes (each caller waits
   * for its commit before writing again), so grouping them does not reorder anything that depends on another.
   */
  submitBatched<I, T>(writer: BatchWriter<I, T>, item: I, expected?: ExpectedWrite): Promise<T> {
    const anyWriter = writer as BatchWriter<unknown, unknown>;
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        // Alone (the fallback after a failed shared transaction), the item is a batch of one.
        op: async (manager) => (await anyWriter.write(manager, [item], true))[0],
        batched: { writer: anyWriter, item },
        isolated: false,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.schedule();
      expected?.settle();
    });
  }

  /**
   * Announces a write the caller is about to submit (a request that has arrived and is still being worked on).
   * Under load the calls of a burst arrive together, and waiting the whole maxDelayMs after the first of them left
   * the event loop idle once all had been queued. So a batch that waits flushes as soon as no announced write is on
   * its way any more (after the current turn of the event loop, so that calls already read from their sockets join
   * it), and maxDelayMs still bounds the wait for announced writes that are slow to come.
   */
  expect(): ExpectedWrite {
    this.onTheirWay += 1;
    let settled = false;
    return {
      settle: () => {
        if (settled) return;
        settled = true;
        this.onTheirWay -= 1;
        if (this.onTheirWay === 0) this.flushWhenQuiet();
      },
    };
  }

  /** Flushes everything queued so far and waits for every transaction in flight (shutdown, tests). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.active > 0) {
      if (this.queue.length > 0 && this.active < this.maxConcurrent) this.flush();
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  /** Writes waiting for a flush (for tests and metrics). */
  get waiting(): number {
    return this.queue.length;
  }

  private get maxConcurrent(): number {
    return Math.max(1, this.options.maxConcurrent ?? 1);
  }

  private schedule(): void {
    this.openAhead();
    if (this.active >= this.maxConcurrent) return; // a finishing flush picks the queue up
    if (this.queue.length >= this.options.maxBatch) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.options.maxDelayMs);
  }

  private flushWhenQuiet(): void {
    if (this.quietFlush || this.queue.length === 0) return;
    this.quietFlush = setImmediate(() => {
      this.quietFlush = null;
      if (this.onTheirWay === 0) this.flush();
    });
  }

  /**
   * openEarly: while writes wait, one more transaction than those writing is begun ahead, so BEGIN's round trip
   * overlaps the gathering of the batch or the flush in progress instead of delaying the next flush. It holds no
   * lock until it is handed a batch. Invariant: one is open ahead only while the queue is not empty.
   */
  private openAhead(): void {
    if (this.options.openEarly && !this.ahead && this.queue.length > 0) this.ahead = this.open();
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.quietFlush) {
      clearImmediate(this.quietFlush);
      this.quietFlush = null;
    }
    if (this.queue.length === 0 || this.active >= this.maxConcurrent) return;
    const batch = this.queue.splice(0, this.options.maxBatch);
    const transaction = this.ahead ?? this.open();
    this.ahead = null;
    this.active += 1;
    this.openAhead();
    void this.commit(batch, transaction).finally(() => {
      this.active -= 1;
      // Writes that arrived during the flush go out right away: under load, batches size themselves.
      if (this.queue.length > 0) this.flush();
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  /** Begins a transaction that writes the batch handed to it later. */
  private open(): OpenTransaction {
    let hand!: (batch: Pending[]) => void;
    const batch = new Promise<Pending[]>((resolve) => (hand = resolve));
    const done = this.transaction(async (manager) => this.writeAll(manager, await batch, false), true);
    // Settled by commit(); this keeps a failure to begin from being reported as unhandled before the batch is handed.
    done.catch(() => undefined);
    return { hand, done };
  }

  private async commit(batch: Pending[], transaction: OpenTransaction): Promise<void> {
    const flushedAt = performance.now();
    let outcomes: Outcome[];
    try {
      transaction.hand(batch);
      outcomes = await transaction.done;
    } catch (error) {
      outcomes = (this.options.retryTogether?.(error) && (await this.tryTogether(batch))) || (await this.oneByOne(batch));
    }
    batch.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
    this.options.onFlushed?.(batch.length, (performance.now() - flushedAt) / 1000);
  }

  /** The batch once more in a fresh transaction; undefined if that fails too. */
  private async tryTogether(batch: Pending[]): Promise<Outcome[] | undefined> {
    try {
      return await this.transaction((manager) => this.writeAll(manager, batch, true));
    } catch {
      return undefined;
    }
  }

  /** Something in the batch broke the shared transaction: every write gets its own. */
  private async oneByOne(batch: Pending[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const item of batch) {
      try {
        outcomes.push({ ok: true, value: await this.transaction((manager) => item.op(manager)) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  }

  /** Writes a whole batch in the given transaction; one outcome per item. */
  private async writeAll(manager: EntityManager, batch: Pending[], retrying: boolean): Promise<Outcome[]> {
    const results: Outcome[] = new Array<Outcome>(batch.length);
    const groups = new Map<BatchWriter<unknown, unknown>, number[]>();
    batch.forEach((item, index) => {
      if (!item.batched) return;
      const members = groups.get(item.batched.writer);
      if (members) members.push(index);
      else groups.set(item.batched.writer, [index]);
    });
    // Groups of different writers are independent, so they run side by side: their statements then reach the
    // database back to back (see pipelined) instead of one event-loop turn apart. A plain op still runs alone,
    // after everything queued before it.
    let running: Array<Promise<void>> = [];
    const settle = async () => {
      const started = running;
      running = [];
      const outcomes = await Promise.allSettled(started);
      const failure = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
    };
    for (let index = 0; index < batch.length; index += 1) {
      const item = batch[index];
      if (!item.batched) {
        await settle();
        results[index] = await this.run(manager, item);
        continue;
      }
      const members = groups.get(item.batched.writer);
      if (!members || members[0] !== index) continue; // written with the first of its group
      const writer = item.batched.writer;
      running.push(
        writer.write(manager, members.map((member) => batch[member].batched!.item), retrying).then((values) => {
          members.forEach((member, n) => (results[member] = { ok: true, value: values[n] }));
        }),
      );
    }
    await settle();
    return results;
  }

  private async run(manager: EntityManager, item: Pending): Promise<Outcome> {
    if (!item.isolated) return { ok: true, value: await item.op(manager) };
    const name = `gc_${++this.savepoints}`;
    await manager.query(`SAVEPOINT ${name}`);
    try {
      const value = await item.op(manager);
      await manager.query(`RELEASE SAVEPOINT ${name}`);
      return { ok: true, value };
    } catch (error) {
      await manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
      await manager.query(`RELEASE SAVEPOINT ${name}`);
      return { ok: false, error };
    }
  }
}
