import type { EntityManager } from 'typeorm';

/** PostgreSQL wants $1, $2…; SQLite takes ?. Hand-written statements use ? and are converted once per text. */
const pgText = new Map<string, string>();

export function toDialectSql(dialect: 'sqlite' | 'postgres', sql: string): string {
  if (dialect !== 'postgres') return sql;
  let converted = pgText.get(sql);
  if (converted === undefined) {
    let n = 0;
    converted = sql.replace(/\?/g, () => `$${++n}`);
    pgText.set(sql, converted);
  }
  return converted;
}

export function dialectSql(manager: EntityManager, sql: string): string {
  return toDialectSql(manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite', sql);
}
