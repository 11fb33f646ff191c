import { FlkError } from '../../common/errors';

// RFC 3339 date-time as the parameter guard accepts it (ajv-formats): `T`, `t` or a space between date and time.
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * Turns an RFC 3339 bound into the stored timestamp format (UTC `toISOString()`, milliseconds) so bounds compare
 * as strings. Sub-millisecond digits are rounded towards the inside of the range, which keeps both bounds exact:
 * a lower bound of `…00.0005Z` must not include an event stored as `…00.000Z`.
 */
export function toStoredTimestamp(value: string, bound: 'from' | 'to', parameter: string): string {
  const { floor, subMillisecond } = parse(value, parameter);
  if (bound === 'from' && subMillisecond) return new Date(Date.parse(floor) + 1).toISOString();
  return floor;
}

/** Both bounds in stored form; a lower bound after the upper bound is 400 FLK-0308. */
export function storedTimeRange(dateFrom?: string, dateTo?: string): { from?: string; to?: string } {
  if (dateFrom !== undefined && dateTo !== undefined && parse(dateFrom, 'dateFrom').floor > parse(dateTo, 'dateTo').floor) {
    throw new FlkError('FLK-0308', '"dateFrom" must not be later than "dateTo".', { dateFrom: 'later than dateTo' });
  }
  return {
    from: dateFrom === undefined ? undefined : toStoredTimestamp(dateFrom, 'from', 'dateFrom'),
    to: dateTo === undefined ? undefined : toStoredTimestamp(dateTo, 'to', 'dateTo'),
  };
}

/** The instant truncated to milliseconds, in stored form, and whether digits below the millisecond were dropped. */
function parse(value: string, parameter: string): { floor: string; subMillisecond: boolean } {
  const m = RFC3339.exec(value);
  const date = m ? new Date(`${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}${m[4].toUpperCase()}`) : null;
  if (!m || !date || Number.isNaN(date.getTime())) {
    throw new FlkError('FLK-0305', `Query parameter "${parameter}" must be an RFC 3339 timestamp (got "${value.slice(0, 64)}").`, {
      [parameter]: 'must be an RFC 3339 timestamp',
    });
  }
  // An offset can push a 4-digit year out of the 4-digit range, where toISOString() would no longer sort as text.
  const clamped = Math.min(Math.max(date.getTime(), EARLIEST), LATEST);
  return { floor: new Date(clamped).toISOString(), subMillisecond: /[1-9]/.test((m[3] ?? '').slice(3)) };
}

const EARLIEST = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');
