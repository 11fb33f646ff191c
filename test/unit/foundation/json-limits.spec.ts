import { FlkError } from '../../../src/common/errors';
import { jsonBodyProblem, MAX_JSON_DEPTH, parseJsonBody } from '../../../src/common/http/json-limits';

const check = (text: string, exactText = false) => jsonBodyProblem(text, JSON.parse(text), { exactText });
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('jsonBodyProblem', () => {
  it('takes ordinary bodies, short and long', () => {
    expect(check('{"orderId":"ord_1029","amount":99.9,"tags":["a","b"],"n":null,"ok":true}')).toBeUndefined();
    expect(check(JSON.stringify({ items: Array.from({ length: 2000 }, (_, n) => ({ n, s: `item ${n}` })) }))).toBeUndefined();
  });

  it(`allows ${MAX_JSON_DEPTH} levels of arrays and objects, not one more, counting the root`, () => {
    expect(check(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(check(nested(MAX_JSON_DEPTH + 1))).toMatch(/deeper than 100 levels/);
    const objects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    expect(check(objects(MAX_JSON_DEPTH))).toBeUndefined();
    expect(check(objects(MAX_JSON_DEPTH + 1))).toMatch(/deeper than/);
  });

  it('refuses numbers JSON.parse turned into Infinity, with or without an exponent, however short the text', () => {
    expect(check('{"n":1e309}')).toMatch(/too large to represent/);
    expect(check('[-1E+400]')).toMatch(/too large/);
    expect(check(`{"n":1${'0'.repeat(309)}}`)).toMatch(/too large/);
    expect(check(`{"n":1${'0'.repeat(300)}}`)).toBeUndefined();
    expect(check('{"n":1.7e308,"m":1e-400,"s":"1e999"}')).toBeUndefined();
  });

  it('refuses U+0000 in strings and keys only when asked to', () => {
    expect(check('{"a":"x\\u0000y"}', true)).toMatch(/U\+0000/);
    expect(check('{"k\\u0000":1}', true)).toMatch(/U\+0000/);
    expect(check('{"a":["ok",{"b":"\\u0000"}]}', true)).toMatch(/U\+0000/);
    expect(check('{"a":"x\\u0000y"}', false)).toBeUndefined();
    // A backslash followed by "u0000" is six ordinary characters.
    expect(check('{"a":"x\\\\u0000y"}', true)).toBeUndefined();
  });

  it('refuses lone UTF-16 surrogates in strings and keys only when asked to; escaped pairs are ordinary text', () => {
    expect(check('{"a":"x\\ud800"}', true)).toMatch(/lone UTF-16 surrogate/);
    expect(check('{"\\udc00k":1}', true)).toMatch(/lone UTF-16 surrogate/);
    expect(check('{"a":"\\udc00\\ud800"}', true)).toMatch(/lone/);
    expect(check('{"a":"x\\ud800"}', false)).toBeUndefined();
    expect(check('{"a":"\\ud83d\\ude00 and \\u00e9"}', true)).toBeUndefined();
  });
});

describe('parseJsonBody', () => {
  const refusal = (text: string, exactText = false) => {
    try {
      parseJsonBody(text, 'test body', { exactText });
    } catch (err) {
      expect(err).toBeInstanceOf(FlkError);
      return { code: (err as FlkError).code, message: (err as Error).message };
    }
    return 'taken';
  };

  it('answers the parsed value', () => {
    expect(parseJsonBody('{"a":[1,"x",null],"constructor":"c","prototype":{}}', 'test body', { exactText: true })).toEqual({
      a: [1, 'x', null], constructor: 'c', prototype: {},
    });
  });

  it("names the body and the parser's reason for invalid JSON", () => {
    expect(refusal('{"a":')).toEqual({ code: 'FLK-0001', message: 'The test body is not valid JSON: Unexpected end of JSON input.' });
    expect(refusal('{"a":1} tail')).toMatchObject({ code: 'FLK-0001', message: expect.stringMatching(/^The test body is not valid JSON: .*position 8/) });
  });

  it('refuses a __proto__ key and a constructor.prototype path at any depth, saying it is the key', () => {
    for (const text of ['{"__proto__":{"x":1}}', '{"a":[{"b":{"__proto__":null}}]}', '{"constructor":{"prototype":{"x":1}}}', '[{"constructor":{"prototype":1}}]']) {
      expect(refusal(text)).toEqual({
        code: 'FLK-0001',
        message: 'The test body cannot be taken: it has a "__proto__" key or a "constructor" object with a "prototype" key, which are refused so that no object\'s prototype can be replaced.',
      });
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses values that cannot be kept, by the rules asked for', () => {
    expect(refusal('{"n":1e309}')).toMatchObject({ code: 'FLK-0001', message: expect.stringMatching(/^The test body cannot be taken: .*too large/) });
    expect(refusal('{"s":"a\\u0000b"}', true)).toMatchObject({ code: 'FLK-0001', message: expect.stringContaining('U+0000') });
    expect(refusal('{"s":"a\\u0000b"}', false)).toBe('taken');
  });
});
