import path from 'node:path';

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
  /** Private/loopback destinations outbound calls may reach anyway (CIDRs or host names). */
  readonly outboundAllowList: readonly string[];
  /** How long a SIGTERM keeps answering (not ready) before the server stops taking connections. */
  readonly shutdownDelayMs: number;
  /** Test-only: honour the X-Test-Fault-Injection header. */
  readonly faultInjection: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEPLOYMENT_MODES = ['local', 'byoc', 'saas'] as const;

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
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
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
  const database = parseDatabase(str('DATABASE_URL'), dataDir, cwd, problems);

  const apiKeyEnabled = bool('API_KEY_ENABLED', true);
  const apiKey = str('API_KEY');
  if (apiKeyEnabled && apiKey !== undefined && apiKey.length < 16) {
    problems.push('API_KEY must be at least 16 characters long');
  }
  if (apiKeyEnabled && apiKey === undefined && database.type === 'postgres') {
    problems.push('API_KEY is required with a PostgreSQL DATABASE_URL (every instance must share one key); ' +
      'set API_KEY, or API_KEY_ENABLED=false to run without authentication');
  }

  const corsAllowedOrigins = list('CORS_ALLOWED_ORIGINS');
  for (const origin of corsAllowedOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/i.test(origin)) {
      problems.push(`CORS_ALLOWED_ORIGINS entry "${origin}" must be an origin such as https://app.example.com, or *`);
    }
  }

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
    outboundAllowList: list('OUTBOUND_ALLOW_PRIVATE'),
    shutdownDelayMs: int('SHUTDOWN_DELAY_MS', 0, 0, 120_000),
    faultInjection: bool('FAULT_INJECTION_ENABLED', false),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parseDatabase(raw: string | undefined, dataDir: string, cwd: string, problems: string[]): DatabaseConfig {
  if (raw === undefined) return { type: 'sqlite', file: path.join(dataDir, 'flowker.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    try {
      new URL(raw);
    } catch {
      problems.push('DATABASE_URL is not a valid postgres:// URL');
    }
    return { type: 'postgres', url: raw };
  }
  const sqlite = /^sqlite:(?:\/\/)?(.+)$/i.exec(raw);
  if (sqlite) return { type: 'sqlite', file: path.resolve(cwd, sqlite[1]) };
  problems.push('DATABASE_URL must start with postgres:// or postgresql:// (or sqlite:<file> for the embedded database)');
  return { type: 'sqlite', file: path.join(dataDir, 'flowker.sqlite') };
}

/** Nest injection token for the AppConfig object. */
export const APP_CONFIG = Symbol('APP_CONFIG');
