import { FILTER_INDEXES, leftOutCondition, type FilterIndex } from './migrations/1764400000015-partial-filter-indexes';

/** A column whose filter indexes leave out its common values (migrations 1764400000015 and 16). */
export type FilterColumn = 'event_type' | 'action' | 'result' | 'status';

function indexOn(column: FilterColumn): FilterIndex {
  const index = FILTER_INDEXES.find((candidate) => candidate.column === column);
  if (!index) throw new Error(`No filter index on ${column}`);
  return index;
}

/**
 * The condition a query adds when it filters `column` on `value`, so that the filter index can serve it; undefined
 * for a common value, which the index leaves out (such a filter walks the list order instead, where nearly every row
 * matches). PostgreSQL's planner infers the condition from `column = value` on its own; SQLite's uses a partial index
 * only when the query's WHERE states the index's condition as written. On PostgreSQL the condition is redundant and
 * harmless.
 */
export function rareValueCondition(column: FilterColumn, value: string): string | undefined {
  const index = indexOn(column);
  return index.commonValues.includes(value) ? undefined : leftOutCondition(index);
}

/** `status <> 'completed'`: with it, a query on unfinished executions can read the status indexes on SQLite too. */
export const NOT_COMPLETED = leftOutCondition(indexOn('status'));
