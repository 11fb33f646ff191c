const utf8 = new TextDecoder('utf-8', { fatal: true });
const NON_ASCII = /[\x80-\xff]/;

/**
 * A header value as the text its sender meant. Node hands header values over one character per byte (latin1), while
 * senders today write non-ASCII values in UTF-8: `X-Name: José` read as "JosÃ©", and a 100-character key in a script
 * with two-byte letters counted as 200. Bytes that are valid UTF-8 are read as UTF-8; anything else (a genuinely latin1
 * value) is kept as received, so no value is lost or merged with another. ASCII values, nearly all, are returned as is.
 */
export function headerText(value: string): string {
  if (!NON_ASCII.test(value)) return value;
  try {
    return utf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}
