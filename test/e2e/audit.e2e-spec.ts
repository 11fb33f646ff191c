import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { Database } from '../../src/database/database.service';
import { ExecutionEngine } from '../../src/engine/runtime/execution-engine';
import { ExecutionRecovery } from '../../src/engine/runtime/execution-recovery';
import { ExecutionStore } from '../../src/engine/runtime/execution-store';
import { AuditEventRepository } from '../../src/modules/audit/audit-event.repository';
import { computeAuditHash } from '../../src/modules/audit/audit-hash';
import { AuditWriter, SYSTEM_ACTOR, type AuditActor, type AuditEventInput } from '../../src/modules/audit/audit-writer';
import { authJson, startTestApp, usingPostgres, TEST_API_KEY, type TestApp } from '../support/test-app';

interface Row {
  id: string;
  event_id: string;
  resource_id: string;
  [column: string]: unknown;
}

/**
 * The audit trail end to end. Events are produced through the real AuditWriter inside Database.write (the path
 * feature modules use). On PostgreSQL the table is shared with the other suites of the run, so assertions look at
 * this suite's own resources, and every tampering test puts the row back before it ends.
 */
describe('Audit trail', () => {
  let t: TestApp;
  let db: Database;
  let writer: AuditWriter;
  let sql: DataSource;
  const pg = usingPostgres();
  const p = (n: number) => (pg ? `$${n}` : '?');

  const apiActor: AuditActor = { type: 'api_key', id: 'key:0123456789ab', ip: '203.0.113.7', userAgent: 'audit-test/1.0', requestId: 'req-42' };
  const workflowId = randomUUID();
  const executionId = randomUUID();
  const providerConfigId = randomUUID();

  const append = (event: AuditEventInput, actor: AuditActor = SYSTEM_ACTOR) => db.write((m) => writer.append(m, actor, event));
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const rowsOf = (...resourceIds: string[]): Promise<Row[]> =>
    sql
      .query(`SELECT * FROM audit_events WHERE resource_id IN (${resourceIds.map((_, i) => p(i + 1)).join(', ')}) ORDER BY id`, resourceIds)
      .then((rows: Row[]) => rows.map((r) => ({ ...r, id: String(r.id) })));
  const countUpTo = async (id: string) =>
    Number((await sql.query(`SELECT COUNT(*) AS n FROM audit_events WHERE id <= ${p(1)}`, [id]))[0].n);
  const get = (url: string, headers: Record<string, string> = {}) => t.http(url, { headers: authJson(headers) });
  const verify = async (eventId: string) => {
    const res = await get(`/v1/audit-events/${eventId}/verify`);
    expect(res.status).toBe(200);
    return res.json();
  };

  /** Runs `work` with the append-only triggers out of the way, and always puts them back. */
  async function withoutAppendOnlyGuard(work: () => Promise<void>): Promise<void> {
    if (pg) {
      await sql.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
      try {
        await work();
      } finally {
        await sql.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
      }
      return;
    }
    const triggers: Array<{ name: string; sql: string }> = await sql.query(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'",
    );
    expect(triggers.length).toBe(2);
    for (const tr of triggers) await sql.query(`DROP TRIGGER ${tr.name}`);
    try {
      await work();
    } finally {
      for (const tr of triggers) await sql.query(tr.sql);
    }
  }
  const setColumn = (id: string, column: string, value: unknown) =>
    sql.query(`UPDATE audit_events SET ${column} = ${p(1)} WHERE id = ${p(2)}`, [value, id]);

  /** The seeded events, oldest first: A..E. */
  let seeded: Row[];
  const [A, B, C, D, E] = [0, 1, 2, 3, 4];

  /**
   * On a shared PostgreSQL database the app resumes executions that earlier suites left unfinished, and their
   * events would land between the seeded ones: the seeding waits until that work is over.
   */
  async function untilResumedWorkIsDone(): Promise<void> {
    await t.app.get(ExecutionRecovery).done;
    const engine = t.app.get(ExecutionEngine);
    const deadline = Date.now() + 20_000;
    while (engine.stats.running + engine.stats.queued > 0 && Date.now() < deadline) await pause(25);
    await t.app.get(ExecutionStore).drain();
  }

  beforeAll(async () => {
    t = await startTestApp();
    await untilResumedWorkIsDone();
    db = t.app.get(Database);
    writer = t.app.get(AuditWriter);
    sql = t.app.get(DataSource);
    // Distinct milliseconds, so the date filters can separate the events.
    await append(
      {
        eventType: 'WORKFLOW_CREATED', action: 'CREATE', result: 'SUCCESS', resourceType: 'workflow', resourceId: workflowId,
        metadata: { 'workflow.name': 'Zahlungsfluss ✓', 'workflow.id': workflowId, nested: { deeper: { client_secret: 'leak-me' } } },
      },
      apiActor,
    );
    await pause(5);
    await append({ eventType: 'WORKFLOW_ACTIVATED', action: 'ACTIVATE', result: 'SUCCESS', resourceType: 'workflow', resourceId: workflowId }, apiActor);
    await pause(5);
    await append({
      eventType: 'EXECUTION_FAILED', action: 'EXECUTE', result: 'FAILED', resourceType: 'execution', resourceId: executionId,
      metadata: { 'workflow.id': workflowId, 'error.code': 'FLK-0501' },
    });
    await pause(5);
    await append(
      {
        eventType: 'PROVIDER_CONFIG_CREATED', action: 'CREATE', result: 'SUCCESS', resourceType: 'provider_config', resourceId: providerConfigId,
        metadata: { 'provider_config.name': 'Tracer', api_key: 'trc_live_secret', headers: [{ Authorization: 'Bearer x' }] },
      },
      apiActor,
    );
    await pause(5);
    await append({
      eventType: 'PROVIDER_CONFIG_DELETED', action: 'DELETE', result: 'SUCCESS', resourceType: 'provider_config', resourceId: providerConfigId,
      metadata: { 'provider_config.id': providerConfigId },
    });
    seeded = await rowsOf(workflowId, executionId, providerConfigId);
  }, 30_000);
  afterAll(async () => {
    await t.close();
  });

  describe('writing', () => {
    it('stores each event with the actor, canonical context and masked metadata, chained to the one before', async () => {
      expect(seeded).toHaveLength(5);
      const a = seeded[A];
      expect(a).toMatchObject({ event_type: 'WORKFLOW_CREATED', actor_type: 'api_key', actor_id: 'key:0123456789ab', actor_ip: '203.0.113.7' });
      expect(a.context).toBe('{"requestId":"req-42","userAgent":"audit-test/1.0"}');
      expect(a.metadata).toBe(
        `{"nested":{"deeper":{"client_secret":"********"}},"workflow.id":"${workflowId}","workflow.name":"Zahlungsfluss ✓"}`,
      );
      expect(seeded[D].metadata).toBe('{"api_key":"********","headers":[{"Authorization":"********"}],"provider_config.name":"Tracer"}');
      expect(seeded[C]).toMatchObject({ actor_type: 'system', actor_id: 'flowker', actor_ip: '0.0.0.0', context: '{}' });
      expect(a.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      for (let i = 1; i < seeded.length; i++) expect(seeded[i].previous_hash).toBe(seeded[i - 1].hash);
    });

    it('commits the event with the caller’s transaction: a rolled-back change leaves no event', async () => {
      const resourceId = randomUUID();
      await expect(
        db.write(async (m) => {
          await writer.append(m, SYSTEM_ACTOR, { eventType: 'WORKFLOW_DELETED', action: 'DELETE', result: 'SUCCESS', resourceType: 'workflow', resourceId });
          throw new Error('the audited change failed');
        }),
      ).rejects.toThrow('the audited change failed');
      expect(await rowsOf(resourceId)).toHaveLength(0);
    });

    it('chains several events of one transaction in append order, and a rolled-back transaction leaves nothing for the next', async () => {
      const [r1, r2, r3, r4, gone] = Array.from({ length: 5 }, () => randomUUID());
      const event = (resourceId: string): AuditEventInput => ({ eventType: 'EXECUTION_STARTED', action: 'EXECUTE', result: 'SUCCESS', resourceType: 'execution', resourceId });
      await expect(
        db.write(async (m) => {
          await writer.append(m, SYSTEM_ACTOR, event(gone));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await db.write(async (m) => {
        await writer.append(m, SYSTEM_ACTOR, event(r1));
        await writer.appendMany(m, apiActor, [event(r2), event(r3)]);
        await writer.append(m, SYSTEM_ACTOR, event(r4));
      });
      const rows = await rowsOf(r1, r2, r3, r4, gone);
      expect(rows.map((r) => r.resource_id)).toEqual([r1, r2, r3, r4]);
      for (let i = 1; i < rows.length; i++) expect(rows[i].previous_hash).toBe(rows[i - 1].hash);
      expect(rows[1]).toMatchObject({ actor_type: 'api_key', context: '{"requestId":"req-42","userAgent":"audit-test/1.0"}' });
      expect((await verify(rows[3].event_id)).isValid).toBe(true);
    });

    const event = (resourceId: string): AuditEventInput => ({ eventType: 'EXECUTION_STARTED', action: 'EXECUTE', result: 'SUCCESS', resourceType: 'execution', resourceId });

    (pg ? it : it.skip)('keeps one chain when two instances on one database append in turns and at once', async () => {
      const other = await startTestApp();
      try {
        const otherDb = other.app.get(Database);
        const otherWriter = other.app.get(AuditWriter);
        const ids = Array.from({ length: 12 }, () => randomUUID());
        // Alternating instances: every append after the first two finds that the other instance moved the tip.
        for (const [n, resourceId] of ids.entries()) {
          const [d, w] = n % 2 === 0 ? [db, writer] : [otherDb, otherWriter];
          await d.write((m) => w.appendMany(m, SYSTEM_ACTOR, [event(resourceId), event(resourceId)]));
        }
        // Both at once as well: the advisory lock orders them, and each append chains onto the tip it finds.
        const both = Array.from({ length: 40 }, () => randomUUID());
        await Promise.all(both.map((resourceId, n) => (n % 2 === 0 ? append(event(resourceId)) : otherDb.write((m) => otherWriter.append(m, SYSTEM_ACTOR, event(resourceId))))));
        await expectOneValidChain([...ids, ...both], 24 + 40);
      } finally {
        await other.close();
      }
    });

    (pg ? it.skip : it)('keeps one chain when something besides this process appends to the SQLite file in between', async () => {
      // A second Flowker process cannot open the file (one process per SQLite file), but another tool can write to
      // it: rows chained onto the tip by a plain statement leave this process's guess of the tip stale each time.
      const ids = Array.from({ length: 12 }, () => randomUUID());
      for (const [n, resourceId] of ids.entries()) {
        if (n % 2 === 0) {
          await db.write((m) => writer.appendMany(m, SYSTEM_ACTOR, [event(resourceId), event(resourceId)]));
        } else {
          for (let i = 0; i < 2; i++) await appendFromOutside(resourceId);
        }
      }
      await expectOneValidChain(ids, 24);
    });

    /** One audit row chained onto the current tip by a plain INSERT, as a tool outside the service would write it. */
    async function appendFromOutside(resourceId: string): Promise<void> {
      const [tip] = await sql.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
      const fields = {
        eventId: randomUUID(), eventType: 'EXECUTION_STARTED', action: 'EXECUTE', result: 'SUCCESS', resourceId, resourceType: 'execution',
        actorType: 'system', actorId: 'outside-tool', actorIp: '0.0.0.0', context: '{}', metadata: '{}', timestamp: new Date().toISOString(),
      };
      const previous = (tip?.hash as string | undefined) ?? null;
      await sql.query(
        'INSERT INTO audit_events (event_id, event_type, action, result, resource_id, resource_type, actor_type, actor_id, actor_ip, context, metadata, timestamp, hash, previous_hash) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [fields.eventId, fields.eventType, fields.action, fields.result, fields.resourceId, fields.resourceType, fields.actorType, fields.actorId,
          fields.actorIp, fields.context, fields.metadata, fields.timestamp, computeAuditHash(previous, fields), previous],
      );
    }

    async function expectOneValidChain(resourceIds: string[], expectedRows: number): Promise<void> {
      const rows = await rowsOf(...resourceIds);
      expect(rows).toHaveLength(expectedRows);
      const links: Array<{ previous_hash: string | null }> = await sql.query('SELECT previous_hash FROM audit_events');
      expect(new Set(links.map((r) => r.previous_hash)).size).toBe(links.length);
      const last = rows[rows.length - 1];
      expect(await verify(last.event_id)).toEqual({ isValid: true, totalChecked: await countUpTo(last.id), message: 'Hash chain is valid' });
    }

    it('chains a transaction with more events than one INSERT takes, in order', async () => {
      const resourceIds = Array.from({ length: 250 }, () => randomUUID());
      await db.write((m) =>
        writer.appendMany(m, SYSTEM_ACTOR, resourceIds.map((resourceId) => ({ eventType: 'EXECUTION_COMPLETED', action: 'EXECUTE', result: 'SUCCESS', resourceType: 'execution', resourceId }))),
      );
      const rows = await rowsOf(...resourceIds);
      expect(rows.map((r) => r.resource_id)).toEqual(resourceIds);
      for (let i = 1; i < rows.length; i++) expect(rows[i].previous_hash).toBe(rows[i - 1].hash);
      expect(await verify(rows[249].event_id)).toEqual({ isValid: true, totalChecked: await countUpTo(rows[249].id), message: 'Hash chain is valid' });
    });

    it('drops the events of a rolled-back savepoint and keeps the rest of the transaction', async () => {
      const [kept, undone, nestedUndone, last] = Array.from({ length: 4 }, () => randomUUID());
      const event = (resourceId: string): AuditEventInput => ({ eventType: 'WORKFLOW_UPDATED', action: 'UPDATE', result: 'SUCCESS', resourceType: 'workflow', resourceId });
      await db.write(async (m) => {
        await writer.append(m, SYSTEM_ACTOR, event(kept));
        await m.query('SAVEPOINT audit_test');
        await writer.append(m, SYSTEM_ACTOR, event(undone));
        await m.query('ROLLBACK TO SAVEPOINT audit_test');
        await m.query('RELEASE SAVEPOINT audit_test');
        await expect(
          m.transaction(async (nested) => {
            await writer.append(nested, SYSTEM_ACTOR, event(nestedUndone));
            throw new Error('nested failure');
          }),
        ).rejects.toThrow('nested failure');
        await writer.append(m, SYSTEM_ACTOR, event(last));
      });
      const rows = await rowsOf(kept, undone, nestedUndone, last);
      expect(rows.map((r) => r.resource_id)).toEqual([kept, last]);
      expect(rows[1].previous_hash).toBe(rows[0].hash);
      expect((await verify(rows[1].event_id)).isValid).toBe(true);
    });

    it('refuses a malformed event instead of storing it', async () => {
      const bad = { eventType: 'WORKFLOW_EXPLODED', action: 'CREATE', result: 'SUCCESS', resourceType: 'workflow', resourceId: '' };
      await expect(append(bad as unknown as AuditEventInput)).rejects.toThrow(/FLK-0601.*FLK-0604/);
      await expect(append({ ...(bad as unknown as AuditEventInput), eventType: 'WORKFLOW_CREATED', resourceId: 'x'.repeat(256) })).rejects.toThrow(/FLK-0608/);
    });
  });

  describe('GET /v1/audit-events/{id}', () => {
    it('returns the event in the documented shape', async () => {
      const { data, response } = await t.client.GET('/v1/audit-events/{id}', { params: { path: { id: seeded[A].event_id } } });
      expect(response.status).toBe(200);
      expect(data).toEqual({
        eventId: seeded[A].event_id,
        eventType: 'WORKFLOW_CREATED',
        action: 'CREATE',
        result: 'SUCCESS',
        resourceId: workflowId,
        resourceType: 'workflow',
        actor: { type: 'api_key', id: 'key:0123456789ab', ipAddress: '203.0.113.7' },
        context: { requestId: 'req-42', userAgent: 'audit-test/1.0' },
        metadata: { nested: { deeper: { client_secret: '********' } }, 'workflow.id': workflowId, 'workflow.name': 'Zahlungsfluss ✓' },
        timestamp: seeded[A].timestamp,
        hash: seeded[A].hash,
        ...(seeded[A].previous_hash ? { previousHash: seeded[A].previous_hash } : {}),
      });
    });

    it('omits empty context and metadata, and previousHash on the first event of the chain', async () => {
      const b = await get(`/v1/audit-events/${seeded[B].event_id}`);
      const body = await b.json();
      expect(body).not.toHaveProperty('metadata');
      expect(body.previousHash).toBe(seeded[A].hash);
      const [genesis] = await sql.query('SELECT event_id, previous_hash FROM audit_events ORDER BY id LIMIT 1');
      expect(genesis.previous_hash).toBeNull();
      const first = await (await get(`/v1/audit-events/${genesis.event_id}`)).json();
      expect(first).not.toHaveProperty('previousHash');
    });

    it('unknown id → 404 FLK-0600; malformed id → 400 FLK-0002', async () => {
      const missing = await get(`/v1/audit-events/${randomUUID()}`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).code).toBe('FLK-0600');
      const bad = await get('/v1/audit-events/not-a-uuid');
      expect(bad.status).toBe(400);
      expect((await bad.json()).code).toBe('FLK-0002');
    });
  });

  describe('GET /v1/audit-events', () => {
    const ids = (body: { items: Array<{ eventId: string }> }) => body.items.map((i) => i.eventId);
    const search = async (query: string) => {
      const res = await get(`/v1/audit-events?${query}`);
      expect(res.status).toBe(200);
      return res.json();
    };

    it('filters by each field, newest first by default', async () => {
      const ev = (i: number) => seeded[i].event_id;
      expect(ids(await search(`resourceId=${workflowId}`))).toEqual([ev(B), ev(A)]);
      expect(ids(await search(`resourceId=${workflowId}&eventType=WORKFLOW_ACTIVATED`))).toEqual([ev(B)]);
      expect(ids(await search(`resourceId=${workflowId}&action=CREATE`))).toEqual([ev(A)]);
      expect(ids(await search(`resourceId=${executionId}&result=FAILED`))).toEqual([ev(C)]);
      expect(ids(await search(`resourceId=${executionId}&result=SUCCESS`))).toEqual([]);
      expect(ids(await search(`resourceId=${providerConfigId}&resourceType=provider_config`))).toEqual([ev(E), ev(D)]);
      expect(ids(await search(`resourceId=${providerConfigId}&resourceType=workflow`))).toEqual([]);
      const deleted = await search('eventType=PROVIDER_CONFIG_DELETED&action=DELETE&resourceType=provider_config&limit=100');
      expect(ids(deleted)).toContain(ev(E));
      expect(deleted.items.every((i: { eventType: string }) => i.eventType === 'PROVIDER_CONFIG_DELETED')).toBe(true);
    });

    it('sorts by recording order in both directions', async () => {
      const asc = await search(`resourceId=${providerConfigId}&sortOrder=ASC`);
      expect(ids(asc)).toEqual([seeded[D].event_id, seeded[E].event_id]);
      const desc = await search(`resourceId=${providerConfigId}&sortOrder=DESC`);
      expect(ids(desc)).toEqual([seeded[E].event_id, seeded[D].event_id]);
    });

    it('filters by an inclusive time range, in any RFC 3339 offset', async () => {
      const mine = new Set(seeded.map((r) => r.event_id));
      const between = async (from: string, to: string) =>
        ids(await search(`dateFrom=${encodeURIComponent(from)}&dateTo=${encodeURIComponent(to)}&sortOrder=ASC&limit=100`)).filter((id) => mine.has(id));
      const ts = (i: number) => seeded[i].timestamp as string;
      expect(await between(ts(B), ts(D))).toEqual([B, C, D].map((i) => seeded[i].event_id));
      // The same instants written as +02:00 local time with microseconds.
      const shifted = (iso: string) => {
        const local = new Date(Date.parse(iso) + 2 * 3600_000).toISOString();
        return `${local.slice(0, 23)}000+02:00`;
      };
      expect(await between(shifted(ts(C)), shifted(ts(C)))).toEqual([seeded[C].event_id]);
      // A lower bound a fraction of a millisecond after an event excludes it.
      expect(await between(`${ts(B).slice(0, 23)}4Z`, ts(D))).toEqual([C, D].map((i) => seeded[i].event_id));
      // Oldest first: later suites and tests may have appended more than a page after E.
      const onlyFrom = ids(await search(`dateFrom=${encodeURIComponent(ts(E))}&sortOrder=ASC&limit=100`)).filter((id) => mine.has(id));
      expect(onlyFrom).toEqual([seeded[E].event_id]);
      const onlyTo = ids(await search(`dateTo=${encodeURIComponent(ts(A))}&sortOrder=DESC&limit=1`));
      expect(onlyTo).toEqual([seeded[A].event_id]);
      // A lower bound in the last millisecond of year 9999 matches nothing (it used to match the whole trail).
      expect(ids(await search(`dateFrom=${encodeURIComponent('9999-12-31T23:59:59.999999Z')}`))).toEqual([]);
    });

    it('pages with nextCursor until hasMore is false, in both directions, without gaps or repeats', async () => {
      // From this suite's first event on: on PostgreSQL the table keeps every earlier run's events, and paging
      // through all of them two at a time would take longer the more runs the database has seen.
      const dateFrom = seeded[A].timestamp as string;
      const total = Number((await sql.query(`SELECT COUNT(*) AS n FROM audit_events WHERE timestamp >= ${p(1)}`, [dateFrom]))[0].n);
      for (const order of ['ASC', 'DESC'] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < 1000; page++) {
          const { data, response } = await t.client.GET('/v1/audit-events', {
            params: { query: { sortOrder: order, limit: 2, dateFrom, ...(cursor ? { cursor } : {}) } },
          });
          expect(response.status).toBe(200);
          seen.push(...data!.items.map((i) => i.eventId));
          expect(data!.items.length).toBeLessThanOrEqual(2);
          if (!data!.hasMore) {
            expect(data!.nextCursor).toBe('');
            break;
          }
          expect(data!.nextCursor).not.toBe('');
          cursor = data!.nextCursor;
        }
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBeGreaterThanOrEqual(total);
        const mineInOrder = seen.filter((id) => seeded.some((r) => r.event_id === id));
        const expected = seeded.map((r) => r.event_id);
        expect(mineInOrder).toEqual(order === 'ASC' ? expected : [...expected].reverse());
      }
      // A few hundred pages of two: about 3 s on a quiet machine, past Jest's 5 s on a loaded one.
    }, 30_000);

    it('uses the default page size of 20', async () => {
      const body = await search('sortOrder=ASC');
      expect(body.items.length).toBeLessThanOrEqual(20);
    });

    it('rejects a cursor it did not issue → 400 FLK-0610, never a 500', async () => {
      for (const cursor of ['abc', '-1', '1.5', '99999999999999999999', '9223372036854775808', 'eyJpZCI6ImExYjJjM2Q0In0=']) {
        const res = await get(`/v1/audit-events?cursor=${encodeURIComponent(cursor)}`);
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0610');
      }
    });

    it('rejects bad dates → 400 FLK-0305, and dateFrom after dateTo → 400 FLK-0308', async () => {
      for (const q of ['dateFrom=yesterday', 'dateTo=2026-13-01T00:00:00Z', 'dateFrom=2026-03-01', 'dateTo=2026-03-01T25:00:00Z']) {
        const res = await get(`/v1/audit-events?${q}`);
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0305');
      }
      const res = await get('/v1/audit-events?dateFrom=2026-03-02T00:00:00Z&dateTo=2026-03-01T23:59:59Z');
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('FLK-0308');
      // Equal bounds are a valid (one-instant) range.
      expect((await get('/v1/audit-events?dateFrom=2026-03-01T00:00:00Z&dateTo=2026-03-01T02:00:00%2B02:00')).status).toBe(200);
    });

    it('rejects a malformed resourceId → 400 FLK-0002', async () => {
      const res = await get('/v1/audit-events?resourceId=not-a-uuid');
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('FLK-0002');
    });

    it('rejects values outside the lists → 400 (FLK-0611 for filters, FLK-0304 for paging)', async () => {
      for (const q of ['eventType=WORKFLOW_EXPLODED', 'action=delete', 'result=MAYBE', 'resourceType=user']) {
        const res = await get(`/v1/audit-events?${q}`);
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0611');
      }
      for (const q of ['sortOrder=sideways', 'limit=0', 'limit=101', 'limit=ten']) {
        const res = await get(`/v1/audit-events?${q}`);
        expect(res.status).toBe(400);
        expect((await res.json()).code).toBe('FLK-0304');
      }
    });

    it('lists a time window of many rows (walked in id order) and of few (read from the timestamp index) alike, page after page', async () => {
      // More rows than the listing reads from the timestamp index at once (1,000): such a window is walked instead.
      const resourceIds = Array.from({ length: 1_050 }, () => randomUUID());
      await db.write((m) =>
        writer.appendMany(m, SYSTEM_ACTOR, resourceIds.map((resourceId) => ({ eventType: 'EXECUTION_COMPLETED', action: 'EXECUTE', result: 'SUCCESS', resourceType: 'execution', resourceId }))),
      );
      const rows = await rowsOf(...resourceIds);
      const first = rows[0];
      const expected = async (where: string, params: unknown[], order: 'ASC' | 'DESC', limit: number) =>
        ((await sql.query(`SELECT event_id FROM audit_events WHERE ${where} ORDER BY id ${order} LIMIT ${limit}`, params)) as Array<{ event_id: string }>).map((r) => r.event_id);
      for (const order of ['ASC', 'DESC'] as const) {
        const many = await search(`dateFrom=${encodeURIComponent(first.timestamp as string)}&sortOrder=${order}&limit=100`);
        expect(ids(many)).toEqual(await expected(`timestamp >= ${p(1)}`, [first.timestamp], order, 100));
        const next = await search(`dateFrom=${encodeURIComponent(first.timestamp as string)}&sortOrder=${order}&limit=100&cursor=${many.nextCursor}`);
        const after = order === 'ASC' ? `id > ${p(2)}` : `id < ${p(2)}`;
        expect(ids(next)).toEqual(await expected(`timestamp >= ${p(1)} AND ${after}`, [first.timestamp, many.nextCursor], order, 100));
        // A window that ends before this suite's events: what it holds, in id order.
        const before = seeded[A].timestamp as string;
        const few = await search(`dateTo=${encodeURIComponent(before)}&sortOrder=${order}&limit=100`);
        expect(ids(few)).toEqual(await expected(`timestamp <= ${p(1)}`, [before], order, 100));
        // With a filter on a value most rows have (no index of its own), many rows and few.
        const completed = await search(`eventType=EXECUTION_COMPLETED&dateFrom=${encodeURIComponent(first.timestamp as string)}&sortOrder=${order}&limit=100`);
        expect(ids(completed)).toEqual(await expected(`event_type = 'EXECUTION_COMPLETED' AND timestamp >= ${p(1)}`, [first.timestamp], order, 100));
        const completedBefore = await search(`eventType=EXECUTION_COMPLETED&dateTo=${encodeURIComponent(before)}&sortOrder=${order}&limit=100`);
        expect(ids(completedBefore)).toEqual(await expected(`event_type = 'EXECUTION_COMPLETED' AND timestamp <= ${p(1)}`, [before], order, 100));
      }
    });
  });

  describe('GET /v1/audit-events/{id}/verify', () => {
    it('an intact chain is valid; totalChecked counts every event up to the requested one', async () => {
      for (const i of [A, C, E]) {
        expect(await verify(seeded[i].event_id)).toEqual({
          isValid: true,
          totalChecked: await countUpTo(seeded[i].id),
          message: 'Hash chain is valid',
        });
      }
    });

    it('one changed field of one stored row is reported at exactly that row', async () => {
      const c = seeded[C];
      await withoutAppendOnlyGuard(async () => {
        for (const [column, value] of [
          ['metadata', '{"error.code":"FLK-0000","workflow.id":"' + workflowId + '"}'],
          ['resource_id', randomUUID()],
          ['timestamp', '2020-01-01T00:00:00.000Z'],
          ['actor_id', 'someone-else'],
        ] as const) {
          await setColumn(c.id, column, value);
          try {
            const result = await verify(seeded[E].event_id);
            expect(result).toMatchObject({ isValid: false, firstInvalidId: Number(c.id), totalChecked: await countUpTo(c.id) });
            expect(result.message).toMatch(/altered/);
            // Events before the tampered one still verify.
            expect((await verify(seeded[B].event_id)).isValid).toBe(true);
          } finally {
            await setColumn(c.id, column, c[column]);
          }
        }
      });
      expect((await verify(seeded[E].event_id)).isValid).toBe(true);
    });

    it('a row whose metadata or context was overwritten with text that is not JSON still lists and reads; verify names it', async () => {
      const c = seeded[C];
      await withoutAppendOnlyGuard(async () => {
        for (const column of ['metadata', 'context'] as const) {
          await setColumn(c.id, column, '{"workflow.id": "truncated');
          try {
            const one = await get(`/v1/audit-events/${c.event_id}`);
            expect(one.status).toBe(200);
            const shown = await one.json();
            expect(shown).toMatchObject({ eventId: c.event_id, hash: c.hash });
            expect(shown[column]).toBeUndefined();
            const list = await get(`/v1/audit-events?resourceId=${c.resource_id}&limit=100`);
            expect(list.status).toBe(200);
            expect((await list.json()).items.map((e: { eventId: string }) => e.eventId)).toContain(c.event_id);
            const result = await verify(seeded[E].event_id);
            expect(result).toMatchObject({ isValid: false, firstInvalidId: Number(c.id) });
            expect(result.message).toMatch(/altered/);
          } finally {
            await setColumn(c.id, column, c[column]);
          }
        }
      });
      expect((await verify(seeded[E].event_id)).isValid).toBe(true);
    });

    it('a row rewritten together with a correctly recomputed hash breaks the link of the next row', async () => {
      const c = seeded[C];
      const forgedMetadata = `{"error.code":"FLK-0000","workflow.id":"${workflowId}"}`;
      const forgedHash = computeAuditHash(c.previous_hash as string, {
        eventId: c.event_id, eventType: c.event_type as string, action: c.action as string, result: c.result as string,
        resourceId: c.resource_id, resourceType: c.resource_type as string, actorType: c.actor_type as string,
        actorId: c.actor_id as string, actorIp: c.actor_ip as string, context: c.context as string,
        metadata: forgedMetadata, timestamp: c.timestamp as string,
      });
      await withoutAppendOnlyGuard(async () => {
        await setColumn(c.id, 'metadata', forgedMetadata);
        await setColumn(c.id, 'hash', forgedHash);
        try {
          // C is self-consistent now, so the forgery surfaces at D, which still points at C's original hash.
          expect((await verify(c.event_id)).isValid).toBe(true);
          const result = await verify(seeded[E].event_id);
          expect(result).toMatchObject({ isValid: false, firstInvalidId: Number(seeded[D].id), totalChecked: await countUpTo(seeded[D].id) });
          expect(result.message).toMatch(/does not link/);
        } finally {
          await setColumn(c.id, 'metadata', c.metadata);
          await setColumn(c.id, 'hash', c.hash);
        }
      });
      expect((await verify(seeded[E].event_id)).isValid).toBe(true);
    });

    it('a deleted middle row shows up as a break at the row after the gap', async () => {
      const c = seeded[C];
      const columns = Object.keys(c);
      await withoutAppendOnlyGuard(async () => {
        await sql.query(`DELETE FROM audit_events WHERE id = ${p(1)}`, [c.id]);
        try {
          const result = await verify(seeded[E].event_id);
          expect(result).toMatchObject({
            isValid: false,
            firstInvalidId: Number(seeded[D].id),
            totalChecked: (await countUpTo(seeded[D].id)),
          });
          expect(result.message).toMatch(/does not link/);
          // The deleted event itself is gone.
          expect((await get(`/v1/audit-events/${c.event_id}`)).status).toBe(404);
        } finally {
          await sql.query(
            `INSERT INTO audit_events (${columns.join(', ')}) VALUES (${columns.map((_, i) => p(i + 1)).join(', ')})`,
            columns.map((k) => c[k]),
          );
        }
      });
      expect((await verify(seeded[E].event_id)).isValid).toBe(true);
    });

    // PostgreSQL computes the hashes in the server (audit_events_append_json), SQLite in TypeScript; verification always
    // recomputes them in TypeScript, so both must give the documented formula byte for byte.
    it('stores, for any text, the hash of the documented formula over the stored columns', async () => {
      const resourceId = randomUUID();
      const texts = ['Zahlung | bezahlt', 'quote " backslash \\ newline \n tab \t', 'emoji 😀 CJK 漢字 RTL \u202e', 'nul \u0000 lone \ud800'];
      await db.write((m) =>
        writer.appendMany(
          m,
          { type: 'api_key', id: 'key:|pipe', ip: '2001:db8::1', userAgent: 'ünïcode/1.0 😀', requestId: 'req|1' },
          texts.map((text) => ({ eventType: 'EXECUTION_FAILED', action: 'EXECUTE', result: 'FAILED', resourceType: 'execution', resourceId, metadata: { text, [text]: [text] } })),
        ),
      );
      const rows = await rowsOf(resourceId);
      expect(rows).toHaveLength(texts.length);
      const [before] = await sql.query(`SELECT hash FROM audit_events WHERE id < ${p(1)} ORDER BY id DESC LIMIT 1`, [rows[0].id]);
      let previous: string | null = before?.hash ?? null;
      for (const row of rows) {
        expect(row.previous_hash).toBe(previous);
        const recomputed = computeAuditHash(previous, {
          eventId: row.event_id, eventType: row.event_type as string, action: row.action as string, result: row.result as string,
          resourceId: row.resource_id, resourceType: row.resource_type as string, actorType: row.actor_type as string,
          actorId: row.actor_id as string, actorIp: row.actor_ip as string, context: row.context as string,
          metadata: row.metadata as string, timestamp: row.timestamp as string,
        });
        expect(row.hash).toBe(recomputed);
        previous = row.hash as string;
      }
      expect(JSON.parse(rows[2].metadata as string).text).toBe(texts[2]);
      expect((await verify(rows[rows.length - 1].event_id)).isValid).toBe(true);
    });

    it('the database refuses UPDATE and DELETE on audit events while the triggers are in place', async () => {
      const c = seeded[C];
      await expect(setColumn(c.id, 'metadata', '{}')).rejects.toThrow(/append-only/);
      await expect(sql.query(`DELETE FROM audit_events WHERE id = ${p(1)}`, [c.id])).rejects.toThrow(/append-only/);
      if (pg) await expect(sql.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
      const [after] = await rowsOf(executionId);
      expect(after).toEqual(c);
      expect((await verify(seeded[E].event_id)).isValid).toBe(true);
    });

    it('50 concurrent transactions append one unbroken chain without forks', async () => {
      const resourceIds = Array.from({ length: 50 }, () => randomUUID());
      await Promise.all(
        resourceIds.map((resourceId) =>
          append({ eventType: 'EXECUTION_STARTED', action: 'EXECUTE', result: 'SUCCESS', resourceType: 'execution', resourceId }),
        ),
      );
      const rows = await rowsOf(...resourceIds);
      expect(rows).toHaveLength(50);
      const all: Array<{ previous_hash: string | null }> = await sql.query('SELECT previous_hash FROM audit_events');
      const links = all.map((r) => r.previous_hash);
      expect(new Set(links).size).toBe(links.length);
      const last = rows[rows.length - 1];
      expect(await verify(last.event_id)).toEqual({ isValid: true, totalChecked: await countUpTo(last.id), message: 'Hash chain is valid' });
    });

    it('unknown id → 404 FLK-0600; malformed id → 400 FLK-0002', async () => {
      const missing = await get(`/v1/audit-events/${randomUUID()}/verify`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).code).toBe('FLK-0600');
      const bad = await get('/v1/audit-events/123/verify');
      expect(bad.status).toBe(400);
      expect((await bad.json()).code).toBe('FLK-0002');
    });
  });

  describe('scripts/verify-audit-export.mjs (the documented outside check)', () => {
    const runScript = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        execFile(
          process.execPath,
          [path.join(__dirname, '..', '..', 'scripts', 'verify-audit-export.mjs')],
          { env: { ...process.env, FLOWKER_URL: t.baseUrl, FLOWKER_API_KEY: TEST_API_KEY } },
          (err, stdout, stderr) => resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, out: stdout + stderr }),
        );
      });

    it('accepts the intact chain and names the first altered event', async () => {
      const intact = await runScript();
      expect(intact.out).toMatch(/^OK: \d+ audit events/);
      expect(intact.code).toBe(0);

      const c = seeded[C];
      await withoutAppendOnlyGuard(async () => {
        await setColumn(c.id, 'resource_type', 'workflow');
        try {
          const tampered = await runScript();
          expect(tampered.code).toBe(1);
          expect(tampered.out).toContain(`INVALID at position ${await countUpTo(c.id)}: event ${c.event_id}`);
          expect(tampered.out).toMatch(/altered/);
        } finally {
          await setColumn(c.id, 'resource_type', c.resource_type);
        }
      });
      expect((await runScript()).code).toBe(0);
    });
  });

  describe('authentication and failures', () => {
    const paths = () => ['/v1/audit-events', `/v1/audit-events/${seeded[A].event_id}`, `/v1/audit-events/${seeded[A].event_id}/verify`];

    it('every audit operation needs the API key → 401 FLK-0003', async () => {
      for (const route of paths()) {
        const res = await t.http(route);
        expect(res.status).toBe(401);
        expect((await res.json()).code).toBe('FLK-0003');
        expect((await t.http(route, { headers: { 'X-API-Key': `${TEST_API_KEY}x` } })).status).toBe(401);
      }
    });

    it('answers 500 FLK-9999 and 503 FLK-0009 in the error shape', async () => {
      for (const route of paths()) {
        const error = await get(route, { 'X-Test-Fault-Injection': 'error' });
        expect(error.status).toBe(500);
        expect((await error.json()).code).toBe('FLK-9999');
        const unavailable = await get(route, { 'X-Test-Fault-Injection': 'unavailable' });
        expect(unavailable.status).toBe(503);
        expect((await unavailable.json()).code).toBe('FLK-0009');
      }
    });
  });

  // Last in the file: its 2,100 events would only slow down the tests that walk the whole trail.
  describe('GET /v1/audit-events/{id}/verify on a long chain', () => {
    it('lets other work run between the batches of a long walk instead of holding the process for all of it', async () => {
      // More than two batches of 1,000 rows, so the walk needs at least three reads.
      const resourceId = randomUUID();
      const events = Array.from({ length: 2100 }, (): AuditEventInput => ({
        eventType: 'EXECUTION_STARTED', action: 'EXECUTE', result: 'SUCCESS', resourceType: 'execution', resourceId,
      }));
      await db.write((m) => writer.appendMany(m, SYSTEM_ACTOR, events));
      const [last] = await sql.query(`SELECT event_id FROM audit_events ORDER BY id DESC LIMIT 1`);

      // A macrotask ticker stands for every other request; each batch read notes how often it has run so far.
      let ticks = 0;
      let ticking = true;
      const tick = () => {
        ticks += 1;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const repository = t.app.get(AuditEventRepository);
      const original = repository.chainSlice.bind(repository);
      const ticksAtRead: number[] = [];
      const spy = jest.spyOn(repository, 'chainSlice').mockImplementation((...args) => {
        ticksAtRead.push(ticks);
        return original(...args);
      });
      try {
        expect((await verify(last.event_id)).isValid).toBe(true);
      } finally {
        ticking = false;
        spy.mockRestore();
      }
      expect(ticksAtRead.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < ticksAtRead.length; i++) expect(ticksAtRead[i]).toBeGreaterThan(ticksAtRead[i - 1]);
    });
  });
});
