import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './1764400000001-audit-events';

/**
 * PostgreSQL only: `audit_events_append_json(events jsonb)` does what `audit_events_append` (migration
 * 1764400000008) does — the chain's advisory lock, the tip, each event's hash, the insert in list order — but takes
 * the events as one JSON array of arrays (the twelve hashed fields of each event, in the order of the hash text)
 * instead of one text array per field. The driver escaped every array element in JavaScript and the server parsed
 * twelve array literals; one jsonb parameter costs less at both ends (docs/benchmarks.md, seventh session).
 *
 * The text-array function is kept: an instance of the previous version still calls it during a rolling upgrade.
 * concat_ws skips a NULL exactly as before, so both functions hash the same fields the same way.
 */
export class AuditAppendJson1764400000010 implements MigrationInterface {
  name = 'AuditAppendJson1764400000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_json(events jsonb) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        tip text;
        e jsonb;
        hashes text[] := '{}';
        previous text[] := '{}';
        total integer := coalesce(jsonb_array_length(events), 0);
      BEGIN
        IF total = 0 THEN
          RETURN 0;
        END IF;
        PERFORM pg_advisory_xact_lock(314159265);
        -- A statement started after the lock was granted sees every earlier append: each appender held the lock
        -- until its transaction committed.
        SELECT hash INTO tip FROM audit_events ORDER BY id DESC LIMIT 1;
        FOR i IN 0 .. total - 1 LOOP
          e := events -> i;
          previous := array_append(previous, tip);
          tip := encode(sha256(convert_to(concat_ws('|', coalesce(tip, 'GENESIS'), e ->> 0, e ->> 1, e ->> 2, e ->> 3,
            e ->> 4, e ->> 5, e ->> 6, e ->> 7, e ->> 8, e ->> 9, e ->> 10, e ->> 11), 'UTF8')), 'hex');
          hashes := array_append(hashes, tip);
        END LOOP;
        -- Ids are drawn in the order the rows are produced: list order, which is chain order.
        INSERT INTO audit_events (event_id, event_type, action, result, resource_id, resource_type, actor_type,
          actor_id, actor_ip, context, metadata, timestamp, hash, previous_hash)
        SELECT v.r ->> 0, v.r ->> 1, v.r ->> 2, v.r ->> 3, v.r ->> 4, v.r ->> 5, v.r ->> 6, v.r ->> 7, v.r ->> 8,
          v.r ->> 9, v.r ->> 10, v.r ->> 11, hashes[v.position], previous[v.position]
        FROM jsonb_array_elements(events) WITH ORDINALITY AS v(r, position)
        ORDER BY v.position;
        RETURN total;
      END;
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) await queryRunner.query('DROP FUNCTION IF EXISTS audit_events_append_json(jsonb)');
  }
}
