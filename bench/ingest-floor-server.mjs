/**
 * The floor under webhook ingest: the least a service can do per call and still store what ours stores, as durably.
 * Per call it checks the API key (SHA-256, constant-time), parses the JSON body, builds the execution input with its
 * `_webhook` metadata, and queues the call; the calls queued while no write is in flight are written together (one
 * route lookup; per call the completed execution, its step and its two hash-chained audit events, with the service's
 * own ids and audit hash) and answered 201 once committed. SQLite: one transaction, the service's pragmas (WAL,
 * synchronous = FULL, checkpoints on a thread). PostgreSQL: one statement. No workflow engine, no operations table,
 * no hooks, metrics or logging: the gap between this and the service is what those layers cost.
 * Usage (from bench/ingest-floor.mjs):
 *   node bench/ingest-floor-server.mjs <port> <sqlite file | postgres url> <route path as in the URL> <api key>
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { timeOrderedId } = require('../dist/common/ids/time-ordered-id.js');
const { canonicalJson, computeAuditHash } = require('../dist/modules/audit/audit-hash.js');

const [port, file, routePath, apiKey] = process.argv.slice(2);
const sha256 = (text) => createHash('sha256').update(text).digest();
const keyHash = sha256(apiKey);

const OUTPUT = JSON.stringify({ ok: true });
const STEP_OUTPUT = JSON.stringify({ actionType: 'set_output', output: { ok: true } });
const ROUTE_SQL = `SELECT r.workflow_id AS "workflowId", r.node_id AS "nodeId", w.status AS status
  FROM webhook_routes r JOIN workflows w ON w.id = r.workflow_id WHERE r.method = 'POST' AND r.path = `;
const writer = file.startsWith('postgres') ? await postgresWriter(file) : sqliteWriter(file);
let tip = await writer.lastHash();

/** The two audit events of a call, chained onto `tip` (the floor is the only writer of its database). */
function auditEventsOf(call, workflowId) {
  const metadata = canonicalJson({ 'workflow.id': workflowId });
  const actors = [
    ['EXECUTION_STARTED', 'api_key', 'key:floor', call.ip, canonicalJson({ requestId: call.requestId })],
    ['EXECUTION_COMPLETED', 'system', 'flowker', '0.0.0.0', '{}'],
  ];
  return actors.map(([eventType, actorType, actorId, actorIp, context]) => {
    const event = { eventId: timeOrderedId(), eventType, action: 'EXECUTE', result: 'SUCCESS', resourceId: call.id, resourceType: 'execution', actorType, actorId, actorIp, context, metadata, timestamp: call.at };
    const previousHash = tip;
    tip = computeAuditHash(previousHash, event);
    return { ...event, hash: tip, previousHash };
  });
}

