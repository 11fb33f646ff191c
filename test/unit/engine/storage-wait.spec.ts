import { writeWhenStorageTakesIt } from '../../../src/engine/runtime/storage-wait';

const full = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

/** A write refused `refusals` times with `error()`, then taken. */
function flakyWrite(refusals: number, error: () => Error) {
  let calls = 0;
  const write = async () => {
    calls += 1;
    if (calls <= refusals) throw error();
    return 'stored';
  };
  return { write, calls: () => calls };
}

describe('writeWhenStorageTakesIt', () => {
  const never = new AbortController().signal;

  it('waits while the database is out of room or unreachable, then returns the write, telling once', async () => {
    const told: string[] = [];
    const flaky = flakyWrite(3, full);
    const result = await writeWhenStorageTakesIt(flaky.write, { until: Date.now() + 10_000, signal: never, onFirstWait: (problem) => told.push(problem) });
    expect({ result, calls: flaky.calls(), told }).toEqual({ result: 'stored', calls: 4, told: ['out of room'] });
    const down = flakyWrite(1, () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await expect(writeWhenStorageTakesIt(down.write, { until: Date.now() + 10_000, signal: never, onFirstWait: () => undefined })).resolves.toBe('stored');
  });

  it('throws any other error at once', async () => {
    const flaky = flakyWrite(1, () => Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }));
    await expect(writeWhenStorageTakesIt(flaky.write, { until: Date.now() + 10_000, signal: never, onFirstWait: () => undefined })).rejects.toThrow('UNIQUE');
    expect(flaky.calls()).toBe(1);
  });

  it('gives up with the error of the write at the deadline', async () => {
    const flaky = flakyWrite(1_000, full);
    const began = Date.now();
    await expect(writeWhenStorageTakesIt(flaky.write, { until: began + 400, signal: never, onFirstWait: () => undefined })).rejects.toThrow('disk is full');
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(flaky.calls()).toBeGreaterThan(1);
  });

  it('stops waiting when the process stops', async () => {
    const stop = new AbortController();
    const flaky = flakyWrite(1_000, full);
    const waiting = writeWhenStorageTakesIt(flaky.write, { until: Date.now() + 60_000, signal: stop.signal, onFirstWait: () => stop.abort() });
    await expect(waiting).rejects.toThrow('disk is full');
    expect(flaky.calls()).toBe(1);
  });
});
