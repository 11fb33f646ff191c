import { keepUnchangedSecrets, maskSecrets, type SecretBox } from '../../common/secrets';
import { rewriteJson } from '../../database/rewrite-column';
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

/**
 * The stored `nodes` text with what it still holds in clear sealed (leaves saved before their key, or a URL's query
 * parameter, counted as secret), or the text itself when nothing was.
 */
export function resealStoredNodes(box: SecretBox, stored: string): string {
  return rewriteJson<WorkflowNode[]>((nodes) => nodes.map((node) => withData(node, (data) => box.sealRemaining(data))))(stored);
}

/** Node data as a client sees it: every secret leaf shown as `****` + its last 4 characters (or fully masked). */
export function maskNodeData(data: Record<string, unknown>): Record<string, unknown> {
  return maskSecrets(data);
}

/**
 * Replace semantics with masked round trips (keepUnchangedSecrets), node by node: a secret leaf sent back as exactly
 * the mask of the stored value at the same node id and key path keeps the stored secret.
 */
export function keepUnchangedNodeSecrets(incoming: readonly WorkflowNode[], stored: readonly WorkflowNode[]): WorkflowNode[] {
  const storedData = new Map(stored.map((node) => [node.id, node.data]));
  return incoming.map((node) => {
    const previous = storedData.get(node.id);
    if (node.data === undefined || previous === undefined) return node;
    return { ...node, data: keepUnchangedSecrets(node.data, previous) };
  });
}
