import type { ConditionExpression, PathSegment } from './ast';
import { isWordCharacter } from './tokenizer';
import { classifyLiteral } from './tokenizer';

/** Binding strength; a child binding more loosely than its slot needs parentheses. */
const STRENGTH = { or: 1, and: 2, compare: 3, not: 4, primary: 5 } as const;

/**
 * Writes a tree back as canonical condition text (upper-case keywords, double-quoted strings, minimal
 * parentheses). `parseCondition(formatCondition(tree))` gives back an equal tree.
 */
export function formatCondition(expression: ConditionExpression): string {
  switch (expression.kind) {
    case 'or':
      return `${child(expression.left, STRENGTH.or)} OR ${child(expression.right, STRENGTH.and)}`;
    case 'and':
      return `${child(expression.left, STRENGTH.and)} AND ${child(expression.right, STRENGTH.compare)}`;
    case 'compare':
      return `${child(expression.left, STRENGTH.not)} ${expression.operator} ${child(expression.right, STRENGTH.not)}`;
    case 'not':
      return `NOT ${child(expression.operand, STRENGTH.not)}`;
    case 'string':
      return quote(expression.value);
    case 'number':
      return formatNumber(expression.value);
    case 'boolean':
      return expression.value ? 'true' : 'false';
    case 'path':
      return formatPath(expression.segments);
  }
}

function strengthOf(expression: ConditionExpression): number {
  switch (expression.kind) {
    case 'or':
    case 'and':
    case 'compare':
    case 'not':
      return STRENGTH[expression.kind];
    default:
      return STRENGTH.primary;
  }
}

function child(expression: ConditionExpression, needed: number): string {
  const text = formatCondition(expression);
  return strengthOf(expression) >= needed ? text : `(${text})`;
}

function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

function isBareKey(name: string): boolean {
  if (name.length === 0) return false;
  for (const char of name) if (!isWordCharacter(char)) return false;
  return true;
}

/** Dotted where possible; bracketed for odd keys, and for a first key that would read as a literal. */
export function formatPath(segments: readonly PathSegment[]): string {
  let text = '';
  segments.forEach((segment, position) => {
    if (segment.kind === 'index') text += `[${segment.index}]`;
    else if (isBareKey(segment.name)) text += position === 0 ? segment.name : `.${segment.name}`;
    else text += `[${quote(segment.name)}]`;
  });
  const first = segments[0];
  if (first?.kind === 'key' && isBareKey(first.name) && !text.includes('[') && readsAsNonPath(text)) {
    return `[${quote(first.name)}]${text.slice(first.name.length)}`;
  }
  return text;
}

function readsAsNonPath(word: string): boolean {
  return classifyLiteral(word) !== undefined || /^(and|or|not)$/i.test(word);
}
