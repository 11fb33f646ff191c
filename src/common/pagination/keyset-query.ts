import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FlkError } from '../errors';
import { decodeCursor, toPage, type Page } from './cursor';

export interface KeysetRequest<Sort extends string> {
  readonly limit: number;
  readonly cursor?: string;
  readonly sortBy: Sort;
  readonly sortOrder: 'ASC' | 'DESC';
}

/**
 * Runs a keyset page on (sort column, id) for a query builder whose filters are already set: decodes the cursor
 * (which must come from the same sort), reads limit + 1 rows and builds the page. `columns` maps each sort name
 * to its database column and `valueOf` reads the row's sort value (stored as text, e.g. ISO timestamps).
 */
export async function keysetPage<Row extends ObjectLiteral & { id: string }, Sort extends string>(
  qb: SelectQueryBuilder<Row>,
  request: KeysetRequest<Sort>,
  columns: Readonly<Record<Sort, string>>,
  valueOf: (row: Row, sortBy: Sort) => string,
): Promise<Page<Row>> {
  const alias = qb.alias;
  const column = `${alias}.${columns[request.sortBy]}`;
  const dir = request.sortOrder;
  if (request.cursor !== undefined) {
    const position = decodeCursor(request.cursor, Object.keys(columns));
    if (position.sortBy !== request.sortBy || position.sortOrder !== dir || typeof position.value !== 'string') {
      throw new FlkError('FLK-0008', 'The cursor belongs to a different sort: repeat the sortBy and sortOrder of the first page.');
    }
    const op = dir === 'DESC' ? '<' : '>';
    qb.andWhere(`(${column} ${op} :keysetValue OR (${column} = :keysetValue AND ${alias}.id ${op} :keysetId))`, {
      keysetValue: position.value,
      keysetId: position.id,
    });
  }
  const rows = await qb.orderBy(column, dir).addOrderBy(`${alias}.id`, dir).limit(request.limit + 1).getMany();
  return toPage(rows, request.limit, (row) => row, (row) => ({
    sortBy: request.sortBy,
    sortOrder: dir,
    value: valueOf(row, request.sortBy),
    id: row.id,
  }));
}
