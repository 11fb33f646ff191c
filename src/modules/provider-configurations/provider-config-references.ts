import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface WorkflowRef {
  id: string;
  name: string;
}

/**
 * Which ACTIVE workflows point at a provider configuration (an executor node with `data.providerConfigId`).
 * Reads the workflows table directly: the workflows module exposes no such query, and a narrow read here keeps
 * the dependency one-way. A LIKE on the id narrows the rows; the JSON is then checked exactly.
 */
@Injectable()
export class ProviderConfigReferences {
  async activeWorkflowsUsing(manager: EntityManager, providerConfigId: string, limit = 5): Promise<WorkflowRef[]> {
    const rows: Array<{ id: string; name: string; nodes: string }> = await manager
      .createQueryBuilder()
      .select(['w.id AS id', 'w.name AS name', 'w.nodes AS nodes'])
      .from('workflows', 'w')
      .where('w.status = :status', { status: 'active' })
      .andWhere('w.nodes LIKE :pattern', { pattern: `%${providerConfigId}%` })
      .orderBy('w.name', 'ASC')
      .getRawMany();
    return rows
      .filter((row) => nodesReference(row.nodes, providerConfigId))
      .slice(0, limit)
      .map(({ id, name }) => ({ id, name }));
  }
}

function nodesReference(nodesJson: string, providerConfigId: string): boolean {
  try {
    const nodes = JSON.parse(nodesJson) as Array<{ data?: { providerConfigId?: unknown } }>;
    return Array.isArray(nodes) && nodes.some((node) => node?.data?.providerConfigId === providerConfigId);
  } catch {
    return false;
  }
}
