import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Locks the rows a query reads until the transaction ends, on PostgreSQL: `share` for a write that comes to rely on
 * them, `update` for one that changes or removes what others rely on (the two conflict). SQLite runs one writing
 * transaction at a time, which already orders them, so the query is left as it is there.
 */
export function lockedUntilCommit<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, mode: 'share' | 'update'): SelectQueryBuilder<T> {
  if (query.connection.options.type === 'postgres') query.setLock(mode === 'share' ? 'pessimistic_read' : 'pessimistic_write');
  return query;
}
