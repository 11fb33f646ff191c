/**
 * Go reference-time layouts (`2006-01-02T15:04:05Z07:00`) as used by the `timestamp` transform:
 * a layout is read into chunks once, then values are parsed and formatted with it. The server zone is
 * taken to be UTC, as in the upstream container. Only fixed patterns are used on user text.
 */

export interface GoTime {
  /** Whole seconds since the Unix epoch (floor). */
  readonly seconds: number;
  /** 0 … 999 999 999. */
  readonly nanos: number;
  /** Offset east of UTC, in seconds. */
  readonly offset: number;
  /** Zone abbreviation printed by `MST`; empty means "print the numeric offset". */
  readonly zone: string;
}

type Std =
  | 'January' | 'Jan' | 'Monday' | 'Mon' | 'MST'
  | '01' | '1' | '02' | '2' | '_2' | '002' | '__2'
  | '15' | '03' | '3' | '04' | '4' | '05' | '5' | '2006' | '06' | 'PM' | 'pm'
  | '-070000' | '-07:00:00' | '-0700' | '-07:00' | '-07'
  | 'Z070000' | 'Z07:00:00' | 'Z0700' | 'Z07:00' | 'Z07';

type Chunk =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'std'; readonly std: Std }
  | { readonly kind: 'fraction'; readonly separator: string; readonly digits: number; readonly trim: boolean };

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZONE_STDS: readonly Std[] = ['-070000', '-07:00:00', '-0700', '-07:00', '-07', 'Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07'];
const MAX_LAYOUT_LENGTH = 256;

export const RFC3339 = '2006-01-02T15:04:05Z07:00';

export class GoTimeError extends Error {}

/** Splits a layout into literal text and reference-time elements, following Go's recognition rules. */
export function compileLayout(layout: string): readonly Chunk[] {
  if (layout.length > MAX_LAYOUT_LENGTH) throw new GoTimeError(`layout is longer than ${MAX_LAYOUT_LENGTH} characters`);
  const chunks: Chunk[] = [];
  let literal = '';
  let i = 0;
  const flush = () => {
    if (literal) chunks.push({ kind: 'literal', text: literal });
    literal = '';
  };
  while (i < layout.length) {
    const match = matchStd(layout, i);
    if (!match) {
      literal += layout.charAt(i);
      i += 1;
      continue;
    }
    flush();
    chunks.push(match.chunk);
    i += match.length;
  }
  flush();
  return chunks;
}

function matchStd(layout: string, i: number): { chunk: Chunk; length: number } | undefined {
  const rest = layout.slice(i);
  const std = (value: Std) => ({ chunk: { kind: 'std', std: value } as Chunk, length: value.length });
  const lowerAfter = (n: number) => /^[a-z]/.test(rest.slice(n));
  switch (rest.charAt(0)) {
    case 'J':
      if (rest.startsWith('January')) return std('January');
      if (rest.startsWith('Jan') && !lowerAfter(3)) return std('Jan');
      return undefined;
    case 'M':
      if (rest.startsWith('Monday')) return std('Monday');
      if (rest.startsWith('Mon') && !lowerAfter(3)) return std('Mon');
      if (rest.startsWith('MST')) return std('MST');
      return undefined;
    case '0':
      if (/^0[1-6]/.test(rest)) return std(rest.slice(0, 2) as Std);
      if (rest.startsWith('002')) return std('002');
      return undefined;
    case '1':
      return rest.startsWith('15') ? std('15') : std('1');
    case '2':
      return rest.startsWith('2006') ? std('2006') : std('2');
    case '_':
      if (rest.startsWith('_2') && !rest.startsWith('_2006')) return std('_2');
      if (rest.startsWith('__2')) return std('__2');
      return undefined;
    case '3':
    case '4':
    case '5':
      return std(rest.charAt(0) as Std);
    case 'P':
      return rest.startsWith('PM') ? std('PM') : undefined;
    case 'p':
      return rest.startsWith('pm') ? std('pm') : undefined;
    case '-':
    case 'Z': {
      const zone = ZONE_STDS.find((candidate) => rest.startsWith(candidate));
      return zone ? std(zone) : undefined;
    }
    case '.':
    case ',': {
      const digit = rest.charAt(1);
      if (digit !== '0' && digit !== '9') return undefined;
      let end = 1;
      while (rest.charAt(end) === digit) end += 1;
      if (/^[0-9]/.test(rest.slice(end))) return undefined;
      const chunk: Chunk = { kind: 'fraction', separator: rest.charAt(0), digits: end - 1, trim: digit === '9' };
      return { chunk, length: end };
    }
    default:
      return undefined;
  }
}

