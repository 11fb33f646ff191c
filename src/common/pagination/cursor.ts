import { FlkError } from '../errors';

/** Every list answers this shape: no total count, an opaque cursor for the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string;
  hasMore: boolean;
}

/** Where the previous page ended: the sort value and id of its last item, plus the sort it was read with. */
export interface KeysetPosition {
  readonly sortBy: string;
  readonly sortOrder: 'ASC' | 'DESC';
  readonly value: string | number | null;
  readonly id: string;
}

const MAX_CURSOR_LENGTH = 2048;

/** Opaque to clients: base64url of a small JSON document. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify({ sb: position.sortBy, so: position.sortOrder, sv: position.value, id: position.id }))
    .toString('base64url');
}

/** Decodes a cursor produced by encodeCursor; anything else is 400 FLK-0008. */
export function decodeCursor(cursor: string, allowedSorts: readonly string[]): KeysetPosition {
  const invalid = () => new FlkError('FLK-0008', 'The cursor is not valid: pass back the nextCursor of a previous page unchanged.');
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) throw invalid();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const c = raw as { sb?: unknown; so?: unknown; sv?: unknown; id?: unknown };
  // A cursor of ours never holds U+0000 (no stored text can: PostgreSQL cannot even take it as a parameter) nor an
  // infinite number (a literal like 1e309 parses into one). Other control characters can be in a sorted name.
  const valueOk =
    c?.sv === null ||
    (typeof c?.sv === 'string' && !c.sv.includes('\u0000')) ||
    (typeof c?.sv === 'number' && Number.isFinite(c.sv));
  if (
    typeof c !== 'object' || c === null || typeof c.sb !== 'string' || !allowedSorts.includes(c.sb) ||
    (c.so !== 'ASC' && c.so !== 'DESC') || !valueOk || typeof c.id !== 'string' || c.id.length > 64 ||
    c.id.includes('\u0000')
  ) {
    throw invalid();
  }
  return { sortBy: c.sb, sortOrder: c.so, value: c.sv as KeysetPosition['value'], id: c.id };
}

/**
 * Builds a page from `limit + 1` rows read in order: the extra row only says whether another page exists.
 * `position` tells how to describe the last returned row in the next cursor.
 */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  position: (row: Row) => KeysetPosition,
): Page<Item> {
  const hasMore = rows.length > limit;
  const kept = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: kept.map(toItem),
    hasMore,
    nextCursor: hasMore ? encodeCursor(position(kept[kept.length - 1])) : '',
  };
}
