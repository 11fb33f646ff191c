/** String.prototype.isWellFormed / toWellFormed (Node 20 has them; the TypeScript lib in use does not type them). */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** False when the string holds a lone UTF-16 surrogate (JSON text like "\ud800" parses into one): no UTF-8 form. */
export function isWellFormed(text: string): boolean {
  return (text as unknown as WellFormedString).isWellFormed();
}

/** Each lone surrogate replaced by U+FFFD, as any UTF-8 encoding of the string makes it. */
export function toWellFormed(text: string): string {
  return (text as unknown as WellFormedString).toWellFormed();
}

/** Length in characters (Unicode code points), so an emoji counts once. */
export const charLength = (text: string): number => [...text].length;

/**
 * Text a caller sent, fit to quote in a one-line message: control characters become spaces, and past `max` UTF-16
 * units it is cut (never inside a surrogate pair) and ends with "…". An answer or a log line must not grow with what
 * a client chose to send.
 */
export function clip(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (oneLine.length <= max) return oneLine;
  const end = /[\ud800-\udbff]/.test(oneLine[max - 1]) ? max - 1 : max;
  return `${oneLine.slice(0, end)}…`;
}
