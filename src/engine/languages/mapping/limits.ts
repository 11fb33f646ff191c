/** Bounds that keep compiled mappings small and their run time and memory proportional to the input. */
export const MAPPING_LIMITS = {
  /** Entries in a mapping or transform list, and in any list or object inside an operation spec. */
  maxEntries: 200,
  /** Segments in one path, counting each `[n]` / `[*]` as a segment. */
  maxPathSegments: 64,
  /** Highest array index a path may name; writing pads with null up to it. */
  maxArrayIndex: 10_000,
  /** Longest string an operation may produce (concat, add_prefix, …), in UTF-16 code units. */
  maxStringLength: 4 * 1024 * 1024,
  /**
   * Characters the mappings of one execution (all their steps, at every node) may copy from the document, hash,
   * re-format or rewrite: a few copies of the largest executor response (5 MiB), but not a document that doubles at
   * every step, nor a spec repeated at each of a hundred nodes. About half a second of work at most.
   */
  maxCopiedLength: 16 * 1024 * 1024,
} as const;
