import path from 'node:path';
import { AddressPolicy } from '../common/outbound/address-policy';
import { MAX_API_KEY_LENGTH } from './api-key';

export type DatabaseConfig =
  | { readonly type: 'sqlite'; readonly file: string }
  | { readonly type: 'postgres'; readonly url: string };

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly version: string;
  readonly deploymentMode: 'local' | 'byoc' | 'saas';
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly apiKey: { readonly enabled: boolean; readonly key?: string };
  readonly corsAllowedOrigins: readonly string[];
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Largest request body accepted on management routes, in bytes. */
  readonly bodyLimitBytes: number;
  /** Largest webhook body accepted, in bytes. */
  readonly webhookBodyLimitBytes: number;
  /** Longest wait of a synchronous webhook call before it answers 202 (WEBHOOK_SYNC_TIMEOUT_MS; always under 100 s). */
  readonly webhookSyncTimeoutMs: number;
  /** AES-256 key for secrets at rest (SECRETS_KEY); absent on SQLite means "generate one in dataDir". */
  readonly secretsKey?: Buffer;
  /** Private/loopback destinations outbound calls may reach anyway (CIDRs or host names). */
  readonly outboundAllowList: readonly string[];
  /** How long a SIGTERM keeps answering (not ready) before the server stops taking connections. */
  readonly shutdownDelayMs: number;
  /** Test-only: honour the X-Test-Fault-Injection header. */
  readonly faultInjection: boolean;
  /** Outgoing webhook subscriptions (SUBSCRIPTION* variables, see docs/webhook-subscriptions.md). */
  readonly subscriptions: SubscriptionsConfig;
  /** Retries and circuit breaker of executor calls (EXECUTOR_* variables). */
  readonly executors: ExecutorsConfig;
  /** Overall budget of one execution from its start (EXECUTION_TIMEOUT_MS, default 5 minutes). */
  readonly executionTimeoutMs: number;
  /** Executions the engine runs at the same time in this process (EXECUTION_CONCURRENCY); the rest queue. */
  readonly executionConcurrency: number;
  /** On shutdown, how long in-flight steps may take to finish before they are left to recovery (EXECUTION_DRAIN_MS). */
  readonly executionDrainMs: number;
  /**
   * Embedded mode: how long a process's claim on the executions it runs lasts without renewal (EXECUTION_LEASE_MS).
   * Another process sharing the database (or this one's sweep) resumes an execution whose claim has run out.
   */
  readonly executionLeaseMs: number;
  /** Finished executions are deleted with their steps this long after they ended (EXECUTION_RETENTION_DAYS); 0 keeps them. */
  readonly executionRetentionMs: number;
  /** Production mode (REDIS_URL): BullMQ queues and shared limits; absent = everything in this process. */
  readonly redis?: RedisConfig;
  /** What this process does (FLOWKER_ROLE or the CLI subcommand): `api` serves, `worker` runs executions, `all` both. */
  readonly role: ProcessRole;
}

export type ProcessRole = 'api' | 'worker' | 'all';

export interface RedisConfig {
  readonly url: string;
  /** Prefix of every Redis key (REDIS_PREFIX), so several deployments can share one Redis. */
  readonly prefix: string;
  /** A job whose worker has not renewed its lock for this long is taken over by another worker (QUEUE_LOCK_MS). */
  readonly lockMs: number;
  /** How often workers look for stalled jobs (QUEUE_STALLED_INTERVAL_MS). */
  readonly stalledIntervalMs: number;
  /** How often workers re-queue unfinished executions that have no job (QUEUE_SWEEP_INTERVAL_MS). */
  readonly sweepIntervalMs: number;
}

