import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './1764400000001-audit-events';
import { FILTER_INDEXES, partialDefinition, replace } from './1764400000015-partial-filter-indexes';

/**
 * SQLite: the five indexes behind the listings' eventType, action, result and status filters leave out the value
 * nearly every row has, as migration 1764400000015 made them on PostgreSQL (the same definitions). A webhook call
 * stores an execution, usually `completed`, and its two audit events (EXECUTION_STARTED / _COMPLETED, EXECUTE,
 * SUCCESS), so each call wrote eight entries into these indexes in the flush that answers it. Against the
 * whole-column indexes, four alternating pairs measured +3, +8, −2 and +7 % webhook calls a second (docs/benchmarks.md,
 * "Eighteenth session").
 *
 * SQLite's planner uses a partial index only when the query's WHERE states the index's condition as written, so the
 * queries that should read these indexes state it (src/database/common-value-indexes.ts). A filter on the common
 * value walks the rowid (audit) or the (started_at, id) / (completed_at, id) index (executions) in list order, where
 * nearly every row matches.
 */
export class SqlitePartialFilterIndexes1764400000016 implements MigrationInterface {
  name = 'SqlitePartialFilterIndexes1764400000016';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) return;
    for (const index of FILTER_INDEXES) await replace(queryRunner, index, partialDefinition(index));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) return;
    for (const index of FILTER_INDEXES) await replace(queryRunner, index, index.whole);
  }
}
