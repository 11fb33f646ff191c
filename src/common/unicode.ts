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
