import { clip } from '../../../src/common/unicode';

describe('clip: caller text quoted in a one-line message', () => {
  it('keeps short text, turning control characters into spaces', () => {
    expect(clip('a/b')).toBe('a/b');
    expect(clip('line\r\nbreak\u0000x')).toBe('line break x');
  });

  it('cuts long text at the limit and marks the cut', () => {
    expect(clip('x'.repeat(10), 4)).toBe('xxxx…');
    expect(clip('x'.repeat(4), 4)).toBe('xxxx');
  });

  it('never cuts a surrogate pair in half (an emoji is kept whole or left out)', () => {
    const cut = clip(`abc${'😀'.repeat(5)}`, 4);
    expect(cut).toBe('abc…');
    expect(clip(`ab${'😀'.repeat(5)}`, 4)).toBe('ab😀…');
  });
});
