import { FlkError } from '../errors';
import { charLength } from '../unicode';

/**
 * Bounds on the free-form `metadata` of workflows, provider configurations and executor configurations (ours, not
 * upstream's: docs/compatibility.md). Lengths count characters (Unicode code points).
 */
export const METADATA_LIMITS = {
  maxEntries: 50,
  keyMaxLength: 64,
  stringMaxLength: 2000,
  /** The metadata object itself is level 1. */
  maxDepth: 5,
} as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Enforces the metadata bounds: at most 50 top-level entries (FLK-0315), keys of at most 64 characters at any depth
 * (FLK-0312), string values of at most 2,000 characters anywhere (FLK-0313) and at most 5 levels of objects/arrays
 * counting the metadata object itself (FLK-0314). Where a change merges metadata into what is stored, the merged
 * result is what must fit.
 */
export function assertMetadataWithinLimits(metadata: Record<string, unknown>): void {
  const entries = Object.keys(metadata).length;
  if (entries > METADATA_LIMITS.maxEntries) {
    throw new FlkError(
      'FLK-0315',
      `metadata has ${entries} entries; at most ${METADATA_LIMITS.maxEntries} are allowed.`,
      { metadata: `at most ${METADATA_LIMITS.maxEntries} entries` },
    );
  }
  visit(metadata, 'metadata', 1);
}

/**
 * Stored metadata (JSON text, or null) with `changes` merged in key by key, as configuration PATCHes merge it;
 * 400 FLK-0312..0315 when the result is out of bounds.
 */
export function mergedMetadata(stored: string | null, changes: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...(stored ? (JSON.parse(stored) as Record<string, unknown>) : {}), ...changes };
  assertMetadataWithinLimits(merged);
  return merged;
}

function visit(value: unknown, path: string, depth: number): void {
  if (typeof value === 'string') {
    if (charLength(value) > METADATA_LIMITS.stringMaxLength) {
      throw new FlkError(
        'FLK-0313',
        `${path} is longer than ${METADATA_LIMITS.stringMaxLength} characters.`,
        { [path]: `at most ${METADATA_LIMITS.stringMaxLength} characters` },
      );
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth > METADATA_LIMITS.maxDepth) {
    throw new FlkError(
      'FLK-0314',
      `${path} is nested deeper than ${METADATA_LIMITS.maxDepth} levels.`,
      { [path]: `at most ${METADATA_LIMITS.maxDepth} levels of nesting` },
    );
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key.length > 80 ? `${key.slice(0, 80)}…` : key}`;
    if (charLength(key) > METADATA_LIMITS.keyMaxLength) {
      throw new FlkError(
        'FLK-0312',
        `A metadata key is longer than ${METADATA_LIMITS.keyMaxLength} characters.`,
        { [childPath]: `keys have at most ${METADATA_LIMITS.keyMaxLength} characters` },
      );
    }
    visit(child, childPath, depth + 1);
  }
}
