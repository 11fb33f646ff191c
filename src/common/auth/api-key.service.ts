import { Inject, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { sha256, type ResolvedApiKey } from '../../config/api-key';

export const RESOLVED_API_KEY = Symbol('RESOLVED_API_KEY');

export interface Actor {
  readonly type: 'api_key' | 'anonymous';
  /** A short, non-reversible fingerprint of the key (never the key itself). */
  readonly id: string;
}

@Injectable()
export class ApiKeyService {
  constructor(@Inject(RESOLVED_API_KEY) private readonly resolved: ResolvedApiKey | null) {}

  get enabled(): boolean {
    return this.resolved !== null;
  }

  /** Constant-time check of a presented key: both sides are compared as SHA-256 digests of equal length. */
  isAuthorized(presented: string | string[] | undefined): boolean {
    if (!this.resolved) return true;
    if (typeof presented !== 'string' || presented.length === 0 || presented.length > 512) return false;
    return timingSafeEqual(sha256(presented), this.resolved.sha256);
  }

  actorFor(presented: string | string[] | undefined): Actor {
    if (!this.resolved || typeof presented !== 'string') return { type: 'anonymous', id: 'anonymous' };
    return { type: 'api_key', id: `key:${sha256(presented).toString('hex').slice(0, 12)}` };
  }
}