export interface ExecutorsConfig {
  /** Attempts per executor node, the first one included (EXECUTOR_MAX_ATTEMPTS). */
  readonly maxAttempts: number;
  /** Wait before the 2nd attempt; doubles for each later one (EXECUTOR_RETRY_BASE_MS). */
  readonly retryBaseMs: number;
  /** Consecutive failed calls that open a provider configuration's breaker (EXECUTOR_BREAKER_THRESHOLD). */
  readonly breakerThreshold: number;
  /** How long an open breaker stays open before one trial call (EXECUTOR_BREAKER_RESET_MS). */
  readonly breakerResetMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEPLOYMENT_MODES = ['local', 'byoc', 'saas'] as const;
const ROLES = ['api', 'worker', 'all'] as const;

/** REDIS_URL turns production mode on; it needs PostgreSQL (several processes share the database). */
function parseRedis(
  str: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number, max: number) => number,
  db: DatabaseConfig['type'],
  role: ProcessRole,
  problems: string[],
): RedisConfig | undefined {
  const url = str('REDIS_URL');
  if (url === undefined) {
    if (role !== 'all') problems.push(`FLOWKER_ROLE=${role} needs REDIS_URL (api and worker processes share work through Redis)`);
    return undefined;
  }
  if (!/^rediss?:\/\//i.test(url)) problems.push('REDIS_URL must start with redis:// or rediss://');
  else {
    const problem = redisUrlProblem(url);
    if (problem !== null) problems.push(problem);
  }
  if (db !== 'postgres') problems.push('REDIS_URL needs a PostgreSQL DATABASE_URL (every process must share one database)');
  const prefix = str('REDIS_PREFIX') ?? 'flowker';
  if (!/^[\w.:-]{1,64}$/.test(prefix)) problems.push('REDIS_PREFIX must be 1 to 64 letters, digits, or . _ : -');
  const lockMs = int('QUEUE_LOCK_MS', 30_000, 1_000, 600_000);
  return {
    url,
    prefix,
    lockMs,
    stalledIntervalMs: int('QUEUE_STALLED_INTERVAL_MS', Math.min(lockMs, 30_000), 500, 600_000),
    sweepIntervalMs: int('QUEUE_SWEEP_INTERVAL_MS', 15_000, 200, 3_600_000),
  };
}

/**
 * What keeps a redis:// URL from naming a server, or null. ioredis fills a missing host with localhost, so
 * `redis://:6379` reached whatever listened on the container's own loopback, or retried nothing forever.
 */
function redisUrlProblem(raw: string): string | null {
  const example = 'e.g. redis://redis.example.com:6379';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `REDIS_URL is not a valid URL (check the host, and that a port is a number from 1 to 65535), ${example}`;
  }
  if (url.hostname === '') return `REDIS_URL names no host (${example})`;
  if (url.port === '0') return 'REDIS_URL port must be a number from 1 to 65535 (got 0)';
  return null;
}

/**
 * Reads and validates the environment once, at start-up, reporting every problem together so an operator fixes
 * them in one go. Nothing else in the service reads process.env.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = decimalInteger(raw);
    if (n === null || n < min || n > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = str(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw.toLowerCase())) return raw.toLowerCase() as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  };
  const list = (name: string): string[] =>
    (str(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);

  const dataDir = path.resolve(cwd, str('DATA_DIR') ?? 'data');
  const database = parseDatabase(str('DATABASE_URL'), str('PGHOST'), dataDir, cwd, problems);

  const apiKeyEnabled = bool('API_KEY_ENABLED', true);
  const apiKey = str('API_KEY');
  if (apiKeyEnabled && apiKey !== undefined && apiKey.length < 16) {
    problems.push('API_KEY must be at least 16 characters long');
  }
  // The guard compares the X-API-Key header as received: a key no header can carry would lock every client out.
  if (apiKeyEnabled && apiKey !== undefined && apiKey.length > MAX_API_KEY_LENGTH) {
    problems.push(`API_KEY must be at most ${MAX_API_KEY_LENGTH} characters long`);
  }
  if (apiKeyEnabled && apiKey !== undefined && !/^[\x20-\x7e]*$/.test(apiKey)) {
    problems.push('API_KEY may only hold printable ASCII characters (an HTTP header cannot carry others unchanged)');
  }
  if (apiKeyEnabled && apiKey === undefined && database.type === 'postgres') {
    problems.push('API_KEY is required with a PostgreSQL DATABASE_URL (every instance must share one key); ' +
      'set API_KEY, or API_KEY_ENABLED=false to run without authentication');
  }

  const secretsKey = parseSecretsKey(str('SECRETS_KEY'), database.type, problems);

  const corsAllowedOrigins = list('CORS_ALLOWED_ORIGINS');
  for (const origin of corsAllowedOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/i.test(origin)) {
      problems.push(`CORS_ALLOWED_ORIGINS entry "${origin}" must be an origin such as https://app.example.com, or *`);
    }
  }

  // Checked here with the other settings: the outbound client refused it only once the app was being built, with
  // a stack trace and exit code 1.
  const outboundAllowList = list('OUTBOUND_ALLOW_PRIVATE');
  for (const problem of AddressPolicy.validateAllowList(outboundAllowList)) problems.push(`OUTBOUND_ALLOW_PRIVATE entry ${problem}`);

  const role = oneOf('FLOWKER_ROLE', ROLES, 'all');
  const redis = parseRedis(str, int, database.type, role, problems);

  const config: AppConfig = {
    port: int('PORT', 4021, 0, 65535),
    host: str('HOST') ?? '0.0.0.0',
    version: str('VERSION') ?? '1.1.0',
    deploymentMode: oneOf('DEPLOYMENT_MODE', DEPLOYMENT_MODES, 'local'),
    dataDir,
    database,
    apiKey: { enabled: apiKeyEnabled, key: apiKey },
    corsAllowedOrigins,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    webhookBodyLimitBytes: int('WEBHOOK_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    webhookSyncTimeoutMs: int('WEBHOOK_SYNC_TIMEOUT_MS', 30_000, 100, 99_000),
    secretsKey,
    outboundAllowList,
    shutdownDelayMs: int('SHUTDOWN_DELAY_MS', 0, 0, 120_000),
    faultInjection: bool('FAULT_INJECTION_ENABLED', false),
    // In production mode only worker processes send subscription deliveries (the database-claim worker).
    subscriptions: { ...parseSubscriptions(str, int, bool, problems), ...(role === 'api' ? { workerEnabled: false } : {}) },
    redis,
    role,
    executionTimeoutMs: int('EXECUTION_TIMEOUT_MS', 5 * 60_000, 10, 24 * 60 * 60_000),
    executionConcurrency: int('EXECUTION_CONCURRENCY', 256, 1, 10_000),
    executionDrainMs: int('EXECUTION_DRAIN_MS', 10_000, 0, 120_000),
    executionLeaseMs: int('EXECUTION_LEASE_MS', 30_000, 1_000, 60 * 60_000),
    executionRetentionMs: int('EXECUTION_RETENTION_DAYS', 0, 0, 36_500) * 86_400_000,
    executors: {
      maxAttempts: int('EXECUTOR_MAX_ATTEMPTS', 5, 1, 20),
      retryBaseMs: int('EXECUTOR_RETRY_BASE_MS', 1000, 1, 60_000),
      breakerThreshold: int('EXECUTOR_BREAKER_THRESHOLD', 5, 1, 1000),
      breakerResetMs: int('EXECUTOR_BREAKER_RESET_MS', 30_000, 10, 3_600_000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** SECRETS_KEY is base64 of exactly 32 random bytes; PostgreSQL deployments must share one, so it is required there. */
