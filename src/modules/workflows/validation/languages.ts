import { validateCondition } from '../../../engine/languages/condition';
import { compileMappings, compileTransforms, validateMappings, validateTransforms } from '../../../engine/languages/mapping';

/** Which language a list is written in: field mappings (`{source, target, …}`) or raw transform operations. */
export type MappingLanguage = 'mapping' | 'transforms';

/**
 * Why a conditional node's expression does not parse, or undefined when it does. Callers put it after the field's
 * name ("condition is longer than …"), so the parser's own leading "condition" is not said twice.
 */
export function conditionProblem(expression: string): string | undefined {
  return validateCondition(expression)?.replace(/^condition /, '') ?? undefined;
}

/** Why a node's mapping or transform list does not compile, or undefined when it does; `key` names it in messages. */
export function mappingProblem(language: MappingLanguage, value: unknown, key: string): string | undefined {
  const problem = language === 'transforms' ? validateTransforms(value, key) : validateMappings(value, key);
  return problem ?? undefined;
}

/**
 * The first operation configuration of a list that compiles but cannot run (e.g. `remove_characters` without
 * `characters`): upstream only found these when the node ran, and they fail that node every time it runs. Undefined
 * when there is none. Call it on a list that compiles (mappingProblem first).
 */
export function mappingConfigProblem(language: MappingLanguage, value: unknown, key: string): string | undefined {
  const compiled = language === 'transforms' ? compileTransforms(value, key) : compileMappings(value, key);
  return compiled.deferredProblems[0];
}
