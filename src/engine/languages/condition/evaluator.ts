import { equalFoldAscii, parseGoFloat } from '../shared/go-number';
import { readOwn } from '../shared/own-property';
import type { ComparisonOperator, ConditionExpression, PathSegment } from './ast';
import { ConditionEvaluationError } from './errors';
import { PrintAllowanceExceeded, sameGoText, type PrintAllowance } from './go-text';
import { CONDITION_LIMITS } from './limits';
import { formatPath } from './printer';

/**
 * Evaluates a parsed condition against a JSON-like context (`{workflow, <nodeId>…, output}`).
 * AND/OR short-circuit from left to right, so `true OR workflow.missing` is true without an error.
 * Throws ConditionEvaluationError for a missing path or an ordering comparison on non-numbers.
 */
export function evaluateCondition(
  expression: ConditionExpression,
  context: unknown,
  allowance: PrintAllowance = newPrintAllowance(),
): boolean {
  try {
    return isTruthy(evaluate(expression, context, allowance));
  } catch (error) {
    if (error instanceof ConditionEvaluationError) throw error;
    if (error instanceof PrintAllowanceExceeded) {
      throw new ConditionEvaluationError(
        `the comparisons would print more than ${CONDITION_LIMITS.maxComparedText} characters of objects and arrays`,
      );
    }
    // A pathological context (e.g. nesting deep enough to exhaust the stack) must not escape as
    // anything but the documented error class.
    throw new ConditionEvaluationError(`condition could not be evaluated: ${(error as Error)?.message ?? String(error)}`);
  }
}

/**
 * What the comparisons may print (CONDITION_LIMITS.maxComparedText). One evaluation gets its own unless the caller
 * shares one across evaluations: the engine gives each execution one for all its conditions, so a workflow of many
 * conditions cannot multiply the bound.
 */
export function newPrintAllowance(): PrintAllowance {
  return { left: CONDITION_LIMITS.maxComparedText };
}

function evaluate(expression: ConditionExpression, context: unknown, allowance: PrintAllowance): unknown {
  switch (expression.kind) {
    case 'or':
      return isTruthy(evaluate(expression.left, context, allowance)) || isTruthy(evaluate(expression.right, context, allowance));
    case 'and':
      return isTruthy(evaluate(expression.left, context, allowance)) && isTruthy(evaluate(expression.right, context, allowance));
    case 'not':
      return !isTruthy(evaluate(expression.operand, context, allowance));
    case 'compare': {
      const left = evaluate(expression.left, context, allowance);
      return compare(left, expression.operator, evaluate(expression.right, context, allowance), allowance);
    }
    case 'string':
    case 'number':
    case 'boolean':
      return expression.value;
    case 'path':
      return resolvePath(expression.segments, context);
  }
}

/** Follows own properties from the context root; array elements by canonical index. */
export function resolvePath(segments: readonly PathSegment[], context: unknown): unknown {
  let current = context;
  for (const segment of segments) {
    const step = readOwn(current, segment.kind === 'index' ? segment.index : segment.name);
    if (!step.found) {
      throw new ConditionEvaluationError(`field "${formatPath(segments)}" not found in context`);
    }
    current = step.value;
  }
  return current;
}

/** Upstream's toFloat64: numbers, and strings that Go's ParseFloat accepts. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return parseGoFloat(value);
  return undefined;
}

function compare(left: unknown, operator: ComparisonOperator, right: unknown, allowance: PrintAllowance): boolean {
  const leftNumber = toNumber(left);
  const rightNumber = toNumber(right);
  if (leftNumber !== undefined && rightNumber !== undefined) {
    switch (operator) {
      case '>':
        return leftNumber > rightNumber;
      case '<':
        return leftNumber < rightNumber;
      case '>=':
        return leftNumber >= rightNumber;
      case '<=':
        return leftNumber <= rightNumber;
      case '==':
        return leftNumber === rightNumber;
      case '!=':
        return leftNumber !== rightNumber;
    }
  }
  if (operator === '==') return sameGoText(left, right, allowance);
  if (operator === '!=') return !sameGoText(left, right, allowance);
  throw new ConditionEvaluationError(
    `operator "${operator}" requires numeric operands (got ${kindOf(left)} and ${kindOf(right)})`,
  );
}

/** Upstream's truthiness of a bare operand. */
export function isTruthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value !== '' && !equalFoldAscii(value, 'false');
  if (typeof value === 'number') return value !== 0;
  if (value === null || value === undefined) return false;
  return true;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
