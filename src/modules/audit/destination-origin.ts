/**
 * How audit metadata names where something sends data: the URL's origin only, since a path or query can itself be
 * the credential (chat webhooks put their token there). Undefined for text that does not parse as a URL (a row
 * stored by other means), which must not stop the change being audited.
 */
export function destinationOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** `{[key]: value}` when there is a value, else nothing to spread: metadata leaves an unknown field out. */
export function withDefined(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}
