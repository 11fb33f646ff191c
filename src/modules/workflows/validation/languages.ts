import { validateCondition } from '../../../engine/languages/condition';
import { validateMappings, validateTransforms } from '../../../engine/languages/mapping';

export type MappingKind = 'inputMapping' | 'outputMapping' | 'transforms';

/** Why a conditional node's expression does not parse, or undefined when it does. */
export function conditionProblem(expression: string): string | undefined {
  return validateCondition(expression) ?? undefined;
}

/** Why an executor node's mapping/transform list does not compile, or undefined when it does. */
export function mappingProblem(kind: MappingKind, value: unknown): string | undefined {
  const problem = kind === 'transforms' ? validateTransforms(value, kind) : validateMappings(value, kind);
  return problem ?? undefined;
}
