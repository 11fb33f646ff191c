import { Injectable } from '@nestjs/common';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { FlkError, type FlkCode } from '../../common/errors';
import { clip } from '../../common/unicode';
import { ActiveProviderConfigsPort } from './active-provider-configs.port';
import { baseUrlKeyword } from './definitions/base-url-keyword';
import { executorSettings, EXECUTORS, type ExecutorDefinition } from './definitions/executors';
import {
  canonicalJson,
  isJsonObject,
  problemsFromAjv,
  ROOT,
  summarise,
  type JsonSchema,
  type SchemaProblems,
} from './definitions/json-schema';
import { PROVIDERS, type ProviderDefinition } from './definitions/providers';
import { TEMPLATES, type TemplateDefinition, type TemplateParams, type WorkflowDraft } from './definitions/templates';
import { TRIGGERS, type TriggerDefinition } from './definitions/triggers';

export interface ExecutorSummary {
  id: string;
  name: string;
  category: string;
  version: string;
  providerId?: string;
}
export interface ExecutorDetail extends ExecutorSummary {
  /** JSON Schema document, serialised. */
  schema: string;
}
export interface ProviderSummary {
  id: string;
  name: string;
  description: string;
  version: string;
}
export interface ProviderDetail extends ProviderSummary {
  configSchema: string;
}
export interface TriggerSummary {
  id: string;
  name: string;
  version: string;
}
export interface TriggerDetail extends TriggerSummary {
  schema: string;
}
export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  version: string;
  category: string;
}
export interface TemplateDetail extends TemplateSummary {
  paramSchema: string;
}
export interface ValidationSuccess {
  valid: true;
}

/** Upper bound of provider configurations offered as choices for one template parameter. */
export const PROVIDER_CONFIG_CHOICES_LIMIT = 100;
const PROVIDER_CONFIG_ANNOTATION = 'x-provider-config';

/** Outcome of checking a document against a catalog schema without throwing. */
export interface SchemaViolation {
  message: string;
  fields: SchemaProblems;
}

