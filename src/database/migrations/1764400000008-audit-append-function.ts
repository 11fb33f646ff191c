import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './1764400000001-audit-events';

/**
 * PostgreSQL only: `audit_events_append(...)` chains a list of events onto the audit trail inside the caller's
 * transaction, in one statement: it takes the chain's advisory lock, reads the newest hash, computes each event's hash
 * (docs/audit.md gives the formula; `src/modules/audit/audit-hash.ts` is the same formula in TypeScript, which the
 * verification endpoint recomputes with) and inserts the rows in list order.
 *
 * Chaining in the server means no process has to guess the chain's tip. With several service processes on one
 * database, a guess made in TypeScript is wrong about half the time, and the correction (read the tip, insert again)
 * costs round trips while the lock that every audited transaction waits for is held: two processes then answered
 * fewer webhooks together than one alone (docs/benchmarks.md). SQLite has one writing process and keeps chaining in
 * TypeScript.
 *
 * The lock key (314159265) is the reference's. The arguments are one array per column, in the order of the hash text.
 */
export class AuditAppendFunction1764400000008 implements MigrationInterface {
  name = 'AuditAppendFunction1764400000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append(
        event_ids text[], event_types text[], actions text[], results text[], resource_ids text[],
        resource_types text[], actor_types text[], actor_ids text[], actor_ips text[], contexts text[],
        metadatas text[], timestamps text[]
      ) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        tip text;
        hashes text[] := '{}';
        previous text[] := '{}';
        total integer := coalesce(array_length(event_ids, 1), 0);
      BEGIN
        IF total = 0 THEN
          RETURN 0;
        END IF;
        PERFORM pg_advisory_xact_lock(314159265);
        -- A statement started after the lock was granted sees every earlier append: each appender held the lock
        -- until its transaction committed.
        SELECT hash INTO tip FROM audit_events ORDER BY id DESC LIMIT 1;
        FOR i IN 1 .. total LOOP
          previous := array_append(previous, tip);
          tip := encode(sha256(convert_to(concat_ws('|', coalesce(tip, 'GENESIS'), event_ids[i], event_types[i],
            actions[i], results[i], resource_ids[i], resource_types[i], actor_types[i], actor_ids[i], actor_ips[i],
            contexts[i], metadatas[i], timestamps[i]), 'UTF8')), 'hex');
          hashes := array_append(hashes, tip);
        END LOOP;
        -- Ids are drawn in the order the rows are produced: list order, which is chain order.
        INSERT INTO audit_events (event_id, event_type, action, result, resource_id, resource_type, actor_type,
          actor_id, actor_ip, context, metadata, timestamp, hash, previous_hash)
        SELECT v.event_id, v.event_type, v.action, v.result, v.resource_id, v.resource_type, v.actor_type,
          v.actor_id, v.actor_ip, v.context, v.metadata, v.timestamp, v.hash, v.previous_hash
        FROM unnest(event_ids, event_types, actions, results, resource_ids, resource_types, actor_types, actor_ids,
          actor_ips, contexts, metadatas, timestamps, hashes, previous)
          WITH ORDINALITY AS v(event_id, event_type, action, result, resource_id, resource_type, actor_type, actor_id,
            actor_ip, context, metadata, timestamp, hash, previous_hash, position)
        ORDER BY v.position;
        RETURN total;
      END;
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) await queryRunner.query('DROP FUNCTION IF EXISTS audit_events_append(text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[], text[])');
  }
}

