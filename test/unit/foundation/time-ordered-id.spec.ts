import { timeOrderedId, timeOrderedIdFloor } from '../../../src/common/ids';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const msOf = (id: string) => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

describe('timeOrderedId', () => {
  it('is a version 7, RFC 9562 variant UUID carrying the current Unix milliseconds', () => {
    const before = Date.now();
    const id = timeOrderedId();
    const after = Date.now();
    expect(id).toMatch(V7);
    expect(msOf(id)).toBeGreaterThanOrEqual(before);
    expect(msOf(id)).toBeLessThanOrEqual(after + 1);
  });

  it('gives strictly increasing, distinct ids, also many within one millisecond and across pool refills', () => {
    const ids = Array.from({ length: 20_000 }, () => timeOrderedId());
    for (let i = 1; i < ids.length; i += 1) {
      expect(ids[i] > ids[i - 1]).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(V7);
  });

  it('keeps counting up (and stays ordered) when the clock steps back', () => {
    const first = timeOrderedId();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(Date.now() - 60_000);
    try {
      const later = [timeOrderedId(), timeOrderedId()];
      expect(later[0] > first).toBe(true);
      expect(later[1] > later[0]).toBe(true);
      expect(msOf(later[0])).toBe(msOf(first));
    } finally {
      spy.mockRestore();
    }
  });

  it('varies its random part between ids', () => {
    const tails = new Set(Array.from({ length: 100 }, () => timeOrderedId().slice(-8)));
    expect(tails.size).toBeGreaterThan(95);
  });

  it('has a floor per millisecond: every id of that millisecond or later sorts above it, every earlier one below', () => {
    const id = timeOrderedId();
    const ms = msOf(id);
    expect(id > timeOrderedIdFloor(ms)).toBe(true);
    expect(id < timeOrderedIdFloor(ms + 1)).toBe(true);
    expect(timeOrderedIdFloor(ms - 30 * 86_400_000) < timeOrderedIdFloor(ms)).toBe(true);
  });
});
