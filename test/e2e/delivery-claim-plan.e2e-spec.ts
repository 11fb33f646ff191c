import { randomUUID } from 'node:crypto';
import { Database } from '../../src/database/database.service';
import { DeliveriesRepository } from '../../src/modules/webhook-subscriptions/deliveries.repository';
import { recordStatements } from '../support/statement-recorder';
import { startTestApp, usingPostgres, type TestApp } from '../support/test-app';

/**
 * Claiming due deliveries runs after every send that ends. Its cost must not grow with the backlog of a subscription
 * at its cap of sends in flight: a count per candidate row (a correlated subquery) made every claim behind 5,000
 * pending deliveries take about 5 ms, once per send. Checked on SQLite's query plans, which do not depend on the
 * table's size (as in listing-plans.e2e-spec.ts).
 */
(usingPostgres() ? describe.skip : describe)('claiming due deliveries (SQLite plans)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SUBSCRIPTION_WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts the sends in flight once per claim, not once per candidate row', async () => {
    const recording = recordStatements(t);
    const db = t.app.get(Database);
    try {
      await db.write((m) => t.app.get(DeliveriesRepository).claimDue(m, randomUUID(), new Date().toISOString(), 10, 2));
    } finally {
      recording.stop();
    }
    const selects = recording.sent.filter(({ query }) => /^\s*SELECT/i.test(query) && query.includes('webhook_deliveries'));
    expect(selects.length).toBeGreaterThan(0);
    for (const { query, parameters } of selects) {
      const plan = (await db.read((m) => m.query(`EXPLAIN QUERY PLAN ${query}`, parameters))) as Array<{ detail: string }>;
      const text = plan.map((line) => line.detail).join('\n');
      expect({ text, correlated: /CORRELATED/.test(text) }).toEqual({ text, correlated: false });
    }
  });
});
