export {
  compileMappings,
  compileTransforms,
  validateMappings,
  validateTransforms,
  type CompiledMapping,
  type CompiledStep,
  type CompiledTransforms,
} from './compile';
export { applyMapping, applyTransforms, type ApplyOptions } from './apply';
export { MappingRuntimeError, MappingSyntaxError } from './errors';
export { MAPPING_LIMITS } from './limits';
export { OPERATION_NAMES } from './operations/registry';
export { newMappingAllowance, type MappingAllowance, type TransformEnvironment } from './operations/support';
export { parseMappingPath, type MappingPath, type PathStep } from './path';
