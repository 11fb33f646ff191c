/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

export * from './dtos';
export * from './operations';
export * from './route-metadata';
export type { paths, components, operations } from './openapi-types';
export * from './contracts/audit.contract';
export * from './contracts/catalog.contract';
export * from './contracts/dashboard.contract';
export * from './contracts/documentation.contract';
export * from './contracts/executions.contract';
export * from './contracts/executors.contract';
export * from './contracts/health.contract';
export * from './contracts/provider-configurations.contract';
export * from './contracts/webhook-subscriptions.contract';
export * from './contracts/webhooks.contract';
export * from './contracts/workflows.contract';
