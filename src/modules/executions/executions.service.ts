import { Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import { decodeCursor, toPage, type Page } from '../../common/pagination/cursor';
import { Database } from '../../database/database.service';
import type { components } from '../../generated';
import { toResultsOutput, toStatusOutput } from './execution-output';
import { isTerminal, type ExecutionStatus } from './execution.types';
import {
  completedSortKey,
  EXECUTION_SORT_FIELDS,
  ExecutionsRepository,
  type ExecutionSortField,
} from './executions.repository';

type ExecutionStatusOutput = components['schemas']['ExecutionStatusOutput'];
type ExecutionResultsOutput = components['schemas']['ExecutionResultsOutput'];

export interface ExecutionListParams {
  readonly workflowId?: string;
  readonly status?: ExecutionStatus;
  readonly limit: number;
  readonly cursor?: string;
  /** Undefined when the request did not send it (only the first page may). */
  readonly sortBy?: ExecutionSortField;
  readonly sortOrder?: string;
}

/** Reads: list, status, results. */
@Injectable()
export class ExecutionsService {
  constructor(
    private readonly db: Database,
    private readonly executions: ExecutionsRepository,
  ) {}

  async list(params: ExecutionListParams): Promise<Page<ExecutionStatusOutput>> {
    let sortBy: ExecutionSortField = params.sortBy ?? 'startedAt';
    let sortOrder: 'ASC' | 'DESC' = params.sortOrder?.toUpperCase() === 'ASC' ? 'ASC' : 'DESC';
    const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor, EXECUTION_SORT_FIELDS);
    if (after) {
      // The cursor carries the sort of the first page.
      if (params.sortBy !== undefined || params.sortOrder !== undefined) {
        throw new FlkError('FLK-0304', 'sortBy and sortOrder cannot be combined with cursor: the cursor keeps the sort of the first page.');
      }
      if (typeof after.value !== 'string') throw new FlkError('FLK-0008', 'The cursor is not valid: pass back the nextCursor of a previous page unchanged.');
      sortBy = after.sortBy as ExecutionSortField;
      sortOrder = after.sortOrder;
    }
    const rows = await this.db.read((m) =>
      this.executions.list(m, { workflowId: params.workflowId, status: params.status, sortBy, sortOrder, take: params.limit + 1, after }),
    );
    return toPage(rows, params.limit, toStatusOutput, (row) => ({
      sortBy,
      sortOrder,
      value: sortBy === 'startedAt' ? row.startedAt : completedSortKey(row.completedAt, sortOrder),
      id: row.id,
    }));
  }

  async status(id: string): Promise<ExecutionStatusOutput> {
    const found = await this.db.read((m) => this.executions.findSummary(m, id));
    if (!found) throw notFound(id);
    return toStatusOutput(found);
  }

  async results(id: string): Promise<ExecutionResultsOutput> {
    const loaded = await this.db.read(async (m) => {
      const execution = await this.executions.findRecord(m, id);
      if (!execution || !isTerminal(execution.status)) return { execution, steps: [] };
      return { execution, steps: await this.executions.steps(m, id) };
    });
    if (!loaded.execution) throw notFound(id);
    if (!isTerminal(loaded.execution.status)) {
      throw new FlkError('FLK-0502', `Execution ${id} is still ${loaded.execution.status}; results exist once it has completed or failed.`);
    }
    return toResultsOutput(loaded.execution, loaded.steps);
  }
}

const notFound = (id: string) => new FlkError('FLK-0500', `No execution has id ${id}.`);
