import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { Database } from '../../database/database.service';
import { ExecutionsRepository, type ClaimScope } from '../../modules/executions/executions.repository';
import { ExecutionDispatch } from '../queue/execution-dispatch';
import { ExecutionEngine } from './execution-engine';
import { ExecutionLeases } from './execution-leases';
import { ExecutionResumption } from './execution-resumption';
import { leaseOwnerHasEnded } from './process-identity';

/** Executions claimed by one statement; a longer backlog is claimed page by page. */
const CLAIM_PAGE = 500;
/** Lease holders looked at per sweep for having ended (each is a look at /proc). */
const OWNERS_CHECKED = 1000;

/**
 * Embedded mode: resumes every unfinished execution nobody runs, from its last completed step, or fails it with the
 * reason it cannot be resumed (docs/engine.md "Recovery"). At start, and then every ExecutionLeases.intervalMs: an
 * execution whose lease ran out (its process died or kept it queued that long, or its run here ended without its
 * final write) is claimed and run; on PostgreSQL also, at once, one whose holder this process can tell has ended
 * (process-identity.ts: its presence lock is free, or it was a process of this machine). At start on SQLite, where
 * this process is the only one on the file, every unfinished execution is claimed.
 */
@Injectable()
export class ExecutionRecovery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ExecutionRecovery');
  /** Settles when every unfinished execution found at start has been queued or failed. */
  done: Promise<number> = Promise.resolve(0);
  private timer?: NodeJS.Timeout;
  private sweeping: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    private readonly resumption: ExecutionResumption,
    private readonly engine: ExecutionEngine,
    private readonly leases: ExecutionLeases,
    @Optional() private readonly dispatch?: ExecutionDispatch,
  ) {}

  onApplicationBootstrap(): void {
    // Production mode: the queue's workers sweep unfinished executions instead (src/engine/queue).
    if (this.dispatch) return;
    // In the background: a long backlog must not delay the HTTP server.
    this.done = this.sweep(this.db.dialect === 'sqlite' ? 'all' : 'starting');
    this.timer = setInterval(() => void this.sweep(), this.leases.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Claims and resumes the executions nobody runs: those whose lease ran out; `starting`: also those without a lease
   * (stored by a version before leases, whose processes are assumed gone when a process starts, as they always were);
   * `all`: every unfinished one (SQLite at start: this process holds the file alone). Resolves how many were taken up
   * (resumed, or failed when they cannot be). One sweep at a time: a tick that finds one running waits for it instead.
   */
  sweep(scope: 'expired' | 'starting' | 'all' = 'expired'): Promise<number> {
    if (!this.sweeping) {
      this.sweeping = this.claimAndResume(scope)
        .catch((error) => {
          this.logger.error({ msg: 'execution recovery failed', err: error });
          return 0;
        })
        .finally(() => {
          this.sweeping = null;
        });
    }
    return this.sweeping;
  }

  private async claimAndResume(scope: 'expired' | 'starting' | 'all'): Promise<number> {
    const owner = this.leases.owner;
    if (owner === null) return 0;
    // This process's own executions whose lease ran out although it does not run them (their run ended without its
    // final write). Those still queued here are left out: their leases are free for an idle process to take.
    let resumed = await this.resumeAll(
      await this.db.write(async (m) => {
        const now = new Date().toISOString();
        const expired = (await this.executions.ownExpiredLeases(m, owner, now, CLAIM_PAGE)).filter((id) => !this.leases.holds(id));
        return expired.length === 0 ? [] : this.executions.renewLeases(m, owner, expired, this.leases.expiryFromNow(), now);
      }),
    );
    // On PostgreSQL, the executions of processes known to have ended (their presence lock is free, or they were
    // processes of this machine), without waiting for their leases to run out. SQLite has one process, which took
    // every execution at start.
    if (this.db.dialect === 'postgres') {
      const now = new Date().toISOString();
      const owners = await this.db.read((m) => this.executions.activeLeaseOwners(m, owner, now, OWNERS_CHECKED));
      const heldLocks = owners.length > 0 ? await this.leases.heldPresenceLocks() : null;
      resumed += await this.claimPages({ endedOwners: owners.filter((holder) => leaseOwnerHasEnded(holder, heldLocks)) });
    }
    // Other processes' executions whose lease ran out (see `scope` for those without one).
    resumed += await this.claimPages(scope === 'all' ? 'all' : { now: new Date().toISOString(), unleased: scope === 'starting' });
    if (resumed > 0) this.logger.log({ msg: 'resuming unfinished executions', count: resumed });
    return resumed;
  }

  /** Claims and resumes the executions `which` selects (ExecutionsRepository.claimUnfinished), page by page. */
  private async claimPages(which: ClaimScope): Promise<number> {
    const owner = this.leases.owner!;
    let resumed = 0;
    for (;;) {
      if (!this.engine.accepting) break; // shutting down: what is left stays for the next process
      const ids = await this.db.write((m) => this.executions.claimUnfinished(m, owner, this.leases.expiryFromNow(), CLAIM_PAGE, which));
      resumed += await this.resumeAll(ids);
      if (ids.length < CLAIM_PAGE) break;
    }
    return resumed;
  }

  /**
   * Resumes executions this process has just claimed (the engine holds each one it queues); resolves how many. One
   * that fails to load keeps its new lease, which runs out, and a later sweep tries it again.
   */
  private async resumeAll(ids: readonly string[]): Promise<number> {
    for (const id of ids) {
      if (!this.engine.accepting) break;
      try {
        const resumable = await this.resumption.load(id);
        if (typeof resumable !== 'string') this.engine.enqueue(resumable.execution, resumable.workflow, resumable.steps);
      } catch (error) {
        this.logger.error({ msg: 'could not recover execution', executionId: id, err: error });
      }
    }
    return ids.length;
  }
}
