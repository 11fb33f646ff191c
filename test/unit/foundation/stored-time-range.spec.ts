import { FlkError } from '../../../src/common/errors';
import { storedTimeRange, toStoredTimestamp } from '../../../src/common/stored-time-range';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof FlkError ? err.code : String(err);
  }
  return 'no error';
};

const AUDIT = { from: 'dateFrom', to: 'dateTo', invalidCode: 'FLK-0305', invertedCode: 'FLK-0308' } as const;

describe('stored time range', () => {
  it('converts any RFC 3339 offset to the stored UTC millisecond form', () => {
    expect(toStoredTimestamp('2026-03-01T12:00:00Z', 'from', 'dateFrom', 'FLK-0305')).toBe('2026-03-01T12:00:00.000Z');
    expect(toStoredTimestamp('2026-03-01T14:00:00.5+02:00', 'to', 'dateTo', 'FLK-0305')).toBe('2026-03-01T12:00:00.500Z');
    expect(toStoredTimestamp('2026-03-01t00:30:00z', 'to', 'dateTo', 'FLK-0305')).toBe('2026-03-01T00:30:00.000Z');
    expect(toStoredTimestamp('2026-03-01 00:30:00-01:00', 'to', 'dateTo', 'FLK-0305')).toBe('2026-03-01T01:30:00.000Z');
  });

  it('rounds sub-millisecond digits towards the inside of the range', () => {
    expect(toStoredTimestamp('2026-03-01T00:00:00.123400Z', 'from', 'dateFrom', 'FLK-0305')).toBe('2026-03-01T00:00:00.124Z');
    expect(toStoredTimestamp('2026-03-01T00:00:00.123000Z', 'from', 'dateFrom', 'FLK-0305')).toBe('2026-03-01T00:00:00.123Z');
    expect(toStoredTimestamp('2026-03-01T00:00:00.123999Z', 'to', 'dateTo', 'FLK-0305')).toBe('2026-03-01T00:00:00.123Z');
  });

  it('keeps bounds pushed past year 9999 or before year 0 by an offset sortable as text', () => {
    expect(toStoredTimestamp('9999-12-31T23:00:00-05:00', 'to', 'dateTo', 'FLK-0305')).toBe('9999-12-31T23:59:59.999Z');
    expect(toStoredTimestamp('0000-01-01T00:00:00+05:00', 'from', 'dateFrom', 'FLK-0305')).toBe('0000-01-01T00:00:00.000Z');
    // Rounding a lower bound up past the last millisecond used to give `+010000-01-01T00:00:00.000Z`.
    expect(toStoredTimestamp('9999-12-31T23:59:59.999999Z', 'from', 'dateFrom', 'FLK-0305')).toBe('9999-12-31T23:59:59.999Z');
    expect(toStoredTimestamp('9999-12-31T23:59:59.9995-00:00', 'from', 'dateFrom', 'FLK-0305')).toBe('9999-12-31T23:59:59.999Z');
  });

  it('rejects anything else with FLK-0305 and an inverted range with FLK-0308', () => {
    expect(codeOf(() => storedTimeRange('2026-03-01', undefined, AUDIT))).toBe('FLK-0305');
    // A leap second is RFC 3339 and the end of its minute (docs/audit.md), not a refusal.
    expect(storedTimeRange(undefined, '2026-03-01T23:59:60Z', AUDIT)).toEqual({ to: '2026-03-01T23:59:59.999Z' });
    expect(codeOf(() => storedTimeRange(undefined, '2026-03-01T23:59:61Z', AUDIT))).toBe('FLK-0305');
    expect(codeOf(() => storedTimeRange('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z', AUDIT))).toBe('FLK-0308');
    expect(storedTimeRange('2026-03-01T00:00:00Z', '2026-03-01T02:00:00+02:00', AUDIT)).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
    });
  });
});
