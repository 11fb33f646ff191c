import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FlkError } from '../../../common/errors';
import { GENERIC_HTTP_PROVIDERS, nodeRequestProblem } from '../../../engine/executors/http/generic-request';
import { listsApplied } from '../../../engine/runtime/node-logic';
import { CatalogService } from '../../catalog/catalog.service';
import { executorSettings, type ExecutorDefinition } from '../../catalog/definitions/executors';
import { ROOT } from '../../catalog/definitions/json-schema';
import { ProviderConfigLookup } from '../../provider-configurations/provider-config-lookup';
import type { WorkflowDefinition, WorkflowNode } from '../workflow.types';
import { conditionProblem, mappingConfigProblem, mappingProblem, type MappingLanguage } from './languages';
import { assertBranchHandles, assertGraphIsSound, assertRunnable } from './graph';
import { checkDefinitionShape, UUID } from './definition-shape';
import { WORKFLOW_LIMITS } from './limits';
import { assertMetadataWithinLimits } from '../../../common/metadata/metadata-limits';
import { assertTriggerSettings } from './trigger-settings';


interface MappingList {
  readonly key: string;
  readonly language: MappingLanguage;
  readonly code: 'FLK-0140' | 'FLK-0141' | 'FLK-0142';
}

const EXECUTOR_LISTS: readonly MappingList[] = [
  { key: 'inputMapping', language: 'mapping', code: 'FLK-0140' },
  { key: 'outputMapping', language: 'mapping', code: 'FLK-0141' },
  { key: 'transforms', language: 'transforms', code: 'FLK-0142' },
];
/**
 * A transform action runs `mapping` (a list shaped like `inputMapping`, hence its code) or else `transforms`. Left
 * unchecked, a list that cannot compile was saved and activated, and then failed every run.
 */
const TRANSFORM_ACTION_LISTS: readonly MappingList[] = [
  { key: 'mapping', language: 'mapping', code: 'FLK-0140' },
  { key: 'transforms', language: 'transforms', code: 'FLK-0142' },
];

interface ExecutorNode {
  readonly index: number;
  readonly node: WorkflowNode;
  readonly data: Record<string, unknown>;
  readonly executor: ExecutorDefinition;
}

const field = (index: number, key: string) => `nodes[${index}].data.${key}`;
/** Re-roots a schema problem path (`send.value`, `[0]`, `(root)`) under the node's data. */
const dataPath = (index: number, path: string) =>
  path === ROOT ? `nodes[${index}].data` : path.startsWith('[') ? `nodes[${index}].data${path}` : field(index, path);
const quoted = (value: unknown) => JSON.stringify(String(value).slice(0, 100));

/**
 * The rules a workflow must satisfy to be saved, and the stricter ones to be activated. Field rules come from the
 * spec's DTOs; this adds what needs the whole graph, the catalog, the provider configurations and the
 * condition/mapping languages. Provider configurations are read through `manager`, inside the caller's transaction.
 */
@Injectable()
export class WorkflowDefinitionValidator {
  constructor(
    private readonly catalog: CatalogService,
    private readonly providerConfigs: ProviderConfigLookup,
  ) {}

  /** Create/update/from-template, after the field rules: structure, executors, provider configurations, mappings. */
  async assertSavable(definition: WorkflowDefinition, manager: EntityManager): Promise<void> {
    assertGraphIsSound(definition);
    assertMetadataWithinLimits(definition.metadata);
    assertStoredSize(definition);
    const executors = this.executorNodes(definition.nodes);
    await this.assertProviderConfigs(executors, manager);
    assertMappingsCompile(definition.nodes);
  }

  /** Activation re-checks everything a stored draft could have gone stale on, plus what only running needs. */
  async assertActivatable(definition: WorkflowDefinition, manager: EntityManager): Promise<void> {
    const { name, description, nodes, edges, metadata } = definition;
    checkDefinitionShape({ name, description, nodes, edges, metadata });
    assertRunnable(definition);
    assertGraphIsSound(definition);
    assertBranchHandles(definition, { required: true });
    assertTriggerSettings(definition.nodes);
    const executors = this.executorNodes(definition.nodes);
    assertMappingsCompile(definition.nodes);
    assertMappingsCanRun(definition.nodes);
    await this.assertProviderConfigs(executors, manager);
    assertRequestsCanBeBuilt(executors);
    assertConditionsParse(definition.nodes);
    assertEdgeConditionsParse(definition.edges);
    assertTransformActionsHaveAList(definition.nodes);
  }

