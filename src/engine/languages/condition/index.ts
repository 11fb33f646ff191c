export * from './ast';
export * from './errors';
export { CONDITION_LIMITS } from './limits';
export { parseCondition, validateCondition } from './parser';
export { evaluateCondition, isTruthy, newPrintAllowance } from './evaluator';
export type { PrintAllowance } from './go-text';
export { formatCondition, formatPath } from './printer';