function pad(value: number, width: number, filler = '0'): string {
  const text = String(Math.abs(value)).padStart(width, filler);
  return value < 0 ? `-${text}` : text;
}

/** Formats a time with a compiled layout, like Go's `Time.Format`. */
export function formatGoTime(time: GoTime, chunks: readonly Chunk[]): string {
  const local = new Date((time.seconds + time.offset) * 1000);
  if (Number.isNaN(local.getTime())) throw new GoTimeError('time is out of range');
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const day = local.getUTCDate();
  const hour = local.getUTCHours();
  const yearStart = new Date(0);
  yearStart.setUTCFullYear(year, 0, 1);
  const yearDay = Math.floor((local.getTime() - yearStart.getTime()) / 86_400_000) + 1;
  let out = '';
  for (const chunk of chunks) {
    if (chunk.kind === 'literal') {
      out += chunk.text;
      continue;
    }
    if (chunk.kind === 'fraction') {
      let digits = pad(time.nanos, 9).slice(0, chunk.digits);
      if (chunk.trim) digits = digits.replace(/0+$/, '');
      if (digits) out += chunk.separator + digits;
      continue;
    }
    switch (chunk.std) {
      case 'January': out += LONG_MONTHS[month]; break;
      case 'Jan': out += LONG_MONTHS[month]!.slice(0, 3); break;
      case 'Monday': out += LONG_DAYS[local.getUTCDay()]; break;
      case 'Mon': out += LONG_DAYS[local.getUTCDay()]!.slice(0, 3); break;
      case 'MST': out += time.zone || numericZone(time.offset, '-0700'); break;
      case '01': out += pad(month + 1, 2); break;
      case '1': out += String(month + 1); break;
      case '02': out += pad(day, 2); break;
      case '2': out += String(day); break;
      case '_2': out += pad(day, 2, ' '); break;
      case '002': out += pad(yearDay, 3); break;
      case '__2': out += pad(yearDay, 3, ' '); break;
      case '15': out += pad(hour, 2); break;
      case '03': out += pad(hour % 12 === 0 ? 12 : hour % 12, 2); break;
      case '3': out += String(hour % 12 === 0 ? 12 : hour % 12); break;
      case '04': out += pad(local.getUTCMinutes(), 2); break;
      case '4': out += String(local.getUTCMinutes()); break;
      case '05': out += pad(local.getUTCSeconds(), 2); break;
      case '5': out += String(local.getUTCSeconds()); break;
      case '2006': out += pad(year, 4); break;
      case '06': out += pad(((year % 100) + 100) % 100, 2); break;
      case 'PM': out += hour >= 12 ? 'PM' : 'AM'; break;
      case 'pm': out += hour >= 12 ? 'pm' : 'am'; break;
      default:
        out += chunk.std.startsWith('Z') && time.offset === 0 ? 'Z' : numericZone(time.offset, chunk.std);
    }
  }
  return out;
}

function numericZone(offsetSeconds: number, std: Std): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const total = Math.abs(offsetSeconds);
  const hours = pad(Math.floor(total / 3600), 2);
  const minutes = pad(Math.floor((total % 3600) / 60), 2);
  const seconds = pad(total % 60, 2);
  const shape = std.slice(1);
  switch (shape) {
    case '070000': return `${sign}${hours}${minutes}${seconds}`;
    case '07:00:00': return `${sign}${hours}:${minutes}:${seconds}`;
    case '0700': return `${sign}${hours}${minutes}`;
    case '07:00': return `${sign}${hours}:${minutes}`;
    default: return `${sign}${hours}`;
  }
}

