import { isoTime, timeOfIso } from '../../../src/common/iso-time';

describe('isoTime', () => {
  it('writes what Date.prototype.toISOString writes, for the current time by default', () => {
    const before = Date.now();
    const text = isoTime();
    const after = Date.now();
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(text)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(text)).toBeLessThanOrEqual(after);
  });

  it('answers each instant with its own text while alternating between cached and new ones', () => {
    const base = Date.UTC(2026, 11, 4, 10, 0, 0, 123);
    const instants = [base, base, base + 300_000, base, base + 300_000, base + 1, base, -1, 0, 8.64e15, base + 1];
    for (const ms of instants) expect(isoTime(ms)).toBe(new Date(ms).toISOString());
  });

  it('refuses an invalid time as toISOString does', () => {
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
    expect(() => isoTime(8.64e15 + 1)).toThrow(RangeError);
  });

  it('reads texts back to their time, whether it wrote them just now or not', () => {
    const base = Date.UTC(2026, 11, 4, 10, 0, 0, 123);
    const written = isoTime(base + 300_000);
    expect(timeOfIso(written)).toBe(base + 300_000);
    expect(timeOfIso(isoTime(base))).toBe(base);
    for (const text of ['2026-12-04T10:05:00.123Z', '1999-01-01T00:00:00.000Z', '2026-12-04T10:00:00+02:00', 'not a time', '']) {
      expect(timeOfIso(text)).toEqual(Date.parse(text));
    }
  });
});
