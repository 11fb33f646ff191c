import { Injectable } from '@nestjs/common';
import { SecretCipher } from './secret-cipher';
import type { KeyRule } from './secret-keys';
import { mapSecrets } from './secret-walk';

/**
 * Encrypts and decrypts whole configuration objects: each secret leaf (see classifyKey) is replaced by its own
 * ciphertext of the leaf's JSON, so non-secret fields stay readable in the stored row. `rule` decides which keys are
 * secret (classifyKey unless given); a value must be opened with the rule it was sealed with.
 */
@Injectable()
export class SecretBox {
  constructor(private readonly cipher: SecretCipher) {}

  seal<T>(value: T, rule?: KeyRule): T {
    return mapSecrets(value, (leaf) => this.cipher.encrypt(JSON.stringify(leaf)), rule) as T;
  }

  /**
   * Reverses seal. A secret leaf stored before its key counted as secret is not ciphertext and is returned as is,
   * so widening the secret-key rule never makes old rows unreadable.
   */
  open<T>(value: T, rule?: KeyRule): T {
    return mapSecrets(
      value,
      (leaf) => (SecretCipher.isCiphertext(leaf) ? (JSON.parse(this.cipher.decrypt(leaf)) as unknown) : leaf),
      rule,
    ) as T;
  }
}
