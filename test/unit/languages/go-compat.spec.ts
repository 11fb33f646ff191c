import { compileLayout, formatGoTime, parseGoTime, RFC3339 } from '../../../src/engine/languages/mapping/go-time';
import { equalFoldAscii, formatGoFloat, parseGoFloat } from '../../../src/engine/languages/shared/go-number';

describe('parseGoFloat (what strconv.ParseFloat accepts)', () => {
  it.each([
    ['1', 1],
    ['-2.5', -2.5],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['1e6', 1e6],
    ['1E-3', 0.001],
    ['1_000.5', 1000.5],
    ['0x1p-2', 0.25],
    ['0X1.8P1', 3],
    ['0x_10p0', 16],
    ['inf', Infinity],
    ['+Inf', Infinity],
    ['-infinity', -Infinity],
    ['NaN', NaN],
    ['1e-400', 0],
    ['0x1.p0', 1],
    ['0x.8p1', 1],
    ['1_2.3_4e1_0', 12.34e10],
    [`${'1'.repeat(300)}.5`, Number(`${'1'.repeat(300)}.5`)],
  ])('%s → %s', (text, expected) => {
    expect(parseGoFloat(text)).toBe(expected);
  });

  it.each(['', ' 1', '1 ', '1e', 'e5', '.', '-', '+nan', '1__0', '_1', '1_', '0x10', '0x', '1e400', '-1e400', '1,5', 'abc', '0b101', '١', '1..2', '0x1..p0', `${'1'.repeat(511)}x`, `${'1'.repeat(511)}.x`])(
    '%j is not a number',
    (text) => {
      expect(parseGoFloat(text)).toBeUndefined();
    },
  );
});

describe('formatGoFloat (fmt %v of a float64)', () => {
  it.each([
    [0, '0'],
    [-0, '-0'],
    [1, '1'],
    [-2.5, '-2.5'],
    [100000, '100000'],
    [1000000, '1e+06'],
    [1234567, '1.234567e+06'],
    [123456789, '1.23456789e+08'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [1e21, '1e+21'],
    [1e100, '1e+100'],
    [NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
  ])('%s → %s', (value, text) => {
    expect(formatGoFloat(value)).toBe(text);
  });
});

describe('equalFoldAscii', () => {
  it('folds ASCII case and the characters Go folds onto ASCII letters', () => {
    expect(equalFoldAscii('FaLsE', 'false')).toBe(true);
    expect(equalFoldAscii('falſe', 'false')).toBe(true);
    expect(equalFoldAscii('fals', 'false')).toBe(false);
    expect(equalFoldAscii('falsé', 'false')).toBe(false);
  });
});

describe('Go time layouts', () => {
  const parse = (layout: string, value: string) => parseGoTime(value, compileLayout(layout));
  const format = (layout: string, value: string, out: string) => formatGoTime(parse(layout, value), compileLayout(out));

  it.each([
    [RFC3339, '2024-03-05T14:07:09Z', '2006-01-02 15:04:05 MST', '2024-03-05 14:07:09 UTC'],
    [RFC3339, '2024-03-05T14:07:09+02:00', 'Monday, 02-Jan-06 03:04:05 PM -0700', 'Tuesday, 05-Mar-24 02:07:09 PM +0200'],
    [RFC3339, '2024-03-05T14:07:09.123456-03:00', '2006-01-02T15:04:05.000000Z07:00', '2024-03-05T14:07:09.123456-03:00'],
    [RFC3339, '2024-03-05T14:07:09.120Z', '15:04:05.999', '14:07:09.12'],
    [RFC3339, '2024-03-05T14:07:09Z', '15:04:05.999', '14:07:09'],
    ['02/01/2006', '31/12/2023', 'Jan _2 2006 (002)', 'Dec 31 2023 (365)'],
    ['Jan _2 2006', 'Feb  3 2024', '2006-01-02', '2024-02-03'],
    ['January 2, 2006 3:04pm', 'march 7, 2021 11:30am', '15:04 01/02/06', '11:30 03/07/21'],
    ['2006-01-02 15:04:05 MST', '2024-01-01 10:00:00 GMT+3', 'Z07:00', '+03:00'],
    ['2006-01-02 15:04', '2024-01-01 10:00', 'Z0700|-07|Z07:00:00', 'Z|+00|Z'],
  ])('%s %s → %s = %s', (inLayout, value, outLayout, expected) => {
    expect(format(inLayout, value, outLayout)).toBe(expected);
  });

  it('parses to the right instant', () => {
    expect(parse(RFC3339, '1970-01-01T01:00:00+01:00').seconds).toBe(0);
    expect(parse('2006-01-02', '2024-02-29').seconds).toBe(Date.UTC(2024, 1, 29) / 1000);
  });

  it.each([
    ['2006-01-02', '2023-02-29', /day out of range/],
    ['2006-01-02', '2023-13-01', /month out of range/],
    ['2006-01-02', '2023-01-01 extra', /extra text/],
    ['2006-01-02', '23-01-01', /bad year/],
    ['15:04', '24:00', /hour out of range/],
    ['Jan 2', 'Foo 2', /bad name/],
    [RFC3339, '2024-03-05T14:07:09', /bad time zone offset/],
    ['3:04PM', '3:04XM', /bad AM\/PM/],
  ])('%s rejects %s', (layout, value, message) => {
    expect(() => parse(layout, value)).toThrow(message);
  });

  // The day of the year is worked out once the whole value is read, as Go does: it needs the year, which may come
  // later in the layout, and a day the year does not have is an error, not the first of the next year folded back.
  it.each([
    ['2006-002', '2024-060', '2024-02-29'],
    ['2006-002', '2023-060', '2023-03-01'],
    ['2006-002', '2024-366', '2024-12-31'],
    ['002/2006', '060/2023', '2023-03-01'],
    ['002/2006', '366/2024', '2024-12-31'],
    ['2006 __2', '2023  32', '2023-02-01'],
    ['2006-01-02 002', '2023-02-01 032', '2023-02-01'],
  ])('%s reads the day of the year in %s as %s', (layout, value, expected) => {
    expect(formatGoTime(parse(layout, value), compileLayout('2006-01-02'))).toBe(expected);
  });

  it.each([
    ['2006-002', '2023-366', /day of year out of range/],
    ['2006-002', '2024-000', /day of year out of range/],
    ['2006-002', '2024-367', /day of year out of range/],
    ['2006-002', '2024-60', /bad day of year/],
    ['2006-01-02 002', '2023-02-02 032', /day of year does not match day/],
    ['2006-01-02 002', '2023-03-01 032', /day of year does not match month/],
  ])('%s rejects the day of the year in %s', (layout, value, message) => {
    expect(() => parse(layout, value)).toThrow(message);
  });

  it('refuses very long layouts', () => {
    expect(() => compileLayout('2006'.repeat(100))).toThrow(/layout is longer than 256/);
  });
});
