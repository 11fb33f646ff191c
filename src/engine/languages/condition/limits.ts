/** Bounds that keep parsing and evaluation cheap and the call stack shallow, whatever the input. */
export const CONDITION_LIMITS = {
  /** Longest accepted expression, in UTF-16 code units. */
  maxLength: 4096,
  /** Deepest nesting of parentheses and negations. */
  maxNesting: 64,
  /** Most segments in one path (`a.b[0]` has three). */
  maxPathSegments: 64,
} as const;
