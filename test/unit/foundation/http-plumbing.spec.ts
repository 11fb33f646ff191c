import { HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { BodyValidationPipe } from '../../../src/common/http/body-validation.pipe';
import { toErrorResponse } from '../../../src/common/http/error-response';
import { OperationParamsGuard } from '../../../src/common/http/operation-params.guard';
import { matchOperation } from '../../../src/common/http/route-matcher';
import { FlkError } from '../../../src/common/errors';
import { CreateWebhookSubscriptionInput, CreateWorkflowInput, OPERATION_ID, OPERATIONS, UpdateExecutorConfigurationInput } from '../../../src/generated';

function thrown(fn: () => unknown): FlkError {
  try {
    fn();
  } catch (e) {
    return e as FlkError;
  }
  throw new Error('expected an error');
}

describe('BodyValidationPipe (with a generated DTO)', () => {
  const pipe = new BodyValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'body', metatype: CreateWorkflowInput });

  it('returns a DTO instance for a valid body', () => {
    const out = validate({ name: 'Payments', nodes: [], edges: [] });
    expect(out).toBeInstanceOf(CreateWorkflowInput);
  });

  it('answers the spec x-flk-code of the failing property', () => {
    expect(thrown(() => validate({})).code).toBe('FLK-0110');
    expect(thrown(() => validate({ name: 'x'.repeat(101) })).code).toBe('FLK-0111');
    expect(thrown(() => validate({ name: 'ok', nodes: Array.from({ length: 101 }, (_, i) => ({ id: `n${i}`, type: 'action', position: { x: 0, y: 0 } })) })).code).toBe('FLK-0113');
  });

  it('names nested fields with their path', () => {
    const err = thrown(() => validate({ name: 'ok', nodes: [{ id: 'a', type: 'bogus', position: { x: 0, y: 0 } }] }));
    expect(err.fields).toHaveProperty(['nodes[0].type']);
  });

  it('refuses unknown fields with FLK-0300 and non-objects with FLK-0001', () => {
    const unknown = thrown(() => validate({ name: 'ok', extra: true }));
    expect(unknown.code).toBe('FLK-0300');
    expect(unknown.fields).toHaveProperty('extra');
    for (const v of [null, [], 'text', 7]) expect(thrown(() => validate(v)).code).toBe('FLK-0001');
  });

  it('says only that a value has the wrong type, not which length or format rules it would break', () => {
    // `"description": null` read "description must be a string; description must be shorter than or equal to 500
    // characters", as if it were too long.
    const err = thrown(() => validate({ name: 'ok', description: null }));
    expect(err.message).toBe('Invalid request body: description must be a string.');
    expect(err.fields).toEqual({ description: 'must be a string' });
    expect(thrown(() => validate({ name: 42 })).message).toBe('Invalid request body: name must be a string.');
  });

  it("says what is wrong in a JSON API's words: required, null, each value of a list, one element", () => {
    const missing = thrown(() => validate({}));
    expect(missing.fields).toEqual({ name: 'is required' });
    expect(missing.message).toBe('Invalid request body: name is required.');
    expect(thrown(() => validate({ name: null })).fields).toEqual({ name: 'must not be null' });
    expect(thrown(() => validate({ name: 'x'.repeat(101) })).fields).toEqual({ name: 'must be at most 100 characters long' });
    const subscription = (value: unknown) => pipe.transform(value, { type: 'body', metatype: CreateWebhookSubscriptionInput });
    const events = thrown(() => subscription({ name: 'n', url: 'https://example.com/h', events: ['nope'] }));
    expect(events.fields?.events).toMatch(/^each value must be one of the following values: workflow\.started, /);
    expect(events.message).toMatch(/^Invalid request body: events: each value must be one of /);
    expect(thrown(() => subscription({ name: 'n', url: 'https://example.com/h', events: [] })).fields).toEqual({ events: 'must contain at least 1 element' });
  });

  it('passes non-body arguments through untouched', () => {
    expect(pipe.transform('x', { type: 'query', metatype: String })).toBe('x');
  });
});

describe('OperationParamsGuard', () => {
  const guard = new OperationParamsGuard({ get: (key: string) => (key === OPERATION_ID ? current : undefined) } as unknown as Reflector);
  let current = 'getWorkflow';
  const run = (operationId: string, params: Record<string, unknown>, query: Record<string, unknown>) => {
    current = operationId;
    const request = { params, query };
    const ctx = { getHandler: () => undefined, switchToHttp: () => ({ getRequest: () => request }) };
    guard.canActivate(ctx as never);
    return request;
  };

  it('rejects a non-UUID path id with FLK-0002', () => {
    const err = thrown(() => run('getWorkflow', { id: 'not-a-uuid' }, {}));
    expect(err.code).toBe('FLK-0002');
    expect(err.message).toContain('UUID');
  });

  it('coerces query values, applies defaults and rejects out-of-range values', () => {
    const ok = run('listWorkflows', {}, { limit: '5' });
    expect(ok.query).toEqual({ limit: 5, sortBy: 'createdAt', sortOrder: 'DESC' });
    expect(run('listWorkflows', {}, {}).query).toMatchObject({ limit: 10 });
    expect(thrown(() => run('listWorkflows', {}, { limit: '101' })).status).toBe(400);
    expect(thrown(() => run('listWorkflows', {}, { limit: 'ten' })).status).toBe(400);
  });

  it('refuses a query parameter the operation does not take, and ignores the query of one that takes none', () => {
    const err = thrown(() => run('listWorkflows', {}, { limit: '5', ignored: 'x' }));
    expect(err.code).toBe('FLK-0304');
    expect(err.fields).toEqual({ ignored: 'is not a parameter of this operation' });
    expect(thrown(() => run('getExecutionSummary', {}, { since: 'x' })).code).toBe('FLK-0302');
    expect(run('getWorkflowSummary', {}, { cache: '1' }).query).toEqual({});
    // Empty, it is absent, as a declared one would be: a form's unset field.
    expect(run('listWorkflows', {}, { name: '' }).query).toEqual({ limit: 10, sortBy: 'createdAt', sortOrder: 'DESC' });
  });
});

