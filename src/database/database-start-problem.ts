import { ConfigError, type DatabaseConfig } from '../config/app-config';
import { databaseProblemOf } from './database-problem';
import { DatabaseInUseError } from './sqlite-process-lock';

/**
 * PostgreSQL's answers to a new connection (or to the migrations that follow it) that no wait will change: the
 * database named in DATABASE_URL does not exist (3D000), the login is refused (28000, 28P01), the user may not create
 * what the migrations create (42501). At run time the first three mean "unreachable" (503, see database-problem.ts);
 * at start-up they mean the setting is wrong.
 */
const REFUSED_POSTGRES_CODES = new Set(['3D000', '28000', '28P01', '42501']);
/** TLS and authentication failures raised by the driver itself, without a server error code. */
const REFUSED_DRIVER_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const REFUSED_DRIVER_MESSAGES = /does not support SSL connections|client password must be a string/i;
/** The SQLite file cannot be the database: it is something else, a directory, or cannot be written. */
const REFUSED_SQLITE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']);

/**
 * Whether a failed start is tried again (TypeORM's retry loop): only while the database may still come (a server not
 * up yet when containers start together, a name not yet in DNS, a file briefly locked). An answer that will be the
 * same next time ends the start at once, see databaseStartRefusal.
 */
export function retriesDatabaseStart(error: unknown, db: DatabaseConfig): boolean {
  return !(error instanceof DatabaseInUseError) && databaseStartRefusal(error, db) === null;
}

/** A failed start caused by a wrong database setting, as the one-line configuration error main.ts exits 78 with. */
export function databaseStartRefusal(error: unknown, db: DatabaseConfig): ConfigError | null {
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | null;
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  const message = typeof e?.message === 'string' ? e.message : String(error);
  if (db.type === 'postgres') {
    if (!REFUSED_POSTGRES_CODES.has(code) && !REFUSED_DRIVER_CODES.has(code) && !REFUSED_DRIVER_MESSAGES.test(message)) return null;
    const reason = /^[0-9A-Z]{5}$/.test(code) ? `${message} (${code})` : message;
    return new ConfigError([
      `DATABASE_URL: PostgreSQL at ${postgresAddress(db.url)} refused Flowker: ${reason}. Correct DATABASE_URL ` +
        '(or the database, user or grant it names); waiting would not change this answer',
    ]);
  }
  if (!REFUSED_SQLITE_CODES.has(code)) return null;
  return new ConfigError([`DATA_DIR or DATABASE_URL: ${db.file} cannot be used as the SQLite database: ${message} (${code})`]);
}

/**
 * The failed start that remains once the retries are spent, in one sentence without a stack, when it is the database
 * not answering; null otherwise.
 */
export function databaseUnreachableAtStart(error: unknown, db: DatabaseConfig): string | null {
  // A full disk is a problem of its own (its error says so), not a server that does not answer.
  if (databaseProblemOf(error) !== 'unreachable') return null;
  const message = (error as { message?: unknown } | null)?.message;
  const where = db.type === 'postgres' ? `PostgreSQL at ${postgresAddress(db.url)}` : `the SQLite database ${db.file}`;
  return `${where} did not answer (${String(message)}); check that it runs and that DATABASE_URL names it.`;
}

/** host:port/database of a postgres:// URL, never its user or password. */
function postgresAddress(raw: string): string {
  try {
    const url = new URL(raw);
    const host = url.hostname || url.searchParams.get('host') || '(PGHOST)';
    return `${host}:${url.port || '5432'}${url.pathname.length > 1 ? url.pathname : ''}`;
  } catch {
    return 'DATABASE_URL';
  }
}
