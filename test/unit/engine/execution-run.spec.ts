import { ExecutorCallError, type ExecutorCall, type NodeExecutor } from '../../../src/engine/executors/node-executor';
import { ExecutionRun, MAX_RESULTS_LENGTH } from '../../../src/engine/runtime/execution-run';
import type { ExecutionStore } from '../../../src/engine/runtime/execution-store';
import type { ExecutionRecord, StepRecord } from '../../../src/modules/executions/execution.types';
import type { Workflow, WorkflowEdge, WorkflowNode } from '../../../src/modules/workflows/workflow.types';

type Data = Record<string, unknown>;
const n = (id: string, type: string, data: Data = {}): WorkflowNode => ({ id, type: type as WorkflowNode['type'], position: { x: 0, y: 0 }, data });
const e = (source: string, target: string, extra: Partial<WorkflowEdge> = {}): WorkflowEdge => ({ id: `${source}-${target}`, source, target, ...extra });
const setOutput = (id: string, output: Data) => n(id, 'action', { actionType: 'set_output', output });
const exec = (id: string, data: Data = {}) => n(id, 'executor', { executorId: 'http.request', providerConfigId: 'cfg', ...data });

/** An in-memory store that keeps the last state of every step, like the upserting repository. */
class FakeStore {
  steps = new Map<string, StepRecord>();
  writes: StepRecord[][] = [];
  final?: { status: string; errorMessage: string | null; finalOutput: unknown; errorCode?: string };
  finished = false;
  async progress(_id: string, steps: readonly StepRecord[]) {
    this.writes.push([...steps]);
    for (const s of steps) this.steps.set(s.nodeId, s);
    return !this.finished;
  }
  async finish(_id: string, _wf: string, steps: readonly StepRecord[], change: any, errorCode?: string) {
    if (this.finished) return false;
    for (const s of steps) this.steps.set(s.nodeId, s);
    this.final = { status: change.status, errorMessage: change.errorMessage, finalOutput: change.finalOutput, errorCode };
    this.finished = true;
    return true;
  }
  ordered() {
    return [...this.steps.values()].sort((a, b) => a.stepNumber - b.stepNumber).map((s) => [s.stepNumber, s.nodeId, s.status]);
  }
}

function execution(overrides: Partial<ExecutionRecord> = {}): ExecutionRecord {
  return {
    id: 'e1', workflowId: 'w1', status: 'running', inputData: { amount: 10 },
    currentStepNumber: 0, totalSteps: 0, errorMessage: null, finalOutput: undefined, idempotencyKey: 'k', requestFingerprint: 'f',
    startedAt: new Date().toISOString(), completedAt: null, updatedAt: new Date().toISOString(),
    deadlineAt: new Date(Date.now() + 60_000).toISOString(), ...overrides,
  };
}

async function run(nodes: WorkflowNode[], edges: WorkflowEdge[], options: { executor?: (call: ExecutorCall) => Promise<any>; exec?: Partial<ExecutionRecord>; recorded?: StepRecord[] } = {}) {
  const store = new FakeStore();
  const calls: ExecutorCall[] = [];
  const executor = {
    call: async (call: ExecutorCall) => {
      calls.push(call);
      if (options.executor) return options.executor(call);
      return { envelope: { status: 200, status_text: 'OK', url: 'http://x', headers: {}, body: { got: call.body } }, attempts: 1 };
    },
  } as NodeExecutor;
  const logs: unknown[] = [];
  const logger = { log: (m: unknown) => logs.push(m), error: (m: unknown) => logs.push(m) } as any;
  const workflow: Workflow = { id: 'w1', name: 'w', nodes, edges, metadata: {}, status: 'active', createdAt: '', updatedAt: '' };
  await new ExecutionRun(
    { store: store as unknown as ExecutionStore, executor, logger, stopping: () => false, shutdownSignal: new AbortController().signal },
    execution(options.exec),
    workflow,
    options.recorded,
  ).execute();
  return { store, calls, logs };
}

