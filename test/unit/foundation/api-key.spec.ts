import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiKeyService } from '../../../src/common/auth/api-key.service';
import { resolveApiKey, sha256 } from '../../../src/config/api-key';
import { loadConfig } from '../../../src/config/app-config';

describe('API key resolution', () => {
  it('generates a key on first start, keeps only its hash on disk, and reuses it afterwards', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'flk-key-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    const first = resolveApiKey(config)!;
    expect(first.generated).toMatch(/^flk_[A-Za-z0-9_-]{43}$/);
    const file = path.join(dataDir, 'api-key.sha256');
    const stored = readFileSync(file, 'utf8');
    expect(stored).not.toContain(first.generated!);
    expect(stored.trim()).toBe(sha256(first.generated!).toString('hex'));
    expect(statSync(file).mode & 0o077).toBe(0);
    const second = resolveApiKey(config)!;
    expect(second.generated).toBeUndefined();
    expect(new ApiKeyService(second).isAuthorized(first.generated)).toBe(true);
  });

  it('uses API_KEY when set and nothing when auth is off', () => {
    expect(resolveApiKey(loadConfig({ API_KEY: 'a-configured-key-123' }))!.generated).toBeUndefined();
    expect(resolveApiKey(loadConfig({ API_KEY_ENABLED: 'false' }))).toBeNull();
  });
});

describe('ApiKeyService', () => {
  const service = new ApiKeyService({ sha256: sha256('the-right-key-0123') });

  it.each([
    ['the right key', 'the-right-key-0123', true],
    ['a wrong key', 'the-wrong-key-0123', false],
    ['a prefix', 'the-right-key-012', false],
    ['missing', undefined, false],
    ['empty', '', false],
    ['repeated header', ['the-right-key-0123', 'x'], false],
    ['huge', 'x'.repeat(100_000), false],
  ])('%s → %s', (_, presented, expected) => {
    expect(service.isAuthorized(presented as string | string[] | undefined)).toBe(expected);
  });

  it('identifies the caller by a fingerprint, never by the key', () => {
    const actor = service.actorFor('the-right-key-0123');
    expect(actor.type).toBe('api_key');
    expect(actor.id).toMatch(/^key:[0-9a-f]{12}$/);
    expect(actor.id).not.toContain('the-right-key');
    // The key's own digest names it, and a wrong key is named by its digest too (the log shows which key was tried).
    const fingerprint = (key: string) => `key:${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
    expect(actor.id).toBe(fingerprint('the-right-key-0123'));
    expect(service.check('the-right-key-0123')).toEqual({ authorized: true, actor });
    expect(service.check('another-key')).toEqual({ authorized: false, actor: { type: 'api_key', id: fingerprint('another-key') } });
  });

  it('lets everything through when authentication is off', () => {
    expect(new ApiKeyService(null).isAuthorized(undefined)).toBe(true);
  });
});
