import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPERATION_LIST } from '../../src/generated';
import { startTestApp, type TestApp } from '../support/test-app';

/** The app and the spec describe the same API: no route outside the spec, no spec operation silently missing. */
describe('Routes versus the spec', () => {
  let t: TestApp;
  const pending = readFileSync(path.resolve(__dirname, '..', 'not-yet-implemented.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  // Fastify adds HEAD for every GET and CORS adds OPTIONS; Swagger UI serves its static assets under /swagger/*.
  const registered = () =>
    t.routes
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS')
      .filter((r) => !(r.url.startsWith('/swagger/') && !/openapi\.(json|yaml)$/.test(r.url)))
      .map((r) => `${r.method} ${r.url.replace(/\/$/, '') || '/'}`);

  it('every registered route is an operation of the spec', () => {
    const inSpec = new Set(OPERATION_LIST.map((op) => `${op.method} ${op.routePath}`));
    expect(registered().filter((r) => !inSpec.has(r))).toEqual([]);
  });

  it('every spec operation is registered or listed in test/not-yet-implemented.txt, never both', () => {
    const routes = new Set(registered());
    const unknown = pending.filter((id) => !OPERATION_LIST.some((op) => op.operationId === id));
    expect(unknown).toEqual([]);
    for (const op of OPERATION_LIST) {
      const isRegistered = routes.has(`${op.method} ${op.routePath}`);
      const isPending = pending.includes(op.operationId);
      expect({ op: op.operationId, isRegistered, isPending }).toEqual({
        op: op.operationId,
        isRegistered: !isPending,
        isPending: !isRegistered,
      });
    }
  });
});
