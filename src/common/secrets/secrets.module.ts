import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SecretBox } from './secret-box';
import { SecretCipher } from './secret-cipher';
import { resolveSecretsKey } from './secrets-key';

@Global()
@Module({
  providers: [
    { provide: SecretCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new SecretCipher(resolveSecretsKey(config)) },
    SecretBox,
  ],
  exports: [SecretBox],
})
export class SecretsModule {}