  /** Executor nodes against the catalog: executor known (FLK-0104), data valid for it (FLK-0106). */
  private executorNodes(nodes: readonly WorkflowNode[]): ExecutorNode[] {
    const found: ExecutorNode[] = [];
    nodes.forEach((node, index) => {
      if (node.type !== 'executor') return;
      const data = node.data ?? {};
      const executorId = data.executorId;
      if (typeof executorId !== 'string' || executorId.trim() === '') {
        throw new FlkError('FLK-0106', `Executor node "${node.id}" has no executorId.`, {
          [field(index, 'executorId')]: 'is required',
        });
      }
      const executor = this.catalog.findExecutor(executorId);
      if (!executor || !this.catalog.findProvider(executor.providerId)) {
        throw new FlkError('FLK-0104', `Executor node "${node.id}" names executor ${quoted(executorId)}, which is not in the catalog.`, {
          [field(index, 'executorId')]: 'is not a catalog executor',
        });
      }
      const providerConfigId = data.providerConfigId;
      if (typeof providerConfigId !== 'string' || !UUID.test(providerConfigId)) {
        throw new FlkError('FLK-0150', `Executor node "${node.id}" needs a providerConfigId that is a UUID.`, {
          [field(index, 'providerConfigId')]: 'must be the UUID of an active provider configuration',
        });
      }
      const settings = executorSettings(data);
      if (Object.keys(settings).length > 0) {
        const violation = this.catalog.executorConfigViolation(executor.id, settings);
        if (violation) {
          const fields = Object.fromEntries(
            Object.entries(violation.fields).map(([path, problem]) => [dataPath(index, path), problem]),
          );
          throw new FlkError('FLK-0106', `Executor node "${node.id}": ${violation.message}`, fields);
        }
      }
      found.push({ index, node, data, executor });
    });
    return found;
  }

  /** Each referenced configuration exists, is active (FLK-0150) and belongs to the executor's provider (FLK-0151). */
  private async assertProviderConfigs(executors: readonly ExecutorNode[], manager: EntityManager): Promise<void> {
    for (const { index, node, data, executor } of executors) {
      const id = data.providerConfigId as string;
      const config = await this.providerConfigs.findById(id, manager);
      if (!config || config.status !== 'active') {
        throw new FlkError(
          'FLK-0150',
          `Executor node "${node.id}" references provider configuration ${id}, which ${config ? 'is not active' : 'does not exist'}.`,
          { [field(index, 'providerConfigId')]: config ? 'is not active' : 'does not exist' },
        );
      }
      if (config.providerId !== executor.providerId) {
        throw new FlkError(
          'FLK-0151',
          `Executor node "${node.id}" uses executor "${executor.id}" of provider "${executor.providerId}", but provider configuration ${id} belongs to "${config.providerId}".`,
          { [field(index, 'providerConfigId')]: `must be a configuration of provider "${executor.providerId}"` },
        );
      }
    }
  }
}

/**
 * Activation only: an HTTP executor node's own request settings (path, method, headers, query, success statuses)
 * can be sent (FLK-0106). A `path` that is a whole URL, say, was activated and then failed every run at the node.
 */
function assertRequestsCanBeBuilt(executors: readonly ExecutorNode[]): void {
  for (const { index, node, data, executor } of executors) {
    if (!GENERIC_HTTP_PROVIDERS.includes(executor.providerId)) continue;
    const problem = nodeRequestProblem(data);
    if (problem !== undefined) {
      throw new FlkError('FLK-0106', `Executor node "${node.id}" would fail every run: ${problem}.`, {
        [`nodes[${index}].data`]: problem,
      });
    }
  }
}

/** The lists a node runs in the mapping language, with what to call the node in a message. */
function mappingListsOf(node: WorkflowNode): { readonly label: string; readonly lists: readonly MappingList[] } | undefined {
  if (node.type === 'executor') return { label: 'Executor node', lists: EXECUTOR_LISTS };
  if (node.type === 'action' && node.data?.actionType === 'transform') return { label: 'Transform action node', lists: TRANSFORM_ACTION_LISTS };
  return undefined;
}

