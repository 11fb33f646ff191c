import { Injectable } from '@nestjs/common';
import { SecretCipher } from './secret-cipher';
import type { KeyRule } from './secret-keys';
import { isPlainObject, mapSecrets } from './secret-walk';

/**
 * Encrypts and decrypts whole configuration objects: each secret leaf (see classifyKey) is replaced by its own
 * ciphertext of the leaf's JSON, so non-secret fields stay readable in the stored row. `rule` decides which keys are
 * secret (classifyKey unless given); a value must be opened with the rule it was sealed with.
 */
@Injectable()
export class SecretBox {
  constructor(private readonly cipher: SecretCipher) {}

  seal<T>(value: T, rule?: KeyRule): T {
    return mapSecrets(value, (leaf) => this.encryptLeaf(leaf), rule) as T;
  }

  /**
   * Reverses seal. A secret leaf stored before its key counted as secret is not ciphertext: it is returned as it was
   * written then, with any narrower secret inside it opened, so widening the secret-key rule never makes old rows
   * unreadable.
   */
  open<T>(value: T, rule?: KeyRule): T {
    return mapSecrets(value, (leaf) => (SecretCipher.isCiphertext(leaf) ? this.decryptLeaf(leaf) : this.openWritten(leaf)), rule) as T;
  }

  /**
   * Seals what a stored value still holds in clear because it was written before its key counted as secret, and
   * keeps every leaf already sealed; the result opens, with `rule`, to what `open` gave before.
   */
  sealRemaining<T>(value: T, rule?: KeyRule): T {
    return mapSecrets(value, (leaf) => (SecretCipher.isCiphertext(leaf) ? leaf : this.encryptLeaf(this.openWritten(leaf))), rule) as T;
  }

  private encryptLeaf(leaf: unknown): string {
    return this.cipher.encrypt(JSON.stringify(leaf));
  }

  private decryptLeaf(leaf: string): unknown {
    return JSON.parse(this.cipher.decrypt(leaf)) as unknown;
  }

  /**
   * A leaf in clear as an earlier, narrower rule wrote it: an object or array may hold that rule's ciphertexts (a
   * `certificate: {private_key}` sealed key by key before `certificate` itself counted as secret).
   */
  private openWritten(leaf: unknown): unknown {
    if (SecretCipher.isCiphertext(leaf)) return this.decryptLeaf(leaf);
    if (Array.isArray(leaf)) return leaf.map((item) => this.openWritten(item));
    if (!isPlainObject(leaf)) return leaf;
    return Object.fromEntries(Object.entries(leaf).map(([key, inner]) => [key, this.openWritten(inner)]));
  }
}
