/** Driver errors that mean "the database cannot be reached right now", not "this request is wrong". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', 'SQLITE_BUSY',
  // What a PostgreSQL server answers a new connection when the database named in DATABASE_URL is gone (dropped or
  // renamed: 3D000), or no longer lets this service in (credentials changed or revoked: 28000, 28P01). The pool meets
  // them only while connecting, never for a statement, so they are the database's condition, not the request's.
  '3D000', '28000', '28P01',
]);
// "… is not queryable": pg refuses statements on a client whose connection has failed or closed, e.g. a transaction's
// connection whose server process was terminated while the transaction still had statements to send.
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|database connection is closed|The database connection is not open|is not queryable/i;
/**
 * Driver errors that mean "the database is out of room": a full disk (SQLite's SQLITE_FULL, PostgreSQL's class 53,
 * insufficient resources). What was being written was fine, and the same write can succeed once there is room.
 */
const OUT_OF_ROOM_CODES = new Set(['SQLITE_FULL', '53000', '53100', '53200', '53300', '53400']);

export type DatabaseProblem = 'unreachable' | 'out of room';

/**
 * Whether an error is the database's passing condition rather than a fault of the statement: the same write may
 * succeed later. Used to answer 503 with Retry-After, and by runs that wait for the database instead of failing.
 */
export function databaseProblemOf(err: unknown): DatabaseProblem | null {
  const e = err as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (typeof code === 'string' && OUT_OF_ROOM_CODES.has(code)) return 'out of room';
  if ((typeof code === 'string' && UNREACHABLE_CODES.has(code)) || (typeof e?.message === 'string' && UNREACHABLE_MESSAGES.test(e.message))) {
    return 'unreachable';
  }
  return null;
}
