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
});
