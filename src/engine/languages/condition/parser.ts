import type { ConditionExpression } from './ast';
import { ConditionSyntaxError } from './errors';
import { CONDITION_LIMITS } from './limits';
import { tokenize, type Token } from './tokenizer';

/**
 * Parses a condition into a tree. Grammar (loosest binding first):
 *   expression := and { OR and }          -- OR / || (any case), left-associative
 *   and        := comparison { AND comparison }
 *   comparison := unary [ operator unary ] -- not chainable: `a < b < c` needs parentheses
 *   unary      := NOT unary | primary      -- NOT / ! (any case)
 *   primary    := "(" expression ")" | string | number | boolean | path
 */
export function parseCondition(text: string): ConditionExpression {
  if (typeof text !== 'string') throw new ConditionSyntaxError('condition must be a string', 0);
  if (text.length > CONDITION_LIMITS.maxLength) {
    throw new ConditionSyntaxError(
      `condition is longer than ${CONDITION_LIMITS.maxLength} characters (${text.length})`,
      CONDITION_LIMITS.maxLength,
    );
  }
  if (text.trim().length === 0) throw new ConditionSyntaxError('condition is empty', 0);
  return new Parser(tokenize(text)).parse();
}

/** Null when `text` is a valid condition, else the syntax error message (for save-time checks). */
export function validateCondition(text: string): string | null {
  try {
    parseCondition(text);
    return null;
  } catch (error) {
    if (error instanceof ConditionSyntaxError) return error.message;
    throw error;
  }
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): ConditionExpression {
    const expression = this.parseOr();
    const next = this.peek();
    if (next.type === 'rparen') this.fail('unexpected ")" without a matching "("', next);
    if (next.type !== 'end') this.fail(`unexpected ${describe(next)}; expected AND, OR or the end`, next);
    return expression;
  }

  private parseOr(): ConditionExpression {
    let left = this.parseAnd();
    while (this.peek().type === 'or') {
      this.index += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): ConditionExpression {
    let left = this.parseComparison();
    while (this.peek().type === 'and') {
      this.index += 1;
      left = { kind: 'and', left, right: this.parseComparison() };
    }
    return left;
  }

  private parseComparison(): ConditionExpression {
    const left = this.parseUnary();
    const token = this.peek();
    if (token.type !== 'operator') return left;
    this.index += 1;
    const right = this.parseUnary();
    const after = this.peek();
    if (after.type === 'operator') {
      this.fail(`comparisons cannot be chained; add parentheses before ${describe(after)}`, after);
    }
    return { kind: 'compare', operator: token.operator, left, right };
  }

  private parseUnary(): ConditionExpression {
    const token = this.peek();
    if (token.type === 'not') {
      this.index += 1;
      this.enter(token);
      const operand = this.parseUnary();
      this.depth -= 1;
      return { kind: 'not', operand };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): ConditionExpression {
    const token = this.peek();
    if (token.type === 'operand') {
      this.index += 1;
      return token.operand;
    }
    if (token.type === 'lparen') {
      this.index += 1;
      this.enter(token);
      const inner = this.parseOr();
      const close = this.peek();
      if (close.type !== 'rparen') {
        this.fail(`missing ")" for the "(" at position ${token.position}; found ${describe(close)}`, close);
      }
      this.index += 1;
      this.depth -= 1;
      return inner;
    }
    return this.fail(`expected a value, a path or "(" but found ${describe(token)}`, token);
  }

  private enter(token: Token): void {
    this.depth += 1;
    if (this.depth > CONDITION_LIMITS.maxNesting) {
      this.fail(`condition nests deeper than ${CONDITION_LIMITS.maxNesting} levels`, token);
    }
  }

  private peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private fail(message: string, token: Token): never {
    throw new ConditionSyntaxError(`${message} at position ${token.position}`, token.position);
  }
}

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the condition';
    case 'operand':
      return `"${token.text.length > 40 ? `${token.text.slice(0, 40)}…` : token.text}"`;
    default:
      return `"${token.text}"`;
  }
}
