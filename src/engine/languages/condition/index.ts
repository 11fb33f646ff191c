export * from './ast';
export * from './errors';
export { CONDITION_LIMITS } from './limits';
export { parseCondition, validateCondition } from './parser';
export { evaluateCondition, isTruthy } from './evaluator';
export { formatCondition, formatPath } from './printer';
