import { equalFoldAscii, parseGoFloat } from '../shared/go-number';
import type { ComparisonOperator, ConditionExpression, PathSegment } from './ast';
import { ConditionSyntaxError } from './errors';
import { CONDITION_LIMITS } from './limits';

export type Token =
  | { readonly type: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'end'; readonly position: number; readonly text: string }
  | { readonly type: 'operator'; readonly operator: ComparisonOperator; readonly position: number; readonly text: string }
  | { readonly type: 'operand'; readonly operand: ConditionExpression; readonly position: number; readonly text: string };

/** Characters that end a bare word; everything else that is not white space or invisible belongs to it. */
const DELIMITERS = new Set(['"', "'", '(', ')', '<', '>', '=', '!', '&', '|', '[', ']', '.']);
const WHITESPACE = /\s/;
/**
 * Controls (Cc) and every format character (Cf): zero-width characters, all bidi marks, overrides and isolates (the
 * Arabic letter mark U+061C too), the soft hyphen, and the invisible tag characters U+E0000–E007F. Tested on the
 * whole code point, so a character outside the BMP is seen as itself and not as two surrogate halves.
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}]/u;

function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/** The whole character (code point) that starts at `index`: one UTF-16 unit, or a surrogate pair. */
function characterAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}
const KEYWORDS: ReadonlyMap<string, 'and' | 'or' | 'not'> = new Map([
  ['and', 'and'],
  ['or', 'or'],
  ['not', 'not'],
]);
const MAX_INDEX_DIGITS = 15;

/** Splits a condition into tokens; the last token is always `end`. */
export function tokenize(text: string): Token[] {
  return new Tokenizer(text).run();
}

export function isWordCharacter(char: string): boolean {
  return !DELIMITERS.has(char) && !WHITESPACE.test(char) && !isInvisible(char);
}

class Tokenizer {
  private index = 0;
  private readonly tokens: Token[] = [];

  constructor(private readonly text: string) {}

  run(): Token[] {
    const { text } = this;
    while (this.index < text.length) {
      const char = text.charAt(this.index);
      const start = this.index;
      if (WHITESPACE.test(char)) {
        this.index += 1;
      } else if (char === '(' || char === ')') {
        this.push({ type: char === '(' ? 'lparen' : 'rparen', position: start, text: char });
        this.index += 1;
      } else if (char === '"' || char === "'") {
        const value = this.readQuoted();
        this.push({ type: 'operand', operand: { kind: 'string', value }, position: start, text: text.slice(start, this.index) });
      } else if (char === '>' || char === '<') {
        const withEquals = text.charAt(start + 1) === '=';
        const operator = (withEquals ? `${char}=` : char) as ComparisonOperator;
        this.push({ type: 'operator', operator, position: start, text: operator });
        this.index += withEquals ? 2 : 1;
      } else if (char === '=') {
        if (text.charAt(start + 1) !== '=') this.fail('a single "=" is not an operator; use "=="', start);
        this.push({ type: 'operator', operator: '==', position: start, text: '==' });
        this.index += 2;
      } else if (char === '!') {
        if (text.charAt(start + 1) === '=') {
          this.push({ type: 'operator', operator: '!=', position: start, text: '!=' });
          this.index += 2;
        } else {
          this.push({ type: 'not', position: start, text: '!' });
          this.index += 1;
        }
      } else if (char === '&' || char === '|') {
        if (text.charAt(start + 1) !== char) this.fail(`"${char}" must be doubled ("${char}${char}")`, start);
        this.push({ type: char === '&' ? 'and' : 'or', position: start, text: char + char });
        this.index += 2;
      } else if (char === ']') {
        this.fail('unexpected "]"', start);
      } else if (char === '.' || char === '[' || isWordCharacter(characterAt(text, start))) {
        this.readWord();
      } else {
        this.fail(`character U+${codeOf(characterAt(text, start))} is not allowed outside a string literal`, start);
      }
    }
    this.tokens.push({ type: 'end', position: text.length, text: '' });
    return this.tokens;
  }

  private push(token: Token): void {
    this.tokens.push(token);
  }

  private fail(message: string, position: number): never {
    throw new ConditionSyntaxError(`${message} at position ${position}`, position);
  }

