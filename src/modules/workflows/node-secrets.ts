import { maskSecrets, maskSecretValue, type SecretBox } from '../../common/secrets';
import { isPlainObject, mapSecrets } from '../../common/secrets/secret-walk';
import type { WorkflowNode } from './workflow.types';

/**
 * Secret leaves of node data (`verify_token`, `signature.secret`, header values named Authorization, …; the shared rule in
 * common/secrets decides) are encrypted in the stored row, clear in memory and masked in every response.
 */

const withData = (node: WorkflowNode, map: (data: Record<string, unknown>) => Record<string, unknown>): WorkflowNode =>
  node.data === undefined ? node : { ...node, data: map(node.data) };

/** Nodes as they are stored: each secret leaf of `data` replaced by its ciphertext. */
export function sealNodeSecrets(box: SecretBox, nodes: readonly WorkflowNode[]): WorkflowNode[] {
  return nodes.map((node) => withData(node, (data) => box.seal(data)));
}

/** Reverses sealNodeSecrets; leaves stored in clear (rows written before encryption) are returned as they are. */
export function openNodeSecrets(box: SecretBox, nodes: readonly WorkflowNode[]): WorkflowNode[] {
  return nodes.map((node) => withData(node, (data) => box.open(data)));
}

/** Node data as a client sees it: every secret leaf shown as `****` + its last 4 characters (or fully masked). */
export function maskNodeData(data: Record<string, unknown>): Record<string, unknown> {
  return maskSecrets(data);
}

/** Marks where a secret leaf sat in an incoming node's data, holding the value the client sent. */
class IncomingSecret {
  constructor(readonly value: unknown) {}
}

/**
 * Replace semantics with masked round-trips: a client that read a workflow and sends it back unchanged sends the
 * masks. A secret leaf whose incoming value is exactly the mask of the stored value at the same node id and key path
 * keeps the stored secret; any other value (a new secret, or a mask of something else) is taken as sent.
 */
export function keepUnchangedSecrets(incoming: readonly WorkflowNode[], stored: readonly WorkflowNode[]): WorkflowNode[] {
  const storedData = new Map(stored.map((node) => [node.id, node.data]));
  return incoming.map((node) => {
    const previous = storedData.get(node.id);
    if (node.data === undefined || previous === undefined) return node;
    const marked = mapSecrets(node.data, (value) => new IncomingSecret(value));
    return { ...node, data: restore(marked, previous) as Record<string, unknown> };
  });
}

function restore(marked: unknown, stored: unknown): unknown {
  if (marked instanceof IncomingSecret) {
    const unchanged = stored !== undefined && stored !== null && marked.value === maskSecretValue(stored);
    return unchanged ? stored : marked.value;
  }
  if (Array.isArray(marked)) return marked.map((item, index) => restore(item, Array.isArray(stored) ? stored[index] : undefined));
  if (!isPlainObject(marked)) return marked;
  return Object.fromEntries(
    Object.entries(marked).map(([key, value]) => [
      key,
      restore(value, isPlainObject(stored) && Object.hasOwn(stored, key) ? stored[key] : undefined),
    ]),
  );
}
