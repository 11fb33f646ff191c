export { AddressPolicy, type Verdict } from './address-policy';
export { type Resolver } from './guarded-lookup';
export * from './outbound-errors';
export { OutboundHttp, parseOutboundUrl, type OutboundRequest, type OutboundResponse } from './outbound-http';
export { OutboundModule } from './outbound.module';
