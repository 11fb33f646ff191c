import { FlkError, type FlkCode } from './errors';

// RFC 3339 date-time as the parameter guard accepts it (ajv-formats): `T`, `t` or a space between date and time.
const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/** The query parameters of one time window and the codes its errors carry (they differ between operations). */
export interface TimeRangeParameters {
  readonly from: string;
  readonly to: string;
  /** A bound that is not an RFC 3339 date-time. */
  readonly invalidCode: FlkCode;
  /** The lower bound later than the upper bound. */
  readonly invertedCode: FlkCode;
}

/**
 * Turns an RFC 3339 bound into the stored timestamp format (UTC `toISOString()`, milliseconds) so bounds compare
 * as strings with stored timestamps. Sub-millisecond digits are rounded towards the inside of the range, which keeps
 * both bounds exact: a lower bound of `…00.0005Z` must not include a row stored as `…00.000Z`.
 */
export function toStoredTimestamp(value: string, bound: 'from' | 'to', parameter: string, invalidCode: FlkCode): string {
  const { floor, subMillisecond } = parse(value, parameter, invalidCode);
  // Rounded up, the last stored instant (9999-12-31T23:59:59.999Z) would become `+010000-…`, which sorts as text
  // before every stored timestamp: a window starting there matched the whole table instead of nothing later.
  if (bound === 'from' && subMillisecond) return new Date(Math.min(Date.parse(floor) + 1, LATEST)).toISOString();
  return floor;
}

/** Both bounds in stored form (either may be absent); a lower bound after the upper bound is `invertedCode`. */
export function storedTimeRange(fromValue: string | undefined, toValue: string | undefined, p: TimeRangeParameters): { from?: string; to?: string } {
  if (fromValue !== undefined && toValue !== undefined && parse(fromValue, p.from, p.invalidCode).floor > parse(toValue, p.to, p.invalidCode).floor) {
    throw new FlkError(p.invertedCode, `"${p.from}" must not be later than "${p.to}".`, { [p.from]: `later than ${p.to}` });
  }
  return {
    from: fromValue === undefined ? undefined : toStoredTimestamp(fromValue, 'from', p.from, p.invalidCode),
    to: toValue === undefined ? undefined : toStoredTimestamp(toValue, 'to', p.to, p.invalidCode),
  };
}

/** The instant truncated to milliseconds, in stored form, and whether digits below the millisecond were dropped. */
function parse(value: string, parameter: string, invalidCode: FlkCode): { floor: string; subMillisecond: boolean } {
  const m = RFC3339.exec(value);
  // A leap second (`23:59:60Z`, RFC 3339 §5.7; the parameter guard admits it only where one can be) has no instant of
  // its own in JavaScript: it is read as just after …:59.999, the last instant before the next minute.
  const leap = m?.[2].endsWith(':60') === true;
  const time = leap ? `${m![2].slice(0, -2)}59` : m?.[2];
  const fraction = leap ? '999' : (m?.[3] ?? '').padEnd(3, '0').slice(0, 3);
  const date = m ? new Date(`${m[1]}T${time}.${fraction}${m[4].toUpperCase()}`) : null;
  if (!m || !date || Number.isNaN(date.getTime())) {
    throw new FlkError(invalidCode, `Query parameter "${parameter}" must be an RFC 3339 timestamp (got "${value.slice(0, 64)}").`, {
      [parameter]: 'must be an RFC 3339 timestamp',
    });
  }
  // An offset can push a 4-digit year out of the 4-digit range, where toISOString() answers a signed 6-digit year
  // (`+010000-…`, `-000001-…`) that no longer sorts as text among stored timestamps: clamp to the 4-digit range.
  const clamped = Math.min(Math.max(date.getTime(), EARLIEST), LATEST);
  return { floor: new Date(clamped).toISOString(), subMillisecond: leap || /[1-9]/.test((m[3] ?? '').slice(3)) };
}

const EARLIEST = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');
