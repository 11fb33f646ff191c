import { afterJsonString } from '../json-string-end';

/**
 * JSON integers that a JavaScript number cannot hold exactly (beyond ±9,007,199,254,740,991): JSON.parse rounds
 * them, so `{"id": 820982911946154508}` — a 64-bit id as Shopify, Twitter's v1 API and many databases send them —
 * would arrive as 820982911946154500, and a workflow would forward the wrong id. They are kept exactly instead, as a
 * string of their digits: the text is rewritten before it is parsed, with each such integer put in quotes.
 *
 * Only integer literals (an optional minus and digits) are affected; a number written with a fraction or an exponent
 * says it is a floating-point value and is parsed as one.
 */

/** Every integer beyond the safe range has at least 16 digits; most bodies have no such run and are not scanned. */
const LONG_DIGIT_RUN = /\d{16}/;
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

/** The JSON text with every integer literal outside the safe range quoted; the same text when it has none. */
export function quoteUnsafeIntegers(text: string): string {
  if (!LONG_DIGIT_RUN.test(text)) return text;
  let pieces: string[] | undefined;
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = afterJsonString(text, i + 1);
    } else if (c === MINUS || isDigit(c)) {
      const start = i;
      i += 1;
      while (i < text.length && isNumberChar(text.charCodeAt(i))) i += 1;
      if (i - start >= MAX_SAFE_DIGITS.length && isUnsafeInteger(text.slice(start, i))) {
        (pieces ??= []).push(text.slice(copied, start), '"', text.slice(start, i), '"');
        copied = i;
      }
    } else {
      i += 1;
    }
  }
  return pieces ? pieces.join('') + text.slice(copied) : text;
}

const QUOTE = 0x22;
const MINUS = 0x2d;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Characters a JSON number token is made of: digits, `-`, `+`, `.`, `e`, `E`. */
const isNumberChar = (c: number) => isDigit(c) || c === MINUS || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;

function isUnsafeInteger(token: string): boolean {
  const digits = token.startsWith('-') ? token.slice(1) : token;
  if (!/^(0|[1-9]\d*)$/.test(digits)) return false;
  return digits.length > MAX_SAFE_DIGITS.length || (digits.length === MAX_SAFE_DIGITS.length && digits > MAX_SAFE_DIGITS);
}
