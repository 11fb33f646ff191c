import { FlkError, type FlkCode } from './errors';

export interface NameRule {
  /** Characters (code points), as the request schemas count them. */
  readonly maxLength: number;
  /** The code of the request rule for too long a name. */
  readonly tooLong: FlkCode;
  /** What is named, for the message: "workflow", "provider configuration" … */
  readonly subject: string;
}

/**
 * The stored form of a unique name: Unicode NFC without leading or trailing white space. Names are unique by exact
 * match (a database index), so two spellings a user cannot tell apart (`Café` with a precomposed or a combining
 * accent, `Payments` and `Payments `) must become one string before that match. The request rules have already
 * refused a blank name; NFC can lengthen a few scripts' text, so the limit is checked again afterwards.
 */
export function canonicalName(name: string, rule: NameRule): string {
  const canonical = name.normalize('NFC').trim();
  if ([...canonical].length > rule.maxLength) {
    throw new FlkError(rule.tooLong, `The ${rule.subject} name is longer than ${rule.maxLength} characters once normalised (NFC).`, {
      name: `must be at most ${rule.maxLength} characters`,
    });
  }
  return canonical;
}
