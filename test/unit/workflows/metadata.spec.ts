import { FlkError } from '../../../src/common/errors';
import { assertMetadataWithinLimits } from '../../../src/common/metadata/metadata-limits';

function codeOf(metadata: Record<string, unknown>): string | undefined {
  try {
    assertMetadataWithinLimits(metadata);
    return undefined;
  } catch (err) {
    if (err instanceof FlkError) return err.code;
    throw err;
  }
}

/** Nested objects `levels` deep in total, counting the metadata object itself. */
const nested = (levels: number): Record<string, unknown> => {
  let value: Record<string, unknown> = { leaf: 'x' };
  for (let i = 1; i < levels; i++) value = { [`l${i}`]: value };
  return value;
};

describe('workflow metadata limits', () => {
  it('accepts everything exactly at the bounds', () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(codeOf(fifty)).toBeUndefined();
    expect(codeOf({ ['k'.repeat(64)]: 'v'.repeat(2000) })).toBeUndefined();
    expect(codeOf(nested(5))).toBeUndefined();
    expect(codeOf({ a: [[[['deep enough']]]] })).toBeUndefined();
    expect(codeOf({ emoji: '😀'.repeat(2000) })).toBeUndefined();
  });

  it('rejects one past each bound with its own code', () => {
    expect(codeOf(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])))).toBe('FLK-0315');
    expect(codeOf({ ['k'.repeat(65)]: 1 })).toBe('FLK-0312');
    expect(codeOf({ outer: { ['k'.repeat(65)]: 1 } })).toBe('FLK-0312');
    expect(codeOf({ v: 'v'.repeat(2001) })).toBe('FLK-0313');
    expect(codeOf({ list: ['ok', 'v'.repeat(2001)] })).toBe('FLK-0313');
    expect(codeOf(nested(6))).toBe('FLK-0314');
    expect(codeOf({ a: [[[[['too deep']]]]] })).toBe('FLK-0314');
  });

  it('names the offending field', () => {
    try {
      assertMetadataWithinLimits({ team: { notes: ['x', 'y'.repeat(2001)] } });
    } catch (err) {
      expect((err as FlkError).fields).toEqual({ 'metadata.team.notes[1]': expect.any(String) });
    }
    expect.assertions(1);
  });
});
