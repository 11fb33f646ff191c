import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import { offsetPage } from '../../common/pagination/offset-page';
import { keepUnchangedSecrets, SecretBox } from '../../common/secrets';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Database } from '../../database/database.service';
import { AuditWriter, type AuditActor } from '../audit/audit-writer';
import { DeliveriesRepository } from './deliveries.repository';
import { cancelledBecause } from './delivery-processor';
import { ListenedEventTypes } from './listened-event-types';
import { auditSubscription } from './subscription-audit';
import { checkEvents, checkHeaders, checkName, checkSecret } from './subscription-input';
import {
  toSubscriptionOutput,
  type WebhookSubscriptionCreateOutput,
  type WebhookSubscriptionOutput,
} from './subscription-output';
import { subscriptionAllowList, SubscriptionUrlPolicy } from './subscription-url';
import { SubscriptionsRepository } from './subscriptions.repository';
import { generateSecret } from './webhook-signing';
import type { WebhookSubscriptionEntity } from './webhook-subscription.entities';

export interface SubscriptionFields {
  name?: string;
  url?: string;
  events?: string[];
  secret?: string;
  /** PATCH only, with `secret`: how long the replaced secret keeps signing too. */
  secretOverlapSeconds?: number;
  headers?: Record<string, unknown>;
  active?: boolean;
}

export const subscriptionNotFound = (id: string) =>
  new FlkError('FLK-0700', `No webhook subscription with id ${id} exists in this organisation.`);

/**
 * Webhook subscriptions of one organisation. Secrets are sealed with SecretBox before they reach the database (the
 * worker must be able to sign with them, so they are encrypted, not hashed) and never leave the service again,
 * except the generated one, once, in the creation response.
 */
@Injectable()
export class WebhookSubscriptionsService {
  private readonly urls: SubscriptionUrlPolicy;

  constructor(
    private readonly db: Database,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly box: SecretBox,
    private readonly listened: ListenedEventTypes,
    private readonly audit: AuditWriter,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.urls = new SubscriptionUrlPolicy(subscriptionAllowList(config), config.subscriptions.allowHttpLoopback);
  }