/** Parses `value` with a compiled layout, like Go's `time.Parse` (zone-less values are UTC). */
export function parseGoTime(value: string, chunks: readonly Chunk[]): GoTime {
  let rest = value;
  let year = 0;
  let month = 1;
  let day = 1;
  let monthSeen = false;
  let daySeen = false;
  /** Day of the year (`002`/`__2`), resolved once the whole value is read: it depends on the year. */
  let yearDay: number | undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = 0;
  let pm: boolean | undefined;
  let offset: number | undefined;
  let zone = '';
  const bad = (what: string): never => {
    throw new GoTimeError(`cannot parse ${JSON.stringify(value.slice(0, 64))}: ${what}`);
  };
  const number = (fixed: boolean, min: number, max: number, what: string): number => {
    const match = /^[0-9]{1,2}/.exec(rest);
    if (!match || (fixed && match[0].length !== 2)) bad(`bad ${what}`);
    const parsed = Number(match![0]);
    if (parsed < min || parsed > max) bad(`${what} out of range`);
    rest = rest.slice(match![0].length);
    return parsed;
  };
  const fraction = (length: number) => {
    const digits = rest.slice(1, length);
    if (!/^[0-9]+$/.test(digits)) bad('bad fractional second');
    nanos = Number(digits.slice(0, 9).padEnd(9, '0'));
    rest = rest.slice(length);
  };

  chunks.forEach((chunk, position) => {
    if (chunk.kind === 'literal') {
      rest = skipLiteral(rest, chunk.text) ?? bad(`expected ${JSON.stringify(chunk.text)}`);
      return;
    }
    if (chunk.kind === 'fraction') {
      if (!chunk.trim) {
        if (rest.length < chunk.digits + 1 || !/^[.,]/.test(rest)) bad('bad fractional second');
        fraction(chunk.digits + 1);
      } else if (/^[.,][0-9]/.test(rest)) {
        fraction(1 + /^[0-9]+/.exec(rest.slice(1))![0].length);
      }
      return;
    }
    switch (chunk.std) {
      case '2006': {
        const match = /^[0-9]{4}/.exec(rest) ?? bad('bad year');
        year = Number(match[0]);
        rest = rest.slice(4);
        break;
      }
      case '06': {
        const match = /^[0-9]{2}/.exec(rest) ?? bad('bad year');
        const short = Number(match[0]);
        year = short >= 69 ? 1900 + short : 2000 + short;
        rest = rest.slice(2);
        break;
      }
      case '01':
      case '1':
        month = number(chunk.std === '01', 1, 12, 'month');
        monthSeen = true;
        break;
      case 'January':
      case 'Jan':
        month = lookupName(chunk.std === 'Jan' ? LONG_MONTHS.map((name) => name.slice(0, 3)) : LONG_MONTHS) + 1;
        monthSeen = true;
        break;
      case 'Monday':
      case 'Mon':
        lookupName(chunk.std === 'Mon' ? LONG_DAYS.map((name) => name.slice(0, 3)) : LONG_DAYS);
        break;
      case '_2':
        if (rest.startsWith(' ')) rest = rest.slice(1);
        day = number(false, 1, 31, 'day');
        daySeen = true;
        break;
      case '02':
      case '2':
        day = number(chunk.std === '02', 1, 31, 'day');
        daySeen = true;
        break;
      case '002':
      case '__2': {
        // Go: `__2` skips up to two padding spaces and takes 1–3 digits; `002` takes exactly three.
        if (chunk.std === '__2') rest = rest.replace(/^ {1,2}/, '');
        const match = (chunk.std === '002' ? /^[0-9]{3}/ : /^[0-9]{1,3}/).exec(rest) ?? bad('bad day of year');
        rest = rest.slice(match[0].length);
        yearDay = Number(match[0]);
        break;
      }
      case '15':
        hour = number(false, 0, 23, 'hour');
        break;
      case '03':
      case '3':
        hour = number(chunk.std === '03', 0, 12, 'hour');
        break;
      case '04':
      case '4':
        minute = number(chunk.std === '04', 0, 59, 'minute');
        break;
      case '05':
      case '5': {
        second = number(chunk.std === '05', 0, 59, 'second');
        // Go accepts a fractional second right after the seconds even when the layout has none.
        const next = chunks[position + 1];
        if (/^[.,][0-9]/.test(rest) && next?.kind !== 'fraction') fraction(1 + /^[0-9]+/.exec(rest.slice(1))![0].length);
        break;
      }
      case 'PM':
      case 'pm': {
        const marker = rest.slice(0, 2);
        const upper = chunk.std === 'PM';
        if (marker === (upper ? 'PM' : 'pm')) pm = true;
        else if (marker === (upper ? 'AM' : 'am')) pm = false;
        else bad('bad AM/PM');
        rest = rest.slice(2);
        break;
      }
      case 'MST': {
        const match = /^(?:GMT[+-][0-9]{1,2}|[A-Z][A-Za-z]{2,4})/.exec(rest) ?? bad('bad time zone');
        zone = match[0];
        rest = rest.slice(zone.length);
        if (offset === undefined && zone.startsWith('GMT') && zone.length > 3) offset = Number(zone.slice(3)) * 3600;
        break;
      }
      default: {
        if (chunk.std.startsWith('Z') && rest.startsWith('Z')) {
          offset = 0;
          zone = 'UTC';
          rest = rest.slice(1);
          break;
        }
        const shapes: Record<string, RegExp> = {
          '070000': /^([+-])([0-9]{2})([0-9]{2})([0-9]{2})/,
          '07:00:00': /^([+-])([0-9]{2}):([0-9]{2}):([0-9]{2})/,
          '0700': /^([+-])([0-9]{2})([0-9]{2})/,
          '07:00': /^([+-])([0-9]{2}):([0-9]{2})/,
          '07': /^([+-])([0-9]{2})/,
        };
        const match = shapes[chunk.std.slice(1)]!.exec(rest) ?? bad('bad time zone offset');
        const magnitude = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
        offset = match[1] === '-' ? -magnitude : magnitude;
        rest = rest.slice(match[0].length);
      }
    }
  });
  if (rest.length > 0) bad(`extra text ${JSON.stringify(rest.slice(0, 32))}`);
  if (yearDay !== undefined) {
    const date = monthAndDayOf(yearDay, year) ?? bad('day of year out of range');
    if (monthSeen && month !== date.month) bad('day of year does not match month');
    if (daySeen && day !== date.day) bad('day of year does not match day');
    ({ month, day } = date);
  }
  if (pm === true && hour < 12) hour += 12;
  if (pm === false && hour === 12) hour = 0;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) bad('day out of range');
  date.setUTCHours(hour, minute, second, 0);
  const effectiveOffset = offset ?? 0;
  if (offset === 0 && !zone) zone = 'UTC';
  if (offset === undefined && !zone) zone = 'UTC';
  return { seconds: date.getTime() / 1000 - effectiveOffset, nanos, offset: effectiveOffset, zone };

  function lookupName(names: readonly string[]): number {
    const index = names.findIndex((name) => rest.slice(0, name.length).toLowerCase() === name.toLowerCase());
    if (index === -1) bad('bad name');
    rest = rest.slice(names[index]!.length);
    return index;
  }
}

