import { setTimeout as sleep } from 'node:timers/promises';
import { databaseProblemOf, type DatabaseProblem } from '../../database/database-problem';

const FIRST_WAIT_MS = 100;
const LONGEST_WAIT_MS = 5_000;

export interface StorageWaitOptions {
  /** Epoch ms after which the run stops waiting (its deadline). */
  readonly until: number;
  /** Aborted when the process stops: the wait ends and the write's error is thrown. */
  readonly signal: AbortSignal;
  /** Told once per write, when it first has to wait. */
  readonly onFirstWait: (problem: DatabaseProblem, error: unknown) => void;
}

/**
 * Runs `write` until it is taken, waiting (100 ms, doubling to 5 s) while the database cannot take it for a passing
 * reason (unreachable, out of room: see databaseProblemOf). A run in the background would otherwise fail over a
 * full disk or a database restart, or, when even recording the failure is refused, stay `running` until the process
 * restarts. Any other error, the deadline or a stopping process ends the wait with the write's error.
 */
export async function writeWhenStorageTakesIt<T>(write: () => Promise<T>, options: StorageWaitOptions): Promise<T> {
  let waitMs = FIRST_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      return await write();
    } catch (error) {
      const problem = databaseProblemOf(error);
      if (problem === null || options.signal.aborted || Date.now() + waitMs > options.until) throw error;
      if (!told) {
        told = true;
        options.onFirstWait(problem, error);
      }
      try {
        await sleep(waitMs, undefined, { signal: options.signal });
      } catch {
        throw error;
      }
      waitMs = Math.min(LONGEST_WAIT_MS, waitMs * 2);
    }
  }
}
