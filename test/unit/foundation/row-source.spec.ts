import { rowSource, wellFormed } from '../../../src/database/row-source';

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
});

describe('wellFormed', () => {
  it('changes only strings that are not valid UTF-16', () => {
    expect(wellFormed('\udc00x')).toBe('\ufffdx');
    expect(wellFormed('plain')).toBe('plain');
    expect(wellFormed(7)).toBe(7);
    expect(wellFormed(null)).toBeNull();
  });
});
