import type { EntityManager } from 'typeorm';

export interface ProviderConfigRef {
  readonly id: string;
  readonly name: string;
  readonly providerId: string;
  readonly status: 'active' | 'disabled';
}

/**
 * What other modules (workflows, the engine) may know about a provider configuration, without its secrets.
 * Pass the `manager` of an open Database.write transaction to read inside it (e.g. during activation), or omit
 * it to read on its own.
 */
export abstract class ProviderConfigLookup {
  abstract findById(id: string, manager?: EntityManager): Promise<ProviderConfigRef | null>;
}