describe('ExecutionRun traversal', () => {
  it('runs a diamond join once, after both branches', async () => {
    const { store, calls } = await run(
      [n('t', 'trigger'), exec('a'), exec('b'), exec('join'), setOutput('end', { done: 1 })],
      [e('t', 'a'), e('t', 'b'), e('a', 'join'), e('b', 'join'), e('join', 'end')],
    );
    expect(calls.map((c) => c.nodeId)).toEqual(['a', 'b', 'join']);
    expect(store.ordered()).toEqual([[1, 'a', 'completed'], [2, 'b', 'completed'], [3, 'join', 'completed'], [4, 'end', 'completed']]);
    expect(store.final).toMatchObject({ status: 'completed', finalOutput: { done: 1 } });
  });

  it('routes a conditional by sourceHandle and records the untaken branch (and what only it leads to) as skipped', async () => {
    const nodes = [n('t', 'trigger'), n('c', 'conditional', { condition: 'workflow.amount > 5' }), setOutput('big', { size: 'big' }),
      setOutput('small', { size: 'small' }), n('after-small', 'action', { actionType: 'log', message: 'x' }), n('end', 'action')];
    const edges = [e('t', 'c'), e('c', 'big', { sourceHandle: 'true' }), e('c', 'small', { sourceHandle: 'false' }),
      e('small', 'after-small'), e('big', 'end'), e('after-small', 'end')];
    const { store } = await run(nodes, edges);
    const steps = Object.fromEntries([...store.steps.values()].map((s) => [s.nodeId, s]));
    expect(steps.c).toMatchObject({ status: 'completed', output: { condition: 'workflow.amount > 5', result: true, branchTaken: 'true' } });
    expect(steps.big.status).toBe('completed');
    expect(steps.small.status).toBe('skipped');
    expect(steps['after-small'].status).toBe('skipped');
    expect(steps.end.status).toBe('completed'); // one taken incoming edge is enough
    expect(store.final?.finalOutput).toEqual({ size: 'big' });
  });

  it('does not take an edge whose condition is false, and fails the run on a broken edge condition', async () => {
    const base = [n('t', 'trigger'), setOutput('a', { a: 1 }), setOutput('b', { b: 1 })];
    const taken = await run(base, [e('t', 'a', { condition: 'workflow.amount > 100' }), e('t', 'b', { condition: 'workflow.amount < 100' })]);
    expect(taken.store.ordered()).toEqual([[1, 'a', 'skipped'], [2, 'b', 'completed']]);

    const broken = await run(base, [e('t', 'a', { condition: 'workflow.missing > 1' })]);
    expect(broken.store.final?.status).toBe('failed');
    expect(broken.store.final?.errorMessage).toMatch(/^edge "t-a": condition evaluation failed: .*FLK-0504$/);
  });

  it('records an executor step as running before the call, and fails the execution with the executor message', async () => {
    const { store } = await run([n('t', 'trigger'), exec('x'), setOutput('end', {})], [e('t', 'x'), e('x', 'end')], {
      executor: async () => {
        throw new ExecutorCallError('executor call failed after 2 attempts: status 500: FLK-0504', 'FLK-0504', 2, 500);
      },
    });
    expect(store.writes[0].map((s) => [s.nodeId, s.status])).toEqual([['x', 'running']]);
    expect(store.final).toMatchObject({
      status: 'failed',
      errorMessage: 'node "x": executor call failed after 2 attempts: status 500: FLK-0504',
      errorCode: 'FLK-0504',
    });
    expect(store.steps.get('x')).toMatchObject({ status: 'failed', attempts: 2, errorMessage: 'executor call failed after 2 attempts: status 500: FLK-0504' });
    expect(store.steps.has('end')).toBe(false);
  });

  it('applies input and output mappings and passes the step timeout from the node', async () => {
    const { store, calls } = await run(
      [n('t', 'trigger'), exec('x', { timeout: 2, inputMapping: [{ source: 'workflow.amount', target: 'value', transformation: { type: 'add_prefix', config: { prefix: 'n' } } }],
        outputMapping: [{ source: 'body.got.value', target: 'seen' }] })],
      [e('t', 'x')],
      { exec: { inputData: { amount: '7' } } },
    );
    expect(calls[0].body).toEqual({ value: 'n7' });
    expect(calls[0].stepTimeoutMs).toBe(2000);
    expect(store.final?.finalOutput).toEqual({ workflow: { amount: '7' }, x: { seen: 'n7' } });
  });

  it('leaves the step bound to the executor when the node sets no timeout (a provider timeout over 30 s was cut)', async () => {
    const { calls } = await run([n('t', 'trigger'), exec('x')], [e('t', 'x')]);
    expect(calls[0].stepTimeoutMs).toBeUndefined();
  });

  it('reports an executor step timeout with the bound the executor applied', async () => {
    const { store } = await run([n('t', 'trigger'), exec('x')], [e('t', 'x')], {
      executor: async () => {
        throw new ExecutorCallError('executor call interrupted: the step timeout of 45000 ms passed: FLK-0503', 'FLK-0503', 1, undefined, 45_000);
      },
    });
    expect(store.final?.errorMessage).toBe('node "x": step timed out after 45000 ms: FLK-0503');
  });

  it('fails a step that outlives its timeout even if the executor ignores the signal', async () => {
    const { store } = await run([n('t', 'trigger'), exec('slow', { timeout: 0.05 })], [e('t', 'slow')], {
      executor: () => new Promise(() => undefined),
    });
    expect(store.final?.errorMessage).toBe('node "slow": step timed out after 50 ms: FLK-0503');
  });

  it('fails the execution at its deadline', async () => {
    const { store } = await run([n('t', 'trigger'), exec('slow')], [e('t', 'slow')], {
      executor: () => new Promise(() => undefined),
      exec: { deadlineAt: new Date(Date.now() + 50).toISOString() },
    });
    expect(store.final?.status).toBe('failed');
    expect(store.final?.errorMessage).toMatch(/^execution timed out: .*FLK-0503$/);
  });

  it('isolates language failures and skips unknown node types without running anything through them', async () => {
    const quirk = await run([n('t', 'trigger'), n('c', 'conditional', { condition: "'" })], [e('t', 'c')]);
    expect(quirk.store.final?.status).toBe('failed');
    expect(quirk.store.steps.get('c')?.status).toBe('failed');

    const unknown = await run([n('t', 'trigger'), n('m', 'mystery'), setOutput('after', { x: 1 })], [e('t', 'm'), e('m', 'after')]);
    expect(unknown.store.ordered()).toEqual([[1, 'm', 'skipped'], [2, 'after', 'skipped']]);
    expect(unknown.store.final?.status).toBe('completed');
  });

  it("bounds what all the conditions of one run print together, not each one alone", async () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => ({ k })); // ~120 K characters once printed
    const other = [...rows.slice(0, -1), { k: -1 }];
    const condition = Array.from({ length: 15 }, () => 'workflow.rows == workflow.other').join(' OR '); // ~3.6 M printed
    const nodes = [n('t', 'trigger'), ...['c1', 'c2', 'c3'].map((id) => n(id, 'conditional', { condition })), setOutput('end', { ok: true })];
    const edges = [e('t', 'c1'), e('c1', 'c2', { sourceHandle: 'false' }), e('c2', 'c3', { sourceHandle: 'false' }), e('c3', 'end', { sourceHandle: 'false' })];
    const one = await run(nodes.slice(0, 2).concat(nodes[4]!), [e('t', 'c1'), e('c1', 'end', { sourceHandle: 'false' })], { exec: { inputData: { rows, other } } });
    expect(one.store.final?.status).toBe('completed');
    const three = await run(nodes, edges, { exec: { inputData: { rows, other } } });
    expect(three.store.ordered()).toEqual([[1, 'c1', 'completed'], [2, 'c2', 'completed'], [3, 'c3', 'failed']]);
    expect(three.store.final?.errorMessage).toBe(
      'node "c3": condition evaluation failed: the comparisons would print more than 8388608 characters of objects and arrays: FLK-0504',
    );
  });

  it('runs log and transform actions', async () => {
    const { store, logs } = await run(
      [n('t', 'trigger'), n('log', 'action', { actionType: 'log', message: 'hello', data: { a: 1 } }),
        n('tx', 'action', { actionType: 'transform', mapping: [{ source: 'workflow.amount', target: 'total' }] }),
        n('tr', 'action', { actionType: 'transform', transforms: [{ operation: 'default', spec: { fixed: 'yes' } }] })],
      [e('t', 'log'), e('log', 'tx'), e('tx', 'tr')],
    );
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'hello', nodeId: 'log', data: { a: 1 } }));
    expect(store.steps.get('tx')?.output).toEqual({ total: 10 });
    expect((store.final?.finalOutput as any).tx).toEqual({ total: 10 });
    expect((store.final?.finalOutput as any).tr.fixed).toBe('yes');
  });

  it('fails the node whose result takes the execution past MAX_RESULTS_LENGTH, and stores nothing of it', async () => {
    // Each executor brings back a 9 Mi-character body, kept whole (no outputMapping); the fourth passes 32 Mi.
    const text = 'x'.repeat(9 * 1024 * 1024);
    const { store } = await run(
      [n('t', 'trigger'), exec('c1'), exec('c2'), exec('c3'), exec('c4'), setOutput('end', { done: 1 })],
      [e('t', 'c1'), e('c1', 'c2'), e('c2', 'c3'), e('c3', 'c4'), e('c4', 'end')],
      { executor: async () => ({ envelope: { status: 200, body: { text } }, attempts: 1 }) },
    );
    expect(MAX_RESULTS_LENGTH).toBe(32 * 1024 * 1024);
    expect(store.ordered()).toEqual([[1, 'c1', 'completed'], [2, 'c2', 'completed'], [3, 'c3', 'completed'], [4, 'c4', 'failed']]);
    expect(store.final?.status).toBe('failed');
    expect(store.final?.errorMessage).toBe(`node "c4": the execution's node results would be longer than ${MAX_RESULTS_LENGTH} characters of JSON: FLK-0504`);
    expect(store.steps.get('c4')?.output).toBeUndefined();
  });

  it('measures a result before serialising it: one large string shared by many fields fails the bound, not V8', async () => {
    // Mappings share strings: 200 fields of one 4 Mi-character input are 800 Mi characters of JSON, past the longest
    // string V8 can build. Serialising them took ~20 s to fail with "Invalid string length".
    const big = 'x'.repeat(4 * 1024 * 1024);
    const mapping = Array.from({ length: 200 }, (_, i) => ({ source: 'workflow.big', target: `f${i}` }));
    const { store } = await run([n('t', 'trigger'), n('copy', 'action', { actionType: 'transform', mapping })], [e('t', 'copy')], {
      exec: { inputData: { big } },
    });
    expect(store.final?.errorMessage).toBe(`node "copy": the execution's node results would be longer than ${MAX_RESULTS_LENGTH} characters of JSON: FLK-0504`);

    const calls = await run([n('t', 'trigger'), exec('x', { inputMapping: mapping })], [e('t', 'x')], { exec: { inputData: { big } } });
    expect(calls.calls).toHaveLength(0);
    expect(calls.store.final?.errorMessage).toBe(
      `node "x": input transformation failed: the request body would be longer than ${MAX_RESULTS_LENGTH} characters of JSON: FLK-0504`,
    );
  });

  it('bounds what all the mappings of one run do together (inputs, outputs, transforms), not each one alone', async () => {
    // Each mapping below copies the 5 Mi-character object once: well within the allowance alone, past it the fourth time.
    const input = { doc: { text: 'x'.repeat(5 * 1024 * 1024) } };
    const copy = (id: string) => n(id, 'action', { actionType: 'transform', mapping: [{ source: 'workflow.doc', target: 'doc' }] });
    const nodes = [n('t', 'trigger'), copy('c1'), exec('x', { inputMapping: [{ source: 'workflow.doc', target: 'doc' }],
      outputMapping: [{ source: 'body.got.doc', target: 'doc' }] }), copy('c2'), setOutput('end', { done: 1 })];
    const edges = [e('t', 'c1'), e('c1', 'x'), e('x', 'c2'), e('c2', 'end')];
    const three = await run(nodes.filter((node) => node.id !== 'c2'), [e('t', 'c1'), e('c1', 'x'), e('x', 'end')], { exec: { inputData: input } });
    expect(three.store.final?.status).toBe('completed');
    const four = await run(nodes, edges, { exec: { inputData: input } });
    expect(four.store.ordered()).toEqual([[1, 'c1', 'completed'], [2, 'x', 'completed'], [3, 'c2', 'failed']]);
    expect(four.store.final).toMatchObject({
      status: 'failed',
      errorCode: 'FLK-0504',
      errorMessage: 'node "c2": transform failed: mapping: the steps would copy more than 16777216 characters of JSON: FLK-0504',
    });
  });

  it('charges a list that starts from a copy of the whole context for that copy, and a mapping that reads fields only for what it copies', async () => {
    // Every mapping used to copy the whole context first, uncounted: 100 nodes over a 1 MiB context held the event loop for seconds.
    const input = { big: 'x'.repeat(1024 * 1024), a: { n: 1 } };
    const chain = (count: number, data: Data) => {
      const ids = Array.from({ length: count }, (_, i) => `x${i + 1}`);
      return [[n('t', 'trigger'), ...ids.map((id) => n(id, 'action', { actionType: 'transform', ...data }))], ids.map((id, i) => e(i === 0 ? 't' : ids[i - 1]!, id))] as const;
    };
    const [readNodes, readEdges] = chain(40, { mapping: [{ source: 'workflow.a', target: 'a' }] });
    expect((await run([...readNodes], [...readEdges], { exec: { inputData: input } })).store.final?.status).toBe('completed');
    const [copyNodes, copyEdges] = chain(20, { transforms: [{ operation: 'extract', spec: { path: 'workflow.a' } }] });
    const { store } = await run([...copyNodes], [...copyEdges], { exec: { inputData: input } });
    expect(store.ordered().slice(-2)).toEqual([[15, 'x15', 'completed'], [16, 'x16', 'failed']]);
    expect(store.final?.errorMessage).toBe('node "x16": transform failed: transforms[0]: the steps would copy more than 16777216 characters of JSON: FLK-0504');
  });

  it('resumes without re-running completed steps and re-attempts the step that was in flight', async () => {
    const at = new Date().toISOString();
    const recorded: StepRecord[] = [
      { executionId: 'e1', nodeId: 'a', stepNumber: 1, stepName: 'a', nodeType: 'executor', status: 'completed', attempts: 1, startedAt: at, output: { r: 'a' } },
      { executionId: 'e1', nodeId: 'b', stepNumber: 2, stepName: 'b', nodeType: 'executor', status: 'running', attempts: 0, startedAt: at },
    ];
    const { store, calls } = await run([n('t', 'trigger'), exec('a'), exec('b'), setOutput('end', { ok: 1 })], [e('t', 'a'), e('a', 'b'), e('b', 'end')], {
      recorded,
      exec: { currentStepNumber: 2 },
    });
    expect(calls.map((c) => c.nodeId)).toEqual(['b']);
    expect(store.ordered()).toEqual([[2, 'b', 'completed'], [3, 'end', 'completed']]);
  });

  it("rebuilds a resumed run's context from the steps completed before the restart", async () => {
    const at = new Date().toISOString();
    const done = (nodeId: string, stepNumber: number, nodeType: string, output: unknown): StepRecord =>
      ({ executionId: 'e1', nodeId, stepNumber, stepName: nodeId, nodeType, status: 'completed', attempts: 1, startedAt: at, output });
    const recorded: StepRecord[] = [
      done('tx', 1, 'action', { total: 5 }),
      done('a', 2, 'executor', { r: 'from a' }),
      done('out1', 3, 'action', { actionType: 'set_output', output: { first: 1 } }),
      { executionId: 'e1', nodeId: 'b', stepNumber: 4, stepName: 'b', nodeType: 'executor', status: 'running', attempts: 0, startedAt: at },
    ];
    const { store, calls } = await run(
      [n('t', 'trigger'), n('tx', 'action', { actionType: 'transform', mapping: [{ source: 'workflow.amount', target: 'total' }] }), exec('a'),
        setOutput('out1', { first: 1 }), exec('b', { inputMapping: [{ source: 'a.r', target: 'fromA' }, { source: 'tx.total', target: 'total' }, { source: 'output.first', target: 'first' }] })],
      [e('t', 'tx'), e('tx', 'a'), e('a', 'out1'), e('out1', 'b')],
      { recorded, exec: { inputData: { amount: 99 }, currentStepNumber: 4 } },
    );
    expect(calls.map((c) => c.nodeId)).toEqual(['b']);
    // The transform's recorded result (5), not a re-run of it on this input (99).
    expect(calls[0].body).toEqual({ fromA: 'from a', total: 5, first: 1 });
    // The set_output that ran before the restart still decides the final output.
    expect(store.final).toMatchObject({ status: 'completed', finalOutput: { first: 1 } });
  });

  it('replays edge conditions against the context the first attempt had there, not one a later set_output changed', async () => {
    const at = new Date().toISOString();
    const done = (nodeId: string, stepNumber: number, nodeType: string, output: unknown): StepRecord =>
      ({ executionId: 'e1', nodeId, stepNumber, stepName: nodeId, nodeType, status: 'completed', attempts: 1, startedAt: at, output });
    const recorded: StepRecord[] = [
      done('s1', 1, 'action', { actionType: 'set_output', output: { stage: 'one' } }),
      done('x1', 2, 'executor', { r: 1 }),
      done('s2', 3, 'action', { actionType: 'set_output', output: { stage: 'two' } }),
      { executionId: 'e1', nodeId: 'x2', stepNumber: 4, stepName: 'x2', nodeType: 'executor', status: 'running', attempts: 0, startedAt: at },
    ];
    const { store, calls } = await run(
      [n('t', 'trigger'), setOutput('s1', { stage: 'one' }), exec('x1'), setOutput('s2', { stage: 'two' }), exec('x2'), exec('x3')],
      [e('t', 's1'), { ...e('s1', 'x1'), condition: 'output.stage == "one"' }, e('x1', 's2'), e('s2', 'x2'), e('x2', 'x3')],
      { recorded, exec: { currentStepNumber: 4 } },
    );
    // The step in flight at the crash is called again and the run goes on past it.
    expect(calls.map((c) => c.nodeId)).toEqual(['x2', 'x3']);
    expect(store.ordered()).toEqual([[4, 'x2', 'completed'], [5, 'x3', 'completed']]);
    expect(store.final).toMatchObject({ status: 'completed', finalOutput: { stage: 'two' } });
  });

  it('fails a step left running by a restart when the resumed run does not reach it again (the workflow was edited)', async () => {
    const at = new Date().toISOString();
    const recorded: StepRecord[] = [
      { executionId: 'e1', nodeId: 'old', stepNumber: 1, stepName: 'old', nodeType: 'executor', status: 'running', attempts: 0, startedAt: at },
    ];
    const { store, calls } = await run([n('t', 'trigger'), exec('old'), setOutput('end', { ok: 1 })], [e('t', 'end')], {
      recorded,
      exec: { currentStepNumber: 1 },
    });
    expect(calls).toEqual([]);
    expect(store.final?.status).toBe('completed');
    expect(store.steps.get('old')).toMatchObject({ status: 'failed', errorMessage: 'interrupted by a restart; the resumed run did not call it again' });
    expect(store.steps.get('end')?.status).toBe('completed');
  });

  it('counts the results restored on resume against MAX_RESULTS_LENGTH', async () => {
    const at = new Date().toISOString();
    const text = 'x'.repeat(9 * 1024 * 1024);
    const copy = (id: string) => n(id, 'action', { actionType: 'transform', mapping: [{ source: 'workflow.text', target: 'text' }] });
    const recorded: StepRecord[] = ['c1', 'c2', 'c3'].map((nodeId, i) =>
      ({ executionId: 'e1', nodeId, stepNumber: i + 1, stepName: nodeId, nodeType: 'action', status: 'completed', attempts: 1, startedAt: at, output: { text } }));
    const { store } = await run(
      [n('t', 'trigger'), copy('c1'), copy('c2'), copy('c3'), copy('c4')],
      [e('t', 'c1'), e('c1', 'c2'), e('c2', 'c3'), e('c3', 'c4')],
      { recorded, exec: { inputData: { text }, currentStepNumber: 3 } },
    );
    expect(store.final?.status).toBe('failed');
    expect(store.final?.errorMessage).toBe(`node "c4": the execution's node results would be longer than ${MAX_RESULTS_LENGTH} characters of JSON: FLK-0504`);
  });

  it('stops quietly when the execution was finished elsewhere', async () => {
    const store = new FakeStore();
    store.finished = true;
    const executor = { call: jest.fn() } as unknown as NodeExecutor;
    const workflow: Workflow = { id: 'w1', name: 'w', nodes: [n('t', 'trigger'), exec('a'), exec('b')], edges: [e('t', 'a'), e('a', 'b')], metadata: {}, status: 'active', createdAt: '', updatedAt: '' };
    await new ExecutionRun({ store: store as any, executor, logger: { log() {}, error() {} } as any, stopping: () => false, shutdownSignal: new AbortController().signal }, execution(), workflow).execute();
    expect(executor.call).not.toHaveBeenCalled();
    expect(store.final).toBeUndefined();
  });
});
