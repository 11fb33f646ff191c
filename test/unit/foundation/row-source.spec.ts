import { rowSource, statementText, wellFormed } from '../../../src/database/row-source';

describe('rowSource', () => {
  describe('PostgreSQL: one jsonb parameter', () => {
    it('sends every row as one JSON array of arrays, in list order, with the same text for any number of rows', () => {
      const one = rowSource('postgres', ['text', 'integer'], [['a', 1]]);
      const three = rowSource('postgres', ['text', 'integer'], [['a', 1], ['b', 2], ['c', 3]]);
      expect(three.from).toBe(one.from);
      expect(three.fixedText).toBe(true);
      expect(three.from).toContain('jsonb_array_elements(?::jsonb) WITH ORDINALITY');
      expect(three.from).toContain('(e.r->>1)::integer AS column2');
      expect(three.params).toEqual([JSON.stringify([['a', 1], ['b', 2], ['c', 3]])]);
      expect(three.position).toBe('v.position');
    });

    it('turns missing and undefined values into JSON null (SQL NULL), and keeps JSON text as a string', () => {
      const source = rowSource('postgres', ['text', 'text', 'text'], [['{"a":"\\"q\\""}', undefined], ['x']]);
      expect(JSON.parse(source.params[0] as string)).toEqual([['{"a":"\\"q\\""}', null, null], ['x', null, null]]);
    });

    it('replaces a lone surrogate with U+FFFD (jsonb refuses the escape) and leaves surrogate pairs alone', () => {
      const source = rowSource('postgres', ['text', 'text'], [['a\ud800b', 'ok 😀']]);
      expect(source.params[0]).toBe(JSON.stringify([['a\ufffdb', 'ok 😀']]));
      expect(String(source.params[0]).includes('\\ud800')).toBe(false);
    });
  });

  it('SQLite: a VALUES list with each row position as a last column', () => {
    const source = rowSource('sqlite', ['text', 'integer'], [['a', 1], ['b', null]]);
    expect(source.from).toBe('(VALUES (?, ?, ?), (?, ?, ?)) AS v');
    expect(source.params).toEqual(['a', 1, 0, 'b', null, 1]);
    expect(source.position).toBe('v.column3');
    expect(source.fixedText).toBe(false);
  });

  it('SQLite: the VALUES text fits the row and column count, including counts past those it remembers', () => {
    for (const [columns, rows] of [[1, 1], [3, 2], [2, 3], [15, 1000], [2, 1001]]) {
      const types = Array.from({ length: columns }, () => 'text' as const);
      const source = rowSource('sqlite', types, Array.from({ length: rows }, (_, n) => types.map(() => `r${n}`)));
      const tuple = `(${Array.from({ length: columns + 1 }, () => '?').join(', ')})`;
      expect(source.from).toBe(`(VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}) AS v`);
      expect(source.params).toHaveLength(rows * (columns + 1));
      // The same counts give the same text again (remembered or not).
      expect(rowSource('sqlite', types, Array.from({ length: rows }, () => types.map(() => 'x'))).from).toBe(source.from);
    }
  });
});

describe('statementText', () => {
  it('builds each text from its own row source, per row count and dialect, and answers it again unchanged', () => {
    let built = 0;
    const insert = statementText(({ from, position }) => {
      built += 1;
      return `INSERT INTO t (a, b) SELECT v.column1, v.column2 FROM ${from} ORDER BY ${position}`;
    });
    const types = ['text', 'integer'] as const;
    const two = rowSource('sqlite', types, [['a', 1], ['b', 2]]);
    const three = rowSource('sqlite', types, [['a', 1], ['b', 2], ['c', 3]]);
    const onPostgres = rowSource('postgres', types, [['a', 1]]);
    expect(insert(two)).toBe('INSERT INTO t (a, b) SELECT v.column1, v.column2 FROM (VALUES (?, ?, ?), (?, ?, ?)) AS v ORDER BY v.column3');
    expect(insert(three)).toBe(`INSERT INTO t (a, b) SELECT v.column1, v.column2 FROM ${three.from} ORDER BY v.column3`);
    expect(insert(onPostgres)).toBe(`INSERT INTO t (a, b) SELECT v.column1, v.column2 FROM ${onPostgres.from} ORDER BY v.position`);
    expect(built).toBe(3);
    expect(insert(rowSource('sqlite', types, [['x', 9], ['y', 8]]))).toBe(insert(two));
    expect(built).toBe(3);
  });
});

describe('wellFormed', () => {
  it('changes only strings that are not valid UTF-16', () => {
    expect(wellFormed('\udc00x')).toBe('\ufffdx');
    expect(wellFormed('plain')).toBe('plain');
    expect(wellFormed(7)).toBe(7);
    expect(wellFormed(null)).toBeNull();
  });
});
