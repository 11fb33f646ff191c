/* eslint-disable */
// GENERATED FROM openapi/flowker.yaml BY scripts/generate.mjs — DO NOT EDIT.
// Change the spec, then run `npm run generate`.

/** Metadata key holding the spec operationId of a route handler. */
export const OPERATION_ID = 'flowker:operationId';
/** Metadata key marking a route that the spec declares public (security: []). */
export const IS_PUBLIC = 'flowker:isPublic';
