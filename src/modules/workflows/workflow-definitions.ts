import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReadVersion } from './workflows.repository';
import { WorkflowsRepository } from './workflows.repository';
import type { Workflow } from './workflow.types';

const CACHED_WORKFLOWS = 1000;

/**
 * Parsed workflows by version, for the paths that load a workflow for every execution (execute API, webhooks,
 * production-mode workers, recovery). The current version (`status`, `updatedAt`: every change of content or status
 * moves `updatedAt`) is read by `current()` or comes with the caller's own lookup (webhook routes); the definition is
 * read and parsed (node secrets opened) only when that version is new to this process. Nothing may modify a returned
 * workflow.
 */
@Injectable()
export class WorkflowDefinitions {
  private readonly cache = new Map<string, Workflow>();

  constructor(private readonly workflows: WorkflowsRepository) {}

  /** The workflow as stored now (one version read, then the parsed copy when it is current). */
  async current(manager: EntityManager, id: string): Promise<Workflow | null> {
    const version = await this.workflows.versionOf(manager, id);
    return version ? this.atVersion(manager, id, version) : null;
  }

  /** The workflow as stored at `version`; null when it no longer exists. */
  async atVersion(manager: EntityManager, id: string, version: ReadVersion): Promise<Workflow | null> {
    return this.peek(id, version) ?? this.load(manager, id);
  }

  /** This process's parsed copy of the workflow at `version`, if it has one. */
  peek(id: string, version: ReadVersion): Workflow | undefined {
    const cached = this.cache.get(id);
    return cached && cached.updatedAt === version.updatedAt && cached.status === version.status ? cached : undefined;
  }

  /** Reads and parses the workflow as stored now, and keeps it for its version. */
  async load(manager: EntityManager, id: string): Promise<Workflow | null> {
    const workflow = await this.workflows.findById(manager, id);
    if (workflow) {
      this.cache.delete(id);
      if (this.cache.size >= CACHED_WORKFLOWS) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(id, workflow);
    }
    return workflow;
  }
}
