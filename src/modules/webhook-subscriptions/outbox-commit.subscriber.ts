import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';
import { DeliveryScheduler } from './delivery-worker';

const FLAG = 'flowkerWebhookOutbox';

/** Notes on the transaction's query runner that it wrote deliveries, so its commit can wake the worker. */
export function markOutboxWritten(manager: EntityManager): void {
  if (manager.queryRunner) manager.queryRunner.data = { ...manager.queryRunner.data, [FLAG]: true };
}

/**
 * Wakes the delivery worker right after a transaction that enqueued events commits, so deliveries start within
 * milliseconds instead of at the next poll. Polling remains the safety net (e.g. another instance's commits).
 */
@Injectable()
export class OutboxCommitSubscriber implements EntitySubscriberInterface {
  constructor(dataSource: DataSource, private readonly scheduler: DeliveryScheduler) {
    dataSource.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    if (!data?.[FLAG]) return;
    // SQLite reuses one query runner for every transaction: clear the note for the next one.
    delete data[FLAG];
    setImmediate(() => this.scheduler.wake());
  }

  afterTransactionRollback(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown> | undefined;
    if (data) delete data[FLAG];
  }
}
