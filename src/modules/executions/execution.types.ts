export type ExecutionStatus = 'pending' | 'running' | 'completed' | 'failed';
export type StepStatus = 'running' | 'completed' | 'failed' | 'skipped';

export const EXECUTION_STATUSES: readonly ExecutionStatus[] = ['pending', 'running', 'completed', 'failed'];
export const isTerminal = (status: ExecutionStatus) => status === 'completed' || status === 'failed';

/** One stored execution, JSON columns parsed. */
export interface ExecutionRecord {
  readonly id: string;
  readonly workflowId: string;
  readonly status: ExecutionStatus;
  readonly inputData: unknown;
  readonly currentStepNumber: number;
  readonly totalSteps: number;
  readonly errorMessage: string | null;
  readonly finalOutput: unknown;
  readonly idempotencyKey: string | null;
  readonly requestFingerprint: string | null;
  readonly startedAt: string;
  readonly completedAt: string | null;
  readonly updatedAt: string;
  readonly deadlineAt: string;
  /** The trigger node the run starts from; absent or null: the first trigger of the workflow. */
  readonly entryNodeId?: string | null;
  /** Which process runs it, and until when unless renewed (embedded mode, ExecutionLeases); absent or null: none. */
  readonly lease?: ExecutionLease | null;
}

/** A process's claim on an unfinished execution (the `lease_owner` and `lease_expires_at` columns). */
export interface ExecutionLease {
  readonly owner: string;
  readonly expiresAt: string;
}

/** The columns the status, list and replay answers need (no JSON to parse). */
export type ExecutionSummary = Pick<
  ExecutionRecord,
  'id' | 'workflowId' | 'status' | 'currentStepNumber' | 'totalSteps' | 'errorMessage' | 'startedAt' | 'completedAt' | 'requestFingerprint'
>;

export interface StepRecord {
  readonly executionId: string;
  readonly nodeId: string;
  readonly stepNumber: number;
  readonly stepName: string;
  readonly nodeType: string;
  readonly status: StepStatus;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly errorMessage?: string | null;
  readonly attempts: number;
  readonly startedAt: string;
  readonly completedAt?: string | null;
  readonly durationMs?: number | null;
}
