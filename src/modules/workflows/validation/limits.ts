/**
 * Every bound on stored workflows in one place. Lengths count characters (Unicode code points), not bytes.
 * The name/description/node/edge bounds mirror openapi/flowker.yaml; the metadata and size bounds are ours
 * (see docs/compatibility.md).
 */
export const WORKFLOW_LIMITS = {
  nameMaxLength: 100,
  maxNodes: 100,
  maxEdges: 200,
  metadataMaxEntries: 50,
  metadataKeyMaxLength: 64,
  metadataStringMaxLength: 2000,
  /** The metadata object itself is level 1. */
  metadataMaxDepth: 5,
  /** UTF-8 bytes of the serialised name, description, nodes, edges and metadata together. */
  storedMaxBytes: 512 * 1024,
} as const;

/** Length in characters, so an emoji counts once. */
export const charLength = (text: string): number => [...text].length;
