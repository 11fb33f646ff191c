import { randomInt } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/**
 * The first key of every presence lock ('FlkP'). Presence locks use PostgreSQL's two-key advisory locks, a space of
 * their own: the audit chain's single-key lock (docs/audit.md) can never be mistaken for one.
 */
export const PRESENCE_LOCK_SPACE = 0x466c6b50;
/** Presence lock ids are drawn from 1 … this (a positive int4, the second key). */
export const MAX_PRESENCE_LOCK_ID = 2 ** 31 - 1;
/** Pause between attempts to get the connection and the lock back after losing them. */
const RETRY_MS = 500;
/**
 * How long this process must have held its own lock before it judges other processes by theirs. A restarted server
 * (or a cut network) drops every process's lock at once; each takes its own back within about RETRY_MS, and until
 * then its executions would wrongly look abandoned.
 */
export const PRESENCE_SETTLE_MS = 3_000;
/** Ids tried at start before giving up: another live process holds a drawn id about once in two billion draws. */
const START_ATTEMPTS = 5;

/**
 * PostgreSQL only: a session-level advisory lock that this process holds, on a connection of its own, for as long as
 * it lives. PostgreSQL releases it the moment that session ends: when the process exits or is killed, the kernel closes
 * its socket and the server ends the session. Its lease owner name carries the lock's id (process-identity.ts), so a
 * process of any machine or container can tell that the holder of a lease has ended by finding the lock free
 * (ExecutionRecovery), instead of waiting for the lease to run out. A holder judged ended wrongly (its connection was
 * cut while it lived) loses its executions as when its leases run out: its further writes to them are refused, so
 * none runs twice at once.
 */
export class PresenceLock {
  private readonly logger = new Logger('PresenceLock');
  private client: Client | null = null;
  private heldSince: number | null = null;
  private closed = false;
  private retry?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  private lockId = 0;

  /** `heartbeatMs`: how often the connection is checked, so that a dead one is replaced before the next sweep needs it. */
  constructor(
    private readonly url: string,
    private readonly heartbeatMs: number,
  ) {}

  /** The second key of the lock held (valid once `start` has resolved). */
  get id(): number {
    return this.lockId;
  }

  /** Connects and takes a lock under a fresh random id; throws when the database cannot be reached. */
  async start(): Promise<void> {
    for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
      this.lockId = randomInt(1, MAX_PRESENCE_LOCK_ID + 1);
      if (await this.connectAndLock()) {
        if (this.closed) return;
        this.heartbeat = setInterval(() => void this.check(), this.heartbeatMs);
        this.heartbeat.unref();
        return;
      }
    }
    throw new Error('Could not take a free presence lock id');
  }

  /**
   * The ids of every presence lock held on this database now, or null when this process should not judge others by
   * them: its own lock is not held, or not for PRESENCE_SETTLE_MS yet, or the read failed.
   */
  async heldLocks(now = Date.now()): Promise<ReadonlySet<number> | null> {
    const client = this.client;
    if (!client || this.heldSince === null || now - this.heldSince < PRESENCE_SETTLE_MS) return null;
    try {
      const result = await client.query<{ id: string }>(
        `SELECT objid::bigint AS id FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $1::oid
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        [PRESENCE_LOCK_SPACE],
      );
      return new Set(result.rows.map((row) => Number(row.id)));
    } catch {
      return null;
    }
  }

  /** Ends the session, which releases the lock. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    this.heldSince = null;
    await client?.end().catch(() => undefined);
  }

  /** A new connection that takes the lock; false (connection closed) when another session holds this id. */
  private async connectAndLock(): Promise<boolean> {
    const client = new Client({ connectionString: this.url, keepAlive: true, query_timeout: 10_000, application_name: 'flowker presence' });
    // A lost connection is replaced; the lock goes with the session, so it is taken again on the new one.
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [PRESENCE_LOCK_SPACE, this.lockId]);
      if (!result.rows[0]?.locked) {
        await client.end().catch(() => undefined);
        return false;
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return true;
    }
    this.client = client;
    this.heldSince = Date.now();
    return true;
  }

  /** A connection that cannot answer (a dead peer the socket has not noticed) is ended and replaced. */
  private async check(): Promise<void> {
    const client = this.client;
    await client?.query('SELECT 1').catch(() => this.lost(client));
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.heldSince = null;
    client.end().catch(() => undefined);
    if (!this.closed) this.scheduleRetake();
  }

  private scheduleRetake(): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.retake(), RETRY_MS);
    this.retry.unref();
  }

  /** Takes the same lock again: the id is written in this process's leases. */
  private async retake(): Promise<void> {
    if (this.closed || this.client) return;
    try {
      if (await this.connectAndLock()) {
        if (!this.closed) this.logger.log({ msg: 'presence lock taken again after its connection was lost', lock: this.lockId });
        return;
      }
      this.logger.error({ msg: 'another session holds this process\'s presence lock; retrying', lock: this.lockId });
    } catch (error) {
      this.logger.warn({ msg: 'could not reconnect to take the presence lock again; retrying', err: error });
    }
    this.scheduleRetake();
  }
}