  async create(
    organizationId: string,
    input: Required<Pick<SubscriptionFields, 'name' | 'url' | 'events'>> & SubscriptionFields,
    actor: AuditActor,
  ): Promise<WebhookSubscriptionCreateOutput> {
    const name = checkName(input.name);
    const url = this.urls.check(input.url);
    const events = checkEvents(input.events);
    const generated = input.secret === undefined ? generateSecret() : undefined;
    const secret = generated ?? checkSecret(input.secret!);
    const headers = checkHeaders(input.headers ?? {});
    const now = new Date().toISOString();
    const row: WebhookSubscriptionEntity = {
      id: randomUUID(),
      organizationId,
      name,
      url: this.box.seal(url),
      events: JSON.stringify(events),
      secret: this.sealSecret(secret),
      previousSecret: null,
      previousSecretUntil: null,
      headers: JSON.stringify(this.box.seal(headers)),
      active: true,
      disabledReason: null,
      disabledAt: null,
      failingSince: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.db.write(async (m) => {
      await this.subscriptions.insert(m, row);
      await auditSubscription(this.audit, m, actor, 'created', row, { 'webhook_subscription.events': events });
    });
    this.listened.invalidate();
    return { ...toSubscriptionOutput(this.box, row), ...(generated ? { secret: generated } : {}) };
  }

  async list(organizationId: string, limit: number, offset: number) {
    const { items, total } = await this.db.read((m) => this.subscriptions.page(m, organizationId, limit, offset));
    return offsetPage(items.map((row) => toSubscriptionOutput(this.box, row)), total, limit, offset);
  }

  async get(organizationId: string, id: string): Promise<WebhookSubscriptionOutput> {
    return toSubscriptionOutput(this.box, await this.find(organizationId, id));
  }

  /** Changes only the fields sent; applied only if nobody changed the subscription meanwhile (else 409 FLK-0350). */
  async update(organizationId: string, id: string, input: SubscriptionFields, actor: AuditActor): Promise<WebhookSubscriptionOutput> {
    const current = await this.find(organizationId, id);
    const now = laterThan(current.updatedAt);
    // Only the columns this request changes are written: the worker keeps the run of failures (failingSince) without
    // touching updatedAt, and writing back the value read here would undo what it recorded meanwhile.
    const changes: Partial<WebhookSubscriptionEntity> = { updatedAt: now };
    if (input.name !== undefined) changes.name = checkName(input.name);
    // A URL read and sent back carries masks: each secret query parameter sent as the mask of the stored one keeps it.
    // A new endpoint starts without the run of failures of the one it replaces.
    if (input.url !== undefined) {
      const storedUrl = this.box.open(current.url);
      const url = keepUnchangedSecrets(this.urls.check(input.url), storedUrl);
      if (url !== storedUrl) Object.assign(changes, { url: this.box.seal(url), failingSince: null });
    }
    if (input.events !== undefined) changes.events = JSON.stringify(checkEvents(input.events));
    if (input.secret !== undefined) Object.assign(changes, this.rotation(current, input.secret, input.secretOverlapSeconds, now));
    else if (input.secretOverlapSeconds !== undefined) throw overlapWithoutSecret();
    // Headers read and sent back carry masks too: a credential header sent as the mask of its stored value keeps it.
    if (input.headers !== undefined) {
      const stored = this.box.open(JSON.parse(current.headers) as Record<string, string>);
      changes.headers = JSON.stringify(this.box.seal(keepUnchangedSecrets(checkHeaders(input.headers), stored)));
    }
    const deactivating = input.active === false && Boolean(current.active);
    const activating = input.active === true && !current.active;
    if (activating) {
      Object.assign(changes, { active: true, disabledReason: null, disabledAt: null, failingSince: null });
    } else if (deactivating) {
      Object.assign(changes, { active: false, disabledReason: 'disabled_by_user', disabledAt: now });
    }
    const next: WebhookSubscriptionEntity = { ...current, ...changes };
    await this.db.write(async (m) => {
      if (!(await this.subscriptions.updateIfUnchanged(m, current, changes))) {
        throw new FlkError('FLK-0350', 'The webhook subscription changed while the request was being processed; read it again and retry.');
      }
      if (deactivating) await this.deliveries.cancelPending(m, id, cancelledBecause('disabled_by_user'), now);
      // Deliveries still waiting were cancelled when the subscription stopped; those that became `pending` while it
      // was inactive (an event committing as it was disabled, an attempt handed back at a shutdown or crash) are
      // cancelled now rather than sent, months later perhaps, on re-enabling.
      if (activating) await this.deliveries.cancelPending(m, id, cancelledBecause(current.disabledReason ?? 'disabled_by_user'), now);
      const changedFields = Object.keys(input).filter((field) => input[field as keyof SubscriptionFields] !== undefined).sort();
      await auditSubscription(this.audit, m, actor, 'updated', next, { 'webhook_subscription.changed_fields': changedFields });
    });
    this.listened.invalidate();
    return toSubscriptionOutput(this.box, next);
  }

  async delete(organizationId: string, id: string, actor: AuditActor): Promise<void> {
    const deleted = await this.db.write(async (m) => {
      const gone = await this.subscriptions.deleteWithHistory(m, organizationId, id);
      if (gone) await auditSubscription(this.audit, m, actor, 'deleted', { id, organizationId });
      return gone;
    });
    this.listened.invalidate();
    if (!deleted) throw subscriptionNotFound(id);
  }

  async find(organizationId: string, id: string): Promise<WebhookSubscriptionEntity> {
    const row = await this.db.read((m) => this.subscriptions.findInOrganization(m, organizationId, id));
    if (!row) throw subscriptionNotFound(id);
    return row;
  }

  /**
   * A new secret; with an overlap, the one it replaces signs too until then (a receiver switching secrets verifies
   * with either). A rotation during an overlap keeps only the secret it replaces: receivers hold at most two.
   */
  private rotation(current: WebhookSubscriptionEntity, secret: string, overlapSeconds: number | undefined, now: string) {
    const secretColumns = { secret: this.sealSecret(checkSecret(secret)) };
    if (!overlapSeconds) return { ...secretColumns, previousSecret: null, previousSecretUntil: null };
    const until = new Date(Date.parse(now) + overlapSeconds * 1000).toISOString();
    return { ...secretColumns, previousSecret: current.secret, previousSecretUntil: until };
  }

  private sealSecret(secret: string): string {
    return this.box.seal({ secret }).secret;
  }
}

const overlapWithoutSecret = () =>
  new FlkError('FLK-0707', 'secretOverlapSeconds applies to a rotation: send it together with the new secret.', {
    secretOverlapSeconds: 'needs secret',
  });

/** Now, or 1 ms after `previous` if the clock has not moved past it: updatedAt doubles as the version. */
function laterThan(previous: string): string {
  const now = Date.now();
  const before = Date.parse(previous);
  return new Date(now > before ? now : before + 1).toISOString();
}
