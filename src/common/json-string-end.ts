const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The index just after the closing quote of a JSON string whose content starts at `contentStart` (after its opening
 * quote), skipping backslash escapes; the text's length when the string is never closed.
 */
export function afterJsonString(text: string, contentStart: number): number {
  let i = contentStart;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i += 1;
  }
  return text.length;
}
