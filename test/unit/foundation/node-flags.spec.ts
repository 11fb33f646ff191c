import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** The `--…` words of a command line. */
const flagsOf = (words: readonly string[]) => words.filter((word) => word.startsWith('--'));

function startScriptFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return flagsOf(pkg.scripts.start.split(/\s+/));
}

function dockerEntrypoint(): string[] {
  const line = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')
    .split('\n')
    .find((text) => text.startsWith('ENTRYPOINT '));
  return JSON.parse(line!.slice('ENTRYPOINT '.length)) as string[];
}

describe('Node.js flags the service is started with (docs/deployment.md, "Node.js flags")', () => {
  it('npm start gives V8 a larger young generation', () => {
    expect(startScriptFlags()).toContain('--max-semi-space-size=32');
  });

  it('the container starts the service with the same flags as npm start', () => {
    const entrypoint = dockerEntrypoint();
    expect(entrypoint[0]).toBe('node');
    expect(entrypoint[entrypoint.length - 1]).toBe('dist/main.js');
    expect(flagsOf(entrypoint)).toEqual(startScriptFlags());
  });

  it('this Node.js accepts them', () => {
    const report = 'process.stdout.write(process.execArgv.filter((a) => a.startsWith("--")).join(" "))';
    const run = spawnSync(process.execPath, [...startScriptFlags(), '-e', report], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(startScriptFlags().join(' '));
    // A flag V8 does not know makes node exit at once, so the check above also fails on a misspelt flag.
    expect(spawnSync(process.execPath, ['--max-semi-space-sise=32', '-e', '0']).status).not.toBe(0);
  });
});
