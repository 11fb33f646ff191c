import { quoteUnsafeIntegers } from '../../../src/common/http/exact-integers';
import { parseJsonBody } from '../../../src/common/http/json-limits';

describe('quoteUnsafeIntegers', () => {
  it('quotes integer literals beyond the safe range, keeping every digit', () => {
    expect(quoteUnsafeIntegers('{"id":820982911946154508,"n":[-9007199254740993, 18446744073709551616]}')).toBe(
      '{"id":"820982911946154508","n":["-9007199254740993", "18446744073709551616"]}',
    );
    expect(JSON.parse(quoteUnsafeIntegers('{"id": 1234567890123456789012345678901234567890}')).id).toBe('1234567890123456789012345678901234567890');
  });

  it('leaves the safe range, fractions, exponents and strings alone', () => {
    for (const text of [
      '{"max":9007199254740991,"min":-9007199254740991,"small":1234567890123456}',
      '{"f":12345678901234567890.5,"e":12345678901234567890e0,"E":1.2E+20}',
      '{"card":"4111111111111111111","escaped":"a\\"12345678901234567890\\"","key\\\\":"\\\\"}',
      '{"12345678901234567890":true}',
    ]) {
      expect(quoteUnsafeIntegers(text)).toBe(text);
    }
  });

  it('finds numbers after strings holding escaped quotes and backslashes', () => {
    expect(quoteUnsafeIntegers('["\\\\", 12345678901234567890, "\\"", 99999999999999999]')).toBe(
      '["\\\\", "12345678901234567890", "\\"", "99999999999999999"]',
    );
  });
});

describe('parseJsonBody keeps large integers exactly', () => {
  it('as strings of their digits, while safe integers stay numbers', () => {
    expect(parseJsonBody('{"id":820982911946154508,"count":3,"price":19.99}', 'test body', { exactText: true })).toEqual({
      id: '820982911946154508', count: 3, price: 19.99,
    });
  });

  it('reports where invalid JSON breaks in the text as sent', () => {
    try {
      parseJsonBody('{"id":820982911946154508,"x":}', 'test body', { exactText: false });
      throw new Error('taken');
    } catch (err) {
      // The parser quotes the text around the break: it must be the sender's, without the quotes added.
      expect((err as Error).message).toContain('54508,"x":}');
    }
  });
});
