import { Controller, Param, Query } from '@nestjs/common';
import { AuditRoutes, type AuditContract } from '../../generated';
import { AuditService, type AuditSearchQuery } from './audit.service';

@Controller()
export class AuditController implements AuditContract {
  constructor(private readonly audit: AuditService) {}

  @AuditRoutes.searchAuditEvents()
  async searchAuditEvents(@Query() query: AuditSearchQuery) {
    return this.audit.search(query);
  }

  @AuditRoutes.getAuditEvent()
  async getAuditEvent(@Param() path: { id: string }) {
    return this.audit.get(path.id);
  }

  @AuditRoutes.verifyAuditHashChain()
  async verifyAuditHashChain(@Param() path: { id: string }) {
    return this.audit.verify(path.id);
  }
}
