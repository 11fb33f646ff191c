import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OutboundHttp } from './outbound-http';

/** The app-wide OutboundHttp, configured from OUTBOUND_ALLOW_PRIVATE and closed with the app. */
@Injectable()
export class AppOutboundHttp extends OutboundHttp implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // loadConfig has refused any entry AddressPolicy cannot read.
    super({ allowList: config.outboundAllowList });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

@Global()
@Module({
  providers: [AppOutboundHttp, { provide: OutboundHttp, useExisting: AppOutboundHttp }],
  exports: [OutboundHttp],
})
export class OutboundModule {}
