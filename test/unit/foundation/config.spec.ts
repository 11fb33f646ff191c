import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/app-config';

describe('loadConfig', () => {
  it('starts with secure, zero-config defaults', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(4021);
    expect(c.database).toEqual({ type: 'sqlite', file: path.join('/srv/app', 'data', 'flowker.sqlite') });
    expect(c.apiKey.enabled).toBe(true);
    expect(c.corsAllowedOrigins).toEqual([]);
    expect(c.bodyLimitBytes).toBe(1024 * 1024);
    expect(c.faultInjection).toBe(false);
  });

  it('reads PostgreSQL and sqlite: URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', API_KEY: 'k'.repeat(16), SECRETS_KEY: 'A'.repeat(43) + '=' }).database).toEqual({
      type: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:tmp/x.db' }, '/srv').database).toEqual({ type: 'sqlite', file: '/srv/tmp/x.db' });
  });

  it('reports every problem at once, by variable name', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', API_KEY_ENABLED: 'maybe', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', CORS_ALLOWED_ORIGINS: 'not an origin' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.problems.join('\n');
    for (const name of ['PORT', 'API_KEY_ENABLED', 'LOG_LEVEL', 'DATABASE_URL', 'CORS_ALLOWED_ORIGINS']) expect(text).toContain(name);
  });

  it('reads the execution lease: 30 s by default, at least 1 s, so that a renewal every third of it keeps up', () => {
    expect(loadConfig({}).executionLeaseMs).toBe(30_000);
    expect(loadConfig({ EXECUTION_LEASE_MS: '1000' }).executionLeaseMs).toBe(1_000);
    expect(() => loadConfig({ EXECUTION_LEASE_MS: '999' })).toThrow(/EXECUTION_LEASE_MS/);
    expect(() => loadConfig({ EXECUTION_LEASE_MS: 'soon' })).toThrow(/EXECUTION_LEASE_MS/);
  });

  it('requires an explicit API key with PostgreSQL, and a long enough one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://h/db' })).toThrow(/API_KEY is required/);
    expect(() => loadConfig({ API_KEY: 'short' })).toThrow(/at least 16/);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', API_KEY_ENABLED: 'false', SECRETS_KEY: 'A'.repeat(43) + '=' }).apiKey.enabled).toBe(false);
  });

  it('refuses an API key no X-API-Key header can carry: longer than the guard takes, or not printable ASCII', () => {
    // Such a key used to start the service and then refuse every request, the right key included.
    expect(() => loadConfig({ API_KEY: 'k'.repeat(513) })).toThrow(/API_KEY must be at most 512 characters/);
    expect(loadConfig({ API_KEY: 'k'.repeat(512) }).apiKey.key).toHaveLength(512);
    expect(() => loadConfig({ API_KEY: 'clé-secrète-0123456789' })).toThrow(/API_KEY may only hold printable ASCII/);
    expect(() => loadConfig({ API_KEY: 'key-with\u0007bell-0123' })).toThrow(/printable ASCII/);
    expect(loadConfig({ API_KEY: 'a key with spaces ~!@#$%^&*()' }).apiKey.key).toBe('a key with spaces ~!@#$%^&*()');
  });

  it('reads numbers in plain decimal only: hexadecimal, binary, exponent or signed values are refused by name', () => {
    for (const raw of ['0x10', '0b11', '0o20', '1e3', '+80', '80.0', '8_0']) {
      expect(() => loadConfig({ PORT: raw })).toThrow(new RegExp(`PORT must be an integer between 0 and 65535 \\(got "${raw.replace('+', '\\+')}"\\)`));
    }
    expect(() => loadConfig({ EXECUTION_TIMEOUT_MS: '3e5' })).toThrow(/EXECUTION_TIMEOUT_MS/);
    expect(() => loadConfig({ SUBSCRIPTION_RETRY_SCHEDULE_MS: '5000,0x100' })).toThrow(/SUBSCRIPTION_RETRY_SCHEDULE_MS/);
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
    expect(loadConfig({ SUBSCRIPTION_RETRY_SCHEDULE_MS: '5000, 60000' }).subscriptions.retryScheduleMs).toEqual([5000, 60000]);
  });

  it('keeps executions forever by default; EXECUTION_RETENTION_DAYS bounds them', () => {
    expect(loadConfig({}).executionRetentionMs).toBe(0);
    expect(loadConfig({ EXECUTION_RETENTION_DAYS: '14' }).executionRetentionMs).toBe(14 * 86_400_000);
    expect(() => loadConfig({ EXECUTION_RETENTION_DAYS: '1.5' })).toThrow(/EXECUTION_RETENTION_DAYS/);
  });

  it('keeps delivery history 30 days by default; SUBSCRIPTION_RETENTION_DAYS=0 keeps it forever', () => {
    expect(loadConfig({}).subscriptions.retentionMs).toBe(30 * 86_400_000);
    expect(loadConfig({ SUBSCRIPTION_RETENTION_DAYS: '0' }).subscriptions.retentionMs).toBe(0);
    expect(() => loadConfig({ SUBSCRIPTION_RETENTION_DAYS: '-1' })).toThrow(/SUBSCRIPTION_RETENTION_DAYS/);
  });

  it('refuses a sqlite: URL without a file', () => {
    for (const raw of ['sqlite:', 'sqlite://']) expect(() => loadConfig({ DATABASE_URL: raw })).toThrow(/DATABASE_URL sqlite: must name a file/);
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/flowker.sqlite' }).database).toEqual({ type: 'sqlite', file: '/var/lib/flowker.sqlite' });
  });

  it('refuses an OUTBOUND_ALLOW_PRIVATE entry that is no CIDR range, address or host name, with the other settings', () => {
    expect(() => loadConfig({ OUTBOUND_ALLOW_PRIVATE: '10.0.0.0/8, 10.0.0.0/33 ,fd00::/129,minio:9000,bad host' })).toThrow(
      new ConfigError([
        'OUTBOUND_ALLOW_PRIVATE entry "10.0.0.0/33" is not a CIDR range, an IP address or a host name',
        'OUTBOUND_ALLOW_PRIVATE entry "fd00::/129" is not a CIDR range, an IP address or a host name',
        // A port, or a space, made an entry a host name no destination could ever match.
        'OUTBOUND_ALLOW_PRIVATE entry "minio:9000" is not a CIDR range, an IP address or a host name',
        'OUTBOUND_ALLOW_PRIVATE entry "bad host" is not a CIDR range, an IP address or a host name',
      ]).message,
    );
    expect(loadConfig({ OUTBOUND_ALLOW_PRIVATE: '10.0.0.0/8,::1,minio.internal,s3_local,db.' }).outboundAllowList).toEqual([
      '10.0.0.0/8', '::1', 'minio.internal', 's3_local', 'db.',
    ]);
  });

  describe('a postgres:// URL', () => {
    const withKeys = (env: Record<string, string>) => loadConfig({ API_KEY: 'k'.repeat(16), SECRETS_KEY: 'A'.repeat(43) + '=', ...env });

    it('must name a host (the driver would otherwise try localhost, and the start retried it)', () => {
      for (const raw of ['postgres://', 'postgres:///flowker', 'postgres://?sslmode=require']) {
        expect(() => withKeys({ DATABASE_URL: raw })).toThrow(/DATABASE_URL names no host: write it into the URL \(e\.g\. postgres:\/\/.*\), or set PGHOST/);
      }
    });

    it('may take its host from PGHOST or from a host parameter (a socket directory)', () => {
      expect(withKeys({ DATABASE_URL: 'postgres:///flowker', PGHOST: 'db.internal' }).database).toEqual({ type: 'postgres', url: 'postgres:///flowker' });
      expect(withKeys({ DATABASE_URL: 'postgres:///flowker?host=/var/run/postgresql' }).database.type).toBe('postgres');
      expect(withKeys({ DATABASE_URL: 'postgres://u@[::1]:5433/flowker' }).database.type).toBe('postgres');
    });

    it('must have a port from 1 to 65535 when it names one', () => {
      expect(() => withKeys({ DATABASE_URL: 'postgres://h:0/db' })).toThrow(/DATABASE_URL port must be a number from 1 to 65535 \(got 0\)/);
      for (const raw of ['postgres://h:65536/db', 'postgres://h:abc/db', 'postgresql://:5432', 'postgres://h:-1/db', 'postgresql://u:pw@/db']) {
        expect(() => withKeys({ DATABASE_URL: raw })).toThrow(/DATABASE_URL is not a valid postgres:\/\/ URL/);
      }
      expect(withKeys({ DATABASE_URL: 'postgres://h:65535/db' }).database.type).toBe('postgres');
    });
  });
});
