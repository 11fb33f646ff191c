import { ConfigError, loadConfig } from '../../../src/config/app-config';

const PG = {
  DATABASE_URL: 'postgres://root@127.0.0.1:5432/x',
  API_KEY: 'k'.repeat(20),
  SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
};

function problems(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env, '/tmp');
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('production-mode configuration (REDIS_URL, FLOWKER_ROLE)', () => {
  it('defaults to the embedded mode: role all, no Redis', () => {
    const config = loadConfig({}, '/tmp');
    expect(config.role).toBe('all');
    expect(config.redis).toBeUndefined();
  });

  it('reads REDIS_URL with its queue settings, and an api process does not send subscription deliveries', () => {
    const config = loadConfig({ ...PG, REDIS_URL: 'redis://127.0.0.1:6379/2', FLOWKER_ROLE: 'api', QUEUE_LOCK_MS: '5000' }, '/tmp');
    expect(config.redis).toMatchObject({ url: 'redis://127.0.0.1:6379/2', prefix: 'flowker', lockMs: 5000, stalledIntervalMs: 5000 });
    expect(config.role).toBe('api');
    expect(config.subscriptions.workerEnabled).toBe(false);
    expect(loadConfig({ ...PG, REDIS_URL: 'redis://r:6379', FLOWKER_ROLE: 'worker' }, '/tmp').subscriptions.workerEnabled).toBe(true);
  });

  it('refuses api/worker roles without Redis, Redis without PostgreSQL, and bad values', () => {
    expect(problems({ FLOWKER_ROLE: 'worker' }).join()).toMatch(/FLOWKER_ROLE=worker needs REDIS_URL/);
    expect(problems({ REDIS_URL: 'redis://127.0.0.1:6379' }).join()).toMatch(/REDIS_URL needs a PostgreSQL DATABASE_URL/);
    expect(problems({ ...PG, REDIS_URL: 'http://x' }).join()).toMatch(/REDIS_URL must start with redis:\/\//);
    expect(problems({ ...PG, FLOWKER_ROLE: 'scheduler' }).join()).toMatch(/FLOWKER_ROLE must be one of api, worker, all/);
    expect(problems({ ...PG, REDIS_URL: 'redis://r', REDIS_PREFIX: 'has space' }).join()).toMatch(/REDIS_PREFIX/);
  });

  it('refuses a REDIS_URL that names no server (ioredis would try localhost): no host, port 0, not a URL', () => {
    for (const url of ['redis://', 'rediss:///0', 'redis://?db=2']) {
      expect(problems({ ...PG, REDIS_URL: url })).toEqual(['REDIS_URL names no host (e.g. redis://redis.example.com:6379)']);
    }
    expect(problems({ ...PG, REDIS_URL: 'redis://r:0' })).toEqual(['REDIS_URL port must be a number from 1 to 65535 (got 0)']);
    expect(problems({ ...PG, REDIS_URL: 'redis://r:99999' }).join()).toMatch(/REDIS_URL is not a valid URL/);
    expect(problems({ ...PG, REDIS_URL: 'redis://r s:6379' }).join()).toMatch(/REDIS_URL is not a valid URL/);
    expect(problems({ ...PG, REDIS_URL: 'redis://:6379' }).join()).toMatch(/REDIS_URL is not a valid URL \(check the host/);
    expect(problems({ ...PG, REDIS_URL: 'rediss://:secret@:6380/0' }).join()).toMatch(/REDIS_URL is not a valid URL/);
    expect(problems({ ...PG, REDIS_URL: 'redis://user:pw@[::1]:6379/1' })).toEqual([]);
  });
});