/** Every mapping and transform list of every node compiles (FLK-0140..0142). */
function assertMappingsCompile(nodes: readonly WorkflowNode[]): void {
  assertEachList(nodes, () => true, mappingProblem, 'does not compile');
}

/**
 * Activation only: every operation configuration the engine applies can run (FLK-0140..0142). A draft may still hold
 * one that cannot (`remove_characters` without `characters`, `uuid` version 7, a shift value that is not a path), as
 * upstream saved them; activated, it failed every execution reaching the node, at run time.
 */
function assertMappingsCanRun(nodes: readonly WorkflowNode[]): void {
  assertEachList(nodes, (node, key) => listsApplied(node).includes(key), mappingConfigProblem, 'would fail every run');
}

/** Runs `problemOf` on each mapping or transform list `selected` of each node; the first problem is its list's code. */
function assertEachList(
  nodes: readonly WorkflowNode[],
  selected: (node: WorkflowNode, key: string) => boolean,
  problemOf: (language: MappingLanguage, value: unknown, key: string) => string | undefined,
  verdict: string,
): void {
  nodes.forEach((node, index) => {
    const found = mappingListsOf(node);
    if (!found) return;
    const data = node.data ?? {};
    for (const { key, language, code } of found.lists) {
      if (data[key] === undefined || !selected(node, key)) continue;
      const problem = problemOf(language, data[key], key);
      if (problem !== undefined) {
        throw new FlkError(code, `${found.label} "${node.id}" ${key} ${verdict}: ${problem}`, { [field(index, key)]: problem });
      }
    }
  });
}

/**
 * A transform action runs its `mapping` or else its `transforms`: with neither, every run of an active workflow would
 * fail at it. A draft may still be saved without them, as with a conditional node's condition.
 */
function assertTransformActionsHaveAList(nodes: readonly WorkflowNode[]): void {
  nodes.forEach((node, index) => {
    if (node.type !== 'action' || node.data?.actionType !== 'transform') return;
    if (Array.isArray(node.data.mapping) || Array.isArray(node.data.transforms)) return;
    const problem = 'is required: a transform action needs a mapping or a transforms list';
    throw new FlkError('FLK-0140', `Transform action node "${node.id}" mapping ${problem}.`, { [field(index, 'mapping')]: problem });
  });
}

function assertConditionsParse(nodes: readonly WorkflowNode[]): void {
  nodes.forEach((node, index) => {
    if (node.type !== 'conditional') return;
    const condition = node.data?.condition;
    const problem =
      typeof condition !== 'string' || condition.trim() === '' ? 'is required' : conditionProblem(condition);
    if (problem !== undefined) {
      throw new FlkError('FLK-0105', `Conditional node "${node.id}" condition ${problem}.`, {
        [field(index, 'condition')]: problem,
      });
    }
  });
}

/**
 * An edge `condition` gates whether the edge is taken (docs/engine.md): one that does not parse would fail every run
 * that reaches the edge, so activation refuses it, as it does a conditional node's.
 */
function assertEdgeConditionsParse(edges: WorkflowDefinition['edges']): void {
  edges.forEach((edge, index) => {
    const condition = edge.condition;
    if (typeof condition !== 'string' || condition.trim() === '') return;
    const problem = conditionProblem(condition);
    if (problem !== undefined) {
      throw new FlkError('FLK-0105', `Edge "${edge.id}" condition ${problem}.`, { [`edges[${index}].condition`]: problem });
    }
  });
}

/** Keeps every stored workflow bounded, whatever its node data holds. */
function assertStoredSize(definition: WorkflowDefinition): void {
  const bytes = Buffer.byteLength(JSON.stringify(definition), 'utf8');
  if (bytes > WORKFLOW_LIMITS.storedMaxBytes) {
    throw new FlkError(
      'FLK-0001',
      `The workflow is ${bytes} bytes once serialised; at most ${WORKFLOW_LIMITS.storedMaxBytes} bytes (512 KiB) can be stored.`,
    );
  }
}

