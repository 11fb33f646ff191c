export interface ActiveProviderConfigRef {
  id: string;
  name: string;
}

/**
 * How the catalog learns which provider configurations a template parameter may point at. The catalog does not
 * own provider configurations, so the provider-configurations module binds a real implementation to this token.
 */
export abstract class ActiveProviderConfigsPort {
  /** Active configurations of `providerId`, at most `limit` of them. */
  abstract listActive(providerId: string, limit: number): Promise<ActiveProviderConfigRef[]>;

  /** One configuration's provider and status; null when there is none with this id (lower case). */
  abstract findById(id: string): Promise<{ readonly providerId: string; readonly status: string } | null>;
}

