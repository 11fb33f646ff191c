import { FlkError } from '../../../src/common/errors';
import { cloneName, cloneNames } from '../../../src/modules/workflows/clone-name';
import { nextTimestamp } from '../../../src/modules/workflows/timestamps';
import { webhookRoutesOf } from '../../../src/modules/workflows/validation/webhook-triggers';
import { normaliseWebhookMethod, normaliseWebhookPath, webhookCallPath } from '../../../src/modules/workflows/webhook-route-path';
import type { WorkflowNode } from '../../../src/modules/workflows/workflow.types';

describe('clone names', () => {
  it('numbers copies after the first', () => {
    expect(cloneNames('Flow', 1, 3)).toEqual(['Flow (copy)', 'Flow (copy 2)', 'Flow (copy 3)']);
  });

  it('shortens the source by characters to stay within 100', () => {
    const name = cloneName('é'.repeat(100), 12);
    expect([...name]).toHaveLength(100);
    expect(name.endsWith(' (copy 12)')).toBe(true);
    expect(cloneName(`${'a'.repeat(92)}  b`, 1)).toBe(`${'a'.repeat(92)} (copy)`);
  });

  it('builds the stored form of a name from a source stored before names were canonical', () => {
    // Copies of such sources were named ` Café  (copy)` (decomposed) or `    (copy)`: names no create could ever
    // store, beside the `Café (copy)` a user would type.
    expect(cloneName(' Cafe\u0301 ', 1)).toBe('Caf\u00e9 (copy)');
    expect(cloneName('   ', 2)).toBe('(copy 2)');
  });
});

describe('webhook routes', () => {
  it('normalises paths: decoded, one leading slash, no trailing slash', () => {
    expect(normaliseWebhookPath('orders/paid/')).toBe('/orders/paid');
    expect(normaliseWebhookPath('/orders%2Fpaid')).toBe('/orders/paid');
    expect(normaliseWebhookPath('/Orders//')).toBe('/Orders');
    expect(normaliseWebhookPath('/bad%zz')).toBe('/bad%zz');
    expect(normaliseWebhookPath('/')).toBe('/');
    expect(normaliseWebhookMethod(' post ')).toBe('POST');
  });

  it('a route\'s call path leads back to it through a URL parser and the ingress\'s decoding', () => {
    const routes = ['/orders/paid', '/rcpt?id', '/a#b', '/pct%x', '/a b/c+d', '/café/日本', '/a//b', '//lead', '///x', '/..', '/a/./b/..', '/.x/..y'];
    for (const route of routes) {
      const url = new URL(`/v1/webhooks/${webhookCallPath(route)}`, 'http://flowker');
      const raw = url.pathname.slice('/v1/webhooks/'.length);
      expect({ route, search: url.search, hash: url.hash, called: normaliseWebhookPath(raw) }).toEqual({ route, search: '', hash: '', called: route });
    }
    expect(webhookCallPath('/orders/paid')).toBe('orders/paid');
  });

  const trigger = (id: string, data: Record<string, unknown>): WorkflowNode => ({
    id,
    type: 'trigger',
    position: { x: 0, y: 0 },
    data,
  });

  it('collects one route per webhook trigger with a path and a method', () => {
    const routes = webhookRoutesOf('wf', [
      trigger('a', { triggerType: 'webhook', path: 'in/', method: 'post' }),
      trigger('c', { triggerType: 'manual', path: '/x', method: 'POST' }),
      trigger('d', { triggerType: 'webhook', path: '/in', method: 'GET' }),
      { id: 'e', type: 'action', position: { x: 0, y: 0 }, data: { triggerType: 'webhook', path: '/z', method: 'POST' } },
    ]);
    expect(routes).toEqual([
      { workflowId: 'wf', nodeId: 'a', method: 'POST', path: '/in' },
      { workflowId: 'wf', nodeId: 'd', method: 'GET', path: '/in' },
    ]);
    // A webhook trigger must name its route: without one it used to activate with no route at all.
    for (const data of [{ path: '', method: 'POST' }, { path: '/', method: 'POST' }, { path: 'in', method: 7 }, { path: 'in' }]) {
      expect(() => webhookRoutesOf('wf', [trigger('b', { triggerType: 'webhook', ...data })])).toThrow(expect.objectContaining({ code: 'FLK-0211' }));
    }
  });

  it('refuses a route declared twice (FLK-0360), an unroutable method or an oversized path (FLK-0211)', () => {
    const code = (nodes: WorkflowNode[]) => {
      try {
        webhookRoutesOf('wf', nodes);
        return undefined;
      } catch (err) {
        return (err as FlkError).code;
      }
    };
    expect(code([trigger('a', { triggerType: 'webhook', path: '/x', method: 'POST' }), trigger('b', { triggerType: 'webhook', path: 'x/', method: 'post' })])).toBe('FLK-0360');
    expect(code([trigger('a', { triggerType: 'webhook', path: '/x', method: 'TRACE' })])).toBe('FLK-0211');
    // 512 characters besides the leading `/`, written with it or not (the catalog schema's maxLength of the path as written).
    expect(code([trigger('a', { triggerType: 'webhook', path: `/${'p'.repeat(513)}`, method: 'POST' })])).toBe('FLK-0211');
    expect(code([trigger('a', { triggerType: 'webhook', path: `/${'p'.repeat(512)}`, method: 'POST' })])).toBeUndefined();
    expect(code([trigger('a', { triggerType: 'webhook', path: 'p'.repeat(512), method: 'POST' })])).toBeUndefined();
  });
});

describe('nextTimestamp', () => {
  it('is always later than the version it replaces', () => {
    const future = new Date(Date.now() + 10_000).toISOString();
    expect(nextTimestamp(future) > future).toBe(true);
    expect(Date.parse(nextTimestamp()) - Date.now()).toBeLessThanOrEqual(0);
  });
});