describe('matchOperation', () => {
  it('prefers literal segments over parameters', () => {
    expect(matchOperation('POST', '/v1/workflows/from-template')?.operationId).toBe('createWorkflowFromTemplate');
    expect(matchOperation('GET', '/v1/workflows/3fa85f64-5717-4562-b3fc-2c963f66afa6')?.operationId).toBe('getWorkflow');
    expect(matchOperation('GET', '/v1/nothing')).toBeUndefined();
  });
});

describe('toErrorResponse', () => {
  it('maps our errors with their catalog status', () => {
    const m = toErrorResponse(new FlkError('FLK-0100', 'Workflow not found'));
    expect(m).toMatchObject({ status: 404, body: { code: 'FLK-0100', title: 'Not Found', message: 'Workflow not found' }, unexpected: false });
  });

  it('maps Fastify parsing errors wrapped by Nest', () => {
    const tooLarge = new HttpException('too large', 413, { cause: Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }) });
    expect(toErrorResponse(tooLarge).body.code).toBe('FLK-0006');
    const badJson = new HttpException('bad', 400, { cause: Object.assign(new SyntaxError('Unexpected token'), { statusCode: 400 }) });
    expect(toErrorResponse(badJson).body.code).toBe('FLK-0001');
  });

  it("answers an over-limit body with the operation's own code when the spec names one", () => {
    const tooLarge = new HttpException('too large', 413, { cause: Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }) });
    expect(toErrorResponse(tooLarge, OPERATIONS.executeWorkflow).body.code).toBe('FLK-0506');
    expect(toErrorResponse(tooLarge, OPERATIONS.triggerWebhook).body.code).toBe('FLK-0363');
    expect(toErrorResponse(tooLarge, OPERATIONS.createWorkflow).body.code).toBe('FLK-0006');
  });

  it('answers 503 FLK-0009 with Retry-After when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toErrorResponse(refused)).toMatchObject({ status: 503, body: { code: 'FLK-0009' }, headers: { 'Retry-After': '5' } });
    expect(toErrorResponse({ driverError: { code: '57P01' }, message: 'terminating connection' }).status).toBe(503);
    // The database named in DATABASE_URL dropped or renamed, or this service's login revoked: met on reconnecting.
    expect(toErrorResponse({ code: '3D000', message: 'database "flowker" does not exist' }).status).toBe(503);
    expect(toErrorResponse({ code: '28P01', message: 'password authentication failed for user "flowker"' }).status).toBe(503);
  });

  it.each([
    ['SQLite, disk full', { code: 'SQLITE_FULL', message: 'database or disk is full' }],
    ['PostgreSQL disk_full', { driverError: { code: '53100' }, message: 'could not extend file' }],
    ['PostgreSQL out_of_memory', { driverError: { code: '53200' }, message: 'out of memory' }],
    ['PostgreSQL too_many_connections', { code: '53300', message: 'sorry, too many clients already' }],
  ])('answers 503 FLK-0009 with Retry-After when the database is out of room (%s), logged as ours', (_case, error) => {
    const m = toErrorResponse(error);
    expect(m).toMatchObject({ status: 503, body: { code: 'FLK-0009' }, headers: { 'Retry-After': '5' }, unexpected: true });
    expect(m.body.message).toMatch(/no room/);
  });

  it('turns anything unexpected into 500 FLK-9999 without its details', () => {
    const m = toErrorResponse(new TypeError('secret internals at /src/x.ts:1'));
    expect(m.status).toBe(500);
    expect(m.unexpected).toBe(true);
    expect(JSON.stringify(m.body)).not.toContain('internals');
  });
});

describe('BodyValidationPipe rule order', () => {
  it('reports the most basic broken rule of a field first (empty before bad format)', () => {
    const pipe = new BodyValidationPipe();
    const body = { name: 'x', baseUrl: '', endpoints: [{ name: 'a', path: '/a', method: 'GET' }], authentication: { type: 'none' } };
    const err = thrown(() => pipe.transform(body, { type: 'body', metatype: UpdateExecutorConfigurationInput }));
    expect(err.code).toBe('FLK-0262');
  });
});