/** Days before the first of each month in a common year (index 12: the whole year). */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * The month and day of a day of the year, as Go's time.Parse works it out once the year is known (wherever the year
 * stands in the layout); undefined when the year has no such day (366 in a common year, 0, 367…).
 */
function monthAndDayOf(yearDay: number, year: number): { month: number; day: number } | undefined {
  let dayInCommonYear = yearDay;
  if (isLeapYear(year)) {
    if (yearDay === 31 + 29) return { month: 2, day: 29 };
    if (yearDay > 31 + 29) dayInCommonYear -= 1;
  }
  if (dayInCommonYear < 1 || dayInCommonYear > 365) return undefined;
  const month = DAYS_BEFORE.findIndex((before) => before >= dayInCommonYear);
  return { month, day: dayInCommonYear - DAYS_BEFORE[month - 1]! };
}

/** Go's `skip`: literal text must match, with any run of spaces matching any other run of spaces. */
function skipLiteral(value: string, literal: string): string | undefined {
  let rest = value;
  let prefix = literal;
  while (prefix.length > 0) {
    if (prefix.startsWith(' ')) {
      if (rest.length > 0 && !rest.startsWith(' ')) return undefined;
      prefix = prefix.replace(/^ +/, '');
      rest = rest.replace(/^ +/, '');
      continue;
    }
    if (!rest.startsWith(prefix.charAt(0))) return undefined;
    prefix = prefix.slice(1);
    rest = rest.slice(1);
  }
  return rest;
}

export function goTimeFromDate(date: Date): GoTime {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000, offset: 0, zone: 'UTC' };
}

export function goTimeFromUnix(seconds: number): GoTime {
  return { seconds, nanos: 0, offset: 0, zone: 'UTC' };
}
