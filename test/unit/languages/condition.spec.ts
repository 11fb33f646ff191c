import {
  CONDITION_LIMITS,
  ConditionEvaluationError,
  ConditionSyntaxError,
  evaluateCondition,
  formatCondition,
  formatPath,
  parseCondition,
  validateCondition,
  type ConditionExpression,
} from '../../../src/engine/languages/condition';

/** An execution context shaped like the engine's: workflow input plus node outputs. */
const CONTEXT = {
  workflow: {
    amount: 1500,
    small: 10,
    s: '10',
    text: 'hello',
    empty: '',
    falseText: 'FALSE',
    flag: true,
    off: false,
    nothing: null,
    zero: 0,
    nan: 'nan',
    name: 'a OR b',
    quote: 'say "hi"',
    path: 'C:\\temp',
    items: [{ sku: 'A-1', qty: 2 }, { sku: 'B-2', qty: 0 }],
    nested: { list: [1, 2], map: { b: 'x', a: 1 } },
    'a b': 'spaced',
    'dot.key': 'dotted',
    big: 1000000,
    and: 'kw',
  },
  'n-1': { body: { decision: 'ALLOW' } },
  plain: 'top',
  output: { done: true },
};

function evaluate(text: string, context: unknown = CONTEXT): boolean {
  return evaluateCondition(parseCondition(text), context);
}

