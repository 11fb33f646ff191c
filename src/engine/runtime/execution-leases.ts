import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import type { ExecutionLease } from '../../modules/executions/execution.types';
import { ExecutionsRepository } from '../../modules/executions/executions.repository';
import { ExecutionDispatch } from '../queue/execution-dispatch';
import { PresenceLock } from './presence-lock';
import { newLeaseOwner } from './process-identity';
import { isoTime } from '../../common/iso-time';

/**
 * Which process runs which execution, in embedded mode (docs/engine.md "Recovery"). Every execution this process
 * stores to run, or resumes, carries a lease in its row (`lease_owner`, `lease_expires_at`), renewed every third of
 * EXECUTION_LEASE_MS while it runs here. A lease that runs out means its process is gone (or has lost the database for
 * that long, or has had it queued that long): the sweep of any process sharing the database then resumes the
 * execution, and the first process's further writes to it are refused (ExecutionsRepository.changeWithSteps), so it
 * is never run by two. Only running executions are renewed, so a renewal costs at most EXECUTION_CONCURRENCY rows
 * whatever the backlog; one that waited in the queue past its lease may go to another process, and its run here stops
 * at its first write. In production mode the queue decides who runs what, and no lease is written (`owner` null).
 * On PostgreSQL the process holds a presence lock from start to end (presence-lock.ts), named in its owner name, so
 * that a process of any machine can tell once it has ended.
 */
@Injectable()
export class ExecutionLeases implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ExecutionLeases');
  private ownerName: string | null;
  private readonly presence: PresenceLock | null;
  readonly leaseMs: number;
  /** Queued or running here: this process's own sweep leaves them alone. */
  private readonly held = new Set<string>();
  /** Running here: their leases are renewed. */
  private readonly running = new Set<string>();
  private timer?: NodeJS.Timeout;
  private renewing = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
    @Optional() dispatch?: ExecutionDispatch,
  ) {
    this.leaseMs = config.executionLeaseMs;
    this.ownerName = dispatch ? null : newLeaseOwner();
    this.presence = !dispatch && config.database.type === 'postgres' ? new PresenceLock(config.database.url, this.intervalMs) : null;
  }

  /** This process, as written into the rows it leases; null in production mode. */
  get owner(): string | null {
    return this.ownerName;
  }

  /** Before anything can write a lease: the presence lock is held before any row names it. */
  async onModuleInit(): Promise<void> {
    if (!this.presence) return;
    await this.presence.start();
    this.ownerName = newLeaseOwner(this.presence.id);
  }

  /** The presence locks held on the database now; null when they may not be relied on (PresenceLock.heldLocks) or on SQLite. */
  heldPresenceLocks(): Promise<ReadonlySet<number> | null> {
    return this.presence ? this.presence.heldLocks() : Promise.resolve(null);
  }

  /** How often leases are renewed and the sweep looks for executions whose lease ran out. */
  get intervalMs(): number {
    return Math.max(100, Math.floor(this.leaseMs / 3));
  }

  onApplicationBootstrap(): void {
    if (this.owner === null) return;
    this.timer = setInterval(() => void this.renew(), this.intervalMs);
    this.timer.unref();
  }

  /** A lease from now for an execution this process is about to store and run; null in production mode. */
  grant(): ExecutionLease | null {
    return this.owner === null ? null : { owner: this.owner, expiresAt: this.expiryFromNow() };
  }

  expiryFromNow(): string {
    return isoTime(Date.now() + this.leaseMs);
  }

  /** The execution is queued here. */
  hold(executionId: string): void {
    if (this.owner !== null) this.held.add(executionId);
  }

  /** Its run here has begun: its lease is renewed until letGo. */
  renewWhileRunning(executionId: string): void {
    if (this.owner !== null) this.running.add(executionId);
  }

  /** Its run here has ended (a run that ended without its final write is resumed once the lease runs out). */
  letGo(executionId: string): void {
    this.held.delete(executionId);
    this.running.delete(executionId);
  }

  holds(executionId: string): boolean {
    return this.held.has(executionId);
  }

  /** Renews the leases of the running executions; a failure is logged and tried again on the next tick (the lease outlives two). */
  async renew(): Promise<void> {
    if (this.owner === null || this.renewing || this.running.size === 0) return;
    this.renewing = true;
    const owner = this.owner;
    try {
      const ids = [...this.running];
      await this.db.write((m) => this.executions.renewLeases(m, owner, ids, this.expiryFromNow()));
    } catch (error) {
      this.logger.warn({ msg: 'could not renew execution leases; retrying', err: error });
    } finally {
      this.renewing = false;
    }
  }

  /**
   * At shutdown, after the engine has stopped: ends this process's leases on the executions it leaves unfinished, so
   * another process resumes them at its next sweep instead of when they would have run out.
   */
  async releaseAll(): Promise<void> {
    clearInterval(this.timer);
    const owner = this.owner;
    if (owner === null) return;
    this.held.clear();
    this.running.clear();
    try {
      await this.db.write((m) => this.executions.releaseLeases(m, owner, new Date().toISOString()));
    } catch (error) {
      this.logger.warn({ msg: 'could not release execution leases; they run out on their own', err: error });
    }
  }

  /** After the engine's shutdown (releaseAll): ends the presence lock's session, however the application closes. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.presence?.close();
  }
}