function parseSecretsKey(raw: string | undefined, db: DatabaseConfig['type'], problems: string[]): Buffer | undefined {
  if (raw === undefined) {
    if (db === 'postgres') {
      problems.push('SECRETS_KEY is required with a PostgreSQL DATABASE_URL (every instance must decrypt the same ' +
        'stored secrets); generate one with: openssl rand -base64 32');
    }
    return undefined;
  }
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) ? Buffer.from(raw, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) {
    problems.push('SECRETS_KEY must be the base64 encoding of exactly 32 bytes (e.g. the output of openssl rand -base64 32)');
    return undefined;
  }
  return key;
}

function parseDatabase(
  raw: string | undefined,
  pgHost: string | undefined,
  dataDir: string,
  cwd: string,
  problems: string[],
): DatabaseConfig {
  if (raw === undefined) return { type: 'sqlite', file: path.join(dataDir, 'flowker.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    const problem = postgresUrlProblem(raw, pgHost);
    if (problem !== null) problems.push(problem);
    return { type: 'postgres', url: raw };
  }
  const sqlite = /^sqlite:(?:\/\/)?(.*)$/i.exec(raw);
  if (sqlite && sqlite[1] !== '') return { type: 'sqlite', file: path.resolve(cwd, sqlite[1]) };
  // "sqlite://" named the root directory as the database file, and the start retried opening it forever.
  if (sqlite) problems.push('DATABASE_URL sqlite: must name a file, e.g. sqlite:./data/flowker.sqlite');
  else problems.push('DATABASE_URL must start with postgres:// or postgresql:// (or sqlite:<file> for the embedded database)');
  return { type: 'sqlite', file: path.join(dataDir, 'flowker.sqlite') };
}

/**
 * What is missing from a postgres:// URL, or null. The driver fills a missing host with "localhost" (libpq would use
 * its local socket instead), so `postgres://` or `postgres:///db` reached whatever listened on the container's own
 * loopback, or nothing, and the start retried a connection that could never succeed. A host may come from the URL,
 * from its `host` parameter (a socket directory, as libpq writes it), or from PGHOST, which the driver reads too.
 */
function postgresUrlProblem(raw: string, pgHost: string | undefined): string | null {
  const example = 'e.g. postgres://user:password@db.example.com:5432/flowker';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `DATABASE_URL is not a valid postgres:// URL (check the host, and that a port is a number from 1 to 65535), ${example}`;
  }
  if (url.hostname === '' && !url.searchParams.get('host') && pgHost === undefined) {
    return `DATABASE_URL names no host: write it into the URL (${example}), or set PGHOST`;
  }
  if (url.port === '0') return 'DATABASE_URL port must be a number from 1 to 65535 (got 0)';
  return null;
}

