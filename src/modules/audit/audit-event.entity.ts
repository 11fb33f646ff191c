import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FILTER_INDEXES, leftOutCondition } from '../../database/migrations/1764400000015-partial-filter-indexes';

/** The partial filter index on `column` (migrations 1764400000015 and 16): its condition, as the migration wrote it. */
const leavesOutCommon = (column: string) => ({ where: leftOutCondition(FILTER_INDEXES.find((index) => index.column === column)!) });

/**
 * One row of the append-only, hash-chained audit trail. Every column that takes part in the hash is stored as the
 * exact text that was hashed (canonical JSON, ISO timestamp string), so a driver round-trip cannot change it.
 */
@Entity({ name: 'audit_events' })
@Index('UQ_audit_events_event_id', ['eventId'], { unique: true })
@Index('IDX_audit_events_resource', ['resourceType', 'resourceId'])
@Index('IDX_audit_events_timestamp', ['timestamp'])
@Index('IDX_audit_events_event_type', ['eventType', 'id'], leavesOutCommon('event_type'))
@Index('IDX_audit_events_action', ['action', 'id'], leavesOutCommon('action'))
@Index('IDX_audit_events_result', ['result', 'id'], leavesOutCommon('result'))
export class AuditEventEntity {
  /** Internal sequence (bigint on PostgreSQL, so the pg driver hands it over as a string). Chain order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 64 })
  eventType!: string;

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  @Column({ type: 'varchar', length: 16 })
  result!: string;

  @Column({ name: 'resource_type', type: 'varchar', length: 32 })
  resourceType!: string;

  @Column({ name: 'resource_id', type: 'varchar', length: 255 })
  resourceId!: string;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType!: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 255 })
  actorId!: string;

  @Column({ name: 'actor_ip', type: 'varchar', length: 45 })
  actorIp!: string;

  /** Canonical JSON (RFC 8785) text. */
  @Column({ type: 'text' })
  context!: string;

  /** Canonical JSON (RFC 8785) text. */
  @Column({ type: 'text' })
  metadata!: string;

  /** `Date.prototype.toISOString()` output: UTC, millisecond precision, exactly 24 characters. */
  @Column({ type: 'varchar', length: 24 })
  timestamp!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  /** NULL only for the first (genesis) row. */
  @Column({ name: 'previous_hash', type: 'varchar', length: 64, nullable: true })
  previousHash!: string | null;
}
