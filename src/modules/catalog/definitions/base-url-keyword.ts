import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv';
import { baseUrlTextProblem } from '../../../engine/executors/http/url';

export const BASE_URL_KEYWORD = 'x-base-url';

/**
 * `x-base-url: true` on a provider setting: the URL is one the executors call (or get tokens from), so it must be
 * http or https with a host and carry no user:password. `format: uri` alone lets `ftp://…` and
 * `https://user:pass@host` through; such a configuration saved, passed its connectivity test (which drops the
 * credentials) and then failed every execution at the node. The rule is the executors' own (baseUrlProblem).
 */
const validate: SchemaValidateFunction = (enabled: boolean, data: unknown) => {
  if (!enabled || typeof data !== 'string') return true;
  const problem = baseUrlTextProblem(data);
  if (!problem) return true;
  validate.errors = [{ keyword: BASE_URL_KEYWORD, message: problem, params: {} }];
  return false;
};

export const baseUrlKeyword: FuncKeywordDefinition = {
  keyword: BASE_URL_KEYWORD,
  type: 'string',
  schemaType: 'boolean',
  errors: true,
  validate,
};
