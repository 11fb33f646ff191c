import { formatUptime } from '../../../src/modules/health/health.service';

describe('formatUptime (the Go duration text of /health)', () => {
  it('writes hours, minutes and seconds with up to two decimals', () => {
    expect(formatUptime(0)).toBe('0s');
    expect(formatUptime(4_230)).toBe('4.23s');
    expect(formatUptime(((127 * 60 + 3) * 60 + 56.2) * 1000)).toBe('127h3m56.2s');
    expect(formatUptime(3_600_000)).toBe('1h0m0s');
  });

  it('carries a second that rounds up to 60 into the minute and the hour', () => {
    expect(formatUptime(59_996)).toBe('1m0s');
    expect(formatUptime(119_996)).toBe('2m0s');
    expect(formatUptime(3_599_999)).toBe('1h0m0s');
  });
});
