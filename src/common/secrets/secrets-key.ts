import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { ensureDirectory } from '../../config/ensure-directory';

export const SECRETS_KEY_FILE = 'secrets.key';

/**
 * SECRETS_KEY when configured; otherwise (embedded SQLite only — loadConfig rejects PostgreSQL without it) a key
 * generated on the first start and kept beside the data, readable by the owner only. Losing that file makes the
 * stored secrets unreadable, exactly like losing SECRETS_KEY.
 */
export function resolveSecretsKey(config: Pick<AppConfig, 'secretsKey' | 'dataDir' | 'database'>): Buffer {
  if (config.secretsKey) return config.secretsKey;
  if (config.database.type === 'postgres') throw new Error('SECRETS_KEY is required with PostgreSQL');
  const file = path.join(config.dataDir, SECRETS_KEY_FILE);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a base64 32-byte key; restore it or set SECRETS_KEY`);
    return key;
  }
  const key = randomBytes(32);
  ensureDirectory(config.dataDir, 'DATA_DIR');
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
