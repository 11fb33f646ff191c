import fc from 'fast-check';

/** Characters that have broken parsers before: quotes, escapes, operators, brackets, invisible and odd Unicode. */
const HOSTILE_CHARACTERS = [
  '"', "'", '\\', '.', '[', ']', '(', ')', '*', '$', '=', '!', '<', '>', '&', '|', ' ', '\t', '\n', '-', '+', '_',
  '\u0000', '\u0007', '\u001f', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e',
  '\u2066', '\u2069', '\u2028', '\ufeff', '\ud800', '\udfff', '\ud83d\ude00', '\u05d0', '\u0627', 'ſ', 'K',
];

const HOSTILE_WORDS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'length', 'AND', 'or', 'NOT',
  'true', 'FALSE', 'nan', 'inf', '-inf', '1e6', '-2.5', '.5', '0x1p-2', '1_0', '0', '10001', 'workflow', 'polluted',
];

export const hostileCharacter = fc.oneof(
  fc.constantFrom(...HOSTILE_CHARACTERS),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('a', 'b', 'x', '0', '1'),
);

/** Short strings built from hostile characters and words. */
export const hostileText = fc.oneof(
  fc.string({ unit: hostileCharacter, maxLength: 24 }),
  fc.constantFrom(...HOSTILE_WORDS),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_WORDS), fc.string({ unit: hostileCharacter, maxLength: 4 })), { maxLength: 6 }).map(
    (parts) => parts.join(''),
  ),
);

/** Dotted and bracketed paths made of hostile keys. */
export const hostilePath = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE_WORDS),
      hostileText,
      fc.nat({ max: 20_000 }).map((n) => `[${n}]`),
      fc.constant('[*]'),
      fc.constant('$'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join('.'));

/** JSON documents, some of them carrying own `__proto__` / `constructor` keys as JSON.parse makes them. */
export const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc
    .dictionary(fc.constantFrom(...HOSTILE_WORDS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 })
    .map((object) => JSON.parse(JSON.stringify({ workflow: object, ...object })) as unknown),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}, "workflow": {"__proto__": {"polluted": "yes"}}}') as unknown),
);

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Fails if anything reached Object.prototype. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** Runs `action`; any error must be one of `allowed`. */
export function onlyThrows(action: () => unknown, ...allowed: Array<abstract new (...args: never[]) => Error>): void {
  try {
    action();
  } catch (error) {
    if (!allowed.some((type) => error instanceof type)) throw error;
  }
}
