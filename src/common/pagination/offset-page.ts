/** The page shape of the lists that page by offset (webhook subscriptions, their deliveries and logs). */
export interface OffsetPage<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  hasMore: boolean;
}

/** One page of `total` matching rows, read from `offset` with at most `limit` of them. */
export function offsetPage<T>(items: T[], total: number, limit: number, offset: number): OffsetPage<T> {
  return { items, total, limit, offset, hasMore: offset + items.length < total };
}
