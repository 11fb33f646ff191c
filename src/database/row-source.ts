import type { EntityManager } from 'typeorm';
import { isWellFormed, toWellFormed } from '../common/unicode';
import type { Dialect } from './database.service';

/** Column types a row source declares (PostgreSQL needs them for its arrays; SQLite takes values as they come). */
export type RowColumnType = 'text' | 'integer';

/** Rows handed to one statement as a table `v` with columns column1…columnN, plus `v.position` (0, 1, …). */
export interface RowSource {
  /** The FROM item (already aliased `v`). */
  readonly from: string;
  /** The row's place in the list, for ORDER BY. */
  readonly position: string;
  readonly params: unknown[];
  /**
   * True when the statement text does not depend on the number of rows: worth preparing once per connection
   * instead of being parsed and planned again every time (see Statement).
   */
  readonly fixedText: boolean;
}

/**
 * A list of rows as the source of a multi-row INSERT … SELECT or UPDATE … FROM.
 *
 * PostgreSQL: one JSON array of rows, unpacked with `jsonb_array_elements`. The text is the same for any number of
 * rows, so the server parses and plans it once per connection; a VALUES list of n rows is a new text with 14·n
 * parameters that costs more to parse and plan than to run (measured: a 25-row audit insert 2.8 ms as VALUES, 1.6 ms
 * prepared). One JSON parameter instead of one array per column: V8 writes it natively where the driver escaped every
 * array element in JavaScript (33 execution rows: 38 µs against 115 µs), and the server's round trip for that insert
 * measured 10–20 % shorter (docs/benchmarks.md). SQLite: a VALUES list, whose columns SQLite names column1…; the
 * position is one more column at the end.
 */
export function rowSource(on: EntityManager | Dialect, types: readonly RowColumnType[], rows: readonly (readonly unknown[])[]): RowSource {
  const dialect = typeof on === 'string' ? on : on.connection.options.type;
  if (dialect === 'postgres') {
    return {
      from: jsonSourceText(types),
      position: 'v.position',
      // Missing trailing values and undefined become JSON null, which ->> turns into SQL NULL.
      params: [JSON.stringify(rows.map((row) => types.map((_, n) => wellFormed(row[n] ?? null))))],
      fixedText: true,
    };
  }
  // Sized once: pushed one by one, a flush's few thousand parameters were copied again at every growth of the array.
  const width = types.length + 1;
  const params = new Array<unknown>(rows.length * width);
  rows.forEach((row, position) => {
    const at = position * width;
    for (let n = 0; n < types.length; n += 1) params[at + n] = row[n] ?? null;
    params[at + types.length] = position;
  });
  return {
    from: valuesSourceText(types.length, rows.length),
    position: `v.column${types.length + 1}`,
    params,
    fixedText: false,
  };
}

/*
 * The FROM texts are remembered, and so (statementText) are the statements built around them: the same row count
 * then gives the same string object every time. Drivers look prepared statements up by their text (TypeORM's SQLite
 * statement cache is a Map), and a string built anew is hashed and compared whole on every lookup: kilobytes for a
 * VALUES list of a few dozen rows, once per statement of every flush (about 1 % of the event loop under webhook load).
 */
const jsonSources = new WeakMap<readonly RowColumnType[], string>();
const valuesSources = new Map<number, string>();
/** Rows of the longest VALUES text remembered: every chunk size the repositories use fits. */
const MAX_REMEMBERED_ROWS = 1000;

function jsonSourceText(types: readonly RowColumnType[]): string {
  let text = jsonSources.get(types);
  if (text === undefined) {
    const columns = types.map((type, n) => `(e.r->>${n})::${type} AS column${n + 1}`).join(', ');
    text = `(SELECT ${columns}, e.position FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e (r, position)) AS v`;
    jsonSources.set(types, text);
  }
  return text;
}

function valuesSourceText(columns: number, rows: number): string {
  const key = columns * (MAX_REMEMBERED_ROWS + 1) + rows;
  let text = rows <= MAX_REMEMBERED_ROWS ? valuesSources.get(key) : undefined;
  if (text === undefined) {
    const tuple = `(${'?, '.repeat(columns)}?)`;
    text = `(VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}) AS v`;
    if (rows <= MAX_REMEMBERED_ROWS) valuesSources.set(key, text);
  }
  return text;
}

/**
 * A statement's text built around a row source, remembered per FROM text (see above): for statements of one column
 * list (a source's FROM text then determines its position column too) whose text depends on nothing else. Holds one
 * text per row count in use.
 */
export function statementText(build: (source: Pick<RowSource, 'from' | 'position'>) => string): (source: RowSource) => string {
  const texts = new Map<string, string>();
  return (source) => {
    let text = texts.get(source.from);
    if (text === undefined) {
      text = build(source);
      if (texts.size < MAX_REMEMBERED_ROWS) texts.set(source.from, text);
    }
    return text;
  };
}

/**
 * A lone UTF-16 surrogate (JSON text like "\ud800" parses into one) becomes U+FFFD, as the driver's UTF-8 encoding
 * of a text parameter would make it: JSON.stringify writes it as an escape, which PostgreSQL's jsonb refuses. For
 * every value put into a jsonb parameter.
 */
export function wellFormed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return isWellFormed(value) ? value : toWellFormed(value);
}
