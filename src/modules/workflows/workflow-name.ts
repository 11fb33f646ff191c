import { canonicalName } from '../../common/names';
import { WORKFLOW_LIMITS } from './validation/limits';

/** The stored form of a workflow name (see canonicalName). */
export const canonicalWorkflowName = (name: string): string =>
  canonicalName(name, { maxLength: WORKFLOW_LIMITS.nameMaxLength, tooLong: 'FLK-0111', subject: 'workflow' });