/**
 * A number written in plain decimal digits, or null. Number() alone also reads "0x10", "1e3", "0b11" and "+5", so
 * PORT=0x10 listened on port 16 instead of being refused.
 */
function decimalInteger(raw: string): number | null {
  return /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}

/** Nest injection token for the AppConfig object. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export interface SubscriptionsConfig {
  /** Dev only: accept plain-http subscription URLs whose host is a loopback address. */
  readonly allowHttpLoopback: boolean;
  /** Delay before each retry, in order; its length is the number of retries after the first attempt. */
  readonly retryScheduleMs: readonly number[];
  /** A subscription whose deliveries fail without any success for this long is disabled. */
  readonly disableAfterMs: number;
  /** Whether this instance runs the delivery worker. */
  readonly workerEnabled: boolean;
  /** How often the worker looks for due deliveries when no commit wakes it earlier. */
  readonly pollIntervalMs: number;
  /** Deliveries claimed per round trip to the database; the worker sends up to three batches' worth at once. */
  readonly batchSize: number;
  /** Sends one subscription may have in flight at once, so that a slow endpoint holds only its own share. */
  readonly maxInFlightPerSubscription: number;
  /** Per-attempt HTTP timeout. */
  readonly deliveryTimeoutMs: number;
  /** A delivery claimed longer ago than this is presumed abandoned by a dead instance and sent again. */
  readonly claimLeaseMs: number;
  /** Finished deliveries, their attempts and event bodies are deleted this long after their last change; 0 keeps them. */
  readonly retentionMs: number;
}

/** Default retry delays: about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h. */
const DEFAULT_RETRY_SCHEDULE_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

function parseSubscriptions(
  str: (name: string) => string | undefined,
  int: (name: string, fallback: number, min: number, max: number) => number,
  bool: (name: string, fallback: boolean) => boolean,
  problems: string[],
): SubscriptionsConfig {
  const DAY = 86_400_000;
  let retryScheduleMs = DEFAULT_RETRY_SCHEDULE_MS;
  const rawSchedule = str('SUBSCRIPTION_RETRY_SCHEDULE_MS');
  if (rawSchedule !== undefined) {
    const delays = rawSchedule.split(',').map((s) => decimalInteger(s.trim()));
    if (delays.length > 20 || delays.some((d) => d === null || d < 1 || d > 7 * DAY)) {
      problems.push('SUBSCRIPTION_RETRY_SCHEDULE_MS must be a comma-separated list of at most 20 delays in ms (1 to 604800000)');
    } else {
      retryScheduleMs = delays as number[];
    }
  }
  const deliveryTimeoutMs = int('SUBSCRIPTION_DELIVERY_TIMEOUT_MS', 15_000, 100, 120_000);
  const claimLeaseMs = int('SUBSCRIPTION_CLAIM_LEASE_MS', deliveryTimeoutMs + 45_000, 500, DAY);
  if (claimLeaseMs <= deliveryTimeoutMs) {
    problems.push('SUBSCRIPTION_CLAIM_LEASE_MS must be longer than SUBSCRIPTION_DELIVERY_TIMEOUT_MS');
  }
  return {
    allowHttpLoopback: bool('SUBSCRIPTIONS_ALLOW_HTTP_LOOPBACK', false),
    retryScheduleMs,
    disableAfterMs: int('SUBSCRIPTION_DISABLE_AFTER_MS', 5 * DAY, 1, 365 * DAY),
    workerEnabled: bool('SUBSCRIPTION_WORKER_ENABLED', true),
    pollIntervalMs: int('SUBSCRIPTION_POLL_INTERVAL_MS', 1_000, 5, 60_000),
    batchSize: int('SUBSCRIPTION_BATCH_SIZE', 100, 1, 1_000),
    // By default one subscription may use every send slot: a lower cap bounds what one dead endpoint with a large
    // backlog can hold, but costs a single busy subscriber its throughput (docs/benchmarks.md, deliveries).
    maxInFlightPerSubscription: int('SUBSCRIPTION_MAX_IN_FLIGHT_PER_SUBSCRIPTION', 300, 1, 1_000),
    deliveryTimeoutMs,
    claimLeaseMs,
    retentionMs: int('SUBSCRIPTION_RETENTION_DAYS', 30, 0, 3650) * DAY,
  };
}
