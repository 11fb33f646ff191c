import { evaluateCondition, parseCondition, type ConditionExpression, type PrintAllowance } from '../languages/condition';
import {
  applyMapping,
  applyTransforms,
  compileMappings,
  compileTransforms,
  type CompiledMapping,
  type CompiledTransforms,
  type MappingAllowance,
} from '../languages/mapping';
import type { WorkflowEdge, WorkflowNode } from '../../modules/workflows/workflow.types';
import { storesResultUnderId } from '../../modules/workflows/validation/graph';
import { maskSecrets } from '../../common/secrets/secret-masker';
import { nodeTimeoutMs } from '../executors/node-executor';

/**
 * The pure parts of running a node: conditions, mappings and actions against the execution context. Anything that
 * goes wrong is a NodeFailure whose message is what the step and the execution record (FLK code at the end).
 */
export class NodeFailure extends Error {
  constructor(
    message: string,
    /** The message of the step itself, without the node prefix. */
    readonly stepMessage: string = message,
  ) {
    super(message);
    this.name = 'NodeFailure';
  }
}

export type ExecutionContext = Record<string, unknown>;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Compiled languages are cached per node/edge object: a workflow read once is walked by many executions. */
const conditionCache = new WeakMap<object, ConditionExpression>();
const mappingCache = new WeakMap<object, CompiledMapping | CompiledTransforms>();

function parsedCondition(owner: object, text: string): ConditionExpression {
  let parsed = conditionCache.get(owner);
  if (!parsed) {
    parsed = parseCondition(text);
    conditionCache.set(owner, parsed);
  }
  return parsed;
}

function compiled(list: unknown[], kind: 'mapping' | 'transforms', label: string): CompiledMapping | CompiledTransforms {
  let result = mappingCache.get(list);
  if (!result) {
    result = kind === 'mapping' ? compileMappings(list, label) : compileTransforms(list, label);
    mappingCache.set(list, result);
  }
  return result;
}

const nonEmptyList = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0;

/** A conditional node: its result and the step output upstream recorded. */
export function evaluateConditionalNode(
  node: WorkflowNode,
  context: ExecutionContext,
  prints?: PrintAllowance,
): { result: boolean; output: Record<string, unknown> } {
  const condition = node.data?.condition;
  if (typeof condition !== 'string' || condition.trim() === '') {
    throw new NodeFailure(`node "${node.id}": conditional node has no condition: FLK-0504`, 'conditional node has no condition');
  }
  let result: boolean;
  try {
    result = evaluateCondition(parsedCondition(node, condition), context, prints);
  } catch (error) {
    const detail = `condition evaluation failed: ${messageOf(error)}`;
    throw new NodeFailure(`node "${node.id}": ${detail}: FLK-0504`, detail);
  }
  return { result, output: { condition, result, branchTaken: String(result) } };
}

/** Whether an edge may be taken: no condition (or a blank one) means yes. A broken condition fails the run. */
export function edgeAllows(edge: WorkflowEdge, context: ExecutionContext, prints?: PrintAllowance): boolean {
  const condition = edge.condition;
  if (typeof condition !== 'string' || condition.trim() === '') return true;
  try {
    return evaluateCondition(parsedCondition(edge, condition), context, prints);
  } catch (error) {
    throw new NodeFailure(`edge "${edge.id}": condition evaluation failed: ${messageOf(error)}: FLK-0504`);
  }
}

/** The list that builds an executor node's request body: `inputMapping` when non-empty, else `transforms` when non-empty. */
function executorBodyList(data: Record<string, unknown>): 'inputMapping' | 'transforms' | undefined {
  if (nonEmptyList(data.inputMapping)) return 'inputMapping';
  return nonEmptyList(data.transforms) ? 'transforms' : undefined;
}

/** The list a transform action applies: `mapping` when it is a list, else `transforms` when it is one. */
function transformActionList(data: Record<string, unknown>): 'mapping' | 'transforms' | undefined {
  if (Array.isArray(data.mapping)) return 'mapping';
  return Array.isArray(data.transforms) ? 'transforms' : undefined;
}

/**
 * The mapping and transform lists of `node` that its runs apply; a list left out is never read (an executor's
 * `transforms` beside a non-empty `inputMapping`). Activation checks only these can run.
 */
export function listsApplied(node: WorkflowNode): string[] {
  const data = node.data ?? {};
  if (node.type === 'executor') return [executorBodyList(data), nonEmptyList(data.outputMapping) ? 'outputMapping' : undefined].filter((key) => key !== undefined);
  if (node.type === 'action' && data.actionType === 'transform') return [transformActionList(data)].filter((key) => key !== undefined);
  return [];
}

/**
 * The request body of an executor node: `inputMapping` when non-empty, else `transforms` when non-empty, else
 * undefined (the executor then decides, see NodeExecutor). `allowance` is what the execution's mappings may still do
 * (the engine shares one among all of them); without it the mapping gets its own.
 */
export function buildExecutorBody(node: WorkflowNode, context: ExecutionContext, allowance?: MappingAllowance): unknown {
  const data = node.data ?? {};
  try {
    const list = executorBodyList(data);
    if (list === 'inputMapping') {
      return applyMapping(compiled(data.inputMapping as unknown[], 'mapping', 'inputMapping') as CompiledMapping, context, { allowance, jsonInput: true });
    }
    if (list === 'transforms') {
      return applyTransforms(compiled(data.transforms as unknown[], 'transforms', 'transforms') as CompiledTransforms, context, { allowance, jsonInput: true });
    }
    return undefined;
  } catch (error) {
    const detail = `input transformation failed: ${messageOf(error)}`;
    throw new NodeFailure(`node "${node.id}": ${detail}: FLK-0504`, detail);
  }
}

