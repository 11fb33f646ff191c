/**
 * Number recognition and text forms that match what the Go upstream did, so that conditions and
 * transformations written for it keep their meaning here. Only fixed patterns are used; no pattern is
 * ever built from user text.
 */

// Each digit can be matched one way only (`digits(.digits)?`, not `digits.?digits`): the ambiguous form backtracked
// quadratically on a long run of digits followed by a letter, and conditions parse every string operand.
const DECIMAL = /^[+-]?(?:[0-9_]+(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][+-]?[0-9_]+)?$/;
const HEX = /^([+-]?)0[xX]((?:[0-9a-fA-F_]+(?:\.[0-9a-fA-F_]*)?|\.[0-9a-fA-F_]+))[pP]([+-]?[0-9_]+)$/;
const INFINITY = /^([+-]?)(?:inf|infinity)$/i;
const NAN = /^nan$/i;

/**
 * Parses `text` the way Go's `strconv.ParseFloat(text, 64)` succeeds: decimal and hexadecimal
 * floating-point literals (underscores only between digits), `inf`/`infinity` with an optional sign
 * and `nan`, all ASCII case-insensitive. A literal that overflows to infinity is rejected, as Go
 * reports a range error for it. Returns undefined when Go would not accept the text as a number.
 */
export function parseGoFloat(text: string): number | undefined {
  if (text.length === 0 || text.length > 512) return undefined;
  const infinity = INFINITY.exec(text);
  if (infinity) return infinity[1] === '-' ? -Infinity : Infinity;
  if (NAN.test(text)) return NaN;

  const hex = HEX.exec(text);
  if (hex) {
    if (!underscoresSeparateDigits(text)) return undefined;
    return finiteOrUndefined(hexValue(hex[1] ?? '', hex[2] ?? '', hex[3] ?? ''));
  }
  if (!DECIMAL.test(text) || !/[0-9]/.test(text)) return undefined;
  if (text.includes('_') && !underscoresSeparateDigits(text)) return undefined;
  return finiteOrUndefined(Number(text.replaceAll('_', '')));
}

function finiteOrUndefined(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

function hexValue(sign: string, mantissa: string, exponent: string): number {
  const digits = mantissa.replaceAll('_', '');
  const dot = digits.indexOf('.');
  const whole = dot === -1 ? digits : digits.slice(0, dot) + digits.slice(dot + 1);
  const fractionDigits = dot === -1 ? 0 : digits.length - dot - 1;
  if (whole.length === 0) return NaN;
  let value = 0;
  for (const digit of whole) value = value * 16 + parseInt(digit, 16);
  const power = Number(exponent.replaceAll('_', '')) - 4 * fractionDigits;
  const result = value * 2 ** power;
  return sign === '-' ? -result : result;
}

/** Go's rule: an underscore must sit between two digits, or between a base prefix and a digit. */
function underscoresSeparateDigits(text: string): boolean {
  let rest = text.startsWith('+') || text.startsWith('-') ? text.slice(1) : text;
  let hex = false;
  let previous: 'digit' | 'underscore' | 'other' = 'other';
  if (rest.length >= 2 && rest[0] === '0' && (rest[1] === 'x' || rest[1] === 'X')) {
    hex = true;
    previous = 'digit';
    rest = rest.slice(2);
  }
  for (const char of rest) {
    const isDigit = (char >= '0' && char <= '9') || (hex && /^[a-fA-F]$/.test(char));
    if (isDigit) {
      previous = 'digit';
    } else if (char === '_') {
      if (previous !== 'digit') return false;
      previous = 'underscore';
    } else {
      if (previous === 'underscore') return false;
      previous = 'other';
    }
  }
  return previous !== 'underscore';
}

/**
 * Go's `%v` form of a float64 (`strconv.FormatFloat(v, 'g', -1, 64)`): the shortest digits that round-trip,
 * in exponent form (`1e+06`, `1.5e-07`) when the decimal exponent is below -4 or at least 6.
 */
export function formatGoFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const negative = value < 0;
  const [mantissa = '0', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  let body: string;
  if (exponent < -4 || exponent >= 6) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const sign = exponent < 0 ? '-' : '+';
    const magnitude = String(Math.abs(exponent)).padStart(2, '0');
    body = `${digits[0]}${fraction}e${sign}${magnitude}`;
  } else if (exponent < 0) {
    body = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  } else if (digits.length <= exponent + 1) {
    body = digits + '0'.repeat(exponent + 1 - digits.length);
  } else {
    body = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  }
  return negative ? `-${body}` : body;
}

/**
 * Go's `strings.EqualFold` against an ASCII lower-case word. Besides ASCII case, Go folds the long s
 * (U+017F) to `s` and the Kelvin sign (U+212A) to `k`, so `falſe` is the boolean false upstream.
 */
export function equalFoldAscii(text: string, lowerWord: string): boolean {
  if (text.length !== lowerWord.length) return false;
  for (let i = 0; i < text.length; i += 1) {
    let char = text[i] ?? '';
    if (char === '\u017f') char = 's';
    else if (char === '\u212a') char = 'k';
    else if (char >= 'A' && char <= 'Z') char = char.toLowerCase();
    if (char !== lowerWord[i]) return false;
  }
  return true;
}
