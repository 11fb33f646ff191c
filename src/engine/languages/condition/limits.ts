/** Bounds that keep parsing and evaluation cheap and the call stack shallow, whatever the input. */
export const CONDITION_LIMITS = {
  /** Longest accepted expression, in UTF-16 code units. */
  maxLength: 4096,
  /** Deepest nesting of parentheses and negations. */
  maxNesting: 64,
  /** Most segments in one path (`a.b[0]` has three). */
  maxPathSegments: 64,
  /** Characters the `==`/`!=` comparisons of one evaluation may print to compare objects and arrays (8 Mi). */
  maxComparedText: 8 * 1024 * 1024,
} as const;
