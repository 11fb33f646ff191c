import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
// Inside the repository (ignored by git), so that the declarations' own imports (openapi-fetch) resolve.
const OUT = path.join(ROOT, 'test', '.artifacts', `client-declarations-${process.pid}`);

/** Type-checks `source` as a strict TypeScript consumer placed next to the built output. */
function compileConsumer(source: string): string[] {
  const file = path.join(OUT, 'consumer.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the built typed client (dist/client) carries its types', () => {
  beforeAll(() => {
    // The declaration step of `npm run build`, into a scratch directory instead of dist/.
    const build = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.build as string;
    expect(build).toContain('tsc -p tsconfig.client.json');
    mkdirSync(OUT, { recursive: true });
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.client.json', '--outDir', OUT], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  }, 60_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('a strict consumer compiles, with paths and error codes typed', () => {
    const errors = compileConsumer(`
      import { createFlowkerClient } from './client';
      export async function use(): Promise<string | undefined> {
        const client = createFlowkerClient({ baseUrl: 'http://localhost:4021', apiKey: 'k' });
        const res = await client.GET('/v1/workflows', { params: { query: { limit: 10 } } });
        return res.error?.code;
      }
    `);
    expect(errors).toEqual([]);
  });

  it('a path the spec does not have fails to compile', () => {
    const errors = compileConsumer(`
      import { createFlowkerClient } from './client';
      export const call = () => createFlowkerClient({ baseUrl: 'http://localhost:4021' }).GET('/v1/no-such-path');
    `);
    expect(errors.length).toBeGreaterThan(0);
  });
});