/** The node output stored for an executor: the envelope reshaped by `outputMapping`, or the envelope itself. */
export function mapExecutorOutput(node: WorkflowNode, envelope: unknown, allowance?: MappingAllowance): Record<string, unknown> {
  const data = node.data ?? {};
  try {
    if (nonEmptyList(data.outputMapping)) {
      return applyMapping(compiled(data.outputMapping, 'mapping', 'outputMapping') as CompiledMapping, envelope, { allowance, jsonInput: true });
    }
  } catch (error) {
    const detail = `output transformation failed: ${messageOf(error)}`;
    throw new NodeFailure(`node "${node.id}": ${detail}: FLK-0504`, detail);
  }
  return JSON.parse(JSON.stringify(envelope ?? {})) as Record<string, unknown>;
}

/** The supported `actionType`s; anything else is a step that only records its `data`. */
export const ACTION_TYPES = ['set_output', 'log', 'transform'] as const;

export interface ActionOutcome {
  /** What the step records as its output. */
  readonly output: Record<string, unknown>;
  /** Context changes: `output` for set_output, `<nodeId>` for transform. */
  readonly contextUpdates?: Record<string, unknown>;
  /** A line to log (the `log` action). */
  readonly log?: { readonly message: string; readonly data: unknown };
  readonly setsFinalOutput?: boolean;
}

/** Runs an action node (docs/engine.md "Actions"); a transform charges its work to `allowance` (see buildExecutorBody). */
export function runAction(node: WorkflowNode, context: ExecutionContext, allowance?: MappingAllowance): ActionOutcome {
  const data = node.data ?? {};
  switch (data.actionType) {
    case 'set_output': {
      const output = data.output;
      const echo = echoOfNodeData(data, 'output');
      return isPlainObject(output) ? { output: echo, contextUpdates: { output }, setsFinalOutput: true } : { output: echo };
    }
    case 'log': {
      const message = typeof data.message === 'string' ? data.message : `log action ${node.id}`;
      return { output: echoOfNodeData(data), log: { message, data: maskSecrets(data.data, { style: 'full' }) } };
    }
    case 'transform':
      return runTransformAction(node, data, context, allowance);
    default:
      return { output: echoOfNodeData(data) };
  }
}

const echoes = new WeakMap<object, Record<string, unknown>>();

/**
 * What an action step records of its node's data (upstream's step output): the data with its secret leaves masked
 * as workflow responses show them, so an execution's results never give back what GET /v1/workflows hides.
 * set_output's `output` is kept whole: it is the result the workflow declares (finalOutput), and a resumed run reads
 * it back from the step. Node data does not change within a workflow version, so each node's echo is made once.
 */
function echoOfNodeData(data: Record<string, unknown>, declared?: string): Record<string, unknown> {
  let echo = echoes.get(data);
  if (!echo) {
    echo = maskSecrets(data);
    if (declared !== undefined && declared in data) echo[declared] = data[declared];
    echoes.set(data, echo);
  }
  return echo;
}

function runTransformAction(
  node: WorkflowNode,
  data: Record<string, unknown>,
  context: ExecutionContext,
  allowance: MappingAllowance | undefined,
): ActionOutcome {
  let result: unknown;
  try {
    const list = transformActionList(data);
    if (list === 'mapping') result = applyMapping(compiled(data.mapping as unknown[], 'mapping', 'mapping') as CompiledMapping, context, { allowance, jsonInput: true });
    else if (list === 'transforms') {
      result = applyTransforms(compiled(data.transforms as unknown[], 'transforms', 'transforms') as CompiledTransforms, context, { allowance, jsonInput: true });
    } else {
      throw new Error('a transform action needs a "mapping" or "transforms" list');
    }
  } catch (error) {
    const detail = `transform failed: ${messageOf(error)}`;
    throw new NodeFailure(`node "${node.id}": ${detail}: FLK-0504`, detail);
  }
  if (!isPlainObject(result)) {
    const detail = 'transform failed: the result is not a JSON object';
    throw new NodeFailure(`node "${node.id}": ${detail}: FLK-0504`, detail);
  }
  return { output: result, contextUpdates: { [node.id]: result } };
}

/**
 * The context changes a completed step made, read back from its stored output: executor and transform results go
 * under the node's id, a set_output object becomes `output` (runAction and the executor step store exactly what they
 * put into the context). Undefined for every other step. A resumed run rebuilds its context with this.
 */
export function contextUpdatesOfStep(node: WorkflowNode, stepOutput: unknown): Record<string, unknown> | undefined {
  if (storesResultUnderId(node)) return { [node.id]: stepOutput };
  if (node.type === 'action' && node.data?.actionType === 'set_output' && isPlainObject(stepOutput) && isPlainObject(stepOutput.output)) {
    return { output: stepOutput.output };
  }
  return undefined;
}

/** `name`, or `<type>_<id>` when the node has none (upstream's display name). */
export function stepNameOf(node: WorkflowNode): string {
  return typeof node.name === 'string' && node.name.trim() !== '' ? node.name : `${node.type}_${node.id}`;
}

/**
 * The node's own step timeout (its `timeout`, read as the executors read it: nodeTimeoutMs), or undefined: the executor
 * then bounds the step itself (30 s, or one attempt's timeout when a provider configuration sets a longer one).
 */
export function stepTimeoutOf(node: WorkflowNode): number | undefined {
  return nodeTimeoutMs(node.data);
}
