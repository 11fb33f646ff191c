import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './app-config';

/**
 * Creates the directory `dir` and its missing parents, one level at a time; `setting` names where it came from
 * (DATA_DIR, DATABASE_URL) in the error. Node's recursive mkdirSync retries forever under a parent that refuses new
 * entries with ENOENT (`/proc`, `/sys`): `DATA_DIR=/proc/flowker` hung the start without a word. A directory that
 * cannot be made is a ConfigError naming the setting, the path and the system's reason.
 */
export function ensureDirectory(dir: string, setting: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); !existsSync(current); current = path.dirname(current)) {
    missing.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotCreate(dir, setting, err);
    }
  }
  if (!statSync(dir).isDirectory()) throw new ConfigError([`${setting}: ${dir} is not a directory`]);
}

function cannotCreate(dir: string, setting: string, err: unknown): ConfigError {
  const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return new ConfigError([`${setting}: the directory ${dir} cannot be created (${reason})`]);
}
