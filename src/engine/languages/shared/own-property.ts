/**
 * The only ways the language modules read from or write into JSON-like values. Reads see own
 * properties only, so `__proto__`, `constructor`, `toString` and friends never resolve to something
 * inherited; writes define own data properties, so a key can never reach a prototype setter.
 */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(container: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(container, key);
}

/** Canonical array index text: `0` or a digit run without a leading zero. */
export function arrayIndexOf(key: string): number | undefined {
  if (key.length === 0 || key.length > 15) return undefined;
  if (key !== '0' && !/^[1-9][0-9]*$/.test(key)) return undefined;
  return Number(key);
}

/** An own property of an object, or an element of an array; undefined values count as absent. */
export function readOwn(container: unknown, key: string | number): { found: boolean; value: unknown } {
  if (Array.isArray(container)) {
    const index = typeof key === 'number' ? key : arrayIndexOf(key);
    if (index === undefined || index >= container.length) return { found: false, value: undefined };
    const value: unknown = container[index];
    return { found: value !== undefined, value };
  }
  if (isJsonObject(container)) {
    const name = String(key);
    if (!hasOwn(container, name)) return { found: false, value: undefined };
    const value = container[name];
    return { found: value !== undefined, value };
  }
  return { found: false, value: undefined };
}

export function defineOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Property names that must never be written by a user-supplied path. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