interface Compiled<D> {
  readonly definition: D;
  readonly schemaJson: string;
  readonly validate: ValidateFunction;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byName = (a: { id: string; name: string }, b: { id: string; name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : byId(a, b);

/**
 * The read-only catalog of providers, executors, triggers and templates, plus schema checks against it.
 * Lookups go through Maps so that ids such as `__proto__` or `constructor` are simply unknown.
 */
@Injectable()
export class CatalogService {
  private readonly executors: ReadonlyMap<string, Compiled<ExecutorDefinition>>;
  private readonly providers: ReadonlyMap<string, Compiled<ProviderDefinition>>;
  private readonly triggers: ReadonlyMap<string, Compiled<TriggerDefinition>>;
  private readonly templates: ReadonlyMap<string, Compiled<TemplateDefinition>>;

  constructor(private readonly providerConfigs: ActiveProviderConfigsPort) {
    // strict:false lets Ajv ignore our own annotations (x-provider-config); formats are asserted on purpose.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addKeyword(baseUrlKeyword);
    const compile = <D extends { id: string }>(defs: readonly D[], schemaOf: (d: D) => JsonSchema) =>
      new Map(
        [...defs].sort(byId).map((definition) => {
          const schema = schemaOf(definition);
          return [definition.id, { definition, schemaJson: JSON.stringify(schema), validate: ajv.compile(schema) }];
        }),
      );
    this.executors = compile(EXECUTORS, (d) => d.schema);
    this.providers = compile(PROVIDERS, (d) => d.configSchema);
    this.triggers = compile(TRIGGERS, (d) => d.schema);
    this.templates = compile(TEMPLATES, (d) => d.paramSchema);
  }

  // ----- executors

  listExecutors(): ExecutorSummary[] {
    return [...this.executors.values()].map(({ definition }) => executorSummary(definition));
  }

  getExecutor(id: string): ExecutorDetail {
    const { definition, schemaJson } = this.executorEntry(id);
    return { ...executorSummary(definition), schema: schemaJson };
  }

  /**
   * Checks what workflow create checks of a node's `data`: the engine's own keys (`executorId`, `providerConfigId`,
   * `inputMapping` …) are not the executor's and are left out. One difference, as upstream: create skips the check
   * when nothing else is left (the mappings may supply every field), while this checks an empty config too and
   * answers which fields the executor needs, which is what a caller asking "is this config valid?" wants to know.
   */
  validateExecutorConfig(id: string, config: unknown): ValidationSuccess {
    const violation = this.executorConfigViolation(id, isJsonObject(config) ? executorSettings(config) : config);
    if (violation) throw new FlkError('FLK-0201', violation.message, violation.fields);
    return { valid: true };
  }

  /** Non-throwing variant for callers that report schema failures under their own code. */
  executorConfigViolation(id: string, config: unknown): SchemaViolation | undefined {
    const { validate } = this.executorEntry(id);
    return check(validate, config, `Configuration for executor "${id}"`);
  }

  findExecutor(id: string): ExecutorDefinition | undefined {
    return this.executors.get(id)?.definition;
  }

  // ----- providers

  listProviders(): ProviderSummary[] {
    return [...this.providers.values()].map(({ definition }) => providerSummary(definition));
  }

  getProvider(id: string): ProviderDetail {
    const { definition, schemaJson } = lookup(this.providers, id, 'FLK-0230', 'provider');
    return { ...providerSummary(definition), configSchema: schemaJson };
  }

  listProviderExecutors(providerId: string): ExecutorSummary[] {
    lookup(this.providers, providerId, 'FLK-0230', 'provider');
    return this.listExecutors().filter((executor) => executor.providerId === providerId);
  }

  findProvider(id: string): ProviderDefinition | undefined {
    return this.providers.get(id)?.definition;
  }

  /** Checks a provider configuration body; the provider-configurations module decides the error code. */
  providerConfigViolation(providerId: string, config: unknown): SchemaViolation | undefined {
    const { validate } = lookup(this.providers, providerId, 'FLK-0230', 'provider');
    return check(validate, config, `Configuration for provider "${providerId}"`);
  }

  // ----- triggers

  listTriggers(): TriggerSummary[] {
    return [...this.triggers.values()].map(({ definition }) => triggerSummary(definition));
  }

  getTrigger(id: string): TriggerDetail {
    const { definition, schemaJson } = lookup(this.triggers, id, 'FLK-0210', 'trigger');
    return { ...triggerSummary(definition), schema: schemaJson };
  }

  // ----- templates

  listTemplates(): TemplateSummary[] {
    return [...this.templates.values()].map(({ definition }) => templateSummary(definition));
  }

  async getTemplate(id: string): Promise<TemplateDetail> {
    const { definition } = this.templateEntry(id);
    const schema = structuredClone(definition.paramSchema);
    await this.addProviderConfigChoices(schema);
    return { ...templateSummary(definition), paramSchema: canonicalJson(schema) };
  }

  /**
   * The schema check, then what the `oneOf` choices of getTemplate say: each provider-config parameter names an
   * active configuration of its provider. Without it validation passed ids that creating the workflow then refused
   * (FLK-0150, FLK-0151).
   */
  async validateTemplateParams(id: string, params: unknown): Promise<ValidationSuccess> {
    const entry = this.templateEntry(id);
    const checked = this.assertTemplateParams(entry, params);
    const fields: SchemaProblems = {};
    for (const [name, providerId] of providerConfigParams(entry.definition.paramSchema)) {
      const value = Object.hasOwn(checked, name) ? checked[name] : undefined;
      if (typeof value !== 'string') continue;
      const config = await this.providerConfigs.findById(value.toLowerCase());
      if (!config || config.status !== 'active' || config.providerId !== providerId) {
        fields[name] = `must be an active provider configuration of provider "${providerId}"`;
      }
    }
    if (Object.keys(fields).length > 0) {
      throw new FlkError('FLK-0242', summarise(paramsSubject(entry.definition.id), fields), fields);
    }
    return { valid: true };
  }

  buildWorkflowFromTemplate(templateId: string, params: unknown): WorkflowDraft {
    const entry = this.templateEntry(templateId);
    return entry.definition.build(this.assertTemplateParams(entry, params));
  }

  // ----- internals

  private executorEntry(id: string): Compiled<ExecutorDefinition> {
    return lookup(this.executors, id, 'FLK-0200', 'executor');
  }

  private templateEntry(id: string): Compiled<TemplateDefinition> {
    return lookup(this.templates, id, 'FLK-0240', 'template');
  }

  private assertTemplateParams(entry: Compiled<TemplateDefinition>, params: unknown): TemplateParams {
    const violation = check(entry.validate, params, paramsSubject(entry.definition.id));
    if (violation) throw new FlkError('FLK-0242', violation.message, violation.fields);
    return params as TemplateParams;
  }

  /** Gives every provider-config parameter the list of configurations a client may pick from. */
  private async addProviderConfigChoices(schema: JsonSchema): Promise<void> {
    const properties = isJsonObject(schema.properties) ? schema.properties : {};
    const choices = new Map<string, Promise<Array<{ const: string; title: string }>>>();
    const pending = providerConfigParams(schema).map(async ([name, providerId]) => {
      const property = properties[name] as JsonSchema;
      if (!choices.has(providerId)) choices.set(providerId, this.providerConfigChoices(providerId));
      const options = (await choices.get(providerId))!;
      // JSON Schema requires at least one `oneOf` entry: `oneOf: []` made the whole document invalid (Ajv, as form
      // builders use it, refuses to compile it). With no active configuration no value can be chosen: `not: {}`.
      if (options.length > 0) property.oneOf = options;
      else property.not = {};
    });
    await Promise.all(pending);
  }

  private async providerConfigChoices(providerId: string): Promise<Array<{ const: string; title: string }>> {
    const configs = await this.providerConfigs.listActive(providerId, PROVIDER_CONFIG_CHOICES_LIMIT);
    return [...configs]
      .sort(byName)
      .slice(0, PROVIDER_CONFIG_CHOICES_LIMIT)
      .map((config) => ({ const: config.id, title: config.name }));
  }
}

/** The template parameters that hold a provider-configuration id, with the provider each must belong to. */
function providerConfigParams(schema: JsonSchema): Array<[string, string]> {
  const properties = isJsonObject(schema.properties) ? Object.entries(schema.properties) : [];
  return properties.flatMap(([name, property]): Array<[string, string]> => {
    const providerId = isJsonObject(property) ? property[PROVIDER_CONFIG_ANNOTATION] : undefined;
    return typeof providerId === 'string' ? [[name, providerId]] : [];
  });
}

/** Names a template's `params` as one object, so the summary reads "The params object … is invalid". */
const paramsSubject = (templateId: string) => `The params object for template "${templateId}"`;

function lookup<D>(entries: ReadonlyMap<string, D>, id: string, code: FlkCode, kind: string): D {
  const entry = entries.get(id);
  if (entry === undefined) throw new FlkError(code, `No ${kind} with id "${clip(id, 100)}" in the catalog`);
  return entry;
}

function check(validate: ValidateFunction, value: unknown, subject: string): SchemaViolation | undefined {
  // Checked here rather than left to the schema so arrays, strings and null get one plain answer.
  if (!isJsonObject(value)) {
    const fields = { [ROOT]: 'must be a JSON object' };
    return { message: summarise(subject, fields), fields };
  }
  if (validate(value)) return undefined;
  const fields = problemsFromAjv(validate.errors ?? []);
  return { message: summarise(subject, fields), fields };
}

const executorSummary = (d: ExecutorDefinition): ExecutorSummary => ({
  id: d.id,
  name: d.name,
  category: d.category,
  version: d.version,
  ...(d.providerId ? { providerId: d.providerId } : {}),
});
const providerSummary = (d: ProviderDefinition): ProviderSummary => ({
  id: d.id,
  name: d.name,
  description: d.description,
  version: d.version,
});
const triggerSummary = (d: TriggerDefinition): TriggerSummary => ({ id: d.id, name: d.name, version: d.version });
const templateSummary = (d: TemplateDefinition): TemplateSummary => ({
  id: d.id,
  name: d.name,
  description: d.description,
  version: d.version,
  category: d.category,
});
