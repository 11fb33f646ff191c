import { validateCondition } from '../../../engine/languages/condition';
import { validateMappings, validateTransforms } from '../../../engine/languages/mapping';

/** Which language a list is written in: field mappings (`{source, target, …}`) or raw transform operations. */
export type MappingLanguage = 'mapping' | 'transforms';

/** Why a conditional node's expression does not parse, or undefined when it does. */
export function conditionProblem(expression: string): string | undefined {
  return validateCondition(expression) ?? undefined;
}

/** Why a node's mapping or transform list does not compile, or undefined when it does; `key` names it in messages. */
export function mappingProblem(language: MappingLanguage, value: unknown, key: string): string | undefined {
  const problem = language === 'transforms' ? validateTransforms(value, key) : validateMappings(value, key);
  return problem ?? undefined;
}