  /** Reads a quoted literal starting at the current quote; `\"`, `\'` and `\\` are the only escapes. */
  private readQuoted(): string {
    const { text } = this;
    const start = this.index;
    const quote = text.charAt(start);
    let value = '';
    let index = start + 1;
    while (index < text.length) {
      const char = text.charAt(index);
      if (char === '\\') {
        const next = text.charAt(index + 1);
        if (next === '"' || next === "'" || next === '\\') {
          value += next;
          index += 2;
          continue;
        }
        value += char;
        index += 1;
        continue;
      }
      if (char === quote) {
        this.index = index + 1;
        return value;
      }
      value += char;
      index += 1;
    }
    return this.fail(`unterminated string literal starting`, start);
  }

  /**
   * Reads a bare word: a number, `true`/`false`, a keyword, or a path such as `n-1.body.decision`,
   * `workflow.items[0].sku` or `workflow["a b"]`. The whole word is classified first, so `1.5` is a
   * number and `1.x` a path, exactly as upstream did.
   */
  private readWord(): void {
    const { text } = this;
    const start = this.index;
    const segments: PathSegment[] = [];
    let key = '';
    let keyStart = start;
    let hasBracket = false;
    let afterBracket = false;
    let emptySegmentAt: number | undefined;

    const closeKey = (position: number): void => {
      if (key.length > 0) segments.push({ kind: 'key', name: key });
      else if (!afterBracket && emptySegmentAt === undefined) emptySegmentAt = position;
      key = '';
    };

    while (this.index < text.length) {
      const char = text.charAt(this.index);
      if (char === '.') {
        closeKey(keyStart);
        afterBracket = false;
        this.index += 1;
        keyStart = this.index;
      } else if (char === '[') {
        if (key.length > 0) segments.push({ kind: 'key', name: key });
        else if (!afterBracket && this.index > start && emptySegmentAt === undefined) emptySegmentAt = this.index;
        key = '';
        hasBracket = true;
        segments.push(this.readBracket());
        afterBracket = true;
        keyStart = this.index;
      } else if (isWordCharacter(characterAt(text, this.index))) {
        if (afterBracket) this.fail('expected "." or "[" after "]"', this.index);
        const whole = characterAt(text, this.index);
        key += whole;
        this.index += whole.length;
      } else {
        break;
      }
    }
    if (!afterBracket) closeKey(keyStart);
    const raw = text.slice(start, this.index);

    if (!hasBracket) {
      const keyword = /^[a-z]+$/i.test(raw) ? KEYWORDS.get(raw.toLowerCase()) : undefined;
      if (keyword) {
        this.push({ type: keyword, position: start, text: raw });
        return;
      }
      const literal = classifyLiteral(raw);
      if (literal) {
        this.push({ type: 'operand', operand: literal, position: start, text: raw });
        return;
      }
    }
    if (emptySegmentAt !== undefined) this.fail(`empty path segment in "${raw}"`, emptySegmentAt);
    if (segments.length > CONDITION_LIMITS.maxPathSegments) {
      this.fail(`path has more than ${CONDITION_LIMITS.maxPathSegments} segments`, start);
    }
    this.push({ type: 'operand', operand: { kind: 'path', segments }, position: start, text: raw });
  }

  /** Reads `[123]` or `["quoted key"]` (either quote) at the current `[`. */
  private readBracket(): PathSegment {
    const { text } = this;
    const open = this.index;
    this.index += 1;
    const char = text.charAt(this.index);
    let segment: PathSegment;
    if (char === '"' || char === "'") {
      segment = { kind: 'key', name: this.readQuoted() };
    } else {
      const digitsStart = this.index;
      while (this.index < text.length && /[0-9]/.test(text.charAt(this.index))) this.index += 1;
      const digits = text.slice(digitsStart, this.index);
      if (digits.length === 0) this.fail('expected an array index or a quoted key after "["', open);
      if (digits.length > MAX_INDEX_DIGITS) this.fail(`array index has more than ${MAX_INDEX_DIGITS} digits`, digitsStart);
      segment = { kind: 'index', index: Number(digits) };
    }
    if (text.charAt(this.index) !== ']') this.fail('missing "]"', this.index);
    this.index += 1;
    return segment;
  }
}

/** A bare word that is a literal rather than a path: a Go float, or `true`/`false` in any case. */
export function classifyLiteral(raw: string): ConditionExpression | undefined {
  if (equalFoldAscii(raw, 'true')) return { kind: 'boolean', value: true };
  if (equalFoldAscii(raw, 'false')) return { kind: 'boolean', value: false };
  const number = parseGoFloat(raw);
  if (number !== undefined) return { kind: 'number', value: number };
  return undefined;
}

function codeOf(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
