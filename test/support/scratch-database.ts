import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** Runs one statement on the PostgreSQL server of TEST_DATABASE_URL, outside any test database. */
export async function onPostgresServer(sql: string): Promise<void> {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty PostgreSQL database beside the test database (`<test db>_<tag>_<random>`), for a test whose
 * assertions must not depend on what other files stored: its URL, and `drop` for afterAll.
 */
export async function scratchDatabase(tag: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const name = `${base.pathname.slice(1)}_${tag}_${randomUUID().slice(0, 8)}`;
  base.pathname = `/${name}`;
  await onPostgresServer(`CREATE DATABASE "${name}"`);
  return { name, url: base.toString(), drop: () => onPostgresServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
