export { keepUnchangedSecrets } from './keep-unchanged-secrets';
export { SecretBox } from './secret-box';
export { SecretCipher, SecretDecryptionError, CIPHER_PREFIX } from './secret-cipher';
export { classifyConfigKey, classifyKey, isSecretKey, type KeyRule } from './secret-keys';
export { FULLY_MASKED, maskSecrets, maskSecretValue } from './secret-masker';
export { SecretsModule } from './secrets.module';
export { hasUrlSecrets, isSecretQueryName } from './url-secrets';
