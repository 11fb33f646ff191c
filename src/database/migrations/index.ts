import type { MigrationInterface } from 'typeorm';

/**
 * Every migration, in order. One set runs unchanged on SQLite and PostgreSQL: migrations use TypeORM's Table API
 * and driver-mapped types, never hand-written dialect SQL.
 */
export const MIGRATIONS: Array<new () => MigrationInterface> = [];
