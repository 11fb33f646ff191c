import { Client } from 'pg';

/**
 * On PostgreSQL runs, start from an empty schema so migrations are exercised from scratch exactly as on a new
 * installation. SQLite runs need nothing: every app gets a fresh file.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url || !/^postgres/.test(url)) return;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}
