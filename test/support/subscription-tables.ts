import { Database } from '../../src/database/database.service';
import type { TestApp } from './test-app';

/**
 * Empties the webhook-subscription tables: PostgreSQL runs share one database between apps and test files, and a
 * subscription left behind would deliver (and log) other files' events. Subscriptions go first, the order in which
 * the delivery worker and DELETE /v1/webhook-subscriptions/{id} lock them: a worker recording a batch at that moment
 * is then waited for, where the reverse order deadlocked with it.
 */
export function wipeSubscriptionTables(t: Pick<TestApp, 'app'>): Promise<void> {
  return t.app.get(Database).write(async (m) => {
    for (const table of ['webhook_subscriptions', 'webhook_delivery_attempts', 'webhook_deliveries', 'webhook_events']) {
      await m.query(`DELETE FROM ${table}`);
    }
  });
}