function syntaxErrorOf(text: string): ConditionSyntaxError {
  try {
    parseCondition(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConditionSyntaxError);
    return error as ConditionSyntaxError;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
}

function evaluationErrorOf(text: string, context: unknown = CONTEXT): ConditionEvaluationError {
  const expression = parseCondition(text);
  try {
    evaluateCondition(expression, context);
  } catch (error) {
    expect(error).toBeInstanceOf(ConditionEvaluationError);
    return error as ConditionEvaluationError;
  }
  throw new Error(`expected an evaluation error for ${JSON.stringify(text)}`);
}

describe('condition language — upstream examples keep their meaning', () => {
  it.each([
    ['workflow.amount > 1000', true],
    ['n-1.body.decision == "ALLOW"', true],
    ['workflow.s == 10', true],
    ['workflow.flag', true],
    ['workflow.amount > 1000 AND workflow.flag', true],
    ['workflow.amount < 1000 OR workflow.flag', true],
    ['workflow.amount < 1000 OR workflow.off', false],
  ])('%s → %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });

  it('a missing key is an evaluation error', () => {
    expect(evaluationErrorOf('workflow.missing == 1').message).toBe('field "workflow.missing" not found in context');
  });

  it('an unknown top-level key is an evaluation error', () => {
    expect(evaluationErrorOf('x').message).toBe('field "x" not found in context');
    // Upstream rejected lower-case keywords because they were not split; here they are keywords,
    // so `x and y` fails only because x does not exist.
    expect(evaluationErrorOf('x and y').message).toBe('field "x" not found in context');
  });
});

describe('operands', () => {
  it.each([
    // numbers in Go syntax, on either side
    ['1e6 == 1000000', true],
    ['1E+6 == 1000000', true],
    ['-2.5 < 0', true],
    ['.5 == 0.5', true],
    ['5. == 5', true],
    ['+3 == 3', true],
    ['0x1p-2 == 0.25', true],
    ['1_000 == 1000', true],
    ['inf > 1e308', true],
    ['-Infinity < -1e308', true],
    ['NaN == NaN', false],
    ['nan != nan', true],
    ['workflow.nan == nan', false],
    // booleans in any case
    ['TRUE', true],
    ['True == true', true],
    ['fAlSe', false],
    ['workflow.flag == TRUE', true],
    ['workflow.off != true', true],
    // strings, either quote
    ['"abc" == \'abc\'', true],
    ['workflow.text == "hello"', true],
    ['workflow.text != "Hello"', true],
    ['"" == workflow.empty', true],
    // paths
    ['plain == "top"', true],
    ['output.done', true],
    ['workflow.nested.map.b == "x"', true],
  ])('%s → %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });

  it('parses each operand kind into its node', () => {
    expect(parseCondition('"a"')).toEqual({ kind: 'string', value: 'a' });
    expect(parseCondition('-2.5')).toEqual({ kind: 'number', value: -2.5 });
    expect(parseCondition('True')).toEqual({ kind: 'boolean', value: true });
    expect(parseCondition('n-1.body')).toEqual({
      kind: 'path',
      segments: [
        { kind: 'key', name: 'n-1' },
        { kind: 'key', name: 'body' },
      ],
    });
    // `1.x` is not a number, so it is a path, as upstream decided by trying the number first
    expect(parseCondition('1.x')).toEqual({
      kind: 'path',
      segments: [
        { kind: 'key', name: '1' },
        { kind: 'key', name: 'x' },
      ],
    });
  });

  it('null is not a literal: like upstream, it names a top-level key', () => {
    expect(parseCondition('null')).toEqual({ kind: 'path', segments: [{ kind: 'key', name: 'null' }] });
    expect(evaluate('null == "<nil>"', { null: null })).toBe(true);
    expect(evaluationErrorOf('workflow.nothing == null').message).toBe('field "null" not found in context');
  });

  it('an out-of-range literal is not a number (Go reports a range error), so it reads as a key', () => {
    expect(parseCondition('1e400')).toEqual({ kind: 'path', segments: [{ kind: 'key', name: '1e400' }] });
    expect(evaluationErrorOf('1e400 > 1').message).toBe('field "1e400" not found in context');
  });
});

describe('comparison semantics', () => {
  it.each([
    // numeric when both sides convert, whatever their JSON type
    ['workflow.s == 10.0', true],
    ['workflow.s > 9', true],
    ['"1e3" == "1000"', true],
    ['workflow.small >= 10', true],
    ['workflow.small <= 9', false],
    ['workflow.zero == 0', true],
    // otherwise text comparison of Go's %v forms
    ['workflow.flag == "true"', true],
    ['workflow.nothing == "<nil>"', true],
    ['workflow.nothing != "null"', true],
    ['workflow.nested.list == "[1 2]"', true],
    ['workflow.nested.map == "map[a:1 b:x]"', true],
    ['workflow.big == "1e+06"', true],
    ['workflow.items == workflow.items', true],
    ['workflow.text == 5', false],
    ['workflow.text != 5', true],
  ])('%s → %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });

  it.each(['"abc" > "abd"', 'workflow.flag < 1', 'workflow.text >= 1', 'workflow.nothing <= 0', 'workflow.items > 0'])(
    'ordering on non-numbers is an error: %s',
    (text) => {
      expect(evaluationErrorOf(text).message).toMatch(/^operator "(>|<|>=|<=)" requires numeric operands \(got \w+ and \w+\)$/);
    },
  );
});

describe('truthiness of a bare operand', () => {
  it.each([
    ['workflow.flag', true],
    ['workflow.off', false],
    ['workflow.text', true],
    ['workflow.empty', false],
    ['workflow.falseText', false],
    ['"false"', false],
    ['"no"', true],
    ['workflow.zero', false],
    ['workflow.small', true],
    ['workflow.nan', true],
    ['nan', true],
    ['workflow.nothing', false],
    ['workflow.items', true],
    ['workflow.nested', true],
    ['0', false],
    ['"falſe"', false],
  ])('%s → %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });
});

describe('fixed upstream accidents (compatible extensions)', () => {
  it.each([
    ['(workflow.amount > 1000 OR workflow.off) AND workflow.flag', true],
    ['workflow.amount > 1000 OR (workflow.off AND workflow.flag)', true],
    ['NOT workflow.off', true],
    ['not workflow.flag', false],
    ['!workflow.off', true],
    ['!!workflow.flag', true],
    ['workflow.flag and workflow.off', false],
    ['workflow.flag Or workflow.off', true],
    ['workflow.flag && !workflow.off', true],
    ['workflow.off || workflow.flag', true],
    ['workflow.name == "a OR b"', true],
    ['workflow.name == "a AND b"', false],
    ['workflow.name != "x >= y"', true],
    ['"a == b" == \'a == b\'', true],
    ['workflow.quote == "say \\"hi\\""', true],
    ["workflow.quote == 'say \"hi\"'", true],
    ["'it\\'s' == \"it's\"", true],
    ['workflow.path == "C:\\\\temp"', true],
    ['workflow.path == "C:\\temp"', true],
    ['workflow.items[0].sku == "A-1"', true],
    ['workflow.items.1.sku == "B-2"', true],
    ['workflow.items[1].qty == 0', true],
    ['workflow["a b"] == "spaced"', true],
    ["workflow['dot.key'] == \"dotted\"", true],
    ['workflow["nested"]["map"].a == 1', true],
    ['workflow.and == "kw"', true],
    ['["plain"] == "top"', true],
    ['workflow.amount>1000&&workflow.flag', true],
    ['workflow.amount\t>\n1000', true],
    ['workflow.flag  AND  workflow.flag', true],
  ])('%s → %s', (text, expected) => {
    expect(evaluate(text)).toBe(expected);
  });

  it('a lone quote is a syntax error, never a crash', () => {
    expect(syntaxErrorOf('"').message).toBe('unterminated string literal starting at position 0');
    expect(syntaxErrorOf("'").position).toBe(0);
    expect(syntaxErrorOf('workflow.a == "').position).toBe(14);
  });

  it('reading past an array end or a non-canonical index is a missing path', () => {
    expect(evaluationErrorOf('workflow.items[5].sku').message).toBe('field "workflow.items[5].sku" not found in context');
    expect(evaluationErrorOf('workflow.items.01').message).toMatch(/not found/);
    expect(evaluationErrorOf('workflow.items.length').message).toMatch(/not found/);
    expect(evaluationErrorOf('workflow.text.length').message).toMatch(/not found/);
  });
});

describe('precedence and associativity', () => {
  const a = { kind: 'path', segments: [{ kind: 'key', name: 'a' }] } as const;
  const b = { kind: 'path', segments: [{ kind: 'key', name: 'b' }] } as const;
  const c = { kind: 'path', segments: [{ kind: 'key', name: 'c' }] } as const;

  it('AND binds tighter than OR', () => {
    expect(parseCondition('a OR b AND c')).toEqual({ kind: 'or', left: a, right: { kind: 'and', left: b, right: c } });
    expect(parseCondition('a AND b OR c')).toEqual({ kind: 'or', left: { kind: 'and', left: a, right: b }, right: c });
  });

  it('AND and OR associate to the left', () => {
    expect(parseCondition('a AND b AND c')).toEqual({ kind: 'and', left: { kind: 'and', left: a, right: b }, right: c });
    expect(parseCondition('a || b || c')).toEqual({ kind: 'or', left: { kind: 'or', left: a, right: b }, right: c });
  });

  it('comparison binds tighter than AND, NOT tighter than comparison', () => {
    expect(parseCondition('a == b AND c')).toEqual({
      kind: 'and',
      left: { kind: 'compare', operator: '==', left: a, right: b },
      right: c,
    });
    expect(parseCondition('NOT a == b')).toEqual({ kind: 'compare', operator: '==', left: { kind: 'not', operand: a }, right: b });
    expect(parseCondition('NOT (a == b)')).toEqual({ kind: 'not', operand: { kind: 'compare', operator: '==', left: a, right: b } });
  });

  it('comparisons do not chain without parentheses', () => {
    const error = syntaxErrorOf('a == b == c');
    expect(error.message).toBe('comparisons cannot be chained; add parentheses before "==" at position 7');
    expect(parseCondition('(a == b) == c')).toEqual({
      kind: 'compare',
      operator: '==',
      left: { kind: 'compare', operator: '==', left: a, right: b },
      right: c,
    });
  });

  it('evaluates precedence the way it parses', () => {
    const context = { a: true, b: false, c: false };
    expect(evaluate('a OR b AND c', context)).toBe(true);
    expect(evaluate('(a OR b) AND c', context)).toBe(false);
    expect(evaluate('NOT b == true', context)).toBe(true); // (NOT b) == true
    expect(evaluate('(a == true) == (b == false)', context)).toBe(true);
  });

  it('short-circuits from the left: a decided result never reads later paths', () => {
    expect(evaluate('workflow.flag OR workflow.missing')).toBe(true);
    expect(evaluate('workflow.off AND workflow.missing')).toBe(false);
    expect(evaluationErrorOf('workflow.off OR workflow.missing').message).toMatch(/missing/);
  });

  it('two spellings of the same condition give the same tree', () => {
    expect(parseCondition('a and not b or c')).toEqual(parseCondition('((a) && !(b)) || (c)'));
  });
});

describe('syntax errors carry a message and a position', () => {
  it.each([
    ['', 'condition is empty', 0],
    ['   ', 'condition is empty', 0],
    ['a AND', 'expected a value, a path or "(" but found the end of the condition at position 5', 5],
    ['(a', 'missing ")" for the "(" at position 0; found the end of the condition at position 2', 2],
    ['a)', 'unexpected ")" without a matching "(" at position 1', 1],
    ['a b', 'unexpected "b"; expected AND, OR or the end at position 2', 2],
    ['a = 1', 'a single "=" is not an operator; use "==" at position 2', 2],
    ['a & b', '"&" must be doubled ("&&") at position 2', 2],
    ['a | b', '"|" must be doubled ("||") at position 2', 2],
    ['a ] b', 'unexpected "]" at position 2', 2],
    ['== 1', 'expected a value, a path or "(" but found "==" at position 0', 0],
    ['a..b', 'empty path segment in "a..b" at position 2', 2],
    ['a.', 'empty path segment in "a." at position 2', 2],
    ['a[x]', 'expected an array index or a quoted key after "[" at position 1', 1],
    ['a[1', 'missing "]" at position 3', 3],
    ['a[0]b', 'expected "." or "[" after "]" at position 4', 4],
    ['a == "x', 'unterminated string literal starting at position 5', 5],
    ['a\u0000b', 'character U+0000 is not allowed outside a string literal at position 1', 1],
    ['a\u202eb', 'character U+202E is not allowed outside a string literal at position 1', 1],
    ['a\u200bb', 'character U+200B is not allowed outside a string literal at position 1', 1],
    // Every format character, not only a list of them: the Arabic letter mark is a bidi mark like U+200F, the soft
    // hyphen does not show, and the tag characters outside the BMP are invisible (read as one code point).
    ['a\u061cb', 'character U+061C is not allowed outside a string literal at position 1', 1],
    ['a\u00adb', 'character U+00AD is not allowed outside a string literal at position 1', 1],
    ['a\u206ab', 'character U+206A is not allowed outside a string literal at position 1', 1],
    ['a == 1 AND b\u{e0041}', 'character U+E0041 is not allowed outside a string literal at position 12', 12],
    ['\u{e0001}a', 'character U+E0001 is not allowed outside a string literal at position 0', 0],
  ])('%j → %s', (text, message, position) => {
    const error = syntaxErrorOf(text);
    expect(error.message).toBe(message);
    expect(error.position).toBe(position);
    expect(validateCondition(text)).toBe(message);
  });

  it('control and invisible characters are fine inside string literals', () => {
    expect(evaluate('"a\u0000\u202e\u200b" == "a\u0000\u202e\u200b"')).toBe(true);
    expect(evaluate('"\u061c\u{e0041}" == "\u061c\u{e0041}"')).toBe(true);
  });

  it('visible characters outside the BMP are word characters, and a quoted key reaches an invisible one', () => {
    expect(evaluateCondition(parseCondition('workflow.😀 == 1'), { workflow: { '😀': 1 } })).toBe(true);
    expect(evaluateCondition(parseCondition('workflow["a\u061cb"] == 1'), { workflow: { 'a\u061cb': 1 } })).toBe(true);
    expect(formatPath([{ kind: 'key', name: 'a\u061cb' }])).toBe('["a\u061cb"]');
  });

  it('validateCondition returns null for a valid condition', () => {
    expect(validateCondition('workflow.amount > 1000 AND NOT workflow.off')).toBeNull();
  });
});

describe('limits', () => {
  it('rejects an expression longer than the limit', () => {
    const text = `a == "${'x'.repeat(CONDITION_LIMITS.maxLength)}"`;
    const error = syntaxErrorOf(text);
    expect(error.message).toBe(`condition is longer than 4096 characters (${text.length})`);
    expect(error.position).toBe(4096);
    expect(() => parseCondition(`"${'x'.repeat(4094)}"`)).not.toThrow();
  });

  it('rejects nesting deeper than 64 levels, accepts 64', () => {
    expect(() => parseCondition(`${'('.repeat(64)}a${')'.repeat(64)}`)).not.toThrow();
    expect(syntaxErrorOf(`${'('.repeat(65)}a${')'.repeat(65)}`).message).toBe('condition nests deeper than 64 levels at position 64');
    expect(syntaxErrorOf(`${'NOT '.repeat(65)}a`).message).toMatch(/nests deeper than 64 levels/);
    expect(syntaxErrorOf(`${'!'.repeat(65)}a`).message).toMatch(/nests deeper than 64 levels/);
  });

  it('rejects paths with more than 64 segments', () => {
    const ok = Array.from({ length: 64 }, () => 'k').join('.');
    expect(() => parseCondition(ok)).not.toThrow();
    expect(syntaxErrorOf(`${ok}.k`).message).toBe('path has more than 64 segments at position 0');
  });

  it('what the comparisons of one evaluation print to compare objects and arrays is bounded', () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => ({ k })); // ~120 K characters once printed
    const other = [...rows.slice(0, -1), { k: -1 }];
    const context = { workflow: { rows, other, text: 'x'.repeat(150_000) } };
    const repeated = (one: string, times: number) => Array.from({ length: times }, () => one).join(' OR ');
    // A few comparisons of large values are ordinary work…
    expect(evaluateCondition(parseCondition(repeated('workflow.rows == workflow.other', 10)), context)).toBe(false);
    expect(evaluateCondition(parseCondition(repeated('workflow.text == workflow.rows', 10)), context)).toBe(false);
    // …but repeating them until they would print more than the allowance fails the evaluation instead of taking seconds.
    for (const one of ['workflow.rows == workflow.other', 'workflow.text == workflow.rows']) {
      const error = evaluationErrorOf(repeated(one, 100), context);
      expect(error.message).toBe(`the comparisons would print more than ${CONDITION_LIMITS.maxComparedText} characters of objects and arrays`);
    }
    // Scalars are compared without printing: large strings compared many times cost nothing against it.
    expect(evaluateCondition(parseCondition(repeated('workflow.text == workflow.text', 100)), context)).toBe(true);
    expect(evaluateCondition(parseCondition(repeated('workflow.text != workflow.text', 100)), context)).toBe(false);
  });

  it('a long chain of ANDs within the length limit parses and evaluates', () => {
    const text = Array.from({ length: 650 }, () => 'true').join('&&');
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(evaluate(text)).toBe(true);
  });
});

describe('safety of paths', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s resolves only as an own key',
    (key) => {
      expect(evaluationErrorOf(`workflow.${key}`).message).toMatch(/not found/);
      expect(evaluationErrorOf(`${key}`).message).toMatch(/not found/);
      expect(evaluationErrorOf(`workflow.items.${key}`).message).toMatch(/not found/);
      const own = JSON.parse(`{"workflow": {"${key}": "own"}}`) as unknown;
      expect(evaluate(`workflow.${key} == "own"`, own)).toBe(true);
    },
  );

  it('does not let a path reach into strings, numbers or functions', () => {
    expect(evaluationErrorOf('workflow.amount.toFixed').message).toMatch(/not found/);
    expect(evaluationErrorOf('workflow.x', { workflow: () => 1 }).message).toMatch(/not found/);
  });

  it('evaluates against a non-object context without crashing', () => {
    for (const context of [null, undefined, 42, 'text', [1, 2]]) {
      expect(evaluationErrorOf('workflow.a', context)).toBeInstanceOf(ConditionEvaluationError);
      expect(evaluate('1 == 1', context)).toBe(true);
    }
  });

  it('a context nested too deeply to compare yields the documented error', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    expect(evaluationErrorOf('workflow.deep == workflow.deep', { workflow: { deep } }).message).toMatch(/could not be evaluated/);
    // Against a scalar it is printed only as far as the scalar's length: plainly not equal.
    expect(evaluate('workflow.deep == "x"', { workflow: { deep } })).toBe(false);
  });

  it('compares objects and arrays with scalars through their %v text, printed only as far as needed', () => {
    const big = Object.fromEntries(Array.from({ length: 1000 }, (_, n) => [`${'k'.repeat(900)}${n}`, n]));
    const context = { workflow: { o: { b: 1, a: 'x' }, l: [1, 'two', null], big } };
    expect(evaluate('workflow.o == "map[a:x b:1]"', context)).toBe(true);
    expect(evaluate('workflow.o != "map[a:x b:1]"', context)).toBe(false);
    expect(evaluate('"map[a:x b:1]" == workflow.o', context)).toBe(true);
    expect(evaluate('workflow.o == "map[a:x b:1] "', context)).toBe(false);
    expect(evaluate('workflow.o == "map[a:x"', context)).toBe(false);
    expect(evaluate('workflow.l == "[1 two <nil>]"', context)).toBe(true);
    expect(evaluate('workflow.big == "x"', context)).toBe(false);
    expect(evaluate('workflow.o == workflow.o', context)).toBe(true);
    // Keys sort by code point (Go's byte order): U+FFFD before U+1F600, though a surrogate's UTF-16 unit is smaller.
    expect(evaluate('workflow.u == "map[\ufffd:1 \u{1F600}:2]"', { workflow: { u: { '\u{1F600}': 2, '\ufffd': 1 } } })).toBe(true);
  });
});

describe('formatCondition', () => {
  it.each([
    ['a and (b or c)', 'a AND (b OR c)'],
    ['not (a == b)', 'NOT (a == b)'],
    ['!a == b', 'NOT a == b'],
    ["x == 'it\\'s'", 'x == "it\'s"'],
    ['x == "a\\\\b"', 'x == "a\\\\b"'],
    ['workflow["a b"][2].c', 'workflow["a b"][2].c'],
    ['["and"] == ["1"]', '["and"] == ["1"]'],
    ['-0 == inf', '-0 == inf'],
  ])('%s → %s', (text, formatted) => {
    const tree = parseCondition(text);
    expect(formatCondition(tree)).toBe(formatted);
    expect(parseCondition(formatted)).toEqual(tree);
  });

  it('prints numbers so that they read back equal', () => {
    const values = [0, -0, 1e21, 5e-7, -2.5, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity];
    for (const value of values) {
      const tree: ConditionExpression = { kind: 'number', value };
      expect(parseCondition(formatCondition(tree))).toEqual(tree);
    }
  });
});
