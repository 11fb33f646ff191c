import { formatGoFloat } from '../shared/go-number';
import { isJsonObject } from '../shared/own-property';

const MAX_DEPTH = 256;

/**
 * The text Go's `fmt.Sprintf("%v", value)` printed for a decoded JSON value; upstream compared
 * non-numeric operands of `==`/`!=` through it: strings as they are, `true`/`false`, `<nil>` for null,
 * numbers in `%v` float form, arrays as `[a b]` and objects as `map[k:v …]` with keys in byte order.
 */
export function goText(value: unknown): string {
  return render(value, 0, { left: Infinity });
}

/** Characters the comparisons of one evaluation may still print (CONDITION_LIMITS.maxComparedText). */
export interface PrintAllowance {
  left: number;
}

/** Thrown by sameGoText when an evaluation's comparisons would print more than their allowance. */
export class PrintAllowanceExceeded extends Error {}

/**
 * Whether two operands print the same `%v` text. When one of them is not an array or object its text is short, and
 * the other is printed only as far as that length: comparing a large object with a string costs a pass over its
 * keys, not printing (and sorting) all of it on every comparison. What is printed is charged to `allowance`, which
 * one evaluation shares: a condition repeating `a == b` over two large objects printed both every time, and some 170
 * such comparisons over a 1 MiB input held the event loop for half a minute.
 */
export function sameGoText(left: unknown, right: unknown, allowance: PrintAllowance): boolean {
  // Two scalars: their texts are the strings themselves or short, compared without printing anything (not charged).
  if (!isComposite(left) && !isComposite(right)) return goText(left) === goText(right);
  if (!isComposite(left)) return printsAs(right, goText(left), allowance);
  if (!isComposite(right)) return printsAs(left, goText(right), allowance);
  return printCharged(left, allowance) === printCharged(right, allowance);
}

const isComposite = (value: unknown): boolean => Array.isArray(value) || isJsonObject(value);

function printsAs(value: unknown, text: string, allowance: PrintAllowance): boolean {
  const budget = { left: text.length };
  try {
    return render(value, 0, budget) === text;
  } catch (error) {
    if (error === TOO_LONG) return false;
    throw error;
  } finally {
    spendPrinted(allowance, text.length - Math.max(budget.left, 0));
  }
}

function printCharged(value: unknown, allowance: PrintAllowance): string {
  const budget = { left: allowance.left };
  try {
    return render(value, 0, budget);
  } catch (error) {
    if (error === TOO_LONG) throw new PrintAllowanceExceeded();
    throw error;
  } finally {
    spendPrinted(allowance, allowance.left - Math.max(budget.left, 0));
  }
}

function spendPrinted(allowance: PrintAllowance, characters: number): void {
  allowance.left -= characters;
  if (allowance.left < 0) throw new PrintAllowanceExceeded();
}

/** Characters the text may still take; `spend` throws TOO_LONG past it. */
interface Budget {
  left: number;
}
const TOO_LONG = Symbol('longer than the budget');

function spend(budget: Budget, characters: number): void {
  budget.left -= characters;
  if (budget.left < 0) throw TOO_LONG;
}

function render(value: unknown, depth: number, budget: Budget): string {
  if (depth > MAX_DEPTH) throw new RangeError('value is nested too deeply to compare');
  if (Array.isArray(value)) {
    // Brackets and separators first, so a long array is refused before its items are printed.
    spend(budget, value.length + 1);
    return `[${value.map((item) => render(item, depth + 1, budget)).join(' ')}]`;
  }
  if (isJsonObject(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined);
    // `map[` + `]`, each `key:` and the separators, before the keys are sorted.
    spend(budget, 4 + keys.reduce((sum, key) => sum + key.length + 2, 0));
    keys.sort(compareCodePoints);
    return `map[${keys.map((key) => `${key}:${render(value[key], depth + 1, budget)}`).join(' ')}]`;
  }
  const text = scalarText(value);
  spend(budget, text.length);
  return text;
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatGoFloat(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  return String(value);
}

/**
 * Code point order, which is the byte order of UTF-8 that Go sorts map keys by. UTF-16 code units already sort that
 * way except that surrogates (U+D800–U+DFFF, the halves of code points above U+FFFF) must sort after U+E000–U+FFFF.
 */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

const codePointRank = (unit: number): number => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit);
