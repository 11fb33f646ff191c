export { ERROR_CATALOG, catalogEntry, type FlkCode, type ErrorCatalogEntry } from './error-catalog';
export { FlkError } from './flk-error';
