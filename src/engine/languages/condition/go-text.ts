import { formatGoFloat } from '../shared/go-number';
import { isJsonObject } from '../shared/own-property';

const MAX_DEPTH = 256;

/**
 * The text Go's `fmt.Sprintf("%v", value)` printed for a decoded JSON value; upstream compared
 * non-numeric operands of `==`/`!=` through it: strings as they are, `true`/`false`, `<nil>` for null,
 * numbers in `%v` float form, arrays as `[a b]` and objects as `map[k:v …]` with keys in byte order.
 */
export function goText(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new RangeError('value is nested too deeply to compare');
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatGoFloat(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map((item) => goText(item, depth + 1)).join(' ')}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    keys.sort(compareCodePoints);
    return `map[${keys.map((key) => `${key}:${goText(value[key], depth + 1)}`).join(' ')}]`;
  }
  return String(value);
}

/** Code point order, which is the byte order of UTF-8 that Go sorts map keys by. */
function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i += 1) {
    const difference = (left[i]!.codePointAt(0) ?? 0) - (right[i]!.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
