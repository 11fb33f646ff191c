import type { ExecutorsConfig } from '../../config/app-config';

/** Nest token for the retry/breaker settings (AppConfig.executors), so tests can provide their own. */
export const EXECUTOR_SETTINGS = Symbol('EXECUTOR_SETTINGS');
export type ExecutorSettings = ExecutorsConfig;

/** Per-request timeout when neither the node (`timeout`) nor the configuration (`timeout_seconds`) sets one. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Largest provider response accepted; a bigger one fails the node (it would end up in the execution's context). */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
