import { Client } from 'pg';
import { ConfigError } from '../../../src/config/app-config';
import { databaseStartRefusal, databaseUnreachableAtStart, retriesDatabaseStart } from '../../../src/database/database-start-problem';
import { DatabaseInUseError } from '../../../src/database/sqlite-process-lock';

const postgres = { type: 'postgres', url: 'postgres://flowker:s3cret@db.internal:6432/flowker' } as const;
const sqlite = { type: 'sqlite', file: '/srv/data/flowker.sqlite' } as const;
/** What pg rejects a connection with when the server answers an error (fields as the driver sets them). */
const serverError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('a failed start on the database', () => {
  it('is retried while the server is not reachable yet (it may still be starting)', async () => {
    const refused = await new Client({ host: '127.0.0.1', port: 1 }).connect().then(() => null, (err: Error) => err);
    expect(retriesDatabaseStart(refused, postgres)).toBe(true);
    expect(retriesDatabaseStart(serverError('57P03', 'the database system is starting up'), postgres)).toBe(true);
    expect(retriesDatabaseStart(Object.assign(new Error('getaddrinfo EAI_AGAIN db'), { code: 'EAI_AGAIN' }), postgres)).toBe(true);
    expect(retriesDatabaseStart(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), sqlite)).toBe(true);
  });

  it('is refused at once, naming DATABASE_URL, when the server answered that the setting is wrong', () => {
    const cases: [Error, RegExp][] = [
      [serverError('3D000', 'database "flowkr" does not exist'), /database "flowkr" does not exist \(3D000\)/],
      [serverError('28000', 'role "flowker" does not exist'), /role "flowker" does not exist \(28000\)/],
      [serverError('28P01', 'password authentication failed for user "flowker"'), /password authentication failed .*\(28P01\)/],
      [serverError('42501', 'permission denied for schema public'), /permission denied for schema public \(42501\)/],
      [new Error('The server does not support SSL connections'), /does not support SSL connections/],
      [new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'), /client password must be a string/],
      [Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), /self-signed certificate/],
    ];
    for (const [error, reason] of cases) {
      expect(retriesDatabaseStart(error, postgres)).toBe(false);
      const refusal = databaseStartRefusal(error, postgres);
      expect(refusal).toBeInstanceOf(ConfigError);
      expect(refusal!.problems).toHaveLength(1);
      expect(refusal!.problems[0]).toMatch(/^DATABASE_URL: PostgreSQL at db\.internal:6432\/flowker refused Flowker: /);
      expect(refusal!.problems[0]).toMatch(reason);
      // The password in the URL is never repeated.
      expect(refusal!.message).not.toContain('s3cret');
    }
  });

  it('is refused at once when the SQLite file cannot be the database', () => {
    for (const code of ['SQLITE_NOTADB', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']) {
      const refusal = databaseStartRefusal(Object.assign(new Error('file is not a database'), { code }), sqlite);
      expect(refusal?.problems).toEqual([`DATA_DIR or DATABASE_URL: /srv/data/flowker.sqlite cannot be used as the SQLite database: file is not a database (${code})`]);
    }
    expect(retriesDatabaseStart(new DatabaseInUseError(sqlite.file), sqlite)).toBe(false);
  });

  it('is neither for other errors: they keep TypeORM retry and their stack', () => {
    const migrationFailure = serverError('42P07', 'relation "workflows" already exists');
    expect(databaseStartRefusal(migrationFailure, postgres)).toBeNull();
    expect(databaseUnreachableAtStart(migrationFailure, postgres)).toBeNull();
  });

  it('says in one sentence which server did not answer once the retries are spent', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:6432'), { code: 'ECONNREFUSED' });
    expect(databaseUnreachableAtStart(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), sqlite)).toBeNull();
    expect(databaseUnreachableAtStart(error, postgres)).toBe(
      'PostgreSQL at db.internal:6432/flowker did not answer (connect ECONNREFUSED 10.0.0.5:6432); check that it runs and that DATABASE_URL names it.',
    );
  });
});
