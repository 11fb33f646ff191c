import fc from 'fast-check';
import {
  ConditionEvaluationError,
  ConditionSyntaxError,
  evaluateCondition,
  formatCondition,
  parseCondition,
  validateCondition,
  type ComparisonOperator,
  type ConditionExpression,
  type PathSegment,
} from '../../../src/engine/languages/condition';
import { expectNoPollution, hostileJson, hostileText, onlyThrows } from './hostile';

const segment: fc.Arbitrary<PathSegment> = fc.oneof(
  hostileText.map((name): PathSegment => ({ kind: 'key', name })),
  fc.constantFrom('workflow', 'amount', 'n-1', 'items', '__proto__', 'constructor').map((name): PathSegment => ({ kind: 'key', name })),
  fc.nat({ max: 1_000_000 }).map((index): PathSegment => ({ kind: 'index', index })),
);

const leaf: fc.Arbitrary<ConditionExpression> = fc.oneof(
  hostileText.map((value): ConditionExpression => ({ kind: 'string', value })),
  fc.double().map((value): ConditionExpression => ({ kind: 'number', value })),
  fc.boolean().map((value): ConditionExpression => ({ kind: 'boolean', value })),
  fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments): ConditionExpression => ({ kind: 'path', segments })),
);

const operator = fc.constantFrom<ComparisonOperator>('>=', '<=', '==', '!=', '>', '<');

const { tree } = fc.letrec<{ tree: ConditionExpression }>((recurse) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ kind: fc.constant('not' as const), operand: recurse('tree') }),
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: recurse('tree'), right: recurse('tree') }),
    fc.record({ kind: fc.constant('compare' as const), operator, left: recurse('tree'), right: recurse('tree') }),
  ),
}));

afterEach(expectNoPollution);

describe('condition language — properties', () => {
  it('formatting a tree and parsing the text gives the same tree back', () => {
    fc.assert(
      fc.property(tree, (expression) => {
        const text = formatCondition(expression);
        fc.pre(text.length <= 4096);
        let parsed: ConditionExpression;
        try {
          parsed = parseCondition(text);
        } catch (error) {
          // only the nesting limit may reject a generated tree
          expect((error as Error).message).toMatch(/nests deeper than 64 levels/);
          return;
        }
        expect(parsed).toEqual(expression);
      }),
      { numRuns: 1500 },
    );
  });

  it('random trees over random JSON contexts only ever throw ConditionEvaluationError', () => {
    fc.assert(
      fc.property(tree, hostileJson, (expression, context) => {
        onlyThrows(() => {
          const result = evaluateCondition(expression, context);
          expect(typeof result).toBe('boolean');
        }, ConditionEvaluationError);
      }),
      { numRuns: 1500 },
    );
  });

  it('random text only ever throws ConditionSyntaxError when parsed, and validateCondition agrees', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileText, fc.constantFrom('(', ')', ' AND ', ' or ', '!', ' == ', '>=', '"', "'")), { maxLength: 12 }), hostileJson, (parts, context) => {
        const text = parts.join('');
        let expression: ConditionExpression | undefined;
        onlyThrows(() => {
          expression = parseCondition(text);
        }, ConditionSyntaxError);
        expect(validateCondition(text) === null).toBe(expression !== undefined);
        if (expression) onlyThrows(() => evaluateCondition(expression!, context), ConditionEvaluationError);
      }),
      { numRuns: 2000 },
    );
  });

  it('hostile inputs are rejected or inert', () => {
    const huge = `workflow.a == "${'x'.repeat(100_000)}"`;
    expect(() => parseCondition(huge)).toThrow(ConditionSyntaxError);
    expect(() => parseCondition('('.repeat(100_000))).toThrow(ConditionSyntaxError);
    expect(() => parseCondition(Array.from({ length: 10_000 }, () => 'a').join('.'))).toThrow(ConditionSyntaxError);
    expect(() => parseCondition(Array.from({ length: 2_000 }, () => 'a').join('.'))).toThrow(/more than 64 segments/);
    expect(() => parseCondition('"\ud800" == "\udfff"')).not.toThrow();
    expect(evaluateCondition(parseCondition('"\u202e\u0000" != "x"'), {})).toBe(true);

    const context = JSON.parse('{"workflow": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}}') as unknown;
    expect(evaluateCondition(parseCondition('workflow.__proto__.polluted'), context)).toBe(true);
    expect(evaluateCondition(parseCondition('workflow.constructor.prototype.polluted == true'), context)).toBe(true);
    expect(() => evaluateCondition(parseCondition('workflow.toString'), { workflow: {} })).toThrow(ConditionEvaluationError);
  });
});
