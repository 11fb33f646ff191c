import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../../src/config/app-config';
import { ensureDirectory } from '../../../src/config/ensure-directory';

describe('ensureDirectory (DATA_DIR and the SQLite file\'s directory)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'flowker-dirs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const problemOf = (dir: string): string[] => {
    try {
      ensureDirectory(dir, 'DATA_DIR');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return [...(err as ConfigError).problems];
    }
    throw new Error('no error');
  };

  it('creates missing parents level by level, and accepts a directory that exists', () => {
    const dir = path.join(root, 'a', 'b', 'c');
    ensureDirectory(dir, 'DATA_DIR');
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(() => ensureDirectory(dir, 'DATA_DIR')).not.toThrow();
  });

  // Node's recursive mkdirSync loops forever here (each ENOENT sends it to the parent, which exists, and back).
  it('refuses a directory that cannot be made under /proc, naming the setting, instead of retrying forever', () => {
    expect(problemOf('/proc/flowker-data')).toEqual(['DATA_DIR: the directory /proc/flowker-data cannot be created (ENOENT)']);
  });

  it('refuses a path that is a file, and one below a file', () => {
    const file = path.join(root, 'plain-file');
    writeFileSync(file, 'x');
    expect(problemOf(file)).toEqual([`DATA_DIR: ${file} is not a directory`]);
    expect(problemOf(path.join(file, 'below'))).toEqual([`DATA_DIR: the directory ${path.join(file, 'below')} cannot be created (ENOTDIR)`]);
    expect(existsSync(path.join(file, 'below'))).toBe(false);
  });
});
