import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CIPHER_PREFIX, classifyConfigKey, SecretBox, SecretCipher, SecretDecryptionError } from '../../../src/common/secrets';
import { resolveSecretsKey } from '../../../src/common/secrets/secrets-key';
import { loadConfig } from '../../../src/config/app-config';

describe('SecretCipher', () => {
  const cipher = new SecretCipher(randomBytes(32));

  it('round-trips with a fresh IV each time and a version prefix', () => {
    const a = cipher.encrypt('trc_live_9a8b7c6d5e4f');
    const b = cipher.encrypt('trc_live_9a8b7c6d5e4f');
    expect(a.startsWith(CIPHER_PREFIX)).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain('9a8b7c6d5e4f');
    expect(cipher.decrypt(a)).toBe('trc_live_9a8b7c6d5e4f');
  });

  it('rejects a tampered value and a value sealed with another key', () => {
    const sealed = cipher.encrypt('secret value');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow(SecretDecryptionError);
    expect(() => new SecretCipher(randomBytes(32)).decrypt(sealed)).toThrow(SecretDecryptionError);
    expect(() => cipher.decrypt('v1:AAAA')).toThrow(SecretDecryptionError);
    expect(() => cipher.decrypt('plain')).toThrow(SecretDecryptionError);
  });
});

describe('SecretBox', () => {
  const box = new SecretBox(new SecretCipher(randomBytes(32)));
  const config = {
    base_url: 'https://tracer.example.net',
    api_key: 'trc_live_9a8b7c6d5e4f',
    headers: { Authorization: 'Bearer abc', Accept: 'application/json' },
    auth: { client_id: 'flowker', client_secret: 'cs-0987654321' },
    limits: { pin_token: 1234, list: [{ token: { deep: true } }] },
  };

  it('encrypts each secret leaf on its own, keeps other fields readable and opens back to the original', () => {
    const sealed = box.seal(config);
    expect(sealed.base_url).toBe(config.base_url);
    expect(sealed.headers.Accept).toBe('application/json');
    expect(sealed.auth.client_id).toBe('flowker');
    for (const leaf of [sealed.api_key, sealed.headers.Authorization, sealed.auth.client_secret, sealed.limits.pin_token,
      sealed.limits.list[0].token]) {
      expect(SecretCipher.isCiphertext(leaf)).toBe(true);
    }
    expect(JSON.stringify(sealed)).not.toMatch(/9a8b7c6d5e4f|Bearer abc|0987654321/);
    expect(box.open(sealed)).toEqual(config);
  });

  it('seals a signature block field by field and opens one sealed whole (rows stored before) just the same', () => {
    const data = { signature: { scheme: 'github', secret: 'gh-0123456789', toleranceSeconds: 300 } };
    const sealed = box.seal(data);
    expect(sealed.signature).toEqual({ scheme: 'github', secret: expect.stringMatching(/^v1:/), toleranceSeconds: 300 });
    expect(box.open(sealed)).toEqual(data);
    const cipher = new SecretCipher(randomBytes(32));
    const older = new SecretBox(cipher);
    expect(older.open({ signature: cipher.encrypt(JSON.stringify(data.signature)) })).toEqual(data);
  });

  it('passes through a legacy clear value at a secret position', () => {
    expect(box.open({ api_key: 'legacy-clear' })).toEqual({ api_key: 'legacy-clear' });
  });

  describe('rows written under a narrower rule (the configuration rule widened: pin, certificate …)', () => {
    const cipher = new SecretCipher(randomBytes(32));
    const sameKey = new SecretBox(cipher);
    const inClear = { host: 'db.example.net', api_key: 'k-0123456789', pin: '4821', certificate: { subject: 'CN=x', private_key: 'pk-secret' } };
    // What the shared rule stored: api_key and certificate.private_key sealed, pin and the certificate's subject not.
    const legacy = sameKey.seal(inClear);

    it('opens a now-secret object whose inner secret was sealed on its own, giving the secret in clear', () => {
      expect(SecretCipher.isCiphertext(legacy.certificate.private_key)).toBe(true);
      expect(sameKey.open(legacy, classifyConfigKey)).toEqual(inClear);
    });

    it('sealRemaining seals what is still in clear, keeps what is sealed, and opens to the same values', () => {
      const resealed = sameKey.sealRemaining(legacy, classifyConfigKey);
      expect(resealed.host).toBe('db.example.net');
      expect(resealed.api_key).toBe(legacy.api_key);
      for (const leaf of [resealed.pin, resealed.certificate]) expect(SecretCipher.isCiphertext(leaf)).toBe(true);
      expect(JSON.stringify(resealed)).not.toMatch(/4821|CN=x/);
      expect(sameKey.open(resealed, classifyConfigKey)).toEqual(inClear);
      // Nothing left to seal: the same value again.
      expect(sameKey.sealRemaining(resealed, classifyConfigKey)).toEqual(resealed);
    });
  });
});

describe('secrets key configuration', () => {
  it('generates a 0600 key file on the first SQLite start and reuses it afterwards', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'flk-secrets-'));
    const config = loadConfig({ DATA_DIR: dataDir, API_KEY_ENABLED: 'false' });
    const first = resolveSecretsKey(config);
    const file = path.join(dataDir, 'secrets.key');
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveSecretsKey(config).equals(first)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('base64'));
    writeFileSync(file, 'garbage');
    expect(() => resolveSecretsKey(config)).toThrow(/32-byte key/);
  });

  it('uses SECRETS_KEY when given and validates its size', () => {
    const key = randomBytes(32).toString('base64');
    expect(loadConfig({ SECRETS_KEY: key, API_KEY_ENABLED: 'false' }).secretsKey?.toString('base64')).toBe(key);
    expect(() => loadConfig({ SECRETS_KEY: randomBytes(16).toString('base64') })).toThrow(/SECRETS_KEY must be the base64/);
    expect(() => loadConfig({ SECRETS_KEY: 'not base64!' })).toThrow(/SECRETS_KEY must be the base64/);
  });

  it('is required with PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://root@127.0.0.1/x', API_KEY: 'k'.repeat(20) })).toThrow(
      /SECRETS_KEY is required with a PostgreSQL/,
    );
  });
});