function sqliteWriter(path) {
  const db = new Database(path, { fileMustExist: true });
  for (const pragma of ['journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000', 'temp_store = MEMORY', 'wal_autocheckpoint = 20000']) db.pragma(pragma);
  const checkpointer = new Worker(
    `const { workerData } = require('node:worker_threads');
     const db = new (require(workerData.driver))(workerData.file, { fileMustExist: true });
     setInterval(() => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} }, 50);`,
    { eval: true, workerData: { file: path, driver: require.resolve('better-sqlite3') } },
  );
  checkpointer.unref();
  const findRoute = db.prepare(`${ROUTE_SQL}?`);
  const insertExecution = db.prepare(
    `INSERT INTO executions (id, workflow_id, status, input_data, context, current_step_number, total_steps, final_output, started_at, completed_at, updated_at, deadline_at, entry_node_id)
     VALUES (?, ?, 'completed', ?, 'null', 1, 2, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStep = db.prepare(
    `INSERT INTO execution_steps (execution_id, node_id, step_number, step_name, node_type, status, output, attempts, started_at, completed_at, duration_ms)
     VALUES (?, 'done', 1, 'action_done', 'action', 'completed', ?, 1, ?, ?, 0)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO audit_events (event_id, event_type, action, result, resource_type, resource_id, actor_type, actor_id, actor_ip, context, metadata, timestamp, hash, previous_hash)
     VALUES (?, ?, 'EXECUTE', 'SUCCESS', 'execution', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const write = db.transaction((calls) => {
    const route = findRoute.get(`/${routePath}`);
    for (const call of calls) {
      call.workflowId = route.workflowId;
      insertExecution.run(call.id, route.workflowId, call.input, OUTPUT, call.at, call.at, call.at, call.at, route.nodeId);
      insertStep.run(call.id, STEP_OUTPUT, call.at, call.at);
      for (const e of auditEventsOf(call, route.workflowId)) {
        insertAudit.run(e.eventId, e.eventType, e.resourceId, e.actorType, e.actorId, e.actorIp, e.context, e.metadata, e.timestamp, e.hash, e.previousHash);
      }
    }
  });
  return {
    lastHash: async () => db.prepare('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1').get()?.hash ?? null,
    write: async (calls) => write(calls),
  };
}

/** One connection; per flush one route lookup and ONE statement (implicitly its own transaction) for all rows. */
async function postgresWriter(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const insert = `WITH e AS (
      INSERT INTO executions (id, workflow_id, status, input_data, context, current_step_number, total_steps, final_output, started_at, completed_at, updated_at, deadline_at, entry_node_id)
      SELECT c.id, $1, 'completed', c.input, 'null', 1, 2, $2, c.at, c.at, c.at, c.at, $3 FROM unnest($4::text[], $5::text[], $6::text[]) AS c(id, input, at)
    ), s AS (
      INSERT INTO execution_steps (execution_id, node_id, step_number, step_name, node_type, status, output, attempts, started_at, completed_at, duration_ms)
      SELECT c.id, 'done', 1, 'action_done', 'action', 'completed', $7, 1, c.at, c.at, 0 FROM unnest($4::text[], $6::text[]) AS c(id, at)
    )
    INSERT INTO audit_events (event_id, event_type, action, result, resource_type, resource_id, actor_type, actor_id, actor_ip, context, metadata, timestamp, hash, previous_hash)
    SELECT a.event_id, a.event_type, 'EXECUTE', 'SUCCESS', 'execution', a.resource_id, a.actor_type, a.actor_id, a.actor_ip, a.context, a.metadata, a.ts, a.hash, a.previous_hash
    FROM unnest($8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])
      WITH ORDINALITY AS a(event_id, event_type, resource_id, actor_type, actor_id, actor_ip, context, metadata, ts, hash, previous_hash, n)
    ORDER BY a.n`;
  return {
    lastHash: async () => (await client.query('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1')).rows[0]?.hash ?? null,
    write: async (calls) => {
      const route = (await client.query(`${ROUTE_SQL}$1`, [`/${routePath}`])).rows[0];
      const events = [];
      for (const call of calls) {
        call.workflowId = route.workflowId;
        events.push(...auditEventsOf(call, route.workflowId));
      }
      const column = (rows, name) => rows.map((row) => row[name]);
      await client.query(insert, [
        route.workflowId, OUTPUT, route.nodeId, column(calls, 'id'), column(calls, 'input'), column(calls, 'at'), STEP_OUTPUT,
        ...['eventId', 'eventType', 'resourceId', 'actorType', 'actorId', 'actorIp', 'context', 'metadata', 'timestamp', 'hash', 'previousHash'].map((name) => column(events, name)),
      ]);
    },
  };
}

let queued = [];
let writing = false;
async function flush() {
  if (writing || queued.length === 0) return;
  writing = true;
  const calls = queued;
  queued = [];
  try {
    await writer.write(calls);
    for (const call of calls) {
      void call.reply.code(201).header('X-Webhook-Workflow-ID', call.workflowId).header('X-Webhook-Execution-ID', call.id).send({ executionId: call.id, workflowId: call.workflowId, status: 'accepted' });
    }
  } catch (error) {
    for (const call of calls) void call.reply.code(500).send({ code: 'FLK-0001', message: String(error) });
  } finally {
    writing = false;
  }
  if (queued.length > 0) setImmediate(flush);
}

const app = Fastify({ logger: false });
app.post('/v1/webhooks/*', (request, reply) => {
  const presented = request.headers['x-api-key'];
  if (typeof presented !== 'string' || !timingSafeEqual(sha256(presented), keyHash)) return reply.code(401).send({ code: 'FLK-0001' });
  const at = new Date().toISOString();
  const { 'x-api-key': _secret, ...headers } = request.headers;
  const webhook = { method: request.method, path: request.params['*'], headers, query: request.query, remote_ip: request.socket.remoteAddress };
  const input = JSON.stringify({ ...request.body, _webhook: webhook });
  if (queued.length === 0) setImmediate(flush);
  queued.push({ id: timeOrderedId(), at, input, ip: request.socket.remoteAddress, requestId: String(request.id), reply });
  return reply;
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
// Exit normally on Ctrl-C, so that a profile asked for with --cpu-prof is written.
process.once('SIGINT', () => process.exit(0));
