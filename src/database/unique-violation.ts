/**
 * Whether a driver error is a unique-constraint violation (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE),
 * optionally on a given constraint/index name. Repositories translate it into their domain's 409.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  interface DriverError { code?: string; constraint?: string; message?: string }
  const e = err as DriverError & { driverError?: DriverError };
  const driver: DriverError = e?.driverError ?? e;
  const pg = driver?.code === '23505';
  const sqlite = driver?.code === 'SQLITE_CONSTRAINT_UNIQUE' || driver?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  if (!pg && !sqlite) return false;
  if (!constraint) return true;
  const text = `${driver?.constraint ?? ''} ${driver?.message ?? e?.message ?? ''}`;
  return text.includes(constraint);
}
