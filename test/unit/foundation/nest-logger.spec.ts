import pino from 'pino';
import { PinoNestLogger } from '../../../src/common/logging/logging';

/** Nest's logger calls, as JSON lines of the service's pino logger. */
describe('PinoNestLogger', () => {
  const capture = () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'trace' }, { write: (chunk: string) => void lines.push(JSON.parse(chunk)) });
    return { lines, nest: new PinoNestLogger(logger) };
  };

  it('an Error (as Nest passes a failed start) keeps its type, message and stack', () => {
    const { lines, nest } = capture();
    nest.error(new RangeError('the database file is in use'), 'ExceptionHandler');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'the database file is in use',
      context: 'ExceptionHandler',
      err: { type: 'RangeError', message: 'the database file is in use', stack: expect.stringContaining('RangeError') },
    });
  });

  it('objects keep their fields and msg; strings become the message', () => {
    const { lines, nest } = capture();
    nest.log({ msg: 'resuming', count: 3 }, 'ExecutionRecovery');
    nest.warn('plain text', 'Context');
    expect(lines[0]).toMatchObject({ level: 30, msg: 'resuming', count: 3, context: 'ExecutionRecovery' });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'plain text', context: 'Context' });
  });
});
