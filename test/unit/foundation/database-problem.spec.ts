import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { databaseProblemOf } from '../../../src/database/database-problem';

/** What pipelined() throws when a statement of a transaction's connection fails. */
const asQueryFailure = (reason: Error) => new QueryFailedError('SELECT 1', [], reason);

describe('databaseProblemOf: a client whose connection is gone', () => {
  it('is the database being unreachable, not a fault of the statement (503, not 500)', async () => {
    // The driver's own error, raised without a server: a statement on a client whose connection has ended.
    const client = new Client({ host: '127.0.0.1', port: 1 });
    await client.end().catch(() => undefined);
    const closed = await client.query('SELECT 1').then(() => null, (err: Error) => err);
    expect(closed).toBeInstanceOf(Error);
    expect(databaseProblemOf(asQueryFailure(closed!))).toBe('unreachable');
    // What the same driver raised in production mode for a transaction whose server process was terminated
    // (pg_terminate_backend) while it still had statements to send: observed as a 500 FLK-9999 on a webhook call.
    expect(databaseProblemOf(asQueryFailure(new Error('Client has encountered a connection error and is not queryable')))).toBe('unreachable');
  });

  it('leaves a statement error alone', () => {
    expect(databaseProblemOf(asQueryFailure(Object.assign(new Error('duplicate key value'), { code: '23505' })))).toBeNull();
  });
});
