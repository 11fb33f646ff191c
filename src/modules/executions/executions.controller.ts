import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { refuseRepeatedKeyHeader } from '../../common/http/header-line-count';
// The DTO class is imported as a value: its runtime type is what the validation pipe validates against.
import { ExecuteWorkflowInput, ExecutionsRoutes, type ExecutionsContract, type operations } from '../../generated';
import type { AuditActor } from '../audit/audit-writer';
import type { ExecutionStatus } from './execution.types';
import { ExecutionsService } from './executions.service';
import type { ExecutionSortField } from './executions.repository';
import { StartExecutionService } from './start-execution.service';

type ListQuery = NonNullable<operations['listExecutions']['parameters']['query']>;

/** Thin HTTP layer; the optional trailing parameters are always supplied by Nest (the contract has no slot for them). */
@Controller()
export class ExecutionsController implements ExecutionsContract {
  constructor(
    private readonly starter: StartExecutionService,
    private readonly executions: ExecutionsService,
  ) {}

  @ExecutionsRoutes.executeWorkflow()
  async executeWorkflow(
    @Param() path: { workflowId: string },
    @Body() body: ExecuteWorkflowInput,
    @Headers() headers: { 'idempotency-key'?: string; 'Idempotency-Key'?: string },
    @CurrentActor() actor?: AuditActor,
    @Res({ passthrough: true }) reply?: FastifyReply,
  ) {
    refuseRepeatedKeyHeader(reply!.request.raw.rawHeaders, 'Idempotency-Key', 'FLK-0509');
    const result = await this.starter.start({
      workflowId: path.workflowId,
      inputData: body.inputData,
      idempotencyKey: headers['idempotency-key'],
      fingerprintOf: { inputData: body.inputData },
      actor: actor!,
    });
    reply!.status(result.httpStatus);
    return result.body;
  }

  @ExecutionsRoutes.listExecutions()
  async listExecutions(@Query() query: ListQuery) {
    return this.executions.list({
      workflowId: query.workflowId,
      status: query.status as ExecutionStatus | undefined,
      limit: query.limit ?? 10,
      cursor: query.cursor,
      sortBy: query.sortBy as ExecutionSortField | undefined,
      sortOrder: query.sortOrder,
    });
  }

  @ExecutionsRoutes.getExecutionStatus()
  async getExecutionStatus(@Param() path: { id: string }) {
    return this.executions.status(path.id);
  }

  @ExecutionsRoutes.getExecutionResults()
  async getExecutionResults(@Param() path: { id: string }) {
    return this.executions.results(path.id);
  }
}
