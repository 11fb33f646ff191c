/**
 * Every bound on stored workflows in one place. Lengths count characters (Unicode code points), not bytes.
 * The name/description/node/edge bounds mirror openapi/flowker.yaml; the size bound is ours, and so are the metadata
 * bounds, shared with configurations (src/common/metadata) (see docs/compatibility.md).
 */
export const WORKFLOW_LIMITS = {
  nameMaxLength: 100,
  maxNodes: 100,
  maxEdges: 200,
  /** UTF-8 bytes of the serialised name, description, nodes, edges and metadata together. */
  storedMaxBytes: 512 * 1024,
} as const;

export { charLength } from '../../../common/unicode';
