import { v7 } from 'uuid';

/**
 * A time-ordered UUID (version 7, RFC 9562) for rows written at high rate (executions, audit events). Consecutive
 * ids sort together, so each insert lands at the end of the primary-key and resource indexes instead of on a random
 * page: a group commit of a few hundred rows then dirties a handful of index pages, not hundreds. Still a UUID to
 * every client and schema (`format: uuid`); the embedded millisecond timestamp is also in the row itself.
 */
export const timeOrderedId = (): string => v7();
