import { FlkError } from '../../../common/errors';
import { charLength, WORKFLOW_LIMITS } from './limits';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Enforces the metadata bounds: at most 50 top-level entries (FLK-0315), keys of at most 64 characters at any depth
 * (FLK-0312), string values of at most 2,000 characters anywhere (FLK-0313) and at most 5 levels of objects/arrays
 * counting the metadata object itself (FLK-0314).
 */
export function assertMetadataWithinLimits(metadata: Record<string, unknown>): void {
  const entries = Object.keys(metadata).length;
  if (entries > WORKFLOW_LIMITS.metadataMaxEntries) {
    throw new FlkError(
      'FLK-0315',
      `metadata has ${entries} entries; at most ${WORKFLOW_LIMITS.metadataMaxEntries} are allowed.`,
      { metadata: `at most ${WORKFLOW_LIMITS.metadataMaxEntries} entries` },
    );
  }
  visit(metadata, 'metadata', 1);
}

function visit(value: unknown, path: string, depth: number): void {
  if (typeof value === 'string') {
    if (charLength(value) > WORKFLOW_LIMITS.metadataStringMaxLength) {
      throw new FlkError(
        'FLK-0313',
        `${path} is longer than ${WORKFLOW_LIMITS.metadataStringMaxLength} characters.`,
        { [path]: `at most ${WORKFLOW_LIMITS.metadataStringMaxLength} characters` },
      );
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth > WORKFLOW_LIMITS.metadataMaxDepth) {
    throw new FlkError(
      'FLK-0314',
      `${path} is nested deeper than ${WORKFLOW_LIMITS.metadataMaxDepth} levels.`,
      { [path]: `at most ${WORKFLOW_LIMITS.metadataMaxDepth} levels of nesting` },
    );
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
    return;
  }
  if (!isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key.length > 80 ? `${key.slice(0, 80)}…` : key}`;
    if (charLength(key) > WORKFLOW_LIMITS.metadataKeyMaxLength) {
      throw new FlkError(
        'FLK-0312',
        `A metadata key is longer than ${WORKFLOW_LIMITS.metadataKeyMaxLength} characters.`,
        { [childPath]: `keys have at most ${WORKFLOW_LIMITS.metadataKeyMaxLength} characters` },
      );
    }
    visit(child, childPath, depth + 1);
  }
}
