import { FlkError } from '../../common/errors';
import { charLength, WORKFLOW_LIMITS } from './validation/limits';

/**
 * The stored form of a workflow name: Unicode NFC without leading or trailing white space. Names are unique by
 * exact match (the database index), so two spellings a user cannot tell apart (`Café` with a precomposed or a
 * combining accent, `Payments` and `Payments `) must become one string before that match. The request rules have
 * already refused a blank name; NFC can lengthen a few scripts' text, so the limit is checked again afterwards.
 */
export function canonicalWorkflowName(name: string): string {
  const canonical = name.normalize('NFC').trim();
  if (charLength(canonical) > WORKFLOW_LIMITS.nameMaxLength) {
    throw new FlkError('FLK-0111', `The workflow name is longer than ${WORKFLOW_LIMITS.nameMaxLength} characters once normalised (NFC).`, {
      name: `must be at most ${WORKFLOW_LIMITS.nameMaxLength} characters`,
    });
  }
  return canonical;
}
