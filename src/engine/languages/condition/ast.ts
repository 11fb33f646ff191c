/**
 * Syntax tree of a condition. Positions are deliberately not part of it, so two spellings of the same
 * condition (`a and b`, `a && b`, `(a) AND (b)`) give equal trees.
 */
export type ComparisonOperator = '>=' | '<=' | '==' | '!=' | '>' | '<';

/** `key` reads an own property (or, on an array, the element whose canonical index it spells). */
export type PathSegment = { readonly kind: 'key'; readonly name: string } | { readonly kind: 'index'; readonly index: number };

export type ConditionExpression =
  | { readonly kind: 'or'; readonly left: ConditionExpression; readonly right: ConditionExpression }
  | { readonly kind: 'and'; readonly left: ConditionExpression; readonly right: ConditionExpression }
  | { readonly kind: 'not'; readonly operand: ConditionExpression }
  | {
      readonly kind: 'compare';
      readonly operator: ComparisonOperator;
      readonly left: ConditionExpression;
      readonly right: ConditionExpression;
    }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'path'; readonly segments: readonly PathSegment[] };

export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['>=', '<=', '==', '!=', '>', '<'];
