import { Inject, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { MAX_API_KEY_LENGTH, sha256, type ResolvedApiKey } from '../../config/api-key';

export const RESOLVED_API_KEY = Symbol('RESOLVED_API_KEY');

export interface Actor {
  readonly type: 'api_key' | 'anonymous';
  /** A short, non-reversible fingerprint of the key (never the key itself). */
  readonly id: string;
}

const ANONYMOUS: Actor = { type: 'anonymous', id: 'anonymous' };

type KeyCheck = { readonly authorized: boolean; readonly actor: Actor };

const OPEN: KeyCheck = { authorized: true, actor: ANONYMOUS };
const MISSING: KeyCheck = { authorized: false, actor: ANONYMOUS };

/** The actor a presented key acts as: a fingerprint of its digest. */
const actorOf = (digest: Buffer): Actor => ({ type: 'api_key', id: `key:${digest.toString('hex').slice(0, 12)}` });

@Injectable()
export class ApiKeyService {
  /** The answer for the right key, the same on every request: its actor is named once. */
  private readonly holder: KeyCheck | null;

  constructor(@Inject(RESOLVED_API_KEY) private readonly resolved: ResolvedApiKey | null) {
    this.holder = resolved ? { authorized: true, actor: actorOf(resolved.sha256) } : null;
  }

  get enabled(): boolean {
    return this.resolved !== null;
  }

  /** Constant-time check of a presented key: both sides are compared as SHA-256 digests of equal length. */
  isAuthorized(presented: string | string[] | undefined): boolean {
    return this.check(presented).authorized;
  }

  actorFor(presented: string | string[] | undefined): Actor {
    return this.check(presented).actor;
  }

  /** Both answers from one hash of the presented key (it runs on every request). */
  check(presented: string | string[] | undefined): KeyCheck {
    if (!this.resolved || !this.holder) return OPEN;
    if (typeof presented !== 'string') return MISSING;
    const digest = sha256(presented);
    const authorized = presented.length > 0 && presented.length <= MAX_API_KEY_LENGTH && timingSafeEqual(digest, this.resolved.sha256);
    return authorized ? this.holder : { authorized: false, actor: actorOf(digest) };
  }
}
